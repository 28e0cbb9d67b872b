/**
 * C5: a legal representative (god man, förvaltare) consents about the person's information only
 * where the person cannot take a position and the mandate covers personal matters.
 */
import type { Consent, InvestigationRecord, Relative } from '../schema/index.js';
import { allow, deny, type Gate } from './types.js';
import { findRelative, nameParam } from './names.js';
import { message } from '../messages/codes.js';

const normalise = (s: string): string => s.trim().toLocaleLowerCase('sv');

/** Relatives recorded as the person's legal representative. */
export const representatives = (record: InvestigationRecord): Relative[] =>
  record.relatives.filter((r) => r.legalRepresentative !== undefined);

export const representativeMayConsent = (record: InvestigationRecord, relativeId: string): Gate => {
  const relative = findRelative(record, relativeId);
  if (!relative) return deny('unknownRelative', message('relative.unknown'), relativeId);
  const name = nameParam(relative);
  if (!relative.legalRepresentative) return deny('notEntitled', message('representative.notRegistered', name), relativeId);
  if (record.person.ageGroup === 'minor') return deny('notEntitled', message('representative.personIsMinor'), relativeId);
  if (record.person.canTakePosition !== 'no') return deny('notEntitled', message('representative.personCanTakePosition', name), relativeId);
  if (!relative.legalRepresentative.coversPersonalMatters)
    return deny('notEntitled', message('representative.mandateNotPersonal', name), relativeId);
  return allow();
};

/**
 * C2/C5: the person cannot take a position and no representative may consent for them, so a
 * documented judgement of what the person would likely want is needed (it documents, never consents).
 */
export const capacityJudgementNeeded = (record: InvestigationRecord): boolean =>
  record.person.ageGroup === 'adult' &&
  record.person.canTakePosition === 'no' &&
  !record.relatives.some((r) => representativeMayConsent(record, r.id).allowed);

/**
 * Which representative gave a `legalRepresentative` consent. The consent's `relativeId` names the
 * relative the consent is *about*, so the giver is identified by `givenByName` matched against a
 * representative's name or chosen name; without a name it is accepted only when exactly one
 * representative's mandate covers personal matters (unambiguous). A representative who is not in
 * `relatives` cannot be identified: add them as a relative with `legalRepresentative` set.
 */
export const consentingRepresentative = (
  record: InvestigationRecord,
  consent: Pick<Consent, 'givenBy' | 'givenByName'>,
): Relative | undefined => {
  if (consent.givenBy !== 'legalRepresentative') return undefined;
  const all = representatives(record);
  if (consent.givenByName !== undefined) {
    const wanted = normalise(consent.givenByName);
    return all.find((r) => normalise(r.name) === wanted || (r.chosenName !== undefined && normalise(r.chosenName) === wanted));
  }
  const covering = all.filter((r) => r.legalRepresentative?.coversPersonalMatters);
  return covering.length === 1 ? covering[0] : undefined;
};
