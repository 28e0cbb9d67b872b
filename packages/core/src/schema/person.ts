/** The person applying (den enskilde), as the host passes them in — SPEC §3 step 1. */
import * as z from 'zod/mini';
import { Caseworker, id, isoDate, note, text } from './primitives.js';
import { CommunicationNeeds } from './communication.js';

export const AgeGroup = z.enum(['adult', 'minor']);
export type AgeGroup = z.infer<typeof AgeGroup>;

/**
 * Where the person cannot take a position on consent and no one can consent for them:
 * a documented judgement of what the person would likely want, and who was consulted (C2).
 */
export const CapacityJudgement = z.strictObject({
  likelyWish: text(),
  consulted: z.array(text()),
  date: isoDate(),
  recordedBy: Caseworker,
});
export type CapacityJudgement = z.infer<typeof CapacityJudgement>;

export const Person = z.strictObject({
  id: id(),
  displayName: text(),
  chosenName: z.optional(text()),
  pronouns: z.optional(text()),
  ageGroup: AgeGroup,
  /**
   * T1: the day a person recorded as a minor turns (or turned) 18. From this day a guardian's consent
   * covers no new gathering or sharing. Set when the age group changes to adult, if not given before.
   */
  adultFrom: z.optional(isoDate()),
  /** Only present when the host passes one; the element never asks for it. */
  personalIdentityNumber: z.optional(z.string().check(z.regex(/^\d{8}-?\d{4}$/))),
  /** Can the person take a position on consent? */
  canTakePosition: z.enum(['yes', 'no', 'unknown']),
  capacityJudgement: z.optional(CapacityJudgement),
  /** For a minor: the child's own views, given weight as the child matures. */
  childViews: note(),
  guardians: z.optional(z.array(text())),
  /** H7: interpreter, communication support and minority language, for every conversation. */
  communication: z.optional(CommunicationNeeds),
});
export type Person = z.infer<typeof Person>;

export const PERSON_EXPRESSION_NEEDS = [
  'communication',
  'understandingInformation',
  'formulatingNeeds',
  'valuingOptions',
] as const;

/** Step 3: support the person may need to express their will. */
export const ExpressionSupport = z.strictObject({
  needs: z.array(z.enum(PERSON_EXPRESSION_NEEDS)),
  /** The handläggare's own reflection: can I support this, or is another solution needed? */
  caseworkerReflection: note(),
  /** A supporter chosen by the person, with consent `supportInInvestigation`. */
  supporterRelativeId: z.optional(id()),
  supporterName: z.optional(text()),
  suitabilityJudgement: note(),
});
export type ExpressionSupport = z.infer<typeof ExpressionSupport>;
