/** Step 1 edits: the person, the relatives, violence concerns (C4), the capacity judgement (C2). */
import type { InvestigationRecord } from '../../schema/index.js';
import type { Edit } from '../context.js';
import { nextId } from '../../record/ids.js';
import { proposeRelationCategory } from '../../record/relation-category.js';
import { jointMeetingViolenceGate } from '../../rules/violence.js';
import { accept, findRelative, refuse, UNKNOWN_RELATIVE, updateRelative, withCaseworker } from './helpers.js';
import { message } from '../../messages/codes.js';

// Patches are plain objects from the UI or a host: keys with their own events are ignored even if sent.
const without = <T extends object>(patch: T, keys: readonly string[]): T =>
  Object.fromEntries(Object.entries(patch).filter(([key]) => !keys.includes(key))) as T;

/**
 * T1: when a minor becomes an adult, the day it happened is kept (`adultFrom`, today unless given), so
 * guardians' consents stop covering anything new from then and nothing earlier changes.
 */
export const updatePerson: Edit<'person.update'> = ({ record, today }, { patch }) => {
  const person = { ...record.person, ...without(patch, ['id', 'capacityJudgement']) };
  const turnedAdult = record.person.ageGroup === 'minor' && person.ageGroup === 'adult' && person.adultFrom === undefined;
  return accept({ ...record, person: turnedAdult ? { ...person, adultFrom: today } : person });
};

export const recordCapacityJudgement: Edit<'person.recordCapacityJudgement'> = (context, { judgement }) =>
  withCaseworker(context, (recordedBy) =>
    accept({ ...context.record, person: { ...context.record.person, capacityJudgement: { ...judgement, recordedBy } } }),
  );

export const setConcernsRelative: Edit<'application.setConcernsRelative'> = ({ record }, { value }) =>
  accept({ ...record, applicationConcernsRelative: value });

export const addRelative: Edit<'relative.add'> = ({ record, today }, { relative }) =>
  accept({
    ...record,
    relatives: [
      ...record.relatives,
      // T4: never an id a removed relative had.
      {
        ...relative,
        relationCategory: relative.relationCategory ?? proposeRelationCategory(relative.relation),
        isRelative: relative.isRelative ?? true,
        id: nextId('anhorig', [...record.relatives.map((r) => r.id), ...record.retiredIds]),
        addedAt: today,
      },
    ],
  });

export const updateRelativeDetails: Edit<'relative.update'> = ({ record }, { relativeId, patch }) => {
  const rest = without(patch, ['id', 'addedAt', 'violenceConcern', 'earlierViolenceConcerns', 'involvementAskedAt', 'ownRecordId']);
  const next = updateRelative(record, relativeId, (r) => ({ ...r, ...rest }));
  return next ? accept(next) : refuse(UNKNOWN_RELATIVE);
};

/** Everything in the record that refers to a relative; such a relative is kept (nothing is silently deleted). */
export const referencesTo = (record: import('../../schema/index.js').InvestigationRecord, relativeId: string): number =>
  [
    record.consents.filter((c) => c.relativeId === relativeId),
    record.meetingPlans.filter((m) => m.relativeId === relativeId),
    record.statements.filter((s) => s.source.kind === 'relative' && s.source.relativeId === relativeId),
    record.stances.filter((s) => s.relativeId === relativeId),
    record.indirectSupport.filter((p) => p.relativeId === relativeId),
    record.informationLog.filter((e) => e.relativeId === relativeId),
    record.plannedContacts.filter((c) => c.relativeId === relativeId),
    record.expressionSupport?.supporterRelativeId === relativeId ? [1] : [],
  ].reduce((sum, list) => sum + list.length, 0);

export const removeRelative: Edit<'relative.remove'> = (context, { relativeId }) => {
  const { record } = context;
  if (!findRelative(record, relativeId)) return refuse(UNKNOWN_RELATIVE);
  if (referencesTo(record, relativeId) > 0 || context.relativeRecords.some((r) => r.relativeId === relativeId))
    return refuse(message('relative.hasReferences'));
  return accept({ ...record, relatives: record.relatives.filter((r) => r.id !== relativeId), retiredIds: [...record.retiredIds, relativeId] });
};

/**
 * C4: a concern or judgement that rules out joint conversations turns a joint plan with that relative
 * into separate conversations, and says when (an invitation sent before was for the joint one).
 */
const withoutRuledOutJointPlan = (record: InvestigationRecord, relativeId: string, today: string): InvestigationRecord => {
  if (jointMeetingViolenceGate(record, relativeId).allowed) return record;
  return {
    ...record,
    meetingPlans: record.meetingPlans.map((m) => (m.relativeId === relativeId && m.format === 'joint' ? { ...m, format: 'separate', jointRuledOutAt: today } : m)),
  };
};

export const markAsked: Edit<'relative.markAsked'> = ({ record, today }, { relativeId }) => {
  const next = updateRelative(record, relativeId, (r) => ({ ...r, involvementAskedAt: r.involvementAskedAt ?? today }));
  return next ? accept(next) : refuse(UNKNOWN_RELATIVE);
};

export const raiseViolenceConcern: Edit<'relative.raiseViolenceConcern'> = ({ record, today }, { relativeId, concern }) => {
  const next = updateRelative(record, relativeId, (r) => {
    const current = r.violenceConcern;
    // Editing the same concern (same day raised) keeps its judgement; a new concern replaces it and
    // the earlier one is kept in the history, never deleted.
    if (!current || current.raisedAt === concern.raisedAt)
      return { ...r, violenceConcern: { ...concern, judgement: current?.judgement } };
    return { ...r, violenceConcern: concern, earlierViolenceConcerns: [...(r.earlierViolenceConcerns ?? []), current] };
  });
  return next ? accept(withoutRuledOutJointPlan(next, relativeId, today)) : refuse(UNKNOWN_RELATIVE);
};

export const recordViolenceJudgement: Edit<'relative.recordViolenceJudgement'> = (context, { relativeId, text, allowsParticipation, allowsJointMeeting }) =>
  withCaseworker(context, (recordedBy) => {
    const relative = findRelative(context.record, relativeId);
    if (!relative) return refuse(UNKNOWN_RELATIVE);
    if (!relative.violenceConcern) return refuse(message('violence.noConcern'));
    const concern = relative.violenceConcern;
    const next = updateRelative(context.record, relativeId, (r) => ({
      ...r,
      violenceConcern: {
        ...concern,
        judgement: { text, allowsParticipation, allowsJointMeeting: allowsParticipation ? allowsJointMeeting : undefined, date: context.today, recordedBy },
      },
    }));
    return next ? accept(withoutRuledOutJointPlan(next, relativeId, context.today)) : refuse(UNKNOWN_RELATIVE);
  });
