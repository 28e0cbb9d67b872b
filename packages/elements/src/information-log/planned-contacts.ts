/**
 * Later contacts planned with the person's consent `laterContact` (C9): the contacts (of the
 * filtered relative, or of all) by date, each to mark as done and saying so where its consent was
 * withdrawn since (C3), and the form to plan one, which shows the missing consent instead where the
 * core's gate is closed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { canPlanLaterContact, type InvestigationContext, type InvestigationEvent, type PlannedContact } from '@anhorig/core';
import { selectField, textField } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { consentGap } from './consent-gap.js';
import { CONTACT_KEY, DONE_KEY, nameOf, relativeLabel, shown, type LogView } from './log-view.js';
import { msg } from '../localization/messages.js';

export interface ContactDraft {
  relativeId: string;
  date: string;
  purpose: string;
}

/** A fresh form: today, and the relative preselected when there is only one. */
export const defaultContact = (context: InvestigationContext): ContactDraft => {
  const { relatives } = context.record;
  return { relativeId: relatives.length === 1 ? relatives[0]!.id : '', date: context.today, purpose: '' };
};

/** The event the form sends. */
export const contactEvent = (draft: ContactDraft): InvestigationEvent => ({
  type: 'contact.plan',
  contact: { relativeId: draft.relativeId, date: draft.date, purpose: draft.purpose.trim() },
});

export interface ContactActions {
  markDone(contactId: string): void;
  plan(event: Event, draft: ContactDraft): void;
}

const contactItem = (view: LogView, contact: PlannedContact, actions: ContactActions): TemplateResult => {
  const { context, t } = view;
  const name = nameOf(context, contact.relativeId);
  const date = t.date(contact.date);
  // C3: a consent withdrawn (or expired) since the contact was planned is said plainly.
  const gate = contact.done ? undefined : canPlanLaterContact(context.record, contact.relativeId, context.today);
  return html`
    <li class="card contact">
      <p>
        <strong>${t.term('contactLine', date, name)}</strong>
        <span class="tag">${contact.done ? t.term('done') : t.term('planned')}</span>
      </p>
      <p>${contact.purpose}</p>
      ${gate && !gate.allowed ? html`<p class="notice">${msg(t, gate.reason)}</p>` : nothing}
      ${contact.done || view.readonly
        ? nothing
        : html`<button
            type="button"
            class="secondary"
            aria-label=${t.term('markDoneName', name, date)}
            @click=${() => actions.markDone(contact.id)}
          >
            ${t.term('markDone')}
          </button>`}
    </li>
  `;
};

const contactForm = (view: LogView, actions: ContactActions): TemplateResult => {
  const { context, t, forms } = view;
  const initial = () => defaultContact(context);
  const draft = forms.draft(CONTACT_KEY, initial);
  const set = (patch: Partial<ContactDraft>) => forms.patchDraft(CONTACT_KEY, initial, patch);
  const gate = draft.relativeId ? canPlanLaterContact(context.record, draft.relativeId, context.today) : undefined;
  return html`
    <form class="log-form" novalidate aria-labelledby="contact-form-heading" @submit=${(e: Event) => actions.plan(e, draft)}>
      <h4 id="contact-form-heading">${t.term('contactFormHeading')}</h4>
      ${savedNotice(forms.saved(CONTACT_KEY), t.term('contactPlanned'))}
      ${view.rejection(CONTACT_KEY, t.term('contactRefused'), 5, {
        relativeId: { id: 'contact-relative', label: t.term('errorContactRelative') },
        date: { id: 'contact-date', label: t.term('errorDate') },
        purpose: { id: 'contact-purpose', label: t.term('contactPurpose') },
      })}
      ${selectField({
        id: 'contact-relative',
        label: t.term('contactRelative'),
        value: draft.relativeId,
        placeholder: t.term('choose'),
        options: context.record.relatives.map((r) => ({ value: r.id, label: relativeLabel(r) })),
        onChange: (relativeId) => set({ relativeId }),
      })}
      ${gate && !gate.allowed
        ? consentGap(gate, { recordLabel: t.term('recordConsent'), readonly: view.readonly, headingLevel: 5, source: t })
        : html`
            ${textField({
              id: 'contact-date',
              label: t.term('contactDate'),
              type: 'date',
              value: draft.date,
              error: forms.error(CONTACT_KEY, 'date'),
              onChange: (date) => set({ date }),
            })}
            ${textField({
              id: 'contact-purpose',
              label: t.term('contactPurpose'),
              hint: t.term('contactPurposeHint'),
              value: draft.purpose,
              error: forms.error(CONTACT_KEY, 'purpose'),
              onChange: (purpose) => set({ purpose }),
            })}
            <div class="actions"><button type="submit">${t.term('contactSubmit')}</button></div>
          `}
    </form>
  `;
};

export const plannedContacts = (view: LogView, actions: ContactActions): TemplateResult => {
  const { context, t, forms } = view;
  const contacts = shown(view, context.record.plannedContacts).sort((a, b) => a.date.localeCompare(b.date));
  return html`
    <section aria-labelledby="contacts-heading">
      <h3 id="contacts-heading">${t.term('contactsHeading')}</h3>
      <p>${t.term('contactsIntro')}</p>
      ${savedNotice(forms.saved(DONE_KEY), t.term('markedDone'))}
      ${view.rejection(DONE_KEY, t.term('contactRefused'), 4)}
      ${contacts.length === 0
        ? html`<p>${t.term('noContacts')}</p>`
        : html`<ul class="plain contacts">
            ${contacts.map((c) => contactItem(view, c, actions))}
          </ul>`}
      ${view.readonly ? nothing : contactForm(view, actions)}
    </section>
  `;
};
