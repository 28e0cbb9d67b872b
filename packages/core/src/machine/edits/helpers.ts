/** Small helpers shared by the edits. Edits are pure: they return a new record, never mutate. */
import type { Caseworker, InvestigationRecord, Relative, RelativeRecord } from '../../schema/index.js';
import { SCHEMA_VERSION } from '../../schema/index.js';
import { newOwnRecordId } from '../../record/own-record-id.js';
import type { EditResult, InvestigationContext } from '../context.js';
import type { InvestigationEmitted } from '../events.js';
import { message, type Message } from '../../messages/codes.js';

/**
 * Drop `undefined` keys at any depth (a cleared optional field), returning the same object wherever
 * nothing changed, so the live record equals its JSON and issued assignments keep their identity.
 */
export const withoutUndefined = <T>(value: T): T => {
  if (Array.isArray(value)) {
    const items = value.map(withoutUndefined);
    return (items.some((item, i) => item !== value[i]) ? items : value) as T;
  }
  if (typeof value !== 'object' || value === null) return value;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) {
      changed = true;
      continue;
    }
    const cleaned = withoutUndefined(v);
    if (cleaned !== v) changed = true;
    out[key] = cleaned;
  }
  return (changed ? out : value) as T;
};

export const accept = (
  record: InvestigationRecord,
  extra: { relativeRecords?: RelativeRecord[]; emits?: InvestigationEmitted[] } = {},
): EditResult => ({
  ok: true,
  record: withoutUndefined(record),
  ...extra,
  ...(extra.relativeRecords ? { relativeRecords: withoutUndefined(extra.relativeRecords) } : {}),
});

export const refuse = (reason: Message): EditResult => ({ ok: false, reason });

export const NO_CASEWORKER = message('caseworker.missing');

/** Run `then` with the handläggare, or refuse: consents and statements name who recorded them (C2). */
export const withCaseworker = (context: InvestigationContext, then: (caseworker: Caseworker) => EditResult): EditResult =>
  context.caseworker ? then(context.caseworker) : refuse(NO_CASEWORKER);

/**
 * Drop keys whose value is `undefined`. Records are cleaned at any depth by `accept`; this is for what
 * an edit also emits to the host (a consent in `consentChanged`).
 */
export const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export const findRelative = (record: InvestigationRecord, relativeId: string): Relative | undefined =>
  record.relatives.find((r) => r.id === relativeId);

export const UNKNOWN_RELATIVE = message('relative.unknown');

export const updateRelative = (
  record: InvestigationRecord,
  relativeId: string,
  change: (relative: Relative) => Relative,
): InvestigationRecord | undefined =>
  findRelative(record, relativeId)
    ? { ...record, relatives: record.relatives.map((r) => (r.id === relativeId ? change(r) : r)) }
    : undefined;

/** Replace the entry matching `matches`, or append it. */
export const upsert = <T>(items: readonly T[], item: T, matches: (existing: T) => boolean): T[] =>
  items.some(matches) ? items.map((existing) => (matches(existing) ? item : existing)) : [...items, item];

/** T2: take the next number in the record's sequence for something recorded now. */
export const stamp = (record: InvestigationRecord): { record: InvestigationRecord; seq: number } => {
  const seq = record.sequence + 1;
  return { record: { ...record, sequence: seq }, seq };
};

const emptyOwnRecord = (id: string, relativeId: string): RelativeRecord => ({
  schemaVersion: SCHEMA_VERSION,
  documentType: 'relativeRecord',
  id,
  relativeId,
  anonymous: false,
  informationGiven: [],
  helpWithContactOffered: false,
  ownConversations: [],
  ownSupportNeeds: [],
  ownSituationFollowUp: [],
});

/**
 * Change a relative's own record, creating it on first use (never before). L1: a new record gets a
 * random id, and the link to it is written on the person's side (`Relative.ownRecordId`) in the same
 * edit; the own record names nothing of the person or the investigation.
 */
export const withOwnRecord = (
  context: InvestigationContext,
  relativeId: string,
  change: (own: RelativeRecord) => RelativeRecord | EditResult,
  emits?: InvestigationEmitted[],
): EditResult => {
  const relative = findRelative(context.record, relativeId);
  if (!relative) return refuse(UNKNOWN_RELATIVE);
  const existing = context.relativeRecords.find((r) => r.relativeId === relativeId);
  const ownRecordId = relative.ownRecordId ?? newOwnRecordId();
  const own = existing ?? emptyOwnRecord(ownRecordId, relativeId);
  const changed = change(own);
  if ('ok' in changed) return changed;
  const record = relative.ownRecordId === undefined ? updateRelative(context.record, relativeId, (r) => ({ ...r, ownRecordId }))! : context.record;
  const relativeRecords = upsert(context.relativeRecords, changed, (r) => r.relativeId === relativeId);
  return accept(record, { relativeRecords, ...(emits ? { emits } : {}) });
};

export const isFuture = (date: string, today: string): boolean => date > today;
