import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { ConsentScope } from '@anhorig/core';
import { tokens } from '../styles/tokens.js';
import { shared } from '../styles/shared.js';

/**
 * @summary Offers to record one missing consent where the handläggare meets the gap: a disclosure
 * holding `<anhorig-consent-panel>` for exactly that relative and scope. The form is rendered only
 * once the disclosure is opened, so a step with many relatives and closed gates stays light.
 *
 * @csspart disclosure - The `details` element.
 */
export class AnhorigConsentRequest extends LitElement {
  static override styles = [tokens, shared];

  static override properties = {
    relativeId: { type: String, attribute: 'relative-id' },
    scope: { type: String },
    label: { type: String },
    open: { state: true },
  };

  /** The relative the missing consent concerns. */
  declare relativeId: string;
  /** The missing consent's scope. */
  declare scope: ConsentScope;
  /** The disclosure's visible label, e.g. "Registrera samtycket här". */
  declare label: string;
  declare private open: boolean;

  constructor() {
    super();
    this.open = false;
  }

  override render(): TemplateResult {
    return html`
      <details part="disclosure" @toggle=${(e: Event) => (this.open = (e.target as HTMLDetailsElement).open)}>
        <summary>${this.label}</summary>
        ${this.open ? html`<anhorig-consent-panel relative-id=${this.relativeId} scope=${this.scope}></anhorig-consent-panel>` : nothing}
      </details>
    `;
  }
}
