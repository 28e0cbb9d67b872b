/**
 * C6 in words, from the core: a decision linked to an indirect-support proposal carries the marker
 * in the assignment only once both consents and both views are there; until then, what is missing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { indirectSupportStatus } from '@anhorig/core';
import type { AssessmentView } from './assessment-view.js';
import { msg } from '../localization/messages.js';

export const indirectMarker = ({ context, t }: AssessmentView, proposalId: string): TemplateResult | typeof nothing => {
  const status = indirectSupportStatus(context.record, proposalId, context.today);
  if (!status) return nothing;
  const relative = context.record.relatives.find((r) => r.id === status.relativeId);
  const marker = context.catalogue.lifeAreas.find((a) => a.isIndirectSupportMarker);
  if (status.markerApplies)
    return html`<p class="hint marker-status applies">${t.term('markerApplies', marker?.name ?? '', relative?.relation ?? '')}</p>`;
  return html`
    <div class="marker-status pending">
      <p class="hint">${t.term('markerPending')}</p>
      ${status.missing.length ? html`<p class="hint">${t.term('markerMissing', status.missing.map((m) => msg(t, m)).join(', '))}</p>` : nothing}
      ${status.relativeDeclined ? html`<p class="hint">${t.term('relativeDeclined')}</p>` : nothing}
    </div>
  `;
};
