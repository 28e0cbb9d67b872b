/**
 * C2: which consent is in force. A consent counts only when it is given, dated on or before the
 * moment asked about, not past `validUntil`, not withdrawn (C3; from the moment the withdrawal was
 * recorded, T2), and given by someone entitled to give it when it was given (T1). When several
 * records exist for one relative and scope, the latest decision (by date, then by position in the
 * record) governs: a later "no" overrides an earlier "yes".
 *
 * Two sides: the person side (about the person's information: given by the person, a guardian for a
 * minor, or a representative under C5) and the relative's own side (`givenBy: 'relative'`) for
 * their own participation and for indirect support. `activeConsent` returns the person side.
 *
 * T1: entitlement is judged on the situation the consent was given under (`givenUnder`). A later
 * change asks for a review (`consentsToReview`) and never makes it unlawful, with one exception the
 * law sets: from the person's 18th birthday a guardian's consent covers nothing new.
 *
 * A capacity judgement (person cannot take a position, no one can consent) does not create
 * consent: it documents the person's likely wish and who was consulted, and the gates stay closed.
 */
import type { Consent, ConsentGiver, ConsentScope, GivenUnder, InvestigationRecord } from '../schema/index.js';
import { asMoment, isBefore, onOrBefore, withdrawalMoment, type Moment } from './dates.js';
import { capacityJudgementNeeded, consentingRepresentative, representativeMayConsent } from './representative.js';
import { allow, deny, type Gate } from './types.js';
import { findRelative, nameParam } from './names.js';
import { message, type ConsentSubject } from '../messages/codes.js';

/** Scopes where the relative decides about their own effort (C2, C6, C8, C14). */
export const RELATIVE_OWN_SCOPES: readonly ConsentScope[] = ['participate', 'indirectSupport', 'participateInFollowUp', 'sip'];

/** Is this consent record in effect at a day or moment, regardless of who gave it? */
export const isInEffect = (consent: Consent, at: string | Moment): boolean => {
  const moment = asMoment(at);
  if (consent.status === 'declined') return false;
  if (consent.date > moment.day) return false;
  if (consent.validUntil !== undefined && consent.validUntil < moment.day) return false;
  const withdrawal = withdrawalMoment(consent);
  if (withdrawal) return isBefore(moment, withdrawal);
  // Withdrawn without a date: treat as withdrawn from the start rather than guess.
  return consent.status === 'given';
};

/** The person's situation now, in the shape a consent records it. */
export const currentSituation = (record: InvestigationRecord): GivenUnder => ({
  ageGroup: record.person.ageGroup,
  canTakePosition: record.person.canTakePosition,
});

/** T1: the day a guardian's consent stops covering anything new, if the person has turned (or turns) 18. */
export const guardianCoverEnds = (record: InvestigationRecord, consent: Consent): string | undefined =>
  consent.givenBy === 'guardian' ? record.person.adultFrom : undefined;

/** A person-side consent in effect at a day or moment: in effect, and (for a guardian's) before the 18th birthday. */
export const isPersonSideInEffect = (record: InvestigationRecord, consent: Consent, at: string | Moment): boolean => {
  const ends = guardianCoverEnds(record, consent);
  return isInEffect(consent, at) && (ends === undefined || asMoment(at).day < ends);
};

/** May this giver consent about the person's information (the person side)? */
export const isEntitledPersonSideGiver = (record: InvestigationRecord, consent: Consent): boolean => {
  if (consent.givenBy === 'relative') return false;
  // T1: judged on the situation it was given under (format version 1 consents: the current one).
  const situation = consent.givenUnder ?? currentSituation(record);
  if (situation.ageGroup === 'minor') return consent.givenBy === 'guardian';
  if (situation.canTakePosition === 'no') {
    if (consent.givenBy !== 'legalRepresentative') return false;
    if (consent.givenUnder?.representativeId !== undefined) return true; // checked when it was recorded (C5)
    const representative = consentingRepresentative(record, consent);
    return representative !== undefined && representativeMayConsent(record, representative.id).allowed;
  }
  return consent.givenBy === 'person';
};

const latest = (consents: Consent[], today: string): Consent | undefined =>
  consents
    .map((consent, index) => ({ consent, index }))
    .filter(({ consent }) => onOrBefore(consent.date, today))
    .sort((a, b) => (a.consent.date === b.consent.date ? a.index - b.index : a.consent.date < b.consent.date ? -1 : 1))
    .at(-1)?.consent;

const forScope = (record: InvestigationRecord, relativeId: string, scope: ConsentScope): Consent[] =>
  record.consents.filter((c) => c.relativeId === relativeId && c.scope === scope);

/** The person side's latest decision for this relative and scope, entitled givers only. */
export const latestPersonSideDecision = (
  record: InvestigationRecord,
  relativeId: string,
  scope: ConsentScope,
  today: string,
): Consent | undefined => latest(forScope(record, relativeId, scope).filter((c) => isEntitledPersonSideGiver(record, c)), today);

/** The relative's own latest decision (participation, indirect support, follow-up, SIP). */
export const latestRelativeDecision = (
  record: InvestigationRecord,
  relativeId: string,
  scope: ConsentScope,
  today: string,
): Consent | undefined => latest(forScope(record, relativeId, scope).filter((c) => c.givenBy === 'relative'), today);

/** C2: the person-side consent in force for this relative and scope, or undefined. */
export const activeConsent = (
  record: InvestigationRecord,
  relativeId: string,
  scope: ConsentScope,
  today: string,
): Consent | undefined => {
  const decision = latestPersonSideDecision(record, relativeId, scope, today);
  return decision && isPersonSideInEffect(record, decision, today) ? decision : undefined;
};

/** The relative's own consent in force (`givenBy: 'relative'`), or undefined. */
export const activeRelativeConsent = (
  record: InvestigationRecord,
  relativeId: string,
  scope: ConsentScope,
  today: string,
): Consent | undefined => {
  const decision = latestRelativeDecision(record, relativeId, scope, today);
  return decision && isInEffect(decision, today) ? decision : undefined;
};

/**
 * The relative said no (or withdrew) for their own part: their effort is voluntary. A withdrawal
 * counts however it was recorded, also by its date only (C3); a "yes" that ran out is no "no".
 */
export const relativeHasDeclined = (
  record: InvestigationRecord,
  relativeId: string,
  scope: ConsentScope,
  today: string,
): Consent | undefined => {
  const decision = latestRelativeDecision(record, relativeId, scope, today);
  return decision && !isInEffect(decision, today) && (decision.status !== 'given' || decision.withdrawnAt !== undefined) ? decision : undefined;
};

/**
 * The gate for one person-side scope: allowed with the consent, or a coded reason saying which
 * consent is missing and why (declined, withdrawn, expired, given by someone not entitled).
 */
export const consentGate = (record: InvestigationRecord, relativeId: string, scope: ConsentScope, today: string): Gate => {
  const relative = findRelative(record, relativeId);
  if (!relative) return deny('unknownRelative', message('relative.unknown'), relativeId, scope);
  const about = { scope, ...nameParam(relative) };
  const subject = defaultPersonSideGiver(record);
  const decision = latestPersonSideDecision(record, relativeId, scope, today);
  if (decision && isPersonSideInEffect(record, decision, today)) return allow(decision);
  const coverEnded = decision && guardianCoverEnds(record, decision);
  if (decision && coverEnded !== undefined && isInEffect(decision, today))
    return deny('entitlementEnded', message('consent.entitlementEnded', { ...about, date: coverEnded, subject }), relativeId, scope);
  if (decision?.status === 'declined')
    return deny('consentDeclined', message('consent.declined', { ...about, giver: decision.givenBy }), relativeId, scope);
  if (decision?.withdrawnAt !== undefined || decision?.status === 'withdrawn')
    return deny(
      'consentWithdrawn',
      message('consent.withdrawn', { ...about, ...(decision.withdrawnAt ? { date: decision.withdrawnAt } : {}) }),
      relativeId,
      scope,
    );
  if (decision?.validUntil !== undefined)
    return deny('consentExpired', message('consent.expired', { ...about, validUntil: decision.validUntil }), relativeId, scope);
  const unentitled = forScope(record, relativeId, scope).some(
    (c) => c.givenBy !== 'relative' && !isEntitledPersonSideGiver(record, c) && c.status === 'given',
  );
  if (unentitled) return deny('notEntitled', message('consent.unentitledGiver', { ...about, subject }), relativeId, scope);
  if (record.person.ageGroup === 'adult' && record.person.canTakePosition === 'no') {
    const judgementRecorded = record.person.capacityJudgement !== undefined;
    if (capacityJudgementNeeded(record))
      return deny('consentMissing', message('consent.noRepresentative', { ...about, judgementRecorded }), relativeId, scope);
    return deny('consentMissing', message('consent.missing', { ...about, subject, judgementRecorded }), relativeId, scope);
  }
  return deny('consentMissing', message('consent.missing', { ...about, subject, judgementRecorded: false }), relativeId, scope);
};


/** Who consents about the person's information by default: the person, a guardian for a minor, or a representative (C2, C5). */
export const defaultPersonSideGiver = (record: InvestigationRecord): ConsentSubject =>
  record.person.ageGroup === 'minor' ? 'guardian' : record.person.canTakePosition === 'no' ? 'legalRepresentative' : 'person';

/** What one consent record means today, for showing it: in force, or why not. */
export type ConsentState = 'inForce' | 'declined' | 'withdrawn' | 'expired' | 'notYet' | 'notEntitled' | 'entitlementEnded';

/** The same reading as `isInEffect`: a withdrawal dated ahead (only in a restored record) acts from its day. */
export const consentState = (record: InvestigationRecord, consent: Consent, today: string): ConsentState => {
  if (consent.status === 'declined') return 'declined';
  const withdrawal = withdrawalMoment(consent);
  if (withdrawal ? !isBefore({ day: today }, withdrawal) : consent.status === 'withdrawn') return 'withdrawn';
  if (consent.date > today) return 'notYet';
  if (consent.validUntil !== undefined && consent.validUntil < today) return 'expired';
  if (consent.givenBy !== 'relative' && !isEntitledPersonSideGiver(record, consent)) return 'notEntitled';
  const ends = guardianCoverEnds(record, consent);
  if (ends !== undefined && ends <= today) return 'entitlementEnded';
  return 'inForce';
};

/** A consent can be withdrawn while it is given, not yet withdrawn and not expired (an expired one needs no withdrawal). */
export const isWithdrawable = (consent: Consent, today: string): boolean =>
  consent.status === 'given' && consent.withdrawnAt === undefined && !(consent.validUntil !== undefined && consent.validUntil < today);

/** C2: may this giver record a consent of this scope about this relative? */
export const mayGiveConsent = (
  record: InvestigationRecord,
  givenBy: ConsentGiver,
  scope: ConsentScope,
  relativeId: string,
  /** For a guardian or representative: who (a representative is identified among the relatives). */
  givenByName?: string,
): Gate => {
  const relative = findRelative(record, relativeId);
  if (!relative) return deny('unknownRelative', message('relative.unknown'), relativeId, scope);
  const minor = record.person.ageGroup === 'minor';
  switch (givenBy) {
    case 'relative':
      return RELATIVE_OWN_SCOPES.includes(scope)
        ? allow()
        : deny('notEntitled', message('consent.relativeDecidesOwnOnly', { scope, ...nameParam(relative), subject: defaultPersonSideGiver(record) }), relativeId, scope);
    case 'guardian':
      return minor
        ? allow()
        : deny('notEntitled', message('consent.guardianForAdult'), relativeId, scope);
    case 'person':
      if (minor) return deny('notEntitled', message('consent.personIsMinor'), relativeId, scope);
      if (record.person.canTakePosition === 'no') return deny('notEntitled', message('consent.personCannotTakePosition'), relativeId, scope);
      return allow();
    case 'legalRepresentative': {
      const giver = consentingRepresentative(record, { givenBy, ...(givenByName !== undefined ? { givenByName } : {}) });
      if (!giver)
        return deny(
          'notEntitled',
          givenByName !== undefined ? message('consent.representativeNotRegistered', { givenByName }) : message('consent.representativeNotNamed'),
          relativeId,
          scope,
        );
      const gate = representativeMayConsent(record, giver.id);
      return gate.allowed ? allow() : { ...gate, relativeId, missingScope: scope };
    }
  }
};
