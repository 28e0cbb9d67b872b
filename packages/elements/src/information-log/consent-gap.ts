/**
 * Where a consent gate is closed in the log's forms: the core's message (which consent is missing,
 * whose), and the form to record that consent right there — `<anhorig-consent-request>` for exactly
 * that relative and scope, its heading one level below the heading of the form it sits in.
 *
 * With `live`, the message sits in a status region that is always rendered (empty while the gate is
 * open), so a screen reader hears it the moment a choice closes the gate, before anything is saved.
 * Only the message is live: the disclosure and the consent form stay outside the region.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Gate } from '@anhorig/core';
import { msg, type MessageSource } from '../localization/messages.js';

export interface GapOptions {
  /** The disclosure's label, e.g. "Registrera samtycke till senare kontakt". */
  recordLabel: string;
  readonly: boolean;
  /** The level of the consent form's heading: one below the form the gap is shown in. */
  headingLevel: number;
  /** Keep an (empty) status region in place while the gate is open, and announce the message in it. */
  live?: boolean;
  /** The status region's id, for a live gap. */
  id?: string;
  /** Whose language the message is in (the element's terms). */
  source: MessageSource;
}

export const consentGap = (gate: Gate | undefined, options: GapOptions): TemplateResult | typeof nothing => {
  const closed = gate !== undefined && !gate.allowed ? gate : undefined;
  if (!closed && !options.live) return nothing;
  const recordable = closed !== undefined && !options.readonly && closed.missingScope !== undefined && closed.code !== 'unknownRelative';
  const message = closed ? msg(options.source, closed.reason) : '';
  return html`
    <div class=${closed ? 'notice consent-needed' : 'gate-open'} part=${ifDefined(closed ? 'consent-needed' : undefined)}>
      ${options.live ? html`<p class="gate-status" role="status" id=${ifDefined(options.id)}>${message}</p>` : html`<p>${message}</p>`}
      ${recordable
        ? html`<anhorig-consent-request
            relative-id=${closed.relativeId}
            scope=${closed.missingScope!}
            label=${options.recordLabel}
            heading-level=${options.headingLevel}
          ></anhorig-consent-request>`
        : nothing}
    </div>
  `;
};
