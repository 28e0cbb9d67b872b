/**
 * Notices shared by the step elements: the step's warnings (what is left, never a locked door), the
 * machine's refusal of the handläggare's last action as an error summary, and where a consent gate
 * is closed, which consent is missing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Rejection, Warning } from '@anhorig/core';
import { errorSummary, type FieldError } from './fields.js';

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

/**
 * The machine's refusal as a GOV.UK-style error summary. `fields` maps the last segment of an issue
 * path (e.g. `name` in `relatives.3.name`) to the id of the field that shows it.
 */
export const rejectionSummary = (
  heading: string,
  rejection: Rejection | undefined,
  root: ShadowRoot | null,
  fields: Readonly<Record<string, string>> = {},
): TemplateResult | typeof nothing => {
  if (!rejection) return nothing;
  const errors: FieldError[] = rejection.issues.length
    ? rejection.issues.map((issue) => ({ fieldId: fields[issue.path.split('.').at(-1) ?? ''] ?? '', message: issue.message }))
    : [{ fieldId: '', message: rejection.reason }];
  return errorSummary(rejection.issues.length ? `${heading} ${rejection.reason}` : heading, errors, root);
};

/** The field's error from a rejection, for `aria-invalid` and the message under the label. */
export const fieldError = (rejection: Rejection | undefined, key: string): string | undefined =>
  rejection?.issues.find((i) => i.path.split('.').at(-1) === key)?.message;
