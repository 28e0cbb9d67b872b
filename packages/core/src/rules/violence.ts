/**
 * C4: a concern about violence, threats or coercion in the relationship (either direction) blocks
 * joint meetings and the relative's part in the investigation until a documented judgement allows
 * it (joint meetings only if the judgement says so explicitly). It never blocks information, referral or an own conversation for the relative (no gate).
 */
import type { InvestigationRecord } from '../schema/index.js';
import { consentGate } from './consent.js';
import { allow, deny, type Gate } from './types.js';
import { findRelative, nameParam } from './names.js';
import { message } from '../messages/codes.js';

/** The C4 part alone: allowed unless a concern lacks a judgement that allows participation. */
export const violenceGate = (record: InvestigationRecord, relativeId: string): Gate => {
  const relative = findRelative(record, relativeId);
  if (!relative) return deny('unknownRelative', message('relative.unknown'), relativeId);
  const concern = relative.violenceConcern;
  if (!concern) return allow();
  const name = nameParam(relative);
  if (!concern.judgement) return deny('violenceConcern', message('violence.concern', name), relativeId);
  if (!concern.judgement.allowsParticipation)
    return deny('violenceJudgement', message('violence.judgementExcludes', { ...name, date: concern.judgement.date }), relativeId);
  return allow();
};

/**
 * C4 for joint conversations alone: a concern closes them until a documented judgement says joint
 * conversations are safe too; a judgement that only allows the relative's part opens separate ones
 * (the flow "offers no joint meeting" on a concern; see docs/decisions.md). No consent check here.
 */
export const jointMeetingViolenceGate = (record: InvestigationRecord, relativeId: string): Gate => {
  const c4 = violenceGate(record, relativeId);
  if (!c4.allowed) return c4;
  const judgement = findRelative(record, relativeId)?.violenceConcern?.judgement;
  if (judgement && judgement.allowsJointMeeting !== true) {
    return deny('violenceJudgement', message('violence.separateOnly', { ...nameParam(findRelative(record, relativeId)), date: judgement.date }), relativeId);
  }
  return allow();
};

/** A joint meeting needs no C4 block on joint conversations and consent to participate (C1). */
export const canPlanJointMeeting = (record: InvestigationRecord, relativeId: string, today: string): Gate => {
  const c4 = jointMeetingViolenceGate(record, relativeId);
  return c4.allowed ? consentGate(record, relativeId, 'participate', today) : c4;
};
