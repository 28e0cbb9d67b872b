/**
 * The assessment form: the needs assessment (M1), the decided support per life area, the date of
 * decision, and the machine's refusal as an error summary whose links name the decision and field
 * they point at ("Beslut 1, livsområde: …").
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Rejection } from '@anhorig/core';
import { errorSummary, textArea, textField, type FieldError } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import {
  ASSESSMENT,
  DECISION_FIELDS,
  assessmentDraft,
  assessmentEdited,
  decisionFieldId,
  editAssessment,
  type DecisionField,
} from './assessment-draft.js';
import type { AssessmentView } from './assessment-view.js';
import { decisionFieldLabel, decisionRow } from './decision-row.js';
import { msg } from '../localization/messages.js';

/** What the element does for the form. */
export interface AssessmentFormHandlers {
  onAddDecision(): void;
  onRemoveDecision(index: number): void;
  onSave(event: Event): void;
}

/** The machine's issues for `assessment.set`, each linked to its field and named by it. */
const formErrors = (view: AssessmentView, rejection: Rejection | undefined): FieldError[] => {
  if (!rejection) return [];
  if (rejection.issues.length === 0) return [{ fieldId: '', message: msg(view.t, rejection.reason) }];
  return rejection.issues.map((issue) => {
    const match = /^assessment\.decisions\.(\d+)\.(\w+)/.exec(issue.path);
    if (match && match[2]! in DECISION_FIELDS) {
      const index = Number(match[1]);
      const field = match[2] as DecisionField;
      const label = view.t.term('fieldLabel', view.t.term('decision', index + 1), decisionFieldLabel(view, field));
      return { fieldId: decisionFieldId(index, field), message: `${label}: ${msg(view.t, issue)}` };
    }
    if (issue.path.endsWith('needsAssessment')) return { fieldId: 'needs-assessment', message: msg(view.t, issue) };
    if (issue.path.endsWith('decidedAt')) return { fieldId: 'decided-at', message: msg(view.t, issue) };
    return { fieldId: '', message: msg(view.t, issue) };
  });
};

export const assessmentForm = (view: AssessmentView, { onAddDecision, onRemoveDecision, onSave }: AssessmentFormHandlers): TemplateResult => {
  const { t, forms } = view;
  const draft = assessmentDraft(view);
  const rejection = forms.rejection(ASSESSMENT);
  const errors = formErrors(view, rejection);
  const errorFor = (id: string) => {
    const message = errors.find((e) => e.fieldId === id)?.message;
    return message ? { error: message } : {};
  };
  const heading = rejection?.issues.length ? `${t.term('notSaved')} ${msg(t, rejection.reason)}` : t.term('notSaved');
  return html`
    <form class="assessment" novalidate aria-labelledby="form-heading" @submit=${(e: Event) => onSave(e)}>
      <h3 id="form-heading">${t.term('formHeading')}</h3>
      ${errorSummary(heading, errors, view.root)}
      ${textArea({
        id: 'needs-assessment',
        label: t.term('needsAssessment'),
        hint: t.term('needsAssessmentHint'),
        value: draft.needsAssessment,
        ...errorFor('needs-assessment'),
        onChange: (needsAssessment) => editAssessment(view, (d) => ({ ...d, needsAssessment })),
      })}
      <h4 id="decisions-heading">${t.term('decisionsHeading')}</h4>
      ${draft.decisions.length === 0 ? html`<p>${t.term('noDecisions')}</p>` : nothing}
      ${draft.decisions.map((d, index) =>
        decisionRow(view, d, index, {
          errorFor,
          onChange: (patch) => editAssessment(view, (a) => ({ ...a, decisions: a.decisions.map((x, i) => (i === index ? { ...x, ...patch } : x)) })),
          onRemove: () => onRemoveDecision(index),
        }),
      )}
      <div class="actions">
        <button type="button" class="secondary" id="add-decision" @click=${() => onAddDecision()}>${t.term('addDecision')}</button>
      </div>
      ${textField({
        id: 'decided-at',
        label: t.term('decidedAt'),
        type: 'date',
        value: draft.decidedAt,
        ...errorFor('decided-at'),
        onChange: (decidedAt) => editAssessment(view, (d) => ({ ...d, decidedAt })),
      })}
      ${savedNotice(forms.saved(ASSESSMENT) && !assessmentEdited(view), t.term('saved'))}
      <div class="actions"><button type="submit">${t.term('save')}</button></div>
    </form>
  `;
};
