/** A relative (anhörig) in the person's own chosen sense of family — SPEC §3 step 1. */
import * as z from 'zod/mini';
import { Caseworker, id, isoDate, note, text } from './primitives.js';
import { CommunicationNeeds } from './communication.js';

/**
 * L3: the relationship as a category. M2 names the relationship by its category only; the relation
 * in the person's own words ("min granne Eva") may carry a name and leaves only under `shareWithProvider`.
 */
export const RELATION_CATEGORIES = [
  'partner', // make/maka/sambo/partner
  'child', // barn
  'parent', // förälder
  'sibling', // syskon
  'grandchild', // barnbarn
  'otherFamily', // annan släkting
  'friend', // vän
  'neighbour', // granne
  'other', // annan
] as const;
export const RelationCategory = z.enum(RELATION_CATEGORIES);
export type RelationCategory = z.infer<typeof RelationCategory>;

/** For the yearly follow-up (docs/report.md); voluntary, never required, absent = not asked. */
export const GENDERS = ['woman', 'man', 'other', 'notStated'] as const;
export const AGE_BANDS = ['under18', '18to64', '65to79', '80plus'] as const;

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
  /** L3: the relationship as a category, what M2 names. */
  relationCategory: RelationCategory,
  /**
   * H2: false for a legal representative outside the family (a god man or förvaltare who is not an
   * anhörig): recorded with role and mandate (C5), never asked about, counted or prompted as a relative.
   */
  isRelative: z.boolean(),
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
  /**
   * L1: the id of this relative's own record, once it has one. The link lives here, on the person's
   * side only; the relative's own record carries nothing about the person or the investigation.
   */
  ownRecordId: z.optional(id()),
  /** H7: interpreter, communication support and minority language, for every conversation. */
  communication: z.optional(CommunicationNeeds),
  /** H4: the relative coordinates care between social services and health care, so a SIP is to be considered (C14). */
  coordinatesCare: z.optional(z.boolean()),
  /** H4: the SIP prompt answered: a SIP is to be initiated, or it is not needed now. */
  sipConsidered: z.optional(z.strictObject({ date: isoDate(), outcome: z.enum(['initiate', 'notNeeded']), note: note() })),
  /** Voluntary background for the yearly follow-up; absent = not asked. */
  gender: z.optional(z.enum(GENDERS)),
  ageBand: z.optional(z.enum(AGE_BANDS)),
});
export type Relative = z.infer<typeof Relative>;
