/**
 * A relative's own record: step 2, own conversations, own-support needs, the relative's own
 * situation at follow-up (C8, C12). Kept apart from the person's record and emitted separately,
 * so the host files it apart — or not at all where open support is anonymous. L1: it holds nothing
 * about the person or the investigation, not even an id: the link is `Relative.ownRecordId`, kept on
 * the person's side only, and this record's own id is random (or, for one migrated from format
 * version 1, a one-way digest).
 */
import * as z from 'zod/mini';
import { Caseworker, Channel, id, isoDate, note, schemaVersion, text, YesNoUnknown } from './primitives.js';

export const OWN_SUPPORT_OFFERS = ['generalSupport', 'referral', 'applicationInformation'] as const;

export const OwnSupportNeed = z.strictObject({
  id: id(),
  description: text(),
  /** What was offered (C12). */
  offered: z.array(z.enum(OWN_SUPPORT_OFFERS)),
  /** Catalogue ids of the general support offers mentioned. */
  offerIds: z.array(id()),
  /** The relative chose to apply: the element emits an own-application request (C12). */
  appliesForSupport: z.boolean(),
  applicationFormId: z.optional(id()),
  homeMunicipality: z.optional(text()),
  applicationRequestedAt: z.optional(isoDate()),
  recordedAt: isoDate(),
});
export type OwnSupportNeed = z.infer<typeof OwnSupportNeed>;

export const OwnConversation = z.strictObject({
  id: id(),
  offeredAt: isoDate(),
  answer: z.enum(['accepted', 'declined', 'undecided']),
  heldAt: z.optional(isoDate()),
  /** Notes about the relative's own situation only. */
  notes: note(),
  /** Held as part of the follow-up phase, still apart from the person's follow-up (C8). */
  duringFollowUp: z.boolean(),
});
export type OwnConversation = z.infer<typeof OwnConversation>;

export const RelativeRecord = z.strictObject({
  schemaVersion: schemaVersion(),
  documentType: z.literal('relativeRecord'),
  id: id(),
  /** The relative's id within the investigation that made this record (an opaque counter, `anhorig-n`). */
  relativeId: id(),
  /** The relative chose to stay anonymous (open support): the host need not file this. */
  anonymous: z.boolean(),
  /** Step 2: information about the municipality's and others' support. */
  informationGiven: z.array(
    z.strictObject({ what: text(), date: isoDate(), channel: Channel }),
  ),
  referredToAnhorigkonsulent: z.optional(isoDate()),
  helpWithContactOffered: z.boolean(),
  ownConversations: z.array(OwnConversation),
  ownSupportNeeds: z.array(OwnSupportNeed),
  /** C11: a child relative guided to support of its own. */
  childGuidedToOwnSupport: z.optional(z.boolean()),
  /** Follow-up about the relative's own situation: no consent needed (C8). */
  ownSituationFollowUp: z.array(
    z.strictObject({
      date: isoDate(),
      stillAbleAndWilling: YesNoUnknown,
      newNeed: note(),
    }),
  ),
  updatedBy: z.optional(Caseworker),
});
export type RelativeRecord = z.infer<typeof RelativeRecord>;
