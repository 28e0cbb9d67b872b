/**
 * The person's investigation record — SPEC §7. The machine's context holds it; the host
 * persists it; restoring it puts the flow back exactly where it was.
 */
import * as z from 'zod/mini';
import { Caseworker, id, isoDate, schemaVersion } from './primitives.js';
import { Consent } from './consent.js';
import { ExpressionSupport, Person } from './person.js';
import { Relative } from './relative.js';
import { IndirectSupportProposal, RelativeStance, Statement } from './gathering.js';
import { InformationLogEntry, MeetingPlan, PlannedContact } from './attention.js';
import { Assessment, AssignmentPlan, Refusal } from './decision.js';
import { FollowUp } from './follow-up.js';
import { Assignment } from './assignment.js';

/** The steps of the flow, in order. `assessment` sits between steps 4 and 5. */
export const STEP_IDS = [
  'relatives', // 1. Ta reda på om den enskilde vill att anhöriga deltar
  'equip', // 2. Om den enskilde inte accepterar involvering
  'involve', // 3. Om den enskilde accepterar involvering
  'gather', // 4. Inhämta uppgifter
  'assessment', // Bedöma och besluta
  'assignment', // 5. Utforma uppdraget till utförare
  'followUp', // 6. Följa upp
] as const;
export const StepId = z.enum(STEP_IDS);
export type StepId = z.infer<typeof StepId>;

export const Progress = z.strictObject({
  step: StepId,
  /** `investigation` until complete; `complete` when assigned or refused; then `followUp`. */
  phase: z.enum(['investigation', 'complete', 'followUp']),
  completedAt: z.optional(isoDate()),
});
export type Progress = z.infer<typeof Progress>;

export const InvestigationRecord = z.strictObject({
  schemaVersion: schemaVersion(),
  documentType: z.literal('investigation'),
  id: id(),
  /** The date the investigation started; legal references in force on this date are shown. */
  startedAt: isoDate(),
  person: Person,
  /** The application itself also concerns support or relief for a relative. */
  applicationConcernsRelative: z.boolean(),
  relatives: z.array(Relative),
  consents: z.array(Consent),
  expressionSupport: z.optional(ExpressionSupport),
  meetingPlans: z.array(MeetingPlan),
  /** Everything gathered, each with its source and basis; answers to question prompts too (L4). */
  statements: z.array(Statement),
  stances: z.array(RelativeStance),
  indirectSupport: z.array(IndirectSupportProposal),
  informationLog: z.array(InformationLogEntry),
  plannedContacts: z.array(PlannedContact),
  assessment: z.optional(Assessment),
  assignmentPlan: z.optional(AssignmentPlan),
  /** Every assignment version issued, oldest first. Issued versions are never changed. */
  assignments: z.array(Assignment),
  refusal: z.optional(Refusal),
  followUp: z.optional(FollowUp),
  progress: Progress,
  lastEditedBy: z.optional(Caseworker),
  /** T2: the number of the last recording (consent, withdrawal, statement); 0 before the first. */
  sequence: z.int().check(z.minimum(0)),
  /** T4: ids of entries removed from the record (a relative added by mistake); never given out again. */
  retiredIds: z.array(id()),
});
export type InvestigationRecord = z.infer<typeof InvestigationRecord>;
