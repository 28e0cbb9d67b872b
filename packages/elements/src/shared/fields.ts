/**
 * Accessible form-field templates shared by every element. Each field has a visible label, an
 * optional hint and error tied to the control with `aria-describedby`, and reports committed
 * values (`change`), so every edit the host sees is one the handläggare finished.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

export interface FieldBase {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  disabled?: boolean;
  required?: boolean;
}

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

const describedBy = (f: FieldBase) =>
  [f.hint ? `${f.id}-hint` : '', f.error ? `${f.id}-error` : ''].filter(Boolean).join(' ') || undefined;

const hintAndError = (f: FieldBase) => html`
  ${f.hint ? html`<p class="hint" id="${f.id}-hint">${f.hint}</p>` : nothing}
  ${f.error ? html`<p class="error-message" id="${f.id}-error">${f.error}</p>` : nothing}
`;

const valueOf = (e: Event) => (e.target as HTMLInputElement).value;

export const textField = (
  f: FieldBase & { value?: string; type?: 'text' | 'date'; autocomplete?: string; onChange: (value: string) => void },
): TemplateResult => html`
  <div class="field">
    <label for=${f.id}>${f.label}</label>
    ${hintAndError(f)}
    <input
      id=${f.id}
      name=${f.id}
      type=${f.type ?? 'text'}
      .value=${f.value ?? ''}
      autocomplete=${f.autocomplete ?? 'off'}
      aria-describedby=${ifDefined(describedBy(f))}
      aria-invalid=${f.error ? 'true' : 'false'}
      ?required=${f.required}
      ?disabled=${f.disabled}
      @change=${(e: Event) => f.onChange(valueOf(e))}
    />
  </div>
`;

export const textArea = (f: FieldBase & { value?: string; onChange: (value: string) => void }): TemplateResult => html`
  <div class="field">
    <label for=${f.id}>${f.label}</label>
    ${hintAndError(f)}
    <textarea
      id=${f.id}
      name=${f.id}
      .value=${f.value ?? ''}
      aria-describedby=${ifDefined(describedBy(f))}
      aria-invalid=${f.error ? 'true' : 'false'}
      ?required=${f.required}
      ?disabled=${f.disabled}
      @change=${(e: Event) => f.onChange(valueOf(e))}
    ></textarea>
  </div>
`;

export const selectField = <V extends string>(
  f: FieldBase & { value?: V | ''; options: readonly Option<V>[]; placeholder?: string; onChange: (value: V) => void },
): TemplateResult => html`
  <div class="field">
    <label for=${f.id}>${f.label}</label>
    ${hintAndError(f)}
    <select
      id=${f.id}
      name=${f.id}
      aria-describedby=${ifDefined(describedBy(f))}
      aria-invalid=${f.error ? 'true' : 'false'}
      ?required=${f.required}
      ?disabled=${f.disabled}
      @change=${(e: Event) => f.onChange(valueOf(e) as V)}
    >
      ${f.placeholder !== undefined ? html`<option value="" ?selected=${!f.value}>${f.placeholder}</option>` : nothing}
      ${f.options.map((o) => html`<option value=${o.value} ?selected=${o.value === f.value}>${o.label}</option>`)}
    </select>
  </div>
`;

export const checkbox = (f: FieldBase & { checked: boolean; onChange: (checked: boolean) => void }): TemplateResult => html`
  <div class="choice">
    <input
      type="checkbox"
      id=${f.id}
      name=${f.id}
      .checked=${live(f.checked)}
      aria-describedby=${ifDefined(describedBy(f))}
      ?disabled=${f.disabled}
      @change=${(e: Event) => f.onChange((e.target as HTMLInputElement).checked)}
    />
    <label for=${f.id}>${f.label}</label>
  </div>
  ${hintAndError(f)}
`;

/**
 * A group of radio buttons in a fieldset; arrow keys move between options (native behaviour).
 * `inline` puts short options (Ja/Nej, muntligt/skriftligt) side by side on one line.
 */
export const radioGroup = <V extends string>(
  f: FieldBase & { value?: V; options: readonly Option<V>[]; inline?: boolean; onChange: (value: V) => void },
): TemplateResult => html`
  <fieldset class="field ${f.inline ? 'inline' : ''}" aria-describedby=${ifDefined(describedBy(f))} id=${f.id}>
    <legend>${f.label}</legend>
    ${hintAndError(f)}
    ${f.options.map(
      (o) => html`
        <div class="choice">
          <input
            type="radio"
            id="${f.id}-${o.value}"
            name=${f.id}
            value=${o.value}
            .checked=${live(o.value === f.value)}
            ?disabled=${f.disabled}
            @change=${() => f.onChange(o.value)}
          />
          <label for="${f.id}-${o.value}">${o.label}</label>
        </div>
      `,
    )}
  </fieldset>
`;

/** A group of checkboxes in a fieldset, reporting the full list of checked values. */
export const checkboxGroup = <V extends string>(
  f: FieldBase & { values: readonly V[]; options: readonly Option<V>[]; onChange: (values: V[]) => void },
): TemplateResult => html`
  <fieldset class="field" aria-describedby=${ifDefined(describedBy(f))} id=${f.id}>
    <legend>${f.label}</legend>
    ${hintAndError(f)}
    ${f.options.map(
      (o) => html`
        <div class="choice">
          <input
            type="checkbox"
            id="${f.id}-${o.value}"
            name=${f.id}
            value=${o.value}
            .checked=${live(f.values.includes(o.value))}
            ?disabled=${f.disabled}
            @change=${(e: Event) =>
              f.onChange(
                (e.target as HTMLInputElement).checked
                  ? [...f.values, o.value]
                  : f.values.filter((v) => v !== o.value),
              )}
          />
          <label for="${f.id}-${o.value}">${o.label}</label>
        </div>
      `,
    )}
  </fieldset>
`;

export interface FieldError {
  fieldId: string;
  message: string;
}

export type HeadingLevel = 3 | 4 | 5 | 6;

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

/** Open every closed disclosure around `element`, so it can take focus and be seen. */
export const revealInDisclosures = (element: Element): void => {
  for (let d = element.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
};

/**
 * Focus a field by id as a user expects: a group (a fieldset of choices) by its chosen or first
 * enabled choice, since a fieldset cannot take focus; a field inside a closed disclosure after
 * opening it.
 */
export const focusField = (root: ShadowRoot | null, id: string): void => {
  const target = root?.getElementById(id);
  if (!(target instanceof HTMLElement)) return;
  const control =
    target instanceof HTMLFieldSetElement
      ? (target.querySelector<HTMLElement>('input:checked:not(:disabled)') ??
        target.querySelector<HTMLElement>('input:not(:disabled), select:not(:disabled), textarea:not(:disabled)') ??
        target)
      : target;
  revealInDisclosures(control);
  control.focus();
};

/**
 * GOV.UK-style error summary: a heading (at the level that fits where it is shown) and a list of
 * links to the fields. `role="alert"` so it is announced; the links move focus to the field inside
 * our shadow root.
 */
export const errorSummary = (
  title: string,
  errors: readonly FieldError[],
  root: ShadowRoot | null,
  level: HeadingLevel = 3,
): TemplateResult | typeof nothing =>
  errors.length === 0
    ? nothing
    : html`
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
                        focusField(root, e.fieldId);
                      }}
                      >${e.message}</a
                    >
                  </li>`
                : html`<li>${e.message}</li>`,
            )}
          </ul>
        </div>
      `;
