/**
 * What of a relative's own record may appear where the person's case is shown (C9, C12): that the
 * relative was informed, referred and offered an own conversation, with dates — never what the
 * information was, the relative's notes, or their own-support needs. The relative's own record is
 * filed apart from the person's case.
 */
import type { RelativeRecord } from '../schema/index.js';

export interface RelativeRecordDigest {
  relativeId: string;
  anonymous: boolean;
  informedOn: string[];
  referredOn?: string;
  helpWithContactOffered: boolean;
  conversationOfferedOn: string[];
}

export const relativeRecordDigest = (own: RelativeRecord): RelativeRecordDigest => ({
  relativeId: own.relativeId,
  anonymous: own.anonymous,
  informedOn: own.informationGiven.map((i) => i.date),
  ...(own.referredToAnhorigkonsulent !== undefined ? { referredOn: own.referredToAnhorigkonsulent } : {}),
  helpWithContactOffered: own.helpWithContactOffered,
  conversationOfferedOn: own.ownConversations.map((c) => c.offeredAt),
});
