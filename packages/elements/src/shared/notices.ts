/**
 * Notices shared by the step elements: the step's warnings (what is left, never a locked door), the
 * machine's refusal of the handläggare's last action as an error summary, and where a consent gate
 * is closed, which consent is missing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Rejection, Warning } from '@anhorig/core';
import { errorSummary, revealInDisclosures, type FieldError, type HeadingLevel } from './fields.js';
import { msg, type MessageSource } from '../localization/messages.js';

/** Move focus to the block of one relative in `root` (marked `data-relative-id`), to its heading where it has one. */
const focusRelative = (root: ShadowRoot | null, relativeId: string): void => {
  const block = root?.querySelector<HTMLElement>(`[data-relative-id="${CSS.escape(relativeId)}"]`);
  if (!block) return;
  // Its heading names the relative, so a screen reader says whose block focus is in.
  const target = block.querySelector<HTMLElement>('h3, h4, h5, h6') ?? block;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  revealInDisclosures(target);
  target.focus();
};

/**
 * What is left in a step, as the step's one calm list at its top (role note; never an alert). What
 * concerns one relative is gathered under that relative once, linked to where it is done in the step
 * (the relative's block, marked `data-relative-id`); what concerns the whole step comes first.
 */
export const warningList = (
  heading: string,
  warnings: readonly Warning[],
  id = 'warnings',
  relatives: { nameOf?: (relativeId: string) => string | undefined; root?: ShadowRoot | null } = {},
): TemplateResult | typeof nothing => {
  if (warnings.length === 0) return nothing;
  const source = relatives.root;
  const general = warnings.filter((w) => w.relativeId === undefined || !relatives.nameOf?.(w.relativeId));
  const byRelative = new Map<string, Warning[]>();
  for (const w of warnings) if (w.relativeId !== undefined && relatives.nameOf?.(w.relativeId)) byRelative.set(w.relativeId, [...(byRelative.get(w.relativeId) ?? []), w]);
  return html`
    <section class="notice" aria-labelledby="${id}-heading" part="warnings">
      <h3 id="${id}-heading">${heading}</h3>
      <ul>
        ${general.map((w) => html`<li>${msg(source, w)}</li>`)}
        ${[...byRelative].map(([relativeId, list]) => {
          const name = relatives.nameOf!(relativeId)!;
          return html`<li>
            <a
              href="#relative-${relativeId}"
              @click=${(e: Event) => {
                e.preventDefault();
                focusRelative(relatives.root ?? null, relativeId);
              }}
              >${name}</a
            >
            <ul>
              ${list.map((w) => html`<li>${msg(source, w)}</li>`)}
            </ul>
          </li>`;
        })}
      </ul>
    </section>
  `;
};

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
        const text = msg(root, issue);
        if (field === undefined) return { fieldId: '', message: text };
        return typeof field === 'string' ? { fieldId: field, message: text } : { fieldId: field.id, message: `${field.label}: ${text}` };
      })
    : [{ fieldId: '', message: msg(root, rejection.reason) }];
  return errorSummary(rejection.issues.length ? `${heading} ${msg(root, rejection.reason)}` : heading, errors, root, level);
};

/** A confirmation: one line with a check mark, not a box (it is announced, role status, and stays until the next edit). */
export const savedNotice = (saved: boolean, text: string): TemplateResult | typeof nothing =>
  saved ? html`<p class="saved" role="status">${text}</p>` : nothing;

/** The field's error from a rejection, for `aria-invalid` and the message under the label, in the source's language. */
export const fieldError = (rejection: Rejection | undefined, key: string, source: MessageSource): string | undefined => {
  const issue = rejection?.issues.find((i) => i.path.split('.').at(-1) === key);
  return issue && msg(source, issue);
};
