/**
 * What the handläggare adds to the assignment (M4, R3–R5), as a draft: started from the record's
 * plan, kept in the element's forms until saved (the preview follows it meanwhile), and turned into
 * the plan that `assignmentPlan.set` carries.
 */
import type { AssignmentPlan, InvestigationRecord } from '@anhorig/core';
import type { AssignmentStepView } from './step-view.js';

export interface RelativeDraft {
  relativeWish: string;
  personWish: string;
  inPlanning: boolean;
  inFollowUp: boolean;
  view: string;
}

export interface PlanDraft {
  followUpHow: string;
  followUpWhen: string;
  relatives: Record<string, RelativeDraft>;
}

/** The plan form's key in the element's forms. */
export const PLAN = 'plan';

export const emptyRelative = (): RelativeDraft => ({ relativeWish: '', personWish: '', inPlanning: false, inFollowUp: false, view: '' });

const fromRecord = (record: InvestigationRecord): PlanDraft => {
  const plan = record.assignmentPlan;
  const relatives: Record<string, RelativeDraft> = {};
  for (const r of record.relatives) {
    const collaboration = plan?.collaboration.find((c) => c.relativeId === r.id);
    const participation = plan?.participation.find((p) => p.relativeId === r.id);
    const view = plan?.relativeViews.find((v) => v.relativeId === r.id);
    relatives[r.id] = {
      relativeWish: collaboration?.relativeWish ?? '',
      personWish: collaboration?.personWish ?? '',
      inPlanning: participation?.inPlanning ?? false,
      inFollowUp: participation?.inFollowUp ?? false,
      view: view?.view ?? '',
    };
  }
  return { followUpHow: plan?.followUpHow ?? '', followUpWhen: plan?.followUpWhen ?? '', relatives };
};

/** The unsaved changes, if any (an edit since the last save: the confirmations give way to it). */
export const unsavedPlan = ({ forms }: AssignmentStepView): PlanDraft | undefined =>
  forms.draft<PlanDraft | undefined>(PLAN, () => undefined);

/** The unsaved draft, or the record's plan as a fresh one. */
export const planDraft = (view: AssignmentStepView): PlanDraft => view.forms.draft(PLAN, () => fromRecord(view.context.record));

export const editPlan = (view: AssignmentStepView, change: (draft: PlanDraft) => PlanDraft): void =>
  view.forms.setDraft(PLAN, change(planDraft(view)));

/** The plan as the `assignmentPlan.set` event carries it; empty entries are left out. */
export const planFromDraft = (draft: PlanDraft): AssignmentPlan => {
  const entries = Object.entries(draft.relatives);
  const trimmed = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    followUpHow: draft.followUpHow.trim(),
    ...(draft.followUpWhen ? { followUpWhen: draft.followUpWhen } : {}),
    collaboration: entries
      .filter(([, r]) => trimmed(r.relativeWish) || trimmed(r.personWish))
      .map(([relativeId, r]) => ({
        relativeId,
        ...(trimmed(r.relativeWish) ? { relativeWish: r.relativeWish.trim() } : {}),
        ...(trimmed(r.personWish) ? { personWish: r.personWish.trim() } : {}),
      })),
    participation: entries
      .filter(([, r]) => r.inPlanning || r.inFollowUp)
      .map(([relativeId, r]) => ({ relativeId, inPlanning: r.inPlanning, inFollowUp: r.inFollowUp })),
    relativeViews: entries.filter(([, r]) => trimmed(r.view)).map(([relativeId, r]) => ({ relativeId, view: r.view.trim() })),
  };
};
