/**
 * Relatives to pay attention to while gathering: one who lives with the person is heard where the
 * support affects the shared home or depends on their cooperation (e.g. hemtjänst, seed 003); a
 * relative under 18 raises the child perspective (C11, the core's prompt).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { childPerspective } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import type { GatherView } from './gather-view.js';

export const relativesAttention = (view: GatherView): TemplateResult | typeof nothing => {
  const { record, relativeRecords } = view.context;
  const messages = [
    ...record.relatives.filter((r) => r.livesWithPerson).map((r) => view.t.term('hearRelative', displayName(r))),
    ...childPerspective(record, relativeRecords).map((flag) => flag.prompt),
  ];
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
