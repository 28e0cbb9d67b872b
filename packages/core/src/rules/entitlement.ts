/**
 * T1: entitlement is judged when a consent is given. When the person's situation changes later (the
 * person can no longer take a position, or can again; a minor turns 18; a representative's mandate
 * ends), the consents given under the old situation stay as they are (the guardian's covers nothing
 * new from the 18th birthday) and the flow asks for a review, saying by whom.
 */
import type { Consent, ConsentGiver, InvestigationRecord } from '../schema/index.js';
import { consentState, defaultPersonSideGiver } from './consent.js';
import { capacityJudgementNeeded, representativeMayConsent } from './representative.js';
import { findRelative, relativeName, scopePhrase } from './names.js';

export type ReviewReason = 'turned18' | 'cannotTakePosition' | 'canTakePositionAgain' | 'mandateEnded';

export interface ConsentReview {
  consentId: string;
  relativeId: string;
  reason: ReviewReason;
  /** Who decides now: the person, a representative, or no one (a documented judgement of the person's likely wish). */
  reviewBy: ConsentGiver | 'capacityJudgement';
  /** Swedish, for the handläggare. */
  message: string;
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

const WHO_NOW: Record<ConsentReview['reviewBy'], string> = {
  person: 'Fråga den enskilde.',
  guardian: 'Fråga vårdnadshavaren.',
  legalRepresentative: 'Se över det med ställföreträdaren.',
  relative: '',
  capacityJudgement: 'Ingen kan samtycka i den enskildes ställe: dokumentera en bedömning av vad den enskilde troligen vill.',
};

export const consentsToReview = (record: InvestigationRecord, today: string): ConsentReview[] =>
  record.consents.flatMap((consent) => {
    const state = consentState(record, consent, today);
    if (state !== 'inForce' && state !== 'entitlementEnded') return [];
    const reason = reasonFor(record, consent);
    if (!reason) return [];
    const reviewBy: ConsentReview['reviewBy'] = capacityJudgementNeeded(record) ? 'capacityJudgement' : defaultPersonSideGiver(record);
    const what = scopePhrase(consent.scope, relativeName(findRelative(record, consent.relativeId)));
    const given = `${consent.date}`;
    const representative = relativeName(findRelative(record, consent.givenUnder?.representativeId ?? ''));
    const situation = {
      turned18: `Den enskilde fyllde 18 år ${record.person.adultFrom ?? ''}. Vårdnadshavarens samtycke till ${what} (${given}) gäller inte för något nytt från den dagen.`,
      cannotTakePosition: `Den enskilde kan inte längre ta ställning till samtycke. Samtycket till ${what}, som den enskilde gav ${given}, gäller tills det återkallas.`,
      canTakePositionAgain: `Den enskilde kan nu själv ta ställning. Samtycket till ${what}, som ställföreträdaren gav ${given}, gäller tills det återkallas.`,
      mandateEnded: `${representative} kan inte längre samtycka som ställföreträdare. Samtycket till ${what}, som gavs ${given}, gäller tills det återkallas.`,
    }[reason];
    return [{ consentId: consent.id, relativeId: consent.relativeId, reason, reviewBy, message: `${situation} ${WHO_NOW[reviewBy]}`.trim() }];
  });
