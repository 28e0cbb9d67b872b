/** ISO `YYYY-MM-DD` strings compare correctly as strings; kept in one place so the intent is clear. */
export const onOrBefore = (a: string, b: string): boolean => a <= b;
export const before = (a: string, b: string): boolean => a < b;
