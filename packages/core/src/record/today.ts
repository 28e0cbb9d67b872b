/** Today's date as `YYYY-MM-DD` in the local time zone (a Swedish handläggare's calendar day, not UTC's). */
export const todayIso = (now: Date = new Date()): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
