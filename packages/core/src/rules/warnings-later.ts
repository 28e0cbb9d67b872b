/** Warnings for assessment, assignment and follow-up. */
import type { Consent, InvestigationRecord } from '../schema/index.js';
import { isInEffect, isPersonSideInEffect, latestPersonSideDecision, latestRelativeDecision } from './consent.js';
import { canTakePartInFollowUp, reliefGoals } from './follow-up.js';
import { nameParam } from './names.js';
import type { Warning } from './types.js';

export const assessmentWarnings = (record: InvestigationRecord): Warning[] => {
  const warnings: Warning[] = [];
  const assessment = record.assessment;
  if (!assessment?.needsAssessment?.trim())
    warnings.push({ code: 'needsAssessmentMissing', params: {}, path: 'assessment.needsAssessment' });
  if (!assessment || assessment.decisions.length === 0)
    warnings.push({ code: 'decisionsMissing', params: {}, path: 'assessment.decisions' });
  assessment?.decisions.forEach((d, i) => {
    if (d.outcome === 'granted' && !d.goal?.trim())
      warnings.push({ code: 'goalMissing', params: {}, path: `assessment.decisions.${i}.goal` });
  });
  return warnings;
};

export const assignmentWarnings = (record: InvestigationRecord, today: string): Warning[] => {
  const warnings: Warning[] = [];
  const plan = record.assignmentPlan;
  if (!plan?.followUpHow?.trim())
    warnings.push({ code: 'followUpHowMissing', params: {}, path: 'assignmentPlan.followUpHow' });
  if (!plan?.followUpWhen)
    warnings.push({ code: 'followUpWhenMissing', params: {}, path: 'assignmentPlan.followUpWhen' });
  const last = record.assignments.at(-1);
  if (last) {
    // Outdated while the last version still relies on a consent withdrawn since: it cites it (R6), or
    // carries an indirect-support marker for that relative (C3). Day precision alone would keep the
    // reminder after a same-day update.
    // The issued marker names the relationship only (L3); its relative is found through the decision,
    // if that still leads to a relative of the marker's category. Where the assessment has changed since
    // (the link gone, or re-linked to someone else), every relative of the marker's category counts (or
    // every relative, if none has it): better a reminder too many than a provider left with a marker
    // whose consent has ended.
    const markerRelatives = new Set(
      last.includes.flatMap((item) => {
        if (!item.indirectSupport) return [];
        const category = item.indirectSupport.relationCategory;
        const decision = record.assessment?.decisions.find((d) => d.id === item.decisionId);
        const proposal = record.indirectSupport.find((p) => p.id === decision?.indirectSupportId);
        const linked = record.relatives.find((r) => r.id === proposal?.relativeId);
        if (linked?.relationCategory === category) return [linked.id];
        const sameCategory = record.relatives.filter((r) => r.relationCategory === category);
        return (sameCategory.length ? sameCategory : record.relatives).map((r) => r.id);
      }),
    );
    // A marker rests on the decisions that govern now, not on one a later decision replaced.
    const governs = (c: Consent) =>
      c === latestPersonSideDecision(record, c.relativeId, c.scope, today) || c === latestRelativeDecision(record, c.relativeId, c.scope, today);
    const reliedOn = (c: Consent) =>
      last.consentBasis.some((b) => b.consentId === c.id) || (c.scope === 'indirectSupport' && markerRelatives.has(c.relativeId) && governs(c));
    const inEffect = (c: Consent) => (c.givenBy === 'relative' ? isInEffect(c, today) : isPersonSideInEffect(record, c, today));
    const ended = record.consents.filter((c) => c.status !== 'declined' && reliedOn(c) && !inEffect(c) && c.date <= today);
    if (ended.length)
      warnings.push({
        code: 'assignmentOutdated',
        params: {
          cause: ended.some((c) => c.withdrawnAt !== undefined || c.status === 'withdrawn')
            ? 'withdrawn'
            : ended.some((c) => c.givenBy === 'guardian' && record.person.adultFrom !== undefined && record.person.adultFrom <= today)
              ? 'turned18'
              : 'expired',
          issuedAt: last.issuedAt,
        },
      });
    else if (
      record.followUp?.outcomeActions.includes('updatedAssignment') &&
      record.assignments.length <= (record.followUp.assignmentsAtStart ?? record.assignments.filter((a) => a.issuedAt <= record.followUp!.startedAt).length)
    )
      warnings.push({ code: 'assignmentUpdateRequested', params: {} });
  }
  return warnings;
};

export const followUpWarnings = (record: InvestigationRecord, today: string): Warning[] => {
  const followUp = record.followUp;
  if (!followUp) return [];
  const warnings: Warning[] = [];
  if (followUp.person.supportGiven === 'unknown')
    warnings.push({ code: 'followUpSupportGiven', params: {}, path: 'followUp.person.supportGiven' });
  followUp.invitations.forEach((inv, i) => {
    const gate = canTakePartInFollowUp(record, inv.relativeId, today);
    if (!gate.allowed) warnings.push({ code: 'followUpInvitationConsent', params: { reason: gate.reason }, path: `followUp.invitations.${i}`, relativeId: inv.relativeId });
  });
  followUp.relativeViews.forEach((v, i) => {
    const gate = canTakePartInFollowUp(record, v.relativeId, today);
    if (!gate.allowed) warnings.push({ code: 'followUpViewConsent', params: { reason: gate.reason }, path: `followUp.relativeViews.${i}`, relativeId: v.relativeId });
  });
  record.relatives.forEach((r) => {
    if (r.isRelative && r.givesSupport && !followUp.person.stillWantsRelativeSupport.some((s) => s.relativeId === r.id))
      warnings.push({ code: 'followUpStillWants', params: nameParam(r), path: 'followUp.person.stillWantsRelativeSupport', relativeId: r.id });
  });
  record.relatives.forEach((r) => {
    const unanswered = reliefGoals(record, r.id).filter(
      ({ decision }) => !followUp.relativeViews.some((v) => v.relativeId === r.id && v.goalResults.some((g) => g.decisionId === decision.id)),
    );
    if (unanswered.length)
      warnings.push({ code: 'followUpRelief', params: nameParam(r), relativeId: r.id });
  });
  if (followUp.outcomeActions.length === 0)
    warnings.push({ code: 'followUpOutcome', params: {}, path: 'followUp.outcomeActions' });
  return warnings;
};
