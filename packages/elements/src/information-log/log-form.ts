/**
 * The form to record information given to a relative: to whom, what, when, how, whether the
 * handläggare made sure it was understood, and a note. General information needs no consent (C9);
 * telling the relative about the person's own rights is information about the person and needs the
 * person's consent `receiveInformation` for that relative (L5, C1). Where it is missing, the form says
 * so as soon as that item and the relative are chosen — the core's message, announced — and offers to
 * record the consent in place; saving anyway is refused by the core with the same reason.
 */
import { html, type TemplateResult } from 'lit';
import {
  canShareInformationWith,
  INFORMATION_ITEMS,
  type Channel,
  type Gate,
  type InformationItem,
  type InvestigationContext,
  type InvestigationEvent,
} from '@anhorig/core';
import { checkbox, checkboxGroup, radioGroup, selectField, textArea, textField } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { ENTRY_KEY, relativeLabel, type LogView } from './log-view.js';
import { consentGap } from './consent-gap.js';

export interface EntryDraft {
  relativeId: string;
  items: InformationItem[];
  date: string;
  channel: Channel;
  understood: boolean;
  note: string;
}

const CHANNELS: readonly Channel[] = ['meeting', 'phone', 'letter', 'digital', 'other'];

/** A fresh form: today, in a meeting, and the relative preselected when there is only one. */
export const defaultEntry = (context: InvestigationContext): EntryDraft => {
  const { relatives } = context.record;
  return {
    relativeId: relatives.length === 1 ? relatives[0]!.id : '',
    items: [],
    date: context.today,
    channel: 'meeting',
    understood: false,
    note: '',
  };
};

/** The event the form sends (an empty note is left out). */
export const entryEvent = (draft: EntryDraft): InvestigationEvent => ({
  type: 'information.log',
  entry: {
    relativeId: draft.relativeId,
    items: draft.items,
    date: draft.date,
    channel: draft.channel,
    understood: draft.understood,
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
  },
});

/** L5: the person's own rights are information about the person; the core's gate for the chosen relative, if that item is chosen. */
export const personRightsGate = (context: InvestigationContext, draft: EntryDraft): Gate | undefined =>
  draft.relativeId && draft.items.includes('personRights') ? canShareInformationWith(context.record, draft.relativeId, context.today) : undefined;

export const logForm = (view: LogView, onSubmit: (event: Event, draft: EntryDraft) => void): TemplateResult => {
  const { context, t, d, forms } = view;
  const initial = () => defaultEntry(context);
  const draft = forms.draft(ENTRY_KEY, initial);
  const set = (patch: Partial<EntryDraft>) => forms.patchDraft(ENTRY_KEY, initial, patch);
  const gate = personRightsGate(context, draft);
  return html`
    <form class="log-form" novalidate aria-labelledby="entry-form-heading" @submit=${(e: Event) => onSubmit(e, draft)}>
      <h3 id="entry-form-heading">${t.term('formHeading')}</h3>
      ${savedNotice(forms.saved(ENTRY_KEY), t.term('logged'))}
      ${view.rejection(ENTRY_KEY, t.term('refused'), 4, {
        // Each item names its field ("Information som gavs: …"); a group's link goes to its first choice (a fieldset cannot take focus).
        relativeId: { id: 'entry-relative', label: t.term('errorRelative') },
        items: { id: `entry-items-${INFORMATION_ITEMS[0]}`, label: t.term('errorItems') },
        date: { id: 'entry-date', label: t.term('errorDate') },
        channel: { id: `entry-channel-${draft.channel}`, label: t.term('errorChannel') },
      })}
      ${selectField({
        id: 'entry-relative',
        label: t.term('relative'),
        value: draft.relativeId,
        placeholder: t.term('choose'),
        options: context.record.relatives.map((r) => ({ value: r.id, label: relativeLabel(r) })),
        error: forms.error(ENTRY_KEY, 'relativeId'),
        onChange: (relativeId) => set({ relativeId }),
      })}
      ${checkboxGroup({
        id: 'entry-items',
        label: t.term('items'),
        hint: t.term('itemsHint'),
        values: draft.items,
        options: INFORMATION_ITEMS.map((item) => ({ value: item, label: t.term(`item.${item}`) })),
        error: forms.error(ENTRY_KEY, 'items'),
        onChange: (items) => set({ items }),
      })}
      ${consentGap(gate, { recordLabel: t.term('recordReceiveConsent'), readonly: view.readonly, headingLevel: 4, live: true, id: 'entry-gate', source: t })}
      ${textField({
        id: 'entry-date',
        label: t.term('date'),
        type: 'date',
        value: draft.date,
        error: forms.error(ENTRY_KEY, 'date'),
        onChange: (date) => set({ date }),
      })}
      ${radioGroup({
        id: 'entry-channel',
        label: t.term('channel'),
        value: draft.channel,
        options: CHANNELS.map((c) => ({ value: c, label: d.term(`channel.${c}`) })),
        onChange: (channel) => set({ channel }),
      })}
      ${checkbox({
        id: 'entry-understood',
        label: t.term('understood'),
        checked: draft.understood,
        onChange: (understood) => set({ understood }),
      })}
      ${textArea({ id: 'entry-note', label: t.term('note'), hint: t.term('noteHint'), value: draft.note, onChange: (note) => set({ note }) })}
      <div class="actions"><button type="submit">${t.term('submit')}</button></div>
    </form>
  `;
};
