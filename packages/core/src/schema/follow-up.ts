/** Step 6: follow-up with a relative perspective (C8). */
import * as z from 'zod/mini';
import { id, isoDate, note, YesNoUnknown } from './primitives.js';

export const FOLLOW_UP_ACTIONS = [
  'newInvestigation',
  'relativeOwnSupport',
  'updatedAssignment',
  'contactProvider',
  'none',
] as const;

export const FollowUp = z.strictObject({
  startedAt: isoDate(),
  /** How many assignment versions existed when the follow-up started (to tell whether an update was sent since). */
  assignmentsAtStart: z.optional(z.int().check(z.minimum(0))),
  /** Invitations to the follow-up meeting, per relative (needs `participateInFollowUp`). */
  invitations: z.array(z.strictObject({ relativeId: id(), sentAt: isoDate() })),
  person: z.strictObject({
    supportGiven: YesNoUnknown,
    qualityView: note(),
    /** Does the person still want the relative's support, per relative? */
    stillWantsRelativeSupport: z.array(z.strictObject({ relativeId: id(), answer: YesNoUnknown })),
  }),
  /** The relative's view of the person's support: needs consent (C8). */
  relativeViews: z.array(
    z.strictObject({
      relativeId: id(),
      consentId: id(),
      goalResults: z.array(
        z.strictObject({ decisionId: id(), resultId: id(), view: note() }),
      ),
      qualityView: note(),
      effectView: note(),
    }),
  ),
  outcomeActions: z.array(z.enum(FOLLOW_UP_ACTIONS)),
  note: note(),
});
export type FollowUp = z.infer<typeof FollowUp>;
