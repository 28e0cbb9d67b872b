/**
 * C10: every statement from someone other than the person names its source and either the consent
 * that allowed gathering it or that it was volunteered; before it enters the person's file the
 * handläggare confirms it is factual, relevant and not demeaning. L4: answers to the question prompts
 * are statements too.
 *
 * The consent is checked at the moment the statement was recorded, not today (T2): a statement
 * gathered before a withdrawal, even earlier the same day, stays lawfully documented (marked, C3);
 * one gathered under a consent given by someone entitled then stays lawful when entitlement changes (T1).
 */
import type { InvestigationRecord, Statement } from '../schema/index.js';
import { activeConsent, isEntitledPersonSideGiver, isPersonSideInEffect } from './consent.js';
import { statementMoment } from './dates.js';
import { allow, deny, type Gate } from './types.js';
import { findRelative, nameParam } from './names.js';
import { message } from '../messages/codes.js';

export const checkStatementBasis = (record: InvestigationRecord, statement: Statement, today: string): Gate => {
  const source = statement.source;
  const relativeId = source.kind === 'relative' ? source.relativeId : '';
  if (source.kind === 'person')
    return statement.basis.kind === 'own'
      ? allow()
      : deny('statementBasis', message('statement.personBasisOwn'), relativeId);
  const who = source.kind === 'relative' ? nameParam(findRelative(record, source.relativeId)) : { name: source.name };
  if (source.kind === 'relative' && !findRelative(record, source.relativeId))
    return deny('unknownRelative', message('statement.unknownRelative'), relativeId);
  const basis = statement.basis;
  if (basis.kind === 'own') return deny('statementBasis', message('statement.basisMissing', who), relativeId, 'provideInformation');
  if (basis.kind === 'notRecorded') return deny('statementBasis', message('statement.basisNotRecorded', who), relativeId, 'provideInformation');
  if (basis.kind === 'volunteered') return allow();
  if (basis.kind === 'caseSystemConsent')
    return source.kind === 'professional'
      ? allow()
      : deny('statementBasis', message('statement.caseSystemConsent', who), relativeId, 'provideInformation');
  const consent = record.consents.find((c) => c.id === basis.consentId);
  if (!consent) return deny('statementBasis', message('statement.consentNotFound'), relativeId, 'provideInformation');
  const moment = statementMoment(statement, today) ?? { day: today };
  const matches =
    consent.scope === 'provideInformation' &&
    source.kind === 'relative' &&
    consent.relativeId === source.relativeId &&
    isEntitledPersonSideGiver(record, consent) &&
    isPersonSideInEffect(record, consent, moment);
  return matches
    ? allow(consent)
    : deny(
        'statementBasis',
        message('statement.noValidConsent', { ...who, ...(statement.recordedAt !== undefined ? { recordedAt: statement.recordedAt } : {}) }),
        relativeId,
        'provideInformation',
      );
};

/** C10: the person's own statements go in; others only once quality-confirmed. */
export const mayEnterPersonalFile = (statement: Statement): boolean =>
  statement.source.kind === 'person' || statement.qualityConfirmed;

/**
 * L2: may this statement's text reach the provider? Only a relative's statement gathered under a
 * consent (not volunteered: docs/decisions.md), confirmed by the handläggare (C10) and marked for the
 * personal file, whose consent was in force when it was gathered and still is now (C3, T1), and no
 * later decision overrules it: the latest decision for that relative governs (C2), so a later "no"
 * stops the statements leaving even though the earlier "yes" was never withdrawn.
 */
export const mayReachProvider = (record: InvestigationRecord, statement: Statement, today: string): boolean => {
  if (statement.source.kind !== 'relative' || statement.basis.kind !== 'consent') return false;
  if (!statement.toPersonalFile || !statement.qualityConfirmed) return false;
  const basis = checkStatementBasis(record, statement, today);
  return (
    basis.allowed &&
    basis.consent !== undefined &&
    isPersonSideInEffect(record, basis.consent, today) &&
    activeConsent(record, statement.source.relativeId, 'provideInformation', today) !== undefined
  );
};
