/** Step 1 edits: the person, the relatives, violence concerns (C4), the capacity judgement (C2). */
import type { Edit } from '../context.js';
import { nextId } from '../../record/ids.js';
import { accept, compact, findRelative, refuse, UNKNOWN_RELATIVE, updateRelative, withCaseworker } from './helpers.js';

export const updatePerson: Edit<'person.update'> = ({ record }, { patch }) => {
  const { id: _keepId, ...rest } = patch;
  return accept({ ...record, person: compact({ ...record.person, ...rest }) });
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
      compact({ ...relative, id: nextId('anhorig', record.relatives.map((r) => r.id)), addedAt: today }),
    ],
  });

export const updateRelativeDetails: Edit<'relative.update'> = ({ record }, { relativeId, patch }) => {
  const { addedAt: _keepAddedAt, ...rest } = patch;
  const next = updateRelative(record, relativeId, (r) => ({ ...r, ...rest }));
  return next ? accept(next) : refuse(UNKNOWN_RELATIVE);
};

/** Everything in the record that refers to a relative; such a relative is kept (nothing is silently deleted). */
export const referencesTo = (record: import('../../schema/index.js').InvestigationRecord, relativeId: string): number =>
  [
    record.consents.filter((c) => c.relativeId === relativeId),
    record.meetingPlans.filter((m) => m.relativeId === relativeId),
    record.statements.filter((s) => s.source.kind === 'relative' && s.source.relativeId === relativeId),
    record.promptAnswers.filter((a) => a.relativeId === relativeId),
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
    return refuse('Den anhöriga kan inte tas bort eftersom det finns uppgifter, samtycken eller anteckningar som hör till den anhöriga. Inget tas bort i tysthet.');
  return accept({ ...record, relatives: record.relatives.filter((r) => r.id !== relativeId) });
};

export const markAsked: Edit<'relative.markAsked'> = ({ record, today }, { relativeId }) => {
  const next = updateRelative(record, relativeId, (r) => ({ ...r, involvementAskedAt: r.involvementAskedAt ?? today }));
  return next ? accept(next) : refuse(UNKNOWN_RELATIVE);
};

export const raiseViolenceConcern: Edit<'relative.raiseViolenceConcern'> = ({ record }, { relativeId, concern }) => {
  const next = updateRelative(record, relativeId, (r) => ({
    ...r,
    // A new concern replaces an earlier one; an existing judgement stays only if the concern is the same one being edited.
    violenceConcern: compact({ ...concern, judgement: r.violenceConcern?.raisedAt === concern.raisedAt ? r.violenceConcern.judgement : undefined }),
  }));
  return next ? accept(next) : refuse(UNKNOWN_RELATIVE);
};

export const recordViolenceJudgement: Edit<'relative.recordViolenceJudgement'> = (context, { relativeId, text, allowsParticipation }) =>
  withCaseworker(context, (recordedBy) => {
    const relative = findRelative(context.record, relativeId);
    if (!relative) return refuse(UNKNOWN_RELATIVE);
    if (!relative.violenceConcern) return refuse('Det finns ingen registrerad oro för våld att göra en bedömning av.');
    const concern = relative.violenceConcern;
    const next = updateRelative(context.record, relativeId, (r) => ({
      ...r,
      violenceConcern: { ...concern, judgement: { text, allowsParticipation, date: context.today, recordedBy } },
    }));
    return next ? accept(next) : refuse(UNKNOWN_RELATIVE);
  });
