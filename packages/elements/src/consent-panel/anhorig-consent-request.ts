import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ConsentGiver, ConsentScope } from '@anhorig/core';
import { tokens } from '../styles/tokens.js';
import { shared } from '../styles/shared.js';

/**
 * @summary Offers to record one missing consent where the handläggare meets the gap: a disclosure
 * holding `<anhorig-consent-panel>` for exactly that relative and scope. The form is rendered only
 * once the disclosure is opened, so a step with many relatives and closed gates stays light.
 *
 * `heading-level` sets the form's heading level to fit where the request is shown (default 3; a
 * caller under an h4 passes 5). `given-by` presets who gives the answer, e.g. `relative` for the
 * relative's own consent to indirect support (C6): then the form does not ask who answers.
 *
 * @csspart disclosure - The `details` element.
 */
export class AnhorigConsentRequest extends LitElement {
  static override styles = [tokens, shared];

  static override properties = {
    relativeId: { type: String, attribute: 'relative-id' },
    scope: { type: String },
    label: { type: String },
    givenBy: { type: String, attribute: 'given-by' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    open: { state: true },
  };

  /** The relative the missing consent concerns. */
  declare relativeId: string;
  /** The missing consent's scope. */
  declare scope: ConsentScope;
  /** The disclosure's visible label, e.g. "Registrera samtycket här". */
  declare label: string;
  /** Who gives the answer, preset (e.g. `relative`); unset, the form asks. */
  declare givenBy: ConsentGiver | undefined;
  /** The level of the form's heading where the request is shown (2–6, default 3). */
  declare headingLevel: number | undefined;
  declare private open: boolean;

  constructor() {
    super();
    this.open = false;
  }

  override render(): TemplateResult {
    return html`
      <details part="disclosure" @toggle=${(e: Event) => (this.open = (e.target as HTMLDetailsElement).open)}>
        <summary>${this.label}</summary>
        ${this.open
          ? html`<anhorig-consent-panel
              relative-id=${this.relativeId}
              scope=${this.scope}
              given-by=${ifDefined(this.givenBy)}
              heading-level=${ifDefined(this.headingLevel)}
            ></anhorig-consent-panel>`
          : nothing}
      </details>
    `;
  }
}
