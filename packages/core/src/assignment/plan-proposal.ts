/**
 * H3, no retyping: what step 4 already holds, proposed for the assignment plan (step 5), for the
 * handläggare to edit before anything is saved. H5: what a follow-up that asked for an updated
 * assignment most obviously changes (the next follow-up), proposed the same way.
 *
 * L2 governs what may be proposed for a relative: a proposal is text that would reach the provider
 * once saved, so it is built only from the relative's own statements that may reach the provider
 * (`mayReachProvider`: gathered under a consent in force then and now, confirmed factual, relevant
 * and not demeaning, marked for the personal file) and from the handläggare's own wording (the
 * relative's view as written into an indirect-support proposal). Nothing is proposed for a relative
 * whose information may not be shared with the provider (C7), nor for a legal representative who is
 * not a relative (H2). See docs/decisions.md, "Proposals for the assignment plan (H3, H5)".
 */
import type { Catalogue, InvestigationRecord, Statement } from '../schema/index.js';
import { canShareWithProvider } from '../rules/provider.js';
import { mayReachProvider } from '../rules/statements.js';

/** The proposal for one relative's part of the plan; a field is absent when nothing may be proposed for it. */
export interface RelativePlanProposal {
  relativeId: string;
  /** R3: what the relative wants to collaborate with the provider on (their `coordinationNeed` statements). */
  relativeWish?: string;
  /** R5: the relative's own view of how the support should be given. */
  view?: string;
  /** What each text was built from, so a view can say where it came from. */
  from: { statementIds: string[]; indirectSupportIds: string[] };
}

const joined = (texts: readonly string[]): string | undefined => {
  const kept = texts.map((t) => t.trim()).filter((t) => t !== '');
  return kept.length ? kept.join('\n') : undefined;
};

/** The relative's own statements of this kind whose text may reach the provider (L2). */
const shareable = (record: InvestigationRecord, relativeId: string, kind: Statement['kind'], today: string): Statement[] =>
  record.statements.filter(
    (s) => s.kind === kind && s.source.kind === 'relative' && s.source.relativeId === relativeId && mayReachProvider(record, s, today),
  );

/**
 * The relative's view recorded with each indirect-support proposal for them (the handläggare's wording,
 * step 4), except where every decision on that support refused it: a refused support is not given, so
 * how it should be given does not belong in the assignment.
 */
const proposalViews = (record: InvestigationRecord, relativeId: string) =>
  record.indirectSupport.filter((p) => {
    if (p.relativeId !== relativeId || !p.relativeView?.trim()) return false;
    const decisions = (record.assessment?.decisions ?? []).filter((d) => d.indirectSupportId === p.id);
    return decisions.length === 0 || decisions.some((d) => d.outcome === 'granted');
  });

/**
 * H3: per relative whose R-fields may go to the provider, the proposed R3 (the relative's wish to
 * collaborate) and R5 (the relative's view of how the support should be given). Relatives with
 * nothing to propose are left out. Pure: the record is not changed and nothing is saved.
 *
 * R5 is built from the relative's view in each indirect-support proposal for them, named by the
 * support ("Avlösning i hemmet: …"), followed by the relative's own `relativeViewOfNeed` statements.
 */
export const proposedPlan = (record: InvestigationRecord, catalogue: Catalogue, today: string): RelativePlanProposal[] =>
  record.relatives.flatMap((relative): RelativePlanProposal[] => {
    if (!relative.isRelative || !canShareWithProvider(record, relative.id, today).allowed) return [];
    const coordination = shareable(record, relative.id, 'coordinationNeed', today);
    const views = shareable(record, relative.id, 'relativeViewOfNeed', today);
    const proposals = proposalViews(record, relative.id);
    const supportName = (id: string) => catalogue.supportTypes.find((s) => s.id === id)?.name ?? id;
    const relativeWish = joined(coordination.map((s) => s.text));
    const view = joined([...proposals.map((p) => `${supportName(p.supportTypeId)}: ${p.relativeView!.trim()}`), ...views.map((s) => s.text)]);
    if (relativeWish === undefined && view === undefined) return [];
    return [
      {
        relativeId: relative.id,
        ...(relativeWish !== undefined ? { relativeWish } : {}),
        ...(view !== undefined ? { view } : {}),
        from: { statementIds: [...coordination, ...views].map((s) => s.id), indirectSupportIds: proposals.map((p) => p.id) },
      },
    ];
  });

const DAY = 24 * 60 * 60 * 1000;
const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** The follow-up chose "updated assignment" and no version has been sent since it started. */
export const updateRequestedByFollowUp = (record: InvestigationRecord): boolean => {
  const followUp = record.followUp;
  if (!followUp?.outcomeActions.includes('updatedAssignment') || record.assignments.length === 0) return false;
  const atStart = followUp.assignmentsAtStart ?? record.assignments.filter((a) => a.issuedAt <= followUp.startedAt).length;
  return record.assignments.length <= atStart;
};

/**
 * H5: when the follow-up asked for an updated assignment and the saved plan still plans the follow-up
 * that has now been done, the next follow-up is the obvious change: proposed as lasting as long from
 * today as the last version's follow-up did from the day it was sent. Undefined when there is no
 * such request, when the plan was already changed, or when the last version gave no later date to
 * count from (then the handläggare is asked what to change, not given a guess).
 */
export const proposedFollowUp = (record: InvestigationRecord, today: string): { followUpWhen: string } | undefined => {
  if (!updateRequestedByFollowUp(record)) return undefined;
  const last = record.assignments.at(-1)!;
  const planned = record.assignmentPlan?.followUpWhen;
  if (planned !== last.followUp.when) return undefined;
  if (last.followUp.when === undefined) return undefined;
  const interval = dayNumber(last.followUp.when) - dayNumber(last.issuedAt);
  if (interval <= 0) return undefined;
  const next = isoOf(dayNumber(today) + interval);
  return next > (planned ?? '') ? { followUpWhen: next } : undefined;
};
