/**
 * C9: information given to the relative about support for relatives (what, when, how), listed and
 * added to the relative's own record. Needs no consent. H7: information about the relative's own
 * rights as a national minority (lagen 2009:724; the information log's item `minorityLanguageRights`)
 * is offered here too: general information about the relative's rights, nothing about the person (L5).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Channel, Relative, RelativeRecord } from '@anhorig/core';
import { checkbox, radioGroup, textField } from '../shared/fields.js';
import { displayName } from '../base/selectors.js';
import { savedNotice } from '../shared/notices.js';
import { errorFor, type EquipView } from './equip-view.js';

/** An entry as `relativeRecord.addInformationGiven` carries it. */
export type InformationEntry = RelativeRecord['informationGiven'][number];

const CHANNELS: readonly Channel[] = ['meeting', 'phone', 'letter', 'digital', 'other'];

interface InfoDraft {
  what: string;
  date: string;
  channel: Channel | '';
  /** The information included the relative's rights as a national minority. */
  minorityRights: boolean;
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
  const { context, t, d, c, forms } = view;
  const key = infoKey(relative.id);
  const entries = own?.informationGiven ?? [];
  const initial = (): InfoDraft => ({ what: '', date: context.today, channel: '', minorityRights: false });
  const minority = relative.communication?.minorityLanguage;
  const draft = forms.draft(key, initial);
  const set = (patch: Partial<InfoDraft>) => forms.patchDraft(key, initial, patch);
  const submit = (event: Event) => {
    // Read at submit: a field's change (Enter in a text field) may have just updated the draft.
    const { what, date, channel, minorityRights } = forms.draft(key, initial);
    const told = [minorityRights ? t.term('infoMinorityRights') : '', what.trim()].filter(Boolean).join('. ');
    onAdd(event, { what: told, date, channel: channel as Channel });
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
              ${checkbox({
                id: `${p}-info-minority`,
                label: t.term('infoMinorityRights'),
                ...(minority ? { hint: t.term('infoMinorityHint', c.term(`minority.${minority}`)) } : {}),
                checked: draft.minorityRights,
                onChange: (minorityRights) => set({ minorityRights }),
              })}
              ${textField({
                id: `${p}-info-what`,
                label: draft.minorityRights ? t.term('infoWhatMore') : t.term('infoWhat'),
                hint: t.term('infoWhatHint'),
                value: draft.what,
                required: !draft.minorityRights,
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
                label: t.term('infoChannel', displayName(relative)),
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
