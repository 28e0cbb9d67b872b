/**
 * C9: the referral to the anhörigkonsulent (the catalogue's contact, the date referred) and the offer
 * of help with the contact, in the relative's own record. Needs no consent. The referral and the
 * offer are separate forms: each shows its own refusal and confirmation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Relative, RelativeRecord } from '@anhorig/core';
import { checkbox, textField } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { errorFor, type EquipView } from './equip-view.js';

/** The referral form's key in the element's forms: one per relative. */
export const referralKey = (relativeId: string): string => `${relativeId}:referral`;

/** The "offered help with the contact" checkbox's key: its own, so its refusal shows at it. */
export const helpKey = (relativeId: string): string => `${relativeId}:help-with-contact`;

/**
 * The relative's "anhörigkonsulent" part. `onSave` sends the referral date; `onHelp` sends whether
 * help with the contact was offered.
 */
export const referralSection = (
  view: EquipView,
  relative: Relative,
  own: RelativeRecord | undefined,
  p: string,
  onSave: (event: Event, date: string) => void,
  onHelp: (offered: boolean) => void,
): TemplateResult => {
  const { context, t, forms } = view;
  const key = referralKey(relative.id);
  const konsulent = context.catalogue.anhorigkonsulent;
  const referred = own?.referredToAnhorigkonsulent;
  const initial = () => referred ?? context.today;
  const date = forms.draft<string>(key, initial);
  // Read at submit: a field's change (Enter in the date field) may have just updated the draft.
  const submit = (event: Event) => onSave(event, forms.draft<string>(key, initial));
  return html`
    <div class="part">
      <h4>${t.term('referralHeading')}</h4>
      ${konsulent
        ? html`<dl class="summary">
            <dt>${t.term('konsulentName')}</dt>
            <dd>${konsulent.name}</dd>
            <dt>${t.term('konsulentContact')}</dt>
            <dd>${konsulent.contact}</dd>
          </dl>`
        : html`<p class="hint">${t.term('noKonsulent')}</p>`}
      <p>${referred ? t.term('referredOn', referred) : t.term('notReferred')}</p>
      ${view.readonly
        ? own?.helpWithContactOffered
          ? html`<p>${t.term('helpWithContactYes')}</p>`
          : nothing
        : html`
            <form novalidate @submit=${submit}>
              ${savedNotice(forms.saved(key), t.term('referralSaved'))}
              ${view.rejection(key, { referredToAnhorigkonsulent: `${p}-referral-date` })}
              ${textField({
                id: `${p}-referral-date`,
                label: t.term('referralDate'),
                type: 'date',
                value: date,
                ...errorFor(view, key, 'referredToAnhorigkonsulent'),
                onChange: (value) => forms.setDraft(key, value),
              })}
              <div class="actions"><button type="submit">${t.term('referralSave')}</button></div>
            </form>
            ${view.rejection(helpKey(relative.id))}
            ${checkbox({
              id: `${p}-help-with-contact`,
              label: t.term('helpWithContact'),
              hint: t.term('helpWithContactHint'),
              checked: own?.helpWithContactOffered ?? false,
              onChange: onHelp,
            })}
          `}
    </div>
  `;
};
