/**
 * The statechart's context and input. Once a record is loaded (state `ready`) the context *is* the
 * record, plus what the host passed in. Refusals are not kept here: each is emitted (`rejected`) to
 * whoever sent the event (see `send.ts`), so nothing about a refused action is persisted with the state.
 */
import type { Caseworker, Catalogue, InvestigationRecord, RelativeRecord, ValidationIssue } from '../schema/index.js';
import type { InvestigationEmitted, InvestigationEvent } from './events.js';
import type { Message } from '../messages/codes.js';

/** Why the host's record could not be loaded (state `loadFailed`), with the validation issues. */
export interface LoadError {
  /** Why, as a code with parameters (`host.restore`). */
  reason: Message;
  issues: ValidationIssue[];
}

/** The machine's context in every state: the record is there only in `ready`. */
export interface MachineContext {
  /** The investigation record; present in state `ready` (and only there). */
  record?: InvestigationRecord;
  /** One per relative with anything recorded about them in their own right (C12, step 2, C8). */
  relativeRecords: RelativeRecord[];
  catalogue: Catalogue;
  /** The handläggare who records; without one, nothing that names its recorder can be recorded. */
  caseworker?: Caseworker;
  /** `YYYY-MM-DD`, injected so tests and hosts control the date. */
  today: string;
  /** State `loadFailed`: why the host's record could not be loaded. */
  loadError?: LoadError;
  /** Decided support the host passed before a record loaded; applied as soon as one does. */
  pendingAssessment?: unknown;
}

/**
 * The context in state `ready`, the one elements render and edits and guards run on: the record is
 * there. (Elements see the machine only once it is ready; `MachineContext` is the context in any state.)
 */
export type InvestigationContext = MachineContext & { record: InvestigationRecord };

/**
 * Input to `createActor(investigationMachine, { input })`. A `record` (any JSON the host has) is
 * migrated and validated by the machine, which starts in `ready` or `loadFailed`; without one it
 * waits in `awaitingRecord` for `host.restore`.
 */
export interface InvestigationInput {
  record?: unknown;
  relativeRecords?: unknown;
  catalogue: Catalogue;
  caseworker?: Caseworker;
  today: string;
}

/** A refusal as the sender gets it (the `rejected` emit): nothing in the record changed. */
export type Rejection = Extract<InvestigationEmitted, { type: 'rejected' }>;

/** The outcome of applying one user event to the context (pure; see `edits/`). */
export type EditResult =
  | { ok: true; record: InvestigationRecord; relativeRecords?: RelativeRecord[]; emits?: InvestigationEmitted[] }
  | { ok: false; reason: Message; issues?: ValidationIssue[] };

export type Edit<T extends InvestigationEvent['type']> = (context: InvestigationContext, event: Extract<InvestigationEvent, { type: T }>) => EditResult;
