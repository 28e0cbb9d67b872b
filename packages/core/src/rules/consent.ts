/**
 * C2: which consent is in force. A consent counts only when it is given, dated on or before
 * `today`, not past `validUntil`, not withdrawn (withdrawal acts from `withdrawnAt`, C3), and given
 * by someone entitled to give it. When several records exist for one relative and scope, the
 * latest decision (by date, then by position in the record) governs: a later "no" overrides an
 * earlier "yes".
 *
 * Two sides: the person side (about the person's information: given by the person, a guardian for a
 * minor, or a representative under C5) and the relative's own side (`givenBy: 'relative'`) for
 * their own participation and for indirect support. `activeConsent` returns the person side.
 *
 * A capacity judgement (person cannot take a position, no one can consent) does not create
 * consent: it documents the person's likely wish and who was consulted, and the gates stay closed.
 */
import type { Consent, ConsentGiver, ConsentScope, InvestigationRecord } from '../schema/index.js';
import { before, onOrBefore } from './dates.js';
import { capacityJudgementNeeded, consentingRepresentative, representativeMayConsent } from './representative.js';
import { allow, deny, type Gate } from './types.js';
import { consentSubject, findRelative, relativeName, scopePhrase, capitalise } from './names.js';

/** Scopes where the relative decides about their own effort (C2, C6, C8, C14). */
export const RELATIVE_OWN_SCOPES: readonly ConsentScope[] = ['participate', 'indirectSupport', 'participateInFollowUp', 'sip'];

/** Is this consent record in effect on `day`, regardless of who gave it? */
export const isInEffect = (consent: Consent, day: string): boolean => {
  if (consent.status === 'declined') return false;
  if (!onOrBefore(consent.date, day)) return false;
  if (consent.validUntil !== undefined && before(consent.validUntil, day)) return false;
  if (consent.withdrawnAt !== undefined) return before(day, consent.withdrawnAt);
  // Withdrawn without a date: treat as withdrawn from the start rather than guess.
  return consent.status === 'given';
};

/** May this giver consent about the person's information (the person side)? */
export const isEntitledPersonSideGiver = (record: InvestigationRecord, consent: Consent): boolean => {
  if (consent.givenBy === 'relative') return false;
  if (record.person.ageGroup === 'minor') return consent.givenBy === 'guardian';
  if (record.person.canTakePosition === 'no') {
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
  return decision && isInEffect(decision, today) ? decision : undefined;
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

/** The relative said no (or withdrew) for their own part: their effort is voluntary. */
export const relativeHasDeclined = (
  record: InvestigationRecord,
  relativeId: string,
  scope: ConsentScope,
  today: string,
): Consent | undefined => {
  const decision = latestRelativeDecision(record, relativeId, scope, today);
  return decision && !isInEffect(decision, today) && decision.status !== 'given' ? decision : undefined;
};

/**
 * The gate for one person-side scope: allowed with the consent, or a Swedish message saying which
 * consent is missing and why (declined, withdrawn, expired, given by someone not entitled).
 */
export const consentGate = (record: InvestigationRecord, relativeId: string, scope: ConsentScope, today: string): Gate => {
  const relative = findRelative(record, relativeId);
  if (!relative) return deny('unknownRelative', 'Den anhöriga finns inte i utredningen.', relativeId, scope);
  const name = relativeName(relative);
  const what = scopePhrase(scope, name);
  const subject = consentSubject(record);
  const decision = latestPersonSideDecision(record, relativeId, scope, today);
  if (decision && isInEffect(decision, today)) return allow(decision);
  if (decision?.status === 'declined')
    return deny('consentDeclined', `Samtycke saknas: ${subject} har sagt nej till ${what}.`, relativeId, scope);
  if (decision?.withdrawnAt !== undefined || decision?.status === 'withdrawn')
    return deny(
      'consentWithdrawn',
      `Samtycke saknas: samtycket till ${what} återkallades${decision.withdrawnAt ? ` ${decision.withdrawnAt}` : ''}.`,
      relativeId,
      scope,
    );
  if (decision?.validUntil !== undefined)
    return deny('consentExpired', `Samtycke saknas: samtycket till ${what} gällde till och med ${decision.validUntil}.`, relativeId, scope);
  const unentitled = forScope(record, relativeId, scope).some(
    (c) => c.givenBy !== 'relative' && !isEntitledPersonSideGiver(record, c) && c.status === 'given',
  );
  if (unentitled)
    return deny(
      'notEntitled',
      `Samtycke saknas: det samtycke som finns är inte lämnat av någon som får samtycka. ${capitalise(subject)} behöver samtycka till ${what}.`,
      relativeId,
      scope,
    );
  if (record.person.ageGroup === 'adult' && record.person.canTakePosition === 'no') {
    const representativeCan = !capacityJudgementNeeded(record);
    const judgement = record.person.capacityJudgement
      ? ' Den dokumenterade bedömningen av vad den enskilde troligen vill ersätter inte ett samtycke.'
      : '';
    if (!representativeCan)
      return deny(
        'consentMissing',
        `Samtycke saknas: den enskilde kan inte ta ställning, och det finns ingen ställföreträdare vars uppdrag omfattar att samtycka till ${what}.${judgement}`,
        relativeId,
        scope,
      );
    return deny('consentMissing', `Samtycke saknas: ${subject} har inte samtyckt till ${what}.${judgement}`, relativeId, scope);
  }
  return deny('consentMissing', `Samtycke saknas: ${subject} har inte samtyckt till ${what}.`, relativeId, scope);
};


/** Who consents about the person's information by default: the person, a guardian for a minor, or a representative (C2, C5). */
export const defaultPersonSideGiver = (record: InvestigationRecord): ConsentGiver =>
  record.person.ageGroup === 'minor' ? 'guardian' : record.person.canTakePosition === 'no' ? 'legalRepresentative' : 'person';

/** What one consent record means today, for showing it: in force, or why not. */
export type ConsentState = 'inForce' | 'declined' | 'withdrawn' | 'expired' | 'notYet' | 'notEntitled';

export const consentState = (record: InvestigationRecord, consent: Consent, today: string): ConsentState => {
  if (consent.status === 'declined') return 'declined';
  if (consent.status === 'withdrawn' || (consent.withdrawnAt !== undefined && consent.withdrawnAt <= today)) return 'withdrawn';
  if (consent.date > today) return 'notYet';
  if (consent.validUntil !== undefined && consent.validUntil < today) return 'expired';
  if (consent.givenBy !== 'relative' && !isEntitledPersonSideGiver(record, consent)) return 'notEntitled';
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
  if (!relative) return deny('unknownRelative', 'Den anhöriga finns inte i utredningen.', relativeId, scope);
  const name = relativeName(relative);
  const minor = record.person.ageGroup === 'minor';
  switch (givenBy) {
    case 'relative':
      return RELATIVE_OWN_SCOPES.includes(scope)
        ? allow()
        : deny(
            'notEntitled',
            `${name} bestämmer om sin egen medverkan, men inte om den enskildes uppgifter. Samtycke till ${scopePhrase(scope, name)} lämnas av ${consentSubject(record)}.`,
            relativeId,
            scope,
          );
    case 'guardian':
      return minor
        ? allow()
        : deny('notEntitled', 'Den enskilde är vuxen; samtycket lämnas inte av en vårdnadshavare.', relativeId, scope);
    case 'person':
      if (minor)
        return deny(
          'notEntitled',
          'Den enskilde är under 18 år; samtycket lämnas av vårdnadshavaren, och barnets synpunkter dokumenteras.',
          relativeId,
          scope,
        );
      if (record.person.canTakePosition === 'no')
        return deny(
          'notEntitled',
          'Den enskilde kan inte ta ställning till samtycke. Samtycke kan bara lämnas av en ställföreträdare vars uppdrag omfattar personliga angelägenheter; annars dokumenteras en bedömning av vad den enskilde troligen vill.',
          relativeId,
          scope,
        );
      return allow();
    case 'legalRepresentative': {
      const giver = consentingRepresentative(record, { givenBy, ...(givenByName !== undefined ? { givenByName } : {}) });
      if (!giver)
        return deny(
          'notEntitled',
          givenByName !== undefined
            ? `${givenByName} är inte registrerad som ställföreträdare bland den enskildes anhöriga. Lägg till ställföreträdaren som anhörig med uppdraget angivet.`
            : 'Ange vilken ställföreträdare som lämnar beskedet.',
          relativeId,
          scope,
        );
      const gate = representativeMayConsent(record, giver.id);
      return gate.allowed ? allow() : { ...gate, relativeId, missingScope: scope };
    }
  }
};
