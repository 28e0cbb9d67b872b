/**
 * C8: a relative takes part in the follow-up of the person's support only with consent. A
 * conversation about the relative's own situation needs none and lives in the relative's own
 * record, so it has no gate here.
 */
import type { DecidedSupport, IndirectSupportProposal, InvestigationRecord } from '../schema/index.js';
import { consentGate, relativeHasDeclined } from './consent.js';
import { violenceGate } from './violence.js';
import { deny, type Gate } from './types.js';
import { findRelative, nameParam } from './names.js';
import { message } from '../messages/codes.js';

/** The granted decisions meant to relieve this relative (with their C6 proposal): what the relative's follow-up rates. */
export const reliefGoals = (
  record: InvestigationRecord,
  relativeId: string,
): { decision: DecidedSupport; proposal: IndirectSupportProposal }[] =>
  (record.assessment?.decisions ?? []).flatMap((decision) => {
    if (decision.outcome !== 'granted' || decision.indirectSupportId === undefined) return [];
    const proposal = record.indirectSupport.find((p) => p.id === decision.indirectSupportId);
    return proposal && proposal.relativeId === relativeId ? [{ decision, proposal }] : [];
  });

export const canTakePartInFollowUp = (record: InvestigationRecord, relativeId: string, today: string): Gate => {
  const gate = consentGate(record, relativeId, 'participateInFollowUp', today);
  if (!gate.allowed) return gate;
  const c4 = violenceGate(record, relativeId);
  if (!c4.allowed) return c4;
  if (relativeHasDeclined(record, relativeId, 'participateInFollowUp', today))
    return deny('relativeDeclined', message('relative.declined', { ...nameParam(findRelative(record, relativeId)), activity: 'followUp' }), relativeId);
  return gate;
};
