/** Steps 2 and 3 warnings, per relative in that branch. */
import type { InvestigationRecord, RelativeRecord } from '../schema/index.js';
import { relativeBranch, relativesInStep } from './branch.js';
import { activeConsent } from './consent.js';
import { jointMeetingViolenceGate } from './violence.js';
import { nameParam } from './names.js';
import type { Warning } from './types.js';

export const equipWarnings = (record: InvestigationRecord, relativeRecords: readonly RelativeRecord[], today: string): Warning[] =>
  record.relatives.flatMap((r) => {
    if (relativeBranch(record, r.id, today) !== 'equip') return [];
    const name = nameParam(r);
    const own = relativeRecords.find((rr) => rr.relativeId === r.id);
    const warnings: Warning[] = [];
    const relativeId = r.id;
    if (!own || own.informationGiven.length === 0)
      warnings.push({ code: 'equipInformation', params: name, relativeId });
    if (!own || own.ownConversations.length === 0)
      warnings.push({ code: 'equipOwnConversation', params: name, relativeId });
    if (!own?.referredToAnhorigkonsulent)
      warnings.push({ code: 'equipReferral', params: name, relativeId });
    // C11, H4: the child is in this step, so the child perspective is prompted here too.
    if (r.isChild && own?.childGuidedToOwnSupport !== true)
      warnings.push({ code: 'childOwnSupport', params: name, relativeId });
    return warnings;
  });

export const involveWarnings = (record: InvestigationRecord, today: string): Warning[] => {
  const warnings: Warning[] = [];
  relativesInStep(record, 'involve', today).forEach((r) => {
    const name = nameParam(r);
    const index = record.meetingPlans.findIndex((m) => m.relativeId === r.id);
    const plan = record.meetingPlans[index];
    if (!plan) {
      warnings.push({ code: 'meetingPlanMissing', params: name, path: 'meetingPlans', relativeId: r.id });
      return;
    }
    if (!plan.invitationSentAt)
      warnings.push({ code: 'invitationNotSent', params: name, path: `meetingPlans.${index}.invitationSentAt`, relativeId: r.id });
    // C4: a joint plan (only in a restored record: edits turn it separate) or an invitation to one.
    const joint = jointMeetingViolenceGate(record, r.id);
    if (plan.format === 'joint' && !joint.allowed)
      warnings.push({ code: 'jointMeetingViolence', params: { ...name, reason: joint.reason }, path: `meetingPlans.${index}.format`, relativeId: r.id });
    if (plan.jointRuledOutAt !== undefined && plan.invitationSentAt !== undefined && plan.invitationSentAt <= plan.jointRuledOutAt)
      warnings.push({
        code: 'jointInvitationRuledOut',
        params: { ...name, date: plan.jointRuledOutAt },
        path: `meetingPlans.${index}.invitationSentAt`,
        relativeId: r.id,
      });
  });
  const support = record.expressionSupport;
  if (support && support.needs.length > 0 && !support.caseworkerReflection?.trim())
    warnings.push({ code: 'expressionReflection', params: {}, path: 'expressionSupport.caseworkerReflection' });
  if (support?.supporterRelativeId !== undefined) {
    if (!activeConsent(record, support.supporterRelativeId, 'supportInInvestigation', today))
      warnings.push({ code: 'supporterConsent', params: {}, path: 'expressionSupport.supporterRelativeId', relativeId: support.supporterRelativeId });
    if (!support.suitabilityJudgement?.trim())
      warnings.push({ code: 'supporterSuitability', params: {}, path: 'expressionSupport.suitabilityJudgement' });
  }
  return warnings;
};
