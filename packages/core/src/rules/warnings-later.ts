/** Warnings for assessment, assignment and follow-up. */
import type { Consent, InvestigationRecord } from '../schema/index.js';
import { isInEffect, isPersonSideInEffect } from './consent.js';
import { canTakePartInFollowUp, reliefGoals } from './follow-up.js';
import { relativeName } from './names.js';
import type { Warning } from './types.js';

export const assessmentWarnings = (record: InvestigationRecord): Warning[] => {
  const warnings: Warning[] = [];
  const assessment = record.assessment;
  if (!assessment?.needsAssessment?.trim())
    warnings.push({ code: 'needsAssessmentMissing', message: 'Bedömningen av den enskildes behov saknas.', path: 'assessment.needsAssessment' });
  if (!assessment || assessment.decisions.length === 0)
    warnings.push({ code: 'decisionsMissing', message: 'Inga beslut är registrerade.', path: 'assessment.decisions' });
  assessment?.decisions.forEach((d, i) => {
    if (d.outcome === 'granted' && !d.goal?.trim())
      warnings.push({ code: 'goalMissing', message: 'Ett beviljat beslut saknar mål.', path: `assessment.decisions.${i}.goal` });
  });
  return warnings;
};

export const assignmentWarnings = (record: InvestigationRecord, today: string): Warning[] => {
  const warnings: Warning[] = [];
  const plan = record.assignmentPlan;
  if (!plan?.followUpHow?.trim())
    warnings.push({ code: 'followUpHowMissing', message: 'Ange hur insatsen ska följas upp.', path: 'assignmentPlan.followUpHow' });
  if (!plan?.followUpWhen)
    warnings.push({ code: 'followUpWhenMissing', message: 'Ange när insatsen ska följas upp.', path: 'assignmentPlan.followUpWhen' });
  const last = record.assignments.at(-1);
  if (last) {
    // Outdated while the last version still relies on a consent withdrawn since: it cites it (R6), or
    // carries an indirect-support marker for that relative (C3). Day precision alone would keep the
    // reminder after a same-day update.
    const markerRelatives = new Set(
      last.includes.flatMap((item) => {
        if (!item.indirectSupport) return [];
        const decision = record.assessment?.decisions.find((d) => d.id === item.decisionId);
        const proposal = record.indirectSupport.find((p) => p.id === decision?.indirectSupportId);
        return proposal ? [proposal.relativeId] : [];
      }),
    );
    const reliedOn = (c: Consent) =>
      last.consentBasis.some((b) => b.consentId === c.id) || (c.scope === 'indirectSupport' && markerRelatives.has(c.relativeId));
    const inEffect = (c: Consent) => (c.givenBy === 'relative' ? isInEffect(c, today) : isPersonSideInEffect(record, c, today));
    const ended = record.consents.filter((c) => c.status !== 'declined' && reliedOn(c) && !inEffect(c) && c.date <= today);
    if (ended.length)
      warnings.push({
        code: 'assignmentOutdated',
        message: ended.some((c) => c.withdrawnAt !== undefined || c.status === 'withdrawn')
          ? `Ett samtycke har återkallats sedan uppdraget skickades ${last.issuedAt}. Skicka ett uppdaterat uppdrag till utföraren.`
          : ended.some((c) => c.givenBy === 'guardian' && record.person.adultFrom !== undefined && record.person.adultFrom <= today)
            ? `Den enskilde har fyllt 18 år, och vårdnadshavarens samtycke som uppdraget bygger på gäller inte längre för något nytt. Skicka ett uppdaterat uppdrag till utföraren.`
            : `Ett samtycke som uppdraget bygger på gäller inte längre (giltighetstiden har gått ut). Skicka ett uppdaterat uppdrag till utföraren.`,
      });
    else if (
      record.followUp?.outcomeActions.includes('updatedAssignment') &&
      record.assignments.length <= (record.followUp.assignmentsAtStart ?? record.assignments.filter((a) => a.issuedAt <= record.followUp!.startedAt).length)
    )
      warnings.push({ code: 'assignmentUpdateRequested', message: 'Uppföljningen ledde till ett uppdaterat uppdrag. Skicka det till utföraren.' });
  }
  return warnings;
};

export const followUpWarnings = (record: InvestigationRecord, today: string): Warning[] => {
  const followUp = record.followUp;
  if (!followUp) return [];
  const warnings: Warning[] = [];
  if (followUp.person.supportGiven === 'unknown')
    warnings.push({ code: 'followUpSupportGiven', message: 'Fråga den enskilde om insatsen har getts och med god kvalitet.', path: 'followUp.person.supportGiven' });
  followUp.invitations.forEach((inv, i) => {
    const gate = canTakePartInFollowUp(record, inv.relativeId, today);
    if (!gate.allowed) warnings.push({ code: 'followUpInvitationConsent', message: gate.message, path: `followUp.invitations.${i}`, relativeId: inv.relativeId });
  });
  followUp.relativeViews.forEach((v, i) => {
    const gate = canTakePartInFollowUp(record, v.relativeId, today);
    if (!gate.allowed) warnings.push({ code: 'followUpViewConsent', message: gate.message, path: `followUp.relativeViews.${i}`, relativeId: v.relativeId });
  });
  record.relatives.forEach((r) => {
    if (r.isRelative && r.givesSupport && !followUp.person.stillWantsRelativeSupport.some((s) => s.relativeId === r.id))
      warnings.push({ code: 'followUpStillWants', message: `Fråga den enskilde om stödet från ${relativeName(r)} fortfarande är önskat.`, path: 'followUp.person.stillWantsRelativeSupport', relativeId: r.id });
  });
  record.relatives.forEach((r) => {
    const unanswered = reliefGoals(record, r.id).filter(
      ({ decision }) => !followUp.relativeViews.some((v) => v.relativeId === r.id && v.goalResults.some((g) => g.decisionId === decision.id)),
    );
    if (unanswered.length)
      warnings.push({ code: 'followUpRelief', message: `Följ upp om insatsen gett ${relativeName(r)} avsedd avlastning (kräver den enskildes samtycke).`, relativeId: r.id });
  });
  if (followUp.outcomeActions.length === 0)
    warnings.push({ code: 'followUpOutcome', message: 'Ange vad uppföljningen leder till.', path: 'followUp.outcomeActions' });
  return warnings;
};
