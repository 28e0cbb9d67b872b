/**
 * C3: withdrawal acts from then on. Statements lawfully gathered before stay in the record and are
 * marked (derived here, never stored); everything that needed the consent leaves every assignment
 * derived afterwards. Answers to question prompts are statements and are marked the same way (L4).
 * `withdrawalImpact` tells the handläggare, in Swedish, what will leave the
 * next assignment. It works both as a preview (consent still given) and afterwards (withdrawn):
 * it compares the record with the consent in force against the record with it withdrawn.
 */
import type { Catalogue, Consent, ConsentScope, InvestigationRecord, RField, Statement } from '../schema/index.js';
import { relativePerspective, rFieldsByRelative } from '../assignment/perspective.js';
import { assignmentItems } from '../assignment/items.js';
import { findRelative, relativeName, scopePhrase, genitive } from './names.js';

export const isMarkedAfterWithdrawal = (record: InvestigationRecord, statement: Statement): boolean => {
  const basis = statement.basis;
  if (basis.kind !== 'consent') return false;
  const consent = record.consents.find((c) => c.id === basis.consentId);
  return consent !== undefined && (consent.status === 'withdrawn' || consent.withdrawnAt !== undefined);
};

export interface WithdrawalLeaving {
  field: RField | 'indirectSupportMarker';
  relativeId: string;
  decisionId?: string;
  /** Swedish, for the handläggare. */
  message: string;
}

export interface WithdrawalImpact {
  consentId: string;
  relativeId: string;
  scope: ConsentScope;
  /** The day from which the withdrawal acts. */
  effectiveFrom: string;
  /** What leaves the next assignment. */
  leaves: WithdrawalLeaving[];
  /** Statements that stay in the record, marked. */
  markedStatementIds: string[];
  /** A Swedish summary for the UI, in reading order. */
  messages: string[];
}

const fieldPhrase = (field: RField, name: string): string =>
  ({
    R1: `att ${name} bor med den enskilde`,
    R2: `vilket stöd ${name} ger`,
    R3: `samordningen med ${name}`,
    R4: `${genitive(name)} medverkan i planering och uppföljning`,
    R5: `${genitive(name)} synpunkter på hur stödet ska ges`,
  })[field];

const replaceConsent = (record: InvestigationRecord, consent: Consent): InvestigationRecord => ({
  ...record,
  consents: record.consents.map((c) => (c.id === consent.id ? consent : c)),
});

export const withdrawalImpact = (
  record: InvestigationRecord,
  consentId: string,
  catalogue: Catalogue,
  today: string,
  /** For a preview: the date the handläggare is about to withdraw it from (default today). */
  withdrawFrom?: string,
): WithdrawalImpact | undefined => {
  const consent = record.consents.find((c) => c.id === consentId);
  if (!consent) return undefined;
  const effectiveFrom = consent.withdrawnAt ?? withdrawFrom ?? today;
  const day = effectiveFrom > today ? effectiveFrom : today;
  const { withdrawnAt: _ignored, ...rest } = consent;
  const inForce = replaceConsent(record, { ...rest, status: 'given' });
  const withdrawn = replaceConsent(record, { ...consent, status: 'withdrawn', withdrawnAt: effectiveFrom });

  const leaves: WithdrawalLeaving[] = [];
  const before = relativePerspective(inForce, catalogue, day).relativePerspective;
  const after = relativePerspective(withdrawn, catalogue, day).relativePerspective;
  const fieldsBefore = rFieldsByRelative(before);
  const fieldsAfter = rFieldsByRelative(after);
  for (const [relativeId, fields] of fieldsBefore) {
    const name = relativeName(findRelative(record, relativeId));
    const remaining = fieldsAfter.get(relativeId) ?? [];
    for (const field of fields) {
      if (!remaining.includes(field))
        leaves.push({ field, relativeId, message: `Nästa uppdrag tar inte med ${fieldPhrase(field, name)}.` });
    }
    const textBefore = before.supportGiven.find((s) => s.relativeId === relativeId)?.description;
    const textAfter = after.supportGiven.find((s) => s.relativeId === relativeId)?.description;
    if (remaining.includes('R2') && textBefore !== textAfter)
      leaves.push({ field: 'R2', relativeId, message: `Nästa uppdrag tar inte med de uppgifter ${name} lämnat om sitt stöd.` });
  }
  const itemsBefore = assignmentItems(inForce, catalogue, day);
  const itemsAfter = assignmentItems(withdrawn, catalogue, day);
  for (const item of itemsBefore) {
    if (!item.indirectSupport) continue;
    if (itemsAfter.find((i) => i.decisionId === item.decisionId)?.indirectSupport) continue;
    leaves.push({
      field: 'indirectSupportMarker',
      relativeId: consent.relativeId,
      decisionId: item.decisionId,
      message: `Markeringen att ${item.supportTypeName} också är ett indirekt stöd till ${relativeName(findRelative(record, consent.relativeId))} tas bort i nästa uppdrag. Insatsen finns kvar.`,
    });
  }

  const markedStatementIds = record.statements
    .filter((s) => s.basis.kind === 'consent' && s.basis.consentId === consentId)
    .map((s) => s.id);
  const name = relativeName(findRelative(record, consent.relativeId));
  const messages = [
    `Från och med ${effectiveFrom} gäller inte samtycket till ${scopePhrase(consent.scope, name)}. Inget nytt hämtas in eller lämnas ut med stöd av det.`,
    ...leaves.map((l) => l.message),
    ...(markedStatementIds.length
      ? [
          `${markedStatementIds.length === 1 ? 'En uppgift' : `${markedStatementIds.length} uppgifter`} som hämtades in med samtycket finns kvar i utredningen och markeras. Inget tas bort.`,
        ]
      : []),
    ...(leaves.length && record.assignments.length ? ['Skicka ett uppdaterat uppdrag till utföraren.'] : []),
  ];
  return { consentId, relativeId: consent.relativeId, scope: consent.scope, effectiveFrom, leaves, markedStatementIds, messages };
};
