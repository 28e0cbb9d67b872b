/**
 * C9: information given to the relative about support for relatives (what, when, how), listed and
 * added to the relative's own record. Needs no consent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Channel, Relative, RelativeRecord } from '@anhorig/core';
import { radioGroup, textField } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { errorFor, type EquipView } from './equip-view.js';

/** An entry as `relativeRecord.addInformationGiven` carries it. */
export type InformationEntry = RelativeRecord['informationGiven'][number];

const CHANNELS: readonly Channel[] = ['meeting', 'phone', 'letter', 'digital', 'other'];

interface InfoDraft {
  what: string;
  date: string;
  channel: Channel | '';
}

/** The form's key in the element's forms: one per relative. */
export const infoKey = (relativeId: string): string => `${relativeId}:info`;

/**
 * The relative's "information" part: what is documented, and (not in review mode) the form to add an
 * entry. `onAdd` sends the entry.
 */
export const informationSection = (
  view: EquipView,
  relative: Relative,
  own: RelativeRecord | undefined,
  p: string,
  onAdd: (event: Event, entry: InformationEntry) => void,
): TemplateResult => {
  const { context, t, d, forms } = view;
  const key = infoKey(relative.id);
  const entries = own?.informationGiven ?? [];
  const initial = (): InfoDraft => ({ what: '', date: context.today, channel: '' });
  const draft = forms.draft(key, initial);
  const set = (patch: Partial<InfoDraft>) => forms.patchDraft(key, initial, patch);
  const submit = (event: Event) => {
    // Read at submit: a field's change (Enter in a text field) may have just updated the draft.
    const { what, date, channel } = forms.draft(key, initial);
    onAdd(event, { what, date, channel: channel as Channel });
  };
  return html`
    <div class="part">
      <h4>${t.term('infoHeading')}</h4>
      ${entries.length === 0
        ? html`<p>${t.term('infoNone')}</p>`
        : html`<ul class="entries">
            ${entries.map((e) => html`<li>${t.term('infoEntry', e.date, d.term(`channel.${e.channel}`), e.what)}</li>`)}
          </ul>`}
      ${view.readonly
        ? nothing
        : html`
            <form novalidate @submit=${submit}>
              ${savedNotice(forms.saved(key), t.term('infoAdded'))}
              ${view.rejection(key, { what: `${p}-info-what`, date: `${p}-info-date`, channel: `${p}-info-channel` })}
              ${textField({
                id: `${p}-info-what`,
                label: t.term('infoWhat'),
                hint: t.term('infoWhatHint'),
                value: draft.what,
                required: true,
                ...errorFor(view, key, 'what'),
                onChange: (what) => set({ what }),
              })}
              ${textField({
                id: `${p}-info-date`,
                label: t.term('infoDate'),
                type: 'date',
                value: draft.date,
                ...errorFor(view, key, 'date'),
                onChange: (date) => set({ date }),
              })}
              ${radioGroup({
                id: `${p}-info-channel`,
                label: t.term('infoChannel'),
                value: draft.channel || undefined,
                options: CHANNELS.map((c) => ({ value: c, label: d.term(`channel.${c}`) })),
                ...errorFor(view, key, 'channel'),
                onChange: (channel) => set({ channel }),
              })}
              <div class="actions"><button type="submit">${t.term('infoAdd')}</button></div>
            </form>
          `}
    </div>
  `;
};
