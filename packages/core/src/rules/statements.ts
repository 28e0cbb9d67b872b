/**
 * C10: every statement from someone other than the person names its source and either the consent
 * that allowed gathering it or that it was volunteered; before it enters the person's file the
 * handläggare confirms it is factual, relevant and not demeaning.
 *
 * The consent is checked on the day the statement was recorded, not today: a statement lawfully
 * gathered before a withdrawal stays valid (and is marked, C3).
 */
import type { InvestigationRecord, Statement } from '../schema/index.js';
import { isEntitledPersonSideGiver, isInEffect } from './consent.js';
import { allow, deny, type Gate } from './types.js';
import { findRelative, relativeName } from './names.js';

export const checkStatementBasis = (record: InvestigationRecord, statement: Statement, today: string): Gate => {
  const source = statement.source;
  const relativeId = source.kind === 'relative' ? source.relativeId : '';
  if (source.kind === 'person')
    return statement.basis.kind === 'own'
      ? allow()
      : deny('statementBasis', 'Den enskildes egna uppgifter ska ha grunden "egen uppgift".', relativeId);
  const who = source.kind === 'relative' ? relativeName(findRelative(record, source.relativeId)) : source.name;
  if (source.kind === 'relative' && !findRelative(record, source.relativeId))
    return deny('unknownRelative', 'Uppgiften anger en anhörig som inte finns i utredningen.', relativeId);
  const basis = statement.basis;
  if (basis.kind === 'own')
    return deny('statementBasis', `Uppgiften från ${who} behöver ange samtycket den hämtades in med, eller att den lämnades självmant.`, relativeId, 'provideInformation');
  if (basis.kind === 'volunteered') return allow();
  if (basis.kind === 'caseSystemConsent')
    return source.kind === 'professional'
      ? allow()
      : deny('statementBasis', `Samtycket till att ${who} lämnar uppgifter registreras här i utredningen, inte bara i ärendesystemet.`, relativeId, 'provideInformation');
  const consent = record.consents.find((c) => c.id === basis.consentId);
  if (!consent) return deny('statementBasis', 'Samtycket som uppgiften hänvisar till finns inte.', relativeId, 'provideInformation');
  // Gathered on the day it was recorded (never later than today).
  const day = statement.recordedAt < today ? statement.recordedAt : today;
  const matches =
    consent.scope === 'provideInformation' &&
    source.kind === 'relative' &&
    consent.relativeId === source.relativeId &&
    isEntitledPersonSideGiver(record, consent) &&
    isInEffect(consent, day);
  return matches
    ? allow(consent)
    : deny(
        'statementBasis',
        `Uppgiften från ${who} har inget giltigt samtycke till att lämna uppgifter den dag den dokumenterades (${statement.recordedAt}).`,
        relativeId,
        'provideInformation',
      );
};

/** C10: the person's own statements go in; others only once quality-confirmed. */
export const mayEnterPersonalFile = (statement: Statement): boolean =>
  statement.source.kind === 'person' || statement.qualityConfirmed;
