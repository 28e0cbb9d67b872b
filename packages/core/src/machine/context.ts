/** The statechart's context and input. The context *is* the record, plus what the host passed in. */
import type { Caseworker, Catalogue, InvestigationRecord, RelativeRecord, ValidationIssue } from '../schema/index.js';
import type { InvestigationEvent, InvestigationEventType } from './events.js';

/**
 * An event the machine refused: nothing in the record changed. Cleared by the next accepted edit. The
 * refused input itself is not kept here (it may be huge or circular); the `rejected` emit carries it.
 */
export interface Rejection {
  event: InvestigationEventType;
  /** Swedish, for the handläggare. */
  reason: string;
  issues: ValidationIssue[];
  /** Increases with every rejection, so a UI can tell two identical rejections apart. */
  seq: number;
}

export interface InvestigationContext {
  record: InvestigationRecord;
  /** One per relative with anything recorded about them in their own right (C12, step 2, C8). */
  relativeRecords: RelativeRecord[];
  catalogue: Catalogue;
  /** The handläggare who records; without one, nothing that names its recorder can be recorded. */
  caseworker?: Caseworker;
  /** `YYYY-MM-DD`, injected so tests and hosts control the date. */
  today: string;
  lastRejection?: Rejection;
}

/** Input to `createActor(investigationMachine, { input })`. The record must already be loaded (see `loadDocuments`). */
export interface InvestigationInput {
  record: InvestigationRecord;
  relativeRecords?: RelativeRecord[];
  catalogue: Catalogue;
  caseworker?: Caseworker;
  today: string;
}

/** The outcome of applying one user event to the context (pure; see `edits/`). */
export type EditResult =
  | { ok: true; record: InvestigationRecord; relativeRecords?: RelativeRecord[]; emits?: import('./events.js').InvestigationEmitted[] }
  | { ok: false; reason: string; issues?: ValidationIssue[] };

export type Edit<T extends InvestigationEvent['type']> = (
  context: InvestigationContext,
  event: Extract<InvestigationEvent, { type: T }>,
) => EditResult;
