/**
 * A closed consent gate in step 4 (C1), with the offer to record the consent in place: like the shared
 * `consentNeeded`, but the embedded form's heading fits where it is shown (`heading-level`), and the
 * giver can be preset (`given-by`), e.g. the relative's own consent to indirect support (C6, H6).
 * (The shared helper could take these two options; this one is kept small until it does.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ConsentGiver, ConsentScope, Gate } from '@anhorig/core';
import type { GatherView } from './gather-view.js';
import { msg } from '../localization/messages.js';

type Level = 3 | 4 | 5 | 6;

/** The offer to record one consent here: a disclosure with the form for exactly this relative and scope. */
export const consentRequest = (relativeId: string, scope: ConsentScope, label: string, level: Level, givenBy?: ConsentGiver): TemplateResult =>
  html`<anhorig-consent-request
    relative-id=${relativeId}
    scope=${scope}
    label=${label}
    heading-level=${level}
    given-by=${ifDefined(givenBy)}
  ></anhorig-consent-request>`;

/** Which consent is missing (the consent engine's message), with the offer to record it, or nothing when the gate is open. */
export const consentGap = (view: GatherView, gate: Gate, label: string, level: Level): TemplateResult | typeof nothing => {
  if (gate.allowed) return nothing;
  const recordable = !view.readonly && gate.missingScope !== undefined && gate.code !== 'unknownRelative';
  return html`
    <div class="notice consent-needed" part="consent-needed">
      <p>${msg(view.t, gate.reason)}</p>
      ${recordable ? consentRequest(gate.relativeId, gate.missingScope!, label, level) : nothing}
    </div>
  `;
};
