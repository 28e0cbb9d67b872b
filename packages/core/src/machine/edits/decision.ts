/**
 * Assessment and decision, the assignment (step 5) and follow-up (step 6). Issuing appends a new,
 * immutable assignment version; the first one (or a refusal) completes the investigation.
 */
import type { FollowUp, InvestigationRecord } from '../../schema/index.js';
import type { Edit } from '../context.js';
import { issueAssignment, sameAssignmentContent } from '../../assignment/issue.js';
import { activeConsent } from '../../rules/consent.js';
import { accept, findRelative, refuse, UNKNOWN_RELATIVE, upsert, withCaseworker } from './helpers.js';
import { message } from '../../messages/codes.js';

export const setAssessment: Edit<'assessment.set'> = ({ record }, { assessment }) =>
  accept({ ...record, assessment: { ...assessment, decisions: assessment.decisions } });

export const setAssignmentPlan: Edit<'assignmentPlan.set'> = ({ record }, { plan }) => accept({ ...record, assignmentPlan: plan });

export const issue: Edit<'assignment.issue'> = (context) =>
  withCaseworker(context, (issuedBy) => {
    const { record, catalogue, today } = context;
    const result = issueAssignment(record, catalogue, issuedBy, today);
    if (!result.ok) return { ok: false, reason: message('assignment.minimumMissing'), issues: result.issues };
    const previous = record.assignments.at(-1);
    if (previous && sameAssignmentContent(previous, result.assignment))
      return refuse(message('assignment.unchanged', { version: previous.version }));
    const first = record.progress.phase === 'investigation';
    const next = first ? { ...result.record, progress: { ...result.record.progress, phase: 'complete' as const, completedAt: today } } : result.record;
    return accept(next, {
      emits: [
        { type: 'assignmentIssued', assignment: result.assignment },
        ...(first ? [{ type: 'completed' as const, record: next, outcome: 'assigned' as const }] : []),
      ],
    });
  });

export const refuseApplication: Edit<'application.refuse'> = ({ record, today }, { note }) => {
  if (record.progress.phase !== 'investigation') return refuse(message('investigation.complete'));
  const next = {
    ...record,
    refusal: { date: today, note },
    progress: { ...record.progress, phase: 'complete' as const, completedAt: today },
  };
  return accept(next, { emits: [{ type: 'completed', record: next, outcome: 'refused' }] });
};

const emptyFollowUp = (today: string, assignmentsAtStart: number): FollowUp => ({
  startedAt: today,
  assignmentsAtStart,
  invitations: [],
  person: { supportGiven: 'unknown', stillWantsRelativeSupport: [] },
  relativeViews: [],
  outcomeActions: [],
});

export const startFollowUp: Edit<'followUp.start'> = ({ record, today }) =>
  accept({
    ...record,
    followUp: record.followUp ?? emptyFollowUp(today, record.assignments.length),
    progress: { ...record.progress, phase: 'followUp' },
  });

const currentFollowUp = (record: InvestigationRecord, today: string): FollowUp => record.followUp ?? emptyFollowUp(today, record.assignments.length);

const NOT_STARTED = message('followUp.notStarted');
const followUpStarted = (record: InvestigationRecord): boolean => record.progress.phase !== 'investigation';

export const updateFollowUp: Edit<'followUp.update'> = ({ record, today }, { patch }) => {
  if (!followUpStarted(record)) return refuse(NOT_STARTED);
  if (patch.outcomeActions?.includes('none') && patch.outcomeActions.length > 1)
    return refuse(message('followUp.noActionWithOthers'));
  return accept({ ...record, followUp: { ...currentFollowUp(record, today), ...patch } });
};

export const inviteToFollowUp: Edit<'followUp.invite'> = ({ record, today }, { relativeId }) => {
  if (!followUpStarted(record)) return refuse(NOT_STARTED);
  if (!findRelative(record, relativeId)) return refuse(UNKNOWN_RELATIVE);
  const followUp = currentFollowUp(record, today);
  const invitation = { relativeId, sentAt: today };
  return accept({ ...record, followUp: { ...followUp, invitations: upsert(followUp.invitations, invitation, (i) => i.relativeId === relativeId) } });
};

/** C8: the consent in force is named on the view; the guard has checked there is one. */
export const recordRelativeView: Edit<'followUp.recordRelativeView'> = (context, { view }) =>
  withCaseworker(context, () => {
    const { record, today } = context;
    if (!followUpStarted(record)) return refuse(NOT_STARTED);
    const consent = activeConsent(record, view.relativeId, 'participateInFollowUp', today);
    if (!consent) return refuse(message('followUp.consentMissing'));
    const followUp = currentFollowUp(record, today);
    const entry = { ...view, consentId: consent.id, goalResults: view.goalResults };
    return accept({
      ...record,
      followUp: { ...followUp, relativeViews: upsert(followUp.relativeViews, entry, (v) => v.relativeId === view.relativeId) },
    });
  });
