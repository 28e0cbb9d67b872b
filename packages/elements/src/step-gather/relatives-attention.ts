/**
 * Relatives to pay attention to while gathering: a relative under 18 raises the child perspective
 * (C11, the core's prompt, which also asks to let the child's views come forward). A relative who
 * lives with the person and is still to be heard (the core's `relativesToHear`) is in the step's
 * warnings (`hearCohabitant`), so it is not repeated here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { childPerspective } from '@anhorig/core';
import type { GatherView } from './gather-view.js';

export const relativesAttention = (view: GatherView): TemplateResult | typeof nothing => {
  const { record, relativeRecords } = view.context;
  const messages = childPerspective(record, relativeRecords).map((flag) => flag.prompt);
  if (messages.length === 0) return nothing;
  return html`
    <section class="notice info" aria-labelledby="attention-heading" part="relatives-attention">
      <h3 id="attention-heading">${view.t.term('attentionHeading')}</h3>
      <ul>
        ${messages.map((m) => html`<li>${m}</li>`)}
      </ul>
    </section>
  `;
};
