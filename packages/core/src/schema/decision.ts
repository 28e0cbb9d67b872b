/** Assessment and decision (bedöma och besluta), between steps 4 and 5. */
import * as z from 'zod/mini';
import { id, isoDate, note, text } from './primitives.js';

export const DecidedSupport = z.strictObject({
  id: id(),
  lifeAreaId: id(),
  supportTypeId: id(),
  outcome: z.enum(['granted', 'refused']),
  /** Extent, e.g. "2 timmar per vecka". */
  extent: note(),
  /** Goal of the support (M3). */
  goal: note(),
  /** Set when the support is also meant to relieve a relative (links the C6 proposal). */
  indirectSupportId: z.optional(id()),
});
export type DecidedSupport = z.infer<typeof DecidedSupport>;

export const Assessment = z.strictObject({
  /** M1: the assessment of the person's needs. */
  needsAssessment: note(),
  decisions: z.array(DecidedSupport),
  decidedAt: z.optional(isoDate()),
  /** Whether the decision was made in the host's case system and passed in. */
  source: z.enum(['element', 'host']),
});
export type Assessment = z.infer<typeof Assessment>;

/** Step 5: what the handläggare adds to the assignment beyond what is derived. */
export const AssignmentPlan = z.strictObject({
  /** M4: how and when follow-up is done. */
  followUpHow: note(),
  followUpWhen: z.optional(isoDate()),
  /** R3: where a relative wants to collaborate with the provider, and how the person wants it. */
  collaboration: z.array(
    z.strictObject({ relativeId: id(), relativeWish: note(), personWish: note() }),
  ),
  /** R4: relatives taking part in planning the work and in its follow-up. */
  participation: z.array(
    z.strictObject({ relativeId: id(), inPlanning: z.boolean(), inFollowUp: z.boolean() }),
  ),
  /** R5: the relative's own view of how the support should be given. */
  relativeViews: z.array(z.strictObject({ relativeId: id(), view: text() })),
});
export type AssignmentPlan = z.infer<typeof AssignmentPlan>;

export const Refusal = z.strictObject({ date: isoDate(), note: note() });

export const OverallGoalRef = z.strictObject({ goalId: id(), text: text() });
