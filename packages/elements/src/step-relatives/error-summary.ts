/**
 * The machine's refusal as an error summary placed where the handläggare acted (a card, a form),
 * with a heading at the level that fits there, and each issue prefixed by its field's visible label
 * so "Fältet får inte vara tomt." says which field. Links move focus to the field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Rejection } from '@anhorig/core';
import { errorSummary, type FieldError } from '../shared/fields.js';

export interface FieldRef {
  id: string;
  label: string;
}

/** Maps the last segment of an issue path (e.g. `name` in `relatives.3.name`) to the field showing it. */
export type FieldRefs = Readonly<Record<string, FieldRef>>;

export type HeadingLevel = 3 | 4 | 5 | 6;

const lastSegment = (path: string): string => path.split('.').at(-1) ?? '';

const heading = (level: HeadingLevel, text: string): TemplateResult => {
  switch (level) {
    case 3:
      return html`<h3>${text}</h3>`;
    case 4:
      return html`<h4>${text}</h4>`;
    case 5:
      return html`<h5>${text}</h5>`;
    case 6:
      return html`<h6>${text}</h6>`;
  }
};

export const refusal = (options: {
  heading: string;
  rejection: Rejection | undefined;
  root: ShadowRoot | null;
  fields?: FieldRefs;
  level: HeadingLevel;
  withLabel: (label: string, message: string) => string;
}): TemplateResult | typeof nothing => {
  const { rejection, root, fields = {}, level, withLabel } = options;
  if (!rejection) return nothing;
  const errors: FieldError[] = rejection.issues.length
    ? rejection.issues.map((issue) => {
        const field = fields[lastSegment(issue.path)];
        return field ? { fieldId: field.id, message: withLabel(field.label, issue.message) } : { fieldId: '', message: issue.message };
      })
    : [{ fieldId: '', message: rejection.reason }];
  const title = rejection.issues.length ? `${options.heading} ${rejection.reason}` : options.heading;
  if (level === 3) return errorSummary(title, errors, root);
  return html`
    <div class="notice error error-summary" role="alert" part="error-summary">
      ${heading(level, title)}
      <ul>
        ${errors.map((e) =>
          e.fieldId
            ? html`<li>
                <a
                  href="#${e.fieldId}"
                  @click=${(ev: Event) => {
                    ev.preventDefault();
                    (root?.getElementById(e.fieldId) as HTMLElement | null)?.focus();
                  }}
                  >${e.message}</a
                >
              </li>`
            : html`<li>${e.message}</li>`,
        )}
      </ul>
    </div>
  `;
};

/** The message for one field from a rejection, for the field's own error line. */
export const issueAt = (rejection: Rejection | undefined, key: string): string | undefined =>
  rejection?.issues.find((i) => lastSegment(i.path) === key)?.message;
