/**
 * Consent (samtycke) as data — SPEC §4 C2. A general, unscoped consent is not representable:
 * every record names one scope and one relative.
 */
import * as z from 'zod/mini';
import { Caseworker, id, isoDate, note, seq, text } from './primitives.js';
import { AgeGroup } from './person.js';

export const CONSENT_SCOPES = [
  'participate', // take part in meetings (C1)
  'provideInformation', // give information about the person (C1)
  'receiveInformation', // receive information about the person (C1)
  'supportInInvestigation', // support the person to express their will (step 3)
  'indirectSupport', // a support to the person also meant to relieve this relative (C6)
  'shareWithProvider', // share R1–R5 about this relative with the provider (C7)
  'participateInFollowUp', // take part in the follow-up of the person's support (C8)
  'laterContact', // the handläggare may reach out later on own initiative (C9)
  'sip', // take part in a SIP; objection-based, a `declined` record is the person's objection (C14)
] as const;
export const ConsentScope = z.enum(CONSENT_SCOPES);
export type ConsentScope = z.infer<typeof ConsentScope>;

/** Who gave (or declined) the consent. */
export const ConsentGiver = z.enum([
  'person', // den enskilde
  'guardian', // vårdnadshavare, for a minor
  'legalRepresentative', // ställföreträdare, only where the person cannot take a position and the mandate covers it (C5)
  'relative', // the relative, for their own participation and for indirect support (C2, C6)
]);
export type ConsentGiver = z.infer<typeof ConsentGiver>;

export const ConsentStatus = z.enum(['given', 'declined', 'withdrawn']);
export type ConsentStatus = z.infer<typeof ConsentStatus>;

export const ConsentForm = z.enum(['oral', 'written']);
export type ConsentForm = z.infer<typeof ConsentForm>;

/**
 * T1: the person's situation when a person-side consent was recorded, so entitlement is judged as it
 * was then. A later change (the person can no longer take a position, a minor turns 18, a mandate
 * ends) makes the flow ask for a review; it never makes what was lawfully documented unlawful.
 */
export const GivenUnder = z.strictObject({
  ageGroup: AgeGroup,
  canTakePosition: z.enum(['yes', 'no', 'unknown']),
  /** For a representative's consent: the relative who represented the person (C5). */
  representativeId: z.optional(id()),
});
export type GivenUnder = z.infer<typeof GivenUnder>;

export const Consent = z.strictObject({
  id: id(),
  scope: ConsentScope,
  /** The relative the consent concerns. For `shareWithProvider` the recipient is the provider. */
  relativeId: id(),
  givenBy: ConsentGiver,
  /** Name of the guardian or representative when `givenBy` is not the person or the relative. */
  givenByName: z.optional(text()),
  form: ConsentForm,
  date: isoDate(),
  recordedBy: Caseworker,
  /** T2: the recording's place in the record's sequence; absent on consents from format version 1. */
  seq: z.optional(seq()),
  /** T1: present on every person-side consent (given by the person, a guardian or a representative). */
  givenUnder: z.optional(GivenUnder),
  status: ConsentStatus,
  /** The day the withdrawal acts from (C3). */
  withdrawnAt: z.optional(isoDate()),
  /**
   * T2: the withdrawal's place in the record's sequence, when it was recorded on the day it acts from:
   * what was recorded before it that day stays lawfully documented. Absent for a withdrawal dated back
   * (or from format version 1): it then acts from the start of `withdrawnAt`.
   */
  withdrawnSeq: z.optional(seq()),
  /** Last day the consent is valid, if it was limited in time. */
  validUntil: z.optional(isoDate()),
  note: note(),
});
export type Consent = z.infer<typeof Consent>;
