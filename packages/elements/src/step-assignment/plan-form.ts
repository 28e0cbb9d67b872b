/**
 * The form for what the handläggare adds to the assignment: how and when the support is followed up
 * (M4), and per relative R3–R5. Changes show at once in the preview and are saved with the form, or
 * before the assignment is sent.
 */
import { html, type TemplateResult } from 'lit';
import { textArea, textField } from '../shared/fields.js';
import { rejectionSummary, savedNotice } from '../shared/notices.js';
import { ISSUE } from './issue-actions.js';
import { editPlan, emptyRelative, PLAN, planDraft, planProposals, unsavedPlan } from './plan-draft.js';
import { relativePlan } from './relative-plan.js';
import { FIELDS, type AssignmentStepView } from './step-view.js';

export const planForm = (view: AssignmentStepView, onSave: (event: Event) => void): TemplateResult => {
  const { context, t, forms } = view;
  const draft = planDraft(view);
  const proposals = planProposals(context);
  // H2: a legal representative who is not a relative has no part in the relative perspective.
  const relatives = context.record.relatives.map((r, index) => ({ r, index })).filter(({ r }) => r.isRelative);
  // M4 is also what the machine names when it refuses to send the assignment: show it at the field either way.
  const errorFor = (field: keyof typeof FIELDS) => {
    const message = forms.error(PLAN, field) ?? forms.error(ISSUE, field);
    return message ? { error: message } : {};
  };
  return html`
    <form class="plan" novalidate aria-labelledby="plan-heading" @submit=${(e: Event) => onSave(e)}>
      <h3 id="plan-heading">${t.term('planHeading')}</h3>
      <p class="hint">${t.term('planIntro')}</p>
      ${rejectionSummary(t.term('planRefused'), forms.rejection(PLAN), view.root, FIELDS)}
      ${textArea({
        id: FIELDS.followUpHow,
        label: t.term('followUpHow'),
        hint: t.term('followUpHowHint'),
        value: draft.followUpHow,
        ...errorFor('followUpHow'),
        onChange: (followUpHow) => editPlan(view, (d) => ({ ...d, followUpHow })),
      })}
      ${textField({
        id: FIELDS.followUpWhen,
        label: t.term('followUpWhen'),
        // H5: the next follow-up proposed after a follow-up that asked for an updated assignment.
        ...(proposals.followUpWhen !== undefined && draft.followUpWhen === proposals.followUpWhen ? { hint: t.term('proposedFromFollowUp') } : {}),
        type: 'date',
        value: draft.followUpWhen,
        ...errorFor('followUpWhen'),
        onChange: (followUpWhen) => editPlan(view, (d) => ({ ...d, followUpWhen })),
      })}
      <h4 id="plan-relatives-heading">${t.term('relativesHeading')}</h4>
      <p class="hint">${t.term('relativesIntro')}</p>
      ${relatives.length === 0
        ? html`<p>${t.term('noRelatives')}</p>`
        : relatives.map(({ r, index }) => relativePlan(view, r, index, draft.relatives[r.id] ?? emptyRelative(), proposals))}
      ${savedNotice(forms.saved(PLAN) && !unsavedPlan(view), t.term('planSaved'))}
      <div class="actions"><button type="submit" class="secondary">${t.term('savePlan')}</button></div>
    </form>
  `;
};
