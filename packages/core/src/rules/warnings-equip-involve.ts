/** Steps 2 and 3 warnings, per relative in that branch. */
import type { InvestigationRecord, RelativeRecord } from '../schema/index.js';
import { relativeBranch, relativesInStep } from './branch.js';
import { activeConsent } from './consent.js';
import { jointMeetingViolenceGate } from './violence.js';
import { relativeName } from './names.js';
import type { Warning } from './types.js';

export const equipWarnings = (record: InvestigationRecord, relativeRecords: readonly RelativeRecord[], today: string): Warning[] =>
  record.relatives.flatMap((r) => {
    if (relativeBranch(record, r.id, today) !== 'equip') return [];
    const name = relativeName(r);
    const own = relativeRecords.find((rr) => rr.relativeId === r.id);
    const warnings: Warning[] = [];
    const relativeId = r.id;
    if (!own || own.informationGiven.length === 0)
      warnings.push({ code: 'equipInformation', message: `${name} har inte fått information om kommunens och andras stöd till anhöriga.`, relativeId });
    if (!own || own.ownConversations.length === 0)
      warnings.push({ code: 'equipOwnConversation', message: `${name} har inte erbjudits ett eget samtal om sin situation.`, relativeId });
    if (!own?.referredToAnhorigkonsulent)
      warnings.push({ code: 'equipReferral', message: `${name} har inte hänvisats till anhörigkonsulenten.`, relativeId });
    // C11, H4: the child is in this step, so the child perspective is prompted here too.
    if (r.isChild && own?.childGuidedToOwnSupport !== true)
      warnings.push({ code: 'childOwnSupport', message: `${name} är under 18 år. Överväg att vägleda barnet till stöd för egen del.`, relativeId });
    return warnings;
  });

export const involveWarnings = (record: InvestigationRecord, today: string): Warning[] => {
  const warnings: Warning[] = [];
  relativesInStep(record, 'involve', today).forEach((r) => {
    const name = relativeName(r);
    const index = record.meetingPlans.findIndex((m) => m.relativeId === r.id);
    const plan = record.meetingPlans[index];
    if (!plan) {
      warnings.push({ code: 'meetingPlanMissing', message: `Det finns ingen plan för hur ${name} deltar i samtalen.`, path: 'meetingPlans', relativeId: r.id });
      return;
    }
    if (!plan.invitationSentAt)
      warnings.push({ code: 'invitationNotSent', message: `Inbjudan till ${name} är inte skickad.`, path: `meetingPlans.${index}.invitationSentAt`, relativeId: r.id });
    // C4: a joint plan (only in a restored record: edits turn it separate) or an invitation to one.
    const joint = jointMeetingViolenceGate(record, r.id);
    if (plan.format === 'joint' && !joint.allowed)
      warnings.push({ code: 'jointMeetingViolence', message: `Planera inte ett gemensamt samtal med ${name}. ${joint.message}`, path: `meetingPlans.${index}.format`, relativeId: r.id });
    if (plan.jointRuledOutAt !== undefined && plan.invitationSentAt !== undefined && plan.invitationSentAt <= plan.jointRuledOutAt)
      warnings.push({
        code: 'jointInvitationRuledOut',
        message: `Inbjudan till ${name} gällde ett gemensamt samtal, som inte längre erbjuds (${plan.jointRuledOutAt}). Skicka en ny inbjudan till ett samtal var för sig.`,
        path: `meetingPlans.${index}.invitationSentAt`,
        relativeId: r.id,
      });
  });
  const support = record.expressionSupport;
  if (support && support.needs.length > 0 && !support.caseworkerReflection?.trim())
    warnings.push({ code: 'expressionReflection', message: 'Den enskilde behöver stöd att uttrycka sin vilja. Reflektera över om du kan ge det stödet eller om en annan lösning behövs.', path: 'expressionSupport.caseworkerReflection' });
  if (support?.supporterRelativeId !== undefined) {
    if (!activeConsent(record, support.supporterRelativeId, 'supportInInvestigation', today))
      warnings.push({ code: 'supporterConsent', message: 'Det saknas samtycke till att den valda personen ger den enskilde stöd i utredningen.', path: 'expressionSupport.supporterRelativeId', relativeId: support.supporterRelativeId });
    if (!support.suitabilityJudgement?.trim())
      warnings.push({ code: 'supporterSuitability', message: 'Dokumentera din bedömning av att den som ger stöd i utredningen är lämplig. Den som stödjer bestämmer inte.', path: 'expressionSupport.suitabilityJudgement' });
  }
  return warnings;
};
