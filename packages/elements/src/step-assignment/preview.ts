/**
 * The assignment as the provider will receive it: derived by the core from the record and the
 * unsaved plan (so the preview follows the handläggare's edits), or the version last sent when
 * nothing has changed since; what keeps it from being sent (M1–M4), and whose information is left
 * out for want of consent (C7).
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  canShareWithProvider,
  deriveAssignment,
  sameAssignmentContent,
  updateRequestedByFollowUp,
  type Assignment,
  type AssignmentResult,
} from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { assignmentView } from './assignment-view.js';
import { missingContent } from './missing.js';
import { planFromDraft, unsavedPlan } from './plan-draft.js';
import { FIELDS, type AssignmentStepView } from './step-view.js';

export interface Preview {
  /** The next version as the core derives it, or what is missing for it. */
  result: AssignmentResult;
  /** The version last sent. */
  last: Assignment | undefined;
  /** The last version says all the next one would (nothing to send). */
  upToDate: boolean;
}

export const previewOf = (view: AssignmentStepView): Preview => {
  const { context, t } = view;
  const draft = unsavedPlan(view);
  const record = draft ? { ...context.record, assignmentPlan: planFromDraft(draft) } : context.record;
  const result = deriveAssignment(record, context.catalogue, {
    issuedBy: context.caseworker ?? { id: '-', name: t.term('unknownCaseworker') },
    today: context.today,
  });
  const last = context.record.assignments.at(-1);
  return { result, last, upToDate: last !== undefined && result.ok && sameAssignmentContent(result.assignment, last) };
};

/**
 * The last version says all the next one would. H5: where a follow-up asked for an updated
 * assignment, that is not "nothing to send" but "change what the follow-up led to", with the way to
 * the next follow-up; the new version can be sent once something differs.
 */
const upToDateNotice = (view: AssignmentStepView, last: Assignment): TemplateResult => {
  const { context, t } = view;
  if (!updateRequestedByFollowUp(context.record)) return html`<p class="notice info">${t.term('upToDate', last.version)}</p>`;
  return html`
    <div class="notice outdated" part="outdated">
      <h3 id="update-what-heading">${t.term('updateWhatHeading')}</h3>
      <p>${t.term('updateWhat')}</p>
      ${view.readonly
        ? nothing
        : html`<p>
            <a
              href="#${FIELDS.followUpWhen}"
              @click=${(e: Event) => {
                e.preventDefault();
                view.root?.getElementById(FIELDS.followUpWhen)?.focus();
              }}
              >${t.term('updateWhatLink')}</a
            >
          </p>`}
    </div>
  `;
};

/** `onGoToAssessment` leads to where missing content outside this step is filled in. */
export const assignmentPreview = (view: AssignmentStepView, { result, last, upToDate }: Preview, onGoToAssessment: () => void): TemplateResult => {
  const { context, t, documentTerms } = view;
  const excluded = context.record.relatives.filter((r) => r.isRelative && !canShareWithProvider(context.record, r.id, context.today).allowed);
  const options = { level: 4 as const, idPrefix: 'current' };
  const preview = (a: Assignment) => assignmentView(a, documentTerms, { ...options, titleNote: t.term('previewNote') });
  let shown: TemplateResult | typeof nothing = nothing;
  if (upToDate && last) shown = assignmentView(last, documentTerms, options);
  else if (result.ok && !view.readonly) shown = preview(result.assignment);
  else if (last) shown = assignmentView(last, documentTerms, options);
  else if (result.ok) shown = preview(result.assignment);
  return html`
    ${upToDate && last ? upToDateNotice(view, last) : nothing}
    ${result.ok || upToDate ? nothing : missingContent(view, result.issues, onGoToAssessment)}
    ${excluded.length && !upToDate
      ? html`<p class="notice excluded">${t.term('excluded', excluded.map((r) => `${displayName(r)} (${r.relation})`).join(', '))}</p>`
      : nothing}
    <div class="print-area">${shown === nothing && view.readonly ? html`<p>${t.term('nothingToShow')}</p>` : shown}</div>
  `;
};
