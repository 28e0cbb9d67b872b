/**
 * One relative in the plan: with the person's consent to share with the provider (C7), coordination
 * with the provider (R3), taking part in planning and follow-up (R4) and the relative's own view
 * (R5); without it, that nothing about the relative goes into the assignment, and which consent is missing.
 */
import { html, type TemplateResult } from 'lit';
import { canShareWithProvider, type Relative } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { checkbox, textArea } from '../shared/fields.js';
import { consentNeeded } from '../shared/consent-needed.js';
import { editPlan, emptyRelative, type PlanProposals, type RelativeDraft } from './plan-draft.js';
import type { AssignmentStepView } from './step-view.js';

export const relativePlan = (
  view: AssignmentStepView,
  relative: Relative,
  index: number,
  draft: RelativeDraft,
  proposals: PlanProposals,
): TemplateResult => {
  const { context, t } = view;
  // H3: a field still holding the core's proposal from step 4 says so, until the handläggare changes it.
  const proposal = proposals.relatives.get(relative.id);
  const proposed = (value: string, proposedValue: string | undefined) =>
    proposedValue !== undefined && value === proposedValue ? { hint: t.term('proposedFromGather') } : {};
  const name = displayName(relative);
  const gate = canShareWithProvider(context.record, relative.id, context.today);
  const id = `relative-${index}`;
  const set = (patch: Partial<RelativeDraft>) =>
    editPlan(view, (d) => ({ ...d, relatives: { ...d.relatives, [relative.id]: { ...(d.relatives[relative.id] ?? emptyRelative()), ...patch } } }));
  return html`
    <div class="card relative-plan" data-relative-id=${relative.id}>
      <h5 id="${id}-heading">${t.term('relativeHeading', name, relative.relation)}</h5>
      ${gate.allowed
        ? html`
            <fieldset>
              <legend>${t.term('r3Legend', name)}</legend>
              ${textArea({
                id: `${id}-relative-wish`,
                label: t.term('relativeWish'),
                ...proposed(draft.relativeWish, proposal?.relativeWish),
                value: draft.relativeWish,
                onChange: (relativeWish) => set({ relativeWish }),
              })}
              ${textArea({
                id: `${id}-person-wish`,
                label: t.term('personWish'),
                value: draft.personWish,
                onChange: (personWish) => set({ personWish }),
              })}
            </fieldset>
            <fieldset>
              <legend>${t.term('r4Legend', name)}</legend>
              ${checkbox({
                id: `${id}-in-planning`,
                label: t.term('inPlanning'),
                checked: draft.inPlanning,
                onChange: (inPlanning) => set({ inPlanning }),
              })}
              ${checkbox({
                id: `${id}-in-follow-up`,
                label: t.term('inFollowUp'),
                checked: draft.inFollowUp,
                onChange: (inFollowUp) => set({ inFollowUp }),
              })}
            </fieldset>
            ${textArea({
              id: `${id}-view`,
              label: t.term('view'),
              hint: proposal?.view !== undefined && draft.view === proposal.view ? `${t.term('viewHint')} ${t.term('proposedFromGather')}` : t.term('viewHint'),
              value: draft.view,
              onChange: (view) => set({ view }),
            })}
          `
        : html`
            <p>${t.term('notIncluded', name)}</p>
            ${consentNeeded(gate, t.term('recordConsent'), view.readonly, t)}
          `}
    </div>
  `;
};
