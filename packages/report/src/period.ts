/**
 * The report's period: whole months only, so nothing in the output is finer than a month. `from` is
 * the first day of a month (or `YYYY-MM`), `to` the last day of a month (or `YYYY-MM`).
 */
export interface Period {
  /** `YYYY-MM`, as published. */
  from: string;
  to: string;
  /** First and last day, for comparisons (never published). */
  fromDate: string;
  toDate: string;
}

export class PeriodError extends Error {
  constructor(
    message: string,
    /** Swedish, for the element and the CLI. */
    readonly messageSv: string,
  ) {
    super(message);
    this.name = 'PeriodError';
  }
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(\d{2})$/;

const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

const parse = (value: string, edge: 'from' | 'to'): { month: string; date: string } => {
  const m = MONTH.exec(value);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    return { month: value, date: `${value}-${edge === 'from' ? '01' : pad(lastDay(year, month))}` };
  }
  const d = DAY.exec(value);
  if (d) {
    const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
    const wanted = edge === 'from' ? 1 : lastDay(year, month);
    if (day === wanted) return { month: `${d[1]}-${d[2]}`, date: value };
  }
  throw new PeriodError(
    edge === 'from'
      ? `--from must be the first day of a month (YYYY-MM-01) or a month (YYYY-MM), not "${value.slice(0, 20)}"`
      : `--to must be the last day of a month (e.g. 2026-12-31) or a month (YYYY-MM), not "${value.slice(0, 20)}"`,
    edge === 'from'
      ? 'Perioden ska börja den första dagen i en månad (ÅÅÅÅ-MM-01) eller anges som en månad (ÅÅÅÅ-MM).'
      : 'Perioden ska sluta den sista dagen i en månad (till exempel 2026-12-31) eller anges som en månad (ÅÅÅÅ-MM).',
  );
};

export const checkPeriod = (from: string, to: string): Period => {
  const start = parse(String(from), 'from');
  const end = parse(String(to), 'to');
  if (end.date < start.date)
    throw new PeriodError('--to must not be before --from', 'Periodens slut får inte ligga före dess början.');
  return { from: start.month, to: end.month, fromDate: start.date, toDate: end.date };
};

/** ISO dates compare as strings. */
export const inPeriod = (period: Period, date: string): boolean => date >= period.fromDate && date <= period.toDate;
