/**
 * (d) The relative's own situation (C8): a conversation about the relative, not about the person,
 * that needs no consent, is kept apart from the follow-up of the person's support and is saved in
 * the relative's own record. Earlier conversations, and the form to add one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Relative, RelativeRecord, YesNoUnknown } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { radioGroup, textArea, textField } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { communicationNote } from '../step-involve/communication-note.js';
import { relativeLabel, relativesOf, yesNoOptions, type FollowUpView } from './follow-up-view.js';

/** One conversation, as `relativeRecord.addOwnSituationFollowUp` carries it. */
export type OwnSituationEntry = RelativeRecord['ownSituationFollowUp'][number];

interface OwnDraft {
  date: string;
  able: YesNoUnknown;
  need: string;
}

/** Send a conversation (the form's submit event, whose relative, the entry). */
export type SaveOwn = (event: Event, relativeId: string, entry: OwnSituationEntry) => void;

/** The form's key in the element's forms: one per relative. */
export const ownKey = (relativeId: string): string => `own-${relativeId}`;

/** The entry the form saves; a blank new need is left out. */
const entryOf = (draft: OwnDraft): OwnSituationEntry => ({
  date: draft.date,
  stillAbleAndWilling: draft.able,
  ...(draft.need.trim() ? { newNeed: draft.need.trim() } : {}),
});

const ownForm = (view: FollowUpView, relative: Relative, onSave: SaveOwn): TemplateResult => {
  const { context, t, forms } = view;
  const id = relative.id;
  const key = ownKey(id);
  const initial = (): OwnDraft => ({ date: context.today, able: 'unknown', need: '' });
  const draft = forms.draft(key, initial);
  const set = (patch: Partial<OwnDraft>) => forms.patchDraft(key, initial, patch);
  return html`
    <form
      class="part"
      novalidate
      aria-label=${`${t.term('ownHeading')}: ${displayName(relative)}`}
      @submit=${(e: Event) => onSave(e, id, entryOf(draft))}
    >
      ${savedNotice(forms.saved(key), t.term('ownSaved'))} ${view.rejection(key, { date: `fu-own-${id}-date` })}
      ${textField({
        id: `fu-own-${id}-date`,
        label: t.term('ownDate'),
        type: 'date',
        value: draft.date,
        error: forms.error(key, 'date'),
        onChange: (date) => set({ date }),
      })}
      ${radioGroup({
        id: `fu-own-${id}-able`,
        label: t.term('ownAble', displayName(relative)),
        hint: t.term('ownAbleHint'),
        value: draft.able,
        options: yesNoOptions(view),
        onChange: (able) => set({ able }),
      })}
      ${textArea({
        id: `fu-own-${id}-need`,
        label: t.term('ownNeed'),
        hint: t.term('ownNeedHint'),
        value: draft.need,
        onChange: (need) => set({ need }),
      })}
      <div class="actions">
        <button type="submit" class="secondary" aria-label=${t.term('forWhom', t.term('saveOwn'), displayName(relative))}>${t.term('saveOwn')}</button>
      </div>
    </form>
  `;
};

const ownCard = (view: FollowUpView, relative: Relative, onSave: SaveOwn): TemplateResult => {
  const { context, t, d } = view;
  const earlier = context.relativeRecords.find((own) => own.relativeId === relative.id)?.ownSituationFollowUp ?? [];
  return html`
    <div class="card relative">
      <h4>${relativeLabel(relative)}</h4>
      ${communicationNote(view.c, relative.communication, displayName(relative))}
      ${earlier.length === 0
        ? html`<p>${t.term('ownNone')}</p>`
        : html`
            <p><strong>${t.term('ownEarlier')}</strong></p>
            <ul>
              ${[...earlier].reverse().map(
                (e) => html`<li>
                  ${t.term('ownEntry', t.date(e.date), d.term(`yesNo.${e.stillAbleAndWilling}`))}
                  ${e.newNeed ? html`<br />${t.term('ownNewNeed', e.newNeed)}` : nothing}
                </li>`,
              )}
            </ul>
          `}
      ${view.readonly ? nothing : ownForm(view, relative, onSave)}
    </div>
  `;
};

/** The section, kept visibly apart. `onSave` sends a conversation to the relative's own record. */
export const ownSituationPart = (view: FollowUpView, onSave: SaveOwn): TemplateResult => {
  const { context, t } = view;
  const relatives = relativesOf(view);
  return html`
    <section aria-labelledby="fu-own-heading" class="apart">
      <h3 id="fu-own-heading">${t.term('ownHeading')}</h3>
      <p class="notice info">${t.term('ownApart')}</p>
      ${relatives.length === 0 ? html`<p>${t.term('noRelatives')}</p>` : relatives.map((r) => ownCard(view, r, onSave))}
    </section>
  `;
};
