/**
 * C3: withdrawal acts from then on. Statements lawfully gathered before stay in the record and are
 * marked (derived here, never stored); everything that needed the consent leaves every assignment
 * derived afterwards. Answers to question prompts are statements and are marked the same way (L4).
 * `withdrawalImpact` tells the handläggare (as coded notices) what will leave the
 * next assignment. It works both as a preview (consent still given) and afterwards (withdrawn):
 * it compares the record with the consent in force against the record with it withdrawn.
 */
import type { Catalogue, Consent, ConsentScope, InvestigationRecord, RField, Statement } from '../schema/index.js';
import { relativePerspective, rFieldsByRelative } from '../assignment/perspective.js';
import { assignmentItems } from '../assignment/items.js';
import { findRelative, nameParam } from './names.js';
import { message, type Message } from '../messages/codes.js';

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
  /** What leaves, as a code with parameters (`withdrawal.*`). */
  notice: Message;
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
  /** A summary for the UI, in reading order, as codes with parameters (`withdrawal.*`). */
  notices: Message[];
}

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
    const name = nameParam(findRelative(record, relativeId));
    const remaining = fieldsAfter.get(relativeId) ?? [];
    for (const field of fields) {
      if (!remaining.includes(field))
        leaves.push({ field, relativeId, notice: message('withdrawal.fieldLeaves', { ...name, field }) });
    }
    const textBefore = before.supportGiven.find((s) => s.relativeId === relativeId)?.description;
    const textAfter = after.supportGiven.find((s) => s.relativeId === relativeId)?.description;
    if (remaining.includes('R2') && textBefore !== textAfter)
      leaves.push({ field: 'R2', relativeId, notice: message('withdrawal.supportTextLeaves', name) });
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
      notice: message('withdrawal.markerLeaves', { ...nameParam(findRelative(record, consent.relativeId)), supportType: item.supportTypeName }),
    });
  }

  const markedStatementIds = record.statements
    .filter((s) => s.basis.kind === 'consent' && s.basis.consentId === consentId)
    .map((s) => s.id);
  const notices: Message[] = [
    message('withdrawal.effective', { scope: consent.scope, ...nameParam(findRelative(record, consent.relativeId)), date: effectiveFrom }),
    ...leaves.map((l) => l.notice),
    ...(markedStatementIds.length ? [message('withdrawal.statementsMarked', { count: markedStatementIds.length })] : []),
    ...(leaves.length && record.assignments.length ? [message('withdrawal.sendUpdate')] : []),
  ];
  return { consentId, relativeId: consent.relativeId, scope: consent.scope, effectiveFrom, leaves, markedStatementIds, notices };
};
