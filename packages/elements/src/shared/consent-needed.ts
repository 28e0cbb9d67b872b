/**
 * C1 made visible: where a consent gate is closed, the action is not silently hidden. The notice
 * says which consent is missing (the consent engine's message) and offers to record it right there,
 * in a disclosure holding the consent form for exactly that relative and scope (rendered once opened).
 *
 * Elements that use this must register the consent elements (import '../consent-panel/define.js' in
 * their own define.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Gate } from '@anhorig/core';
import { msg, type MessageSource } from '../localization/messages.js';

export const consentNeeded = (gate: Gate, recordLabel: string, readonly: boolean, source: MessageSource): TemplateResult | typeof nothing => {
  if (gate.allowed) return nothing;
  const recordable = !readonly && gate.missingScope !== undefined && gate.code !== 'unknownRelative';
  return html`
    <div class="notice consent-needed" part="consent-needed">
      <p>${msg(source, gate.reason)}</p>
      ${recordable
        ? html`<anhorig-consent-request relative-id=${gate.relativeId} scope=${gate.missingScope!} label=${recordLabel}></anhorig-consent-request>`
        : nothing}
    </div>
  `;
};
