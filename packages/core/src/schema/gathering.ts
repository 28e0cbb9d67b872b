/** Step 4: information gathered per life area, each statement with its source and basis (C1, C10). */
import * as z from 'zod/mini';
import { Caseworker, id, isoDate, note, seq, text, YesNoUnknown } from './primitives.js';

export const STATEMENT_KINDS = [
  'need', // the person's need of support
  'supportGiven', // support relatives give today (who, what, how much)
  'coordinationNeed', // where relatives and social services need to coordinate
  'reliefNeed', // what could be complemented or replaced because the relative needs relief
  'factors', // facilitating and hindering factors
  'relativeViewOfNeed', // a relative's view of the person's need of support
  'manageAhead', // what a relative thinks the person can manage ahead
  'background', // background such as illness history
  'promptAnswer', // L4: an answer to a question prompt from the catalogue (names `promptId`)
] as const;
export const StatementKind = z.enum(STATEMENT_KINDS);
export type StatementKind = z.infer<typeof StatementKind>;

export const StatementSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person') }),
  z.strictObject({ kind: z.literal('relative'), relativeId: id() }),
  z.strictObject({ kind: z.literal('professional'), name: text(), role: text() }),
]);
export type StatementSource = z.infer<typeof StatementSource>;

/** How a statement from someone other than the person came about (C1, C10). */
export const StatementBasis = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('own') }), // the person's own statement
  z.strictObject({ kind: z.literal('consent'), consentId: id() }),
  z.strictObject({ kind: z.literal('volunteered') }), // told unasked by the relative
  // From a professional (another authority, health care): gathered with the person's consent as
  // documented in the host's case system, which owns consents to contact other authorities.
  z.strictObject({ kind: z.literal('caseSystemConsent'), reference: note() }),
  // A relative's prompt answer from format version 1, which kept no basis. It never leaves the
  // investigation and is flagged until the handläggare states the basis (L4, C10).
  z.strictObject({ kind: z.literal('notRecorded') }),
]);
export type StatementBasis = z.infer<typeof StatementBasis>;

export const Statement = z.strictObject({
  id: id(),
  /** The life area it is about; a prompt answer may concern none. */
  lifeAreaId: z.optional(id()),
  kind: StatementKind,
  /** The question prompt answered (kind `promptAnswer`, L4). */
  promptId: z.optional(id()),
  text: text(),
  source: StatementSource,
  basis: StatementBasis,
  /** Goes into the person's file (personakt). */
  toPersonalFile: z.boolean(),
  /** C10: the handläggare confirmed it is factual, relevant and not demeaning. */
  qualityConfirmed: z.boolean(),
  /** Checked with the person (recorded, not required). */
  checkedWithPerson: z.boolean(),
  /** Always present, except on prompt answers migrated from format version 1, which kept neither. */
  recordedAt: z.optional(isoDate()),
  recordedBy: z.optional(Caseworker),
  /** T2: the recording's place in the record's sequence; absent on statements from format version 1. */
  seq: z.optional(seq()),
  /** Set on a prompt answer migrated from format version 1 (`promptAnswers`); see record/migrate.ts. */
  migratedFrom: z.optional(z.literal('v1PromptAnswer')),
});
export type Statement = z.infer<typeof Statement>;

/** C13: a relative's own stance; counted as available only where wants, can and the person wants it. */
export const RelativeStance = z.strictObject({
  relativeId: id(),
  wantsToGiveSupport: YesNoUnknown,
  canGiveSupport: YesNoUnknown,
  personWantsSupportFromRelative: YesNoUnknown,
  lifeAreaIds: z.array(id()),
  note: note(),
});
export type RelativeStance = z.infer<typeof RelativeStance>;

/** A support applied for that also relieves a relative, with both parties' views (C6). */
export const IndirectSupportProposal = z.strictObject({
  id: id(),
  supportTypeId: id(),
  lifeAreaId: id(),
  relativeId: id(),
  personView: note(),
  relativeView: note(),
  /** Recorded when the views differ: the continued search for a solution. */
  continuedSearch: note(),
  /** The goal for the relief, from the relative's perspective (M3). */
  goal: note(),
  /** For a child relative: the child's views, heard as fits its age (C6). */
  childViews: note(),
});
export type IndirectSupportProposal = z.infer<typeof IndirectSupportProposal>;
