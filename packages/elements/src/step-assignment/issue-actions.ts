/**
 * Sending the assignment to the provider as a new version (the machine's refusal, with what is
 * missing, or the version sent) and printing it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { rejectionSummary } from '../shared/notices.js';
import { unsavedPlan } from './plan-draft.js';
import type { Preview } from './preview.js';
import { FIELDS, type AssignmentStepView } from './step-view.js';

/** The send button's key in the element's forms. */
export const ISSUE = 'issue';

export interface IssueHandlers {
  onIssue(): void;
  onPrint(): void;
}

export const issueActions = (view: AssignmentStepView, { result, last, upToDate }: Preview, { onIssue, onPrint }: IssueHandlers): TemplateResult => {
  const { t, forms } = view;
  const printable = upToDate || result.ok || last !== undefined;
  // The version just sent, until the plan is edited again.
  const issued = forms.saved(ISSUE) && !unsavedPlan(view) ? last?.version : undefined;
  return html`
    ${rejectionSummary(t.term('refused'), forms.rejection(ISSUE), view.root, FIELDS)}
    ${issued !== undefined ? html`<p class="notice info" role="status" id="issued-status" tabindex="-1">${t.term('issued', issued)}</p>` : nothing}
    <div class="actions">
      ${view.readonly || upToDate ? nothing : html`<button type="button" @click=${() => onIssue()}>${t.term('issue')}</button>`}
      ${printable ? html`<button type="button" class="secondary" @click=${() => onPrint()}>${t.term('print')}</button>` : nothing}
    </div>
  `;
};
