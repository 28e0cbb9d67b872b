/**
 * The assessment form's draft: started from the record's assessment, kept in the element's forms
 * until saved, and turned into the whole assessment that `assessment.set` carries. Also the ids of
 * the decision fields, which the machine's issues point at by path.
 */
import type { Assessment, DecidedSupport, InvestigationContext } from '@anhorig/core';
import type { AssessmentView } from './assessment-view.js';

export type Outcome = DecidedSupport['outcome'];

export interface DecisionDraft {
  id: string;
  lifeAreaId: string;
  supportTypeId: string;
  outcome: Outcome;
  extent: string;
  goal: string;
  indirectSupportId: string;
}

export interface AssessmentDraft {
  needsAssessment: string;
  decisions: DecisionDraft[];
  decidedAt: string;
}

/** The form's key in the element's forms. */
export const ASSESSMENT = 'assessment';

/** The decision fields (last path segment of the machine's issues) and the ids of their controls. */
export const DECISION_FIELDS = {
  lifeAreaId: 'life-area',
  supportTypeId: 'support-type',
  outcome: 'outcome',
  extent: 'extent',
  goal: 'goal',
  indirectSupportId: 'indirect',
} as const;
export type DecisionField = keyof typeof DECISION_FIELDS;

export const decisionFieldId = (index: number, field: DecisionField): string => `decision-${index}-${DECISION_FIELDS[field]}`;

const toDraft = (d: DecidedSupport): DecisionDraft => ({
  id: d.id,
  lifeAreaId: d.lifeAreaId,
  supportTypeId: d.supportTypeId,
  outcome: d.outcome,
  extent: d.extent ?? '',
  goal: d.goal ?? '',
  indirectSupportId: d.indirectSupportId ?? '',
});

const fromRecord = (context: InvestigationContext): AssessmentDraft => {
  const a = context.record.assessment;
  return a
    ? { needsAssessment: a.needsAssessment ?? '', decisions: a.decisions.map(toDraft), decidedAt: a.decidedAt ?? '' }
    : { needsAssessment: '', decisions: [], decidedAt: context.today };
};

/** The unsaved draft, or the record's assessment as a fresh one. */
export const assessmentDraft = ({ context, forms }: AssessmentView): AssessmentDraft => forms.draft(ASSESSMENT, () => fromRecord(context));

/** Whether the form has been changed since it was last saved (then its confirmation gives way). */
export const assessmentEdited = ({ forms }: AssessmentView): boolean =>
  forms.draft<AssessmentDraft | undefined>(ASSESSMENT, () => undefined) !== undefined;

export const editAssessment = (view: AssessmentView, change: (draft: AssessmentDraft) => AssessmentDraft): void =>
  view.forms.setDraft(ASSESSMENT, change(assessmentDraft(view)));

/** `beslut-n` with the first n not used by this draft, the saved decisions or an issued assignment. */
const nextId = (context: InvestigationContext, draft: AssessmentDraft): string => {
  const used = new Set([
    ...draft.decisions.map((d) => d.id),
    ...(context.record.assessment?.decisions.map((d) => d.id) ?? []),
    ...context.record.assignments.flatMap((a) => a.includes.map((i) => i.decisionId)),
  ]);
  let n = 1;
  while (used.has(`beslut-${n}`)) n += 1;
  return `beslut-${n}`;
};

/** A blank decision (granted until chosen otherwise) with the next free id. */
export const newDecision = (context: InvestigationContext, draft: AssessmentDraft): DecisionDraft => ({
  id: nextId(context, draft),
  lifeAreaId: '',
  supportTypeId: '',
  outcome: 'granted',
  extent: '',
  goal: '',
  indirectSupportId: '',
});

/** The whole assessment as `assessment.set` carries it; blank optional fields are left out. */
export const toAssessment = (draft: AssessmentDraft): Assessment => ({
  needsAssessment: draft.needsAssessment.trim(),
  decisions: draft.decisions.map((d) => ({
    id: d.id,
    lifeAreaId: d.lifeAreaId,
    supportTypeId: d.supportTypeId,
    outcome: d.outcome,
    ...(d.extent.trim() ? { extent: d.extent.trim() } : {}),
    ...(d.goal.trim() ? { goal: d.goal.trim() } : {}),
    ...(d.indirectSupportId ? { indirectSupportId: d.indirectSupportId } : {}),
  })),
  ...(draft.decidedAt ? { decidedAt: draft.decidedAt } : {}),
  source: 'element',
});
