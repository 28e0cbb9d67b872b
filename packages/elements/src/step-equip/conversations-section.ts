/**
 * C9: conversations about the relative's own situation as a relative (offered when, the answer, held
 * when, notes about the relative only), listed and added to the relative's own record. Needs no
 * consent and is not about the person.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { OwnConversation, Relative, RelativeRecord, Without } from '@anhorig/core';
import { radioGroup, textArea, textField } from '../shared/fields.js';
import { displayName } from '../base/selectors.js';
import { savedNotice } from '../shared/notices.js';
import { errorFor, type EquipView } from './equip-view.js';

const ANSWERS: readonly OwnConversation['answer'][] = ['accepted', 'declined', 'undecided'];

interface ConversationDraft {
  offeredAt: string;
  answer: OwnConversation['answer'] | '';
  heldAt: string;
  notes: string;
}

/** A conversation as `relativeRecord.addConversation` carries it (the machine adds the id). */
export type ConversationValue = Without<OwnConversation, 'id'>;

/** The form's key in the element's forms: one per relative. */
export const conversationKey = (relativeId: string): string => `${relativeId}:conversation`;

/** The value the form saves: offered in step 2, not during the follow-up; a blank held date left out. */
const conversationValue = (draft: ConversationDraft): ConversationValue => ({
  offeredAt: draft.offeredAt,
  answer: draft.answer as OwnConversation['answer'],
  heldAt: draft.heldAt || undefined,
  notes: draft.notes,
  duringFollowUp: false,
});

const entry = (view: EquipView, c: OwnConversation): TemplateResult => {
  const { t } = view;
  return html`<li>
    ${t.term('conversationEntry', c.offeredAt, t.term(`answer.${c.answer}`))}${c.heldAt ? html`. ${t.term('heldOn', c.heldAt)}` : nothing}
    ${c.notes ? html`<br /><span class="notes">${c.notes}</span>` : nothing}
  </li>`;
};

/**
 * The relative's "own conversation" part: what is documented, and (not in review mode) the form to
 * add a conversation, in a disclosure: most relatives are not offered one on the day the step is
 * done, and the form's dates would cost a keyboard user a dozen stops. `onAdd` sends it.
 */
export const conversationsSection = (
  view: EquipView,
  relative: Relative,
  own: RelativeRecord | undefined,
  p: string,
  onAdd: (event: Event, conversation: ConversationValue) => void,
): TemplateResult => {
  const { context, t, forms } = view;
  const key = conversationKey(relative.id);
  const conversations = own?.ownConversations ?? [];
  const initial = (): ConversationDraft => ({ offeredAt: context.today, answer: '', heldAt: '', notes: '' });
  const draft = forms.draft(key, initial);
  const set = (patch: Partial<ConversationDraft>) => forms.patchDraft(key, initial, patch);
  // Read at submit: a field's change (Enter in a text field) may have just updated the draft.
  const submit = (event: Event) => onAdd(event, conversationValue(forms.draft(key, initial)));
  return html`
    <div class="part">
      <h4>${t.term('conversationHeading')}</h4>
      <p class="hint">${t.term('conversationHint')}</p>
      ${conversations.length === 0
        ? html`<p>${t.term('conversationNone')}</p>`
        : html`<ul class="entries">
            ${conversations.map((c) => entry(view, c))}
          </ul>`}
      ${view.readonly
        ? nothing
        : html`
            ${savedNotice(forms.saved(key), t.term('conversationAdded'))}
            <details class="add-conversation">
              <summary>${t.term('conversationOffer')}<span class="visually-hidden"> ${t.term('conversationOfferWho', displayName(relative))}</span></summary>
            <form novalidate @submit=${submit}>
              ${view.rejection(key, { offeredAt: `${p}-conv-offered`, answer: `${p}-conv-answer`, heldAt: `${p}-conv-held`, notes: `${p}-conv-notes` })}
              ${textField({
                id: `${p}-conv-offered`,
                label: t.term('offeredAt'),
                type: 'date',
                value: draft.offeredAt,
                ...errorFor(view, key, 'offeredAt'),
                onChange: (offeredAt) => set({ offeredAt }),
              })}
              ${radioGroup({
                id: `${p}-conv-answer`,
                label: t.term('answer', displayName(relative)),
                value: draft.answer || undefined,
                options: ANSWERS.map((a) => ({ value: a, label: t.term(`answer.${a}`) })),
                ...errorFor(view, key, 'answer'),
                onChange: (answer) => set({ answer }),
              })}
              ${textField({
                id: `${p}-conv-held`,
                label: t.term('heldAt'),
                type: 'date',
                value: draft.heldAt,
                ...errorFor(view, key, 'heldAt'),
                onChange: (heldAt) => set({ heldAt }),
              })}
              ${textArea({
                id: `${p}-conv-notes`,
                label: t.term('notes'),
                hint: t.term('notesHint'),
                value: draft.notes,
                ...errorFor(view, key, 'notes'),
                onChange: (notes) => set({ notes }),
              })}
              <div class="actions"><button type="submit">${t.term('conversationAdd')}</button></div>
            </form>
            </details>
          `}
    </div>
  `;
};
