/**
 * Notices shared by the step elements: the step's warnings (what is left, never a locked door), the
 * machine's refusal of the handläggare's last action as an error summary, and where a consent gate
 * is closed, which consent is missing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Rejection, Warning } from '@anhorig/core';
import { errorSummary, type FieldError, type HeadingLevel } from './fields.js';

/** What is left in a step, as a calm list (role note; never an alert). */
export const warningList = (heading: string, warnings: readonly Warning[], id = 'warnings'): TemplateResult | typeof nothing =>
  warnings.length === 0
    ? nothing
    : html`
        <section class="notice" aria-labelledby="${id}-heading" part="warnings">
          <h3 id="${id}-heading">${heading}</h3>
          <ul>
            ${warnings.map((w) => html`<li>${w.message}</li>`)}
          </ul>
        </section>
      `;

/** A field an issue can point at: its id, and optionally its visible label to name it in the summary. */
export type FieldRef = string | { id: string; label: string };

/**
 * The machine's refusal as a GOV.UK-style error summary. `fields` maps the last segment of an issue
 * path (e.g. `name` in `relatives.3.name`) to the field that shows it; with a label, the message reads
 * "Namn: Fältet får inte vara tomt." so two empty fields are told apart.
 */
export const rejectionSummary = (
  heading: string,
  rejection: Rejection | undefined,
  root: ShadowRoot | null,
  fields: Readonly<Record<string, FieldRef>> = {},
  level: HeadingLevel = 3,
): TemplateResult | typeof nothing => {
  if (!rejection) return nothing;
  const errors: FieldError[] = rejection.issues.length
    ? rejection.issues.map((issue) => {
        const field = fields[issue.path.split('.').at(-1) ?? ''];
        if (field === undefined) return { fieldId: '', message: issue.message };
        return typeof field === 'string' ? { fieldId: field, message: issue.message } : { fieldId: field.id, message: `${field.label}: ${issue.message}` };
      })
    : [{ fieldId: '', message: rejection.reason }];
  return errorSummary(rejection.issues.length ? `${heading} ${rejection.reason}` : heading, errors, root, level);
};

/** A short confirmation that a form was saved (role status, announced politely). */
export const savedNotice = (saved: boolean, text: string): TemplateResult | typeof nothing =>
  saved ? html`<p class="notice info" role="status">${text}</p>` : nothing;

/** The field's error from a rejection, for `aria-invalid` and the message under the label. */
export const fieldError = (rejection: Rejection | undefined, key: string): string | undefined =>
  rejection?.issues.find((i) => i.path.split('.').at(-1) === key)?.message;
