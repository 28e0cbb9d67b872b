/**
 * T1: entitlement is judged when a consent is given. When the person's situation changes later (the
 * person can no longer take a position, or can again; a minor turns 18; a representative's mandate
 * ends), the consents given under the old situation stay as they are (the guardian's covers nothing
 * new from the 18th birthday) and the flow asks for a review, saying by whom.
 */
import type { Consent, ConsentGiver, InvestigationRecord } from '../schema/index.js';
import { consentState, defaultPersonSideGiver } from './consent.js';
import { capacityJudgementNeeded, representativeMayConsent } from './representative.js';
import { findRelative, nameParam, relativeName } from './names.js';
import { message, type Message } from '../messages/codes.js';

export type ReviewReason = 'turned18' | 'cannotTakePosition' | 'canTakePositionAgain' | 'mandateEnded';

export interface ConsentReview {
  consentId: string;
  relativeId: string;
  reason: ReviewReason;
  /** Who decides now: the person, a representative, or no one (a documented judgement of the person's likely wish). */
  reviewBy: ConsentGiver | 'capacityJudgement';
  /** What changed and who decides now, as a code with parameters (`review.*`). */
  notice: Message;
}

const reasonFor = (record: InvestigationRecord, consent: Consent): ReviewReason | undefined => {
  const { person } = record;
  const then = consent.givenUnder;
  if (!then) return undefined; // the relative's own consent, or one from format version 1 judged as before
  if (consent.givenBy === 'guardian') return person.ageGroup === 'adult' || person.adultFrom !== undefined ? 'turned18' : undefined;
  if (consent.givenBy === 'person') return then.canTakePosition !== 'no' && person.canTakePosition === 'no' ? 'cannotTakePosition' : undefined;
  if (consent.givenBy === 'legalRepresentative') {
    if (person.canTakePosition !== 'no') return 'canTakePositionAgain';
    if (then.representativeId !== undefined && !representativeMayConsent(record, then.representativeId).allowed) return 'mandateEnded';
  }
  return undefined;
};

export const consentsToReview = (record: InvestigationRecord, today: string): ConsentReview[] =>
  record.consents.flatMap((consent) => {
    const state = consentState(record, consent, today);
    if (state !== 'inForce' && state !== 'entitlementEnded') return [];
    const reason = reasonFor(record, consent);
    if (!reason) return [];
    const reviewBy: ConsentReview['reviewBy'] = capacityJudgementNeeded(record) ? 'capacityJudgement' : defaultPersonSideGiver(record);
    const about = { scope: consent.scope, ...nameParam(findRelative(record, consent.relativeId)), given: consent.date, reviewBy };
    const representative = relativeName(findRelative(record, consent.givenUnder?.representativeId ?? ''));
    const notices: Record<ReviewReason, () => Message> = {
      turned18: () => message('review.turned18', { ...about, ...(record.person.adultFrom !== undefined ? { adultFrom: record.person.adultFrom } : {}) }),
      cannotTakePosition: () => message('review.cannotTakePosition', about),
      canTakePositionAgain: () => message('review.canTakePositionAgain', about),
      mandateEnded: () => message('review.mandateEnded', { ...about, ...(representative !== undefined ? { representative } : {}) }),
    };
    return [{ consentId: consent.id, relativeId: consent.relativeId, reason, reviewBy, notice: notices[reason]() }];
  });
