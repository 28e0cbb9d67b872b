/** Attention over time: the information log and planned later contacts (SPEC §3, C9). */
import * as z from 'zod/mini';
import { Caseworker, Channel, id, isoDate, note, text } from './primitives.js';

export const INFORMATION_ITEMS = [
  'supportOffers', // the support the municipality and others offer
  'ownSupportRight', // the right to own support and how to apply
  'possibilityToTakePart', // that they may take part if the person consents
  'voluntariness', // relatives' efforts are voluntary
  'howAuthorityWorks', // secrecy, consent, information transfer
  'howCareWorks',
  'sip', // SIP, and that relatives with the person may initiate one
  'personRights', // the person's specific rights (e.g. national minority, LSS personkrets): about the person, needs `receiveInformation` (L5)
  'whereToTurn', // other parts of social services, with an offer of help to make contact
  'minorityLanguageRights', // H7: the relative's own rights as a national minority (lagen 2009:724); general, needs no consent
] as const;
export const InformationItem = z.enum(INFORMATION_ITEMS);
export type InformationItem = z.infer<typeof InformationItem>;

export const InformationLogEntry = z.strictObject({
  id: id(),
  relativeId: id(),
  items: z.array(InformationItem).check(z.minLength(1)),
  date: isoDate(),
  channel: Channel,
  /** The handläggare made sure the information was understood. */
  understood: z.boolean(),
  note: note(),
  recordedBy: Caseworker,
});
export type InformationLogEntry = z.infer<typeof InformationLogEntry>;

/** A contact on the handläggare's own initiative: needs consent `laterContact` (C9). */
export const PlannedContact = z.strictObject({
  id: id(),
  relativeId: id(),
  date: isoDate(),
  purpose: text(),
  consentId: id(),
  done: z.boolean(),
});
export type PlannedContact = z.infer<typeof PlannedContact>;

/** Step 3: how a relative takes part in the investigation's meetings. */
export const MeetingPlan = z.strictObject({
  relativeId: id(),
  format: z.enum(['joint', 'separate']),
  personWantsCompany: z.boolean(),
  companyNote: note(),
  interpreterForPerson: z.optional(text()),
  communicationSupportForPerson: note(),
  interpreterForRelative: z.optional(text()),
  communicationSupportForRelative: note(),
  invitationSentAt: z.optional(isoDate()),
  /**
   * C4: a joint conversation was planned, then ruled out by a violence concern or judgement on this
   * day; the core made the plan separate. An invitation sent before it was for the joint conversation.
   */
  jointRuledOutAt: z.optional(isoDate()),
});
export type MeetingPlan = z.infer<typeof MeetingPlan>;
