/**
 * Refusing the application when nothing is granted: the form with an optional note (the machine
 * refuses it while a support is granted, and says why), or once refused, when and with what note.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { textArea } from '../shared/fields.js';
import { rejectionSummary } from '../shared/notices.js';
import type { AssessmentView } from './assessment-view.js';

/** The form's key in the element's forms. */
export const REFUSE = 'refuse';

export const refusal = (view: AssessmentView, onRefuse: (event: Event, note: string) => void): TemplateResult | typeof nothing => {
  const { context, t, forms } = view;
  const refused = context.record.refusal;
  if (refused)
    return html`
      <div class="notice info refusal" role="status" id="refusal-status" tabindex="-1">
        <p><strong>${t.term('refusedOn', refused.date)}</strong></p>
        ${refused.note ? html`<p>${t.term('refusalNote')}: ${refused.note}</p>` : nothing}
      </div>
    `;
  if (view.readonly) return nothing;
  const note = forms.draft(REFUSE, () => '');
  return html`
    <form class="refuse" novalidate aria-labelledby="refuse-heading" @submit=${(e: Event) => onRefuse(e, note)}>
      <h3 id="refuse-heading">${t.term('refuseHeading')}</h3>
      <p class="hint">${t.term('refuseIntro')}</p>
      ${rejectionSummary(t.term('refuseFailed'), forms.rejection(REFUSE), view.root)}
      ${textArea({
        id: 'refuse-note',
        label: t.term('refuseNote'),
        value: note,
        onChange: (value) => forms.setDraft(REFUSE, value),
      })}
      <div class="actions"><button type="submit" class="secondary">${t.term('refuse')}</button></div>
    </form>
  `;
};
