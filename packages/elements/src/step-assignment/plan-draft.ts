/**
 * What the handläggare adds to the assignment (M4, R3–R5), as a draft: started from the record's
 * plan and the core's proposals (H3: what step 4 holds; H5: the next follow-up after a follow-up
 * asked for an updated assignment), kept in the element's forms until saved (the preview follows it
 * meanwhile), and turned into the plan that `assignmentPlan.set` carries. Nothing is saved until the
 * handläggare saves or sends.
 */
import { proposedFollowUp, proposedPlan, type AssignmentPlan, type InvestigationContext, type InvestigationRecord, type RelativePlanProposal } from '@anhorig/core';
import type { AssignmentStepView } from './step-view.js';
import { memo } from '../base/selectors.js';

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
  /**
   * The relatives whose proposals this draft has taken in. A proposal can appear after the draft was
   * started (the person consents in place to sharing with the provider): it is taken in then, once;
   * a field the handläggare has since emptied stays empty.
   */
  proposedFor: readonly string[];
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
  return { followUpHow: plan?.followUpHow ?? '', followUpWhen: plan?.followUpWhen ?? '', relatives, proposedFor: [] };
};

export interface PlanProposals {
  /** H3, per relative: R3 and R5 proposed from step 4. */
  relatives: ReadonlyMap<string, RelativePlanProposal>;
  /** H5: the next follow-up, after a follow-up that asked for an updated assignment. */
  followUpWhen?: string;
}

/**
 * The proposals the plan starts from. A relative's R3 and R5 are proposed only while no plan has been
 * saved: once the handläggare has saved one, what they removed stays removed (docs/decisions.md).
 */
export const planProposals = memo<PlanProposals>(({ record, catalogue, today }) => {
  const relatives = record.assignmentPlan === undefined ? proposedPlan(record, catalogue, today) : [];
  const followUp = proposedFollowUp(record, today);
  return { relatives: new Map(relatives.map((p) => [p.relativeId, p])), ...(followUp ? { followUpWhen: followUp.followUpWhen } : {}) };
});

/** The draft with the proposals it has not taken in yet filled into what it leaves empty. */
const withNewProposals = (context: InvestigationContext, draft: PlanDraft): PlanDraft => {
  const fresh = [...planProposals(context).relatives.values()].filter((p) => !draft.proposedFor.includes(p.relativeId));
  if (fresh.length === 0) return draft;
  const relatives = { ...draft.relatives };
  for (const p of fresh) {
    const r = relatives[p.relativeId] ?? emptyRelative();
    relatives[p.relativeId] = { ...r, relativeWish: r.relativeWish || (p.relativeWish ?? ''), view: r.view || (p.view ?? '') };
  }
  return { ...draft, relatives, proposedFor: [...draft.proposedFor, ...fresh.map((p) => p.relativeId)] };
};

/** The record's plan with the proposals filled into what it leaves empty. */
const proposedDraft = (context: InvestigationContext): PlanDraft => {
  const saved = withNewProposals(context, fromRecord(context.record));
  const followUpWhen = planProposals(context).followUpWhen;
  return { ...saved, ...(followUpWhen ? { followUpWhen } : {}) };
};

/**
 * The unsaved changes, if any: an edit since the last save, or proposals the record does not hold
 * yet (the confirmations give way to them, and sending saves them first).
 */
export const unsavedPlan = (view: AssignmentStepView): PlanDraft | undefined => {
  const draft = view.forms.draft<PlanDraft | undefined>(PLAN, () => {
    const proposed = proposedDraft(view.context);
    return JSON.stringify(planFromDraft(proposed)) === JSON.stringify(planFromDraft(fromRecord(view.context.record))) ? undefined : proposed;
  });
  return draft && withNewProposals(view.context, draft);
};

/** The unsaved draft, or the record's plan (with the proposals) as a fresh one. */
export const planDraft = (view: AssignmentStepView): PlanDraft =>
  withNewProposals(view.context, view.forms.draft(PLAN, () => proposedDraft(view.context)));

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
