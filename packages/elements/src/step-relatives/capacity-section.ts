/**
 * An adult who cannot take a position on consent: which relatives may consent for them (C5, from
 * the consent engine), and otherwise the documented judgement of their likely wish (C2), with the
 * form to record it (or a new one).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { capacityJudgementNeeded, representativeMayConsent } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { textArea, textField } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { lines, type FieldRefs, type Renderable, type RelativesView } from './relatives-view.js';

const KEY = 'capacity';

interface CapacityDraft {
  likelyWish: string;
  consulted: string;
  date: string;
}

export const capacitySection = (view: RelativesView): Renderable => {
  const { t, context } = view;
  const { record } = context;
  const { person } = record;
  if (person.ageGroup !== 'adult' || person.canTakePosition !== 'no') return nothing;
  const consenting = record.relatives.filter((r) => representativeMayConsent(record, r.id).allowed);
  const judgement = person.capacityJudgement;
  const formWanted = !view.readonly && capacityJudgementNeeded(record);
  return html`
    ${consenting.map((r) => html`<p class="notice info">${t.term('representativeCanConsent', displayName(r))}</p>`)}
    ${judgement || formWanted ? html`<h4 id="capacity-heading">${t.term('capacityHeading')}</h4>` : nothing}
    ${judgement
      ? html`
          <dl class="summary">
            <dt>${t.term('likelyWish')}</dt>
            <dd>${judgement.likelyWish}</dd>
            <dt>${t.term('consultedShort')}</dt>
            <dd>${judgement.consulted.join(', ') || '–'}</dd>
            <dt>${t.term('documented')}</dt>
            <dd>${t.term('recordedOnBy', judgement.date, judgement.recordedBy.name)}</dd>
          </dl>
        `
      : nothing}
    ${savedNotice(view.forms.saved(KEY), t.term('capacityRecorded'))}
    ${formWanted
      ? judgement
        ? html`<details>
            <summary>${t.term('newCapacity')}</summary>
            ${capacityForm(view)}
          </details>`
        : capacityForm(view)
      : nothing}
  `;
};

const capacityForm = (view: RelativesView): TemplateResult => {
  const { t, forms } = view;
  const initial = (): CapacityDraft => ({ likelyWish: '', consulted: '', date: view.context.today });
  const draft = forms.draft(KEY, initial);
  const set = (patch: Partial<CapacityDraft>) => forms.patchDraft(KEY, initial, patch);
  const refs: FieldRefs = {
    likelyWish: { id: 'capacity-likely-wish', label: t.term('likelyWish') },
    date: { id: 'capacity-date', label: t.term('judgementDate') },
  };
  const submit = (event: Event) => {
    event.preventDefault();
    // Read at submit: a field's change (Enter in a text field) may have just updated the draft.
    const draft = forms.draft(KEY, initial);
    forms.send(KEY, {
      type: 'person.recordCapacityJudgement',
      judgement: { likelyWish: draft.likelyWish.trim(), consulted: lines(draft.consulted), date: draft.date },
    });
  };
  return html`
    <form @submit=${submit} novalidate>
      <p class="hint">${t.term('capacityIntro')}</p>
      ${view.refusal(KEY, 5, refs)}
      ${textArea({
        id: 'capacity-likely-wish',
        label: t.term('likelyWish'),
        hint: t.term('likelyWishHint'),
        value: draft.likelyWish,
        required: true,
        error: forms.error(KEY, 'likelyWish'),
        onChange: (likelyWish) => set({ likelyWish }),
      })}
      ${textArea({
        id: 'capacity-consulted',
        label: t.term('consulted'),
        hint: t.term('consultedHint'),
        value: draft.consulted,
        onChange: (consulted) => set({ consulted }),
      })}
      ${textField({
        id: 'capacity-date',
        label: t.term('judgementDate'),
        type: 'date',
        value: draft.date,
        error: forms.error(KEY, 'date'),
        onChange: (date) => set({ date }),
      })}
      <div class="actions"><button type="submit">${t.term('recordCapacity')}</button></div>
    </form>
  `;
};
