/** A relative (anhörig) in the person's own chosen sense of family — SPEC §3 step 1. */
import * as z from 'zod/mini';
import { Caseworker, id, isoDate, note, text } from './primitives.js';

export const LegalRepresentative = z.strictObject({
  kind: z.enum(['godMan', 'forvaltare', 'other']),
  mandate: text(),
  /** Does the mandate cover decisions about the person's information (C5)? */
  coversPersonalMatters: z.boolean(),
});
export type LegalRepresentative = z.infer<typeof LegalRepresentative>;

/** Violence, threats, coercion or other harm in the relationship (C4), in either direction. */
export const ViolenceConcern = z.strictObject({
  direction: z.enum(['relativeAtRisk', 'personAtRisk', 'both', 'unclear']),
  description: note(),
  routineFollowed: z.boolean(),
  raisedAt: isoDate(),
  /** The documented judgement needed before the relative takes part in the investigation. */
  judgement: z.optional(
    z.strictObject({
      text: text(),
      allowsParticipation: z.boolean(),
      /** Whether joint conversations with the person are safe too; without it only separate ones are offered (C4). */
      allowsJointMeeting: z.optional(z.boolean()),
      date: isoDate(),
      recordedBy: Caseworker,
    }),
  ),
});
export type ViolenceConcern = z.infer<typeof ViolenceConcern>;

export const Relative = z.strictObject({
  id: id(),
  name: text(),
  chosenName: z.optional(text()),
  pronouns: z.optional(text()),
  /** The relation in the person's own words ("min granne Eva", "sambo"). */
  relation: text(),
  givesSupport: z.boolean(),
  /** Life area ids (catalogue) where the relative gives support or care. */
  supportLifeAreas: z.array(id()),
  worriesAboutPerson: z.boolean(),
  livesWithPerson: z.boolean(),
  isChild: z.boolean(),
  legalRepresentative: z.optional(LegalRepresentative),
  contact: note(),
  /** The relative has been told they may take part if the person consents. */
  informedOfPossibility: z.boolean(),
  violenceConcern: z.optional(ViolenceConcern),
  /** Concerns replaced by a later one, kept (nothing is silently deleted). */
  earlierViolenceConcerns: z.optional(z.array(ViolenceConcern)),
  /** Set when the person was asked and took a position; steps 2/3 follow from consents. */
  involvementAskedAt: z.optional(isoDate()),
  addedAt: isoDate(),
});
export type Relative = z.infer<typeof Relative>;
