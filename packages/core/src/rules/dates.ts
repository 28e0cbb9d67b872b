/**
 * Days and moments. ISO `YYYY-MM-DD` strings compare correctly as strings. A moment (T2) is a day
 * and, where known, the recording's place in the record's sequence, so order within a day is kept.
 */
import type { Consent, InvestigationRecord, Statement } from '../schema/index.js';

export const onOrBefore = (a: string, b: string): boolean => a <= b;
export const before = (a: string, b: string): boolean => a < b;

export interface Moment {
  day: string;
  /** The recording's place in `record.sequence`; unknown for what format version 1 recorded. */
  seq?: number;
}

/**
 * `a` strictly before `b`. On the same day the sequence decides; where either is unknown the order
 * cannot be known, and the answer is "not before" (the stricter reading for consent: T2).
 */
export const isBefore = (a: Moment, b: Moment): boolean =>
  a.day < b.day || (a.day === b.day && a.seq !== undefined && b.seq !== undefined && a.seq < b.seq);

export const asMoment = (at: string | Moment): Moment => (typeof at === 'string' ? { day: at } : at);

/** The moment of the next recording: what is done now comes after everything recorded so far. */
export const nowIn = (record: InvestigationRecord, today: string): Moment => ({ day: today, seq: record.sequence + 1 });

/** When a statement was recorded (never later than today); unknown for a v1 prompt answer. */
export const statementMoment = (statement: Statement, today: string): Moment | undefined =>
  statement.recordedAt === undefined
    ? undefined
    : statement.recordedAt <= today
      ? { day: statement.recordedAt, ...(statement.seq !== undefined ? { seq: statement.seq } : {}) }
      : { day: today };

/** From when a withdrawal acts: its recording moment on its own day, else the start of `withdrawnAt`. */
export const withdrawalMoment = (consent: Consent): Moment | undefined =>
  consent.withdrawnAt === undefined ? undefined : { day: consent.withdrawnAt, ...(consent.withdrawnSeq !== undefined ? { seq: consent.withdrawnSeq } : {}) };
