import { html, nothing, type TemplateResult } from 'lit';
import {
  INFORMATION_ITEMS,
  canPlanLaterContact,
  type Channel,
  type InformationItem,
  type InformationLogEntry,
  type InvestigationContext,
  type PlannedContact,
  type Relative,
} from '@anhorig/core';
import { InvestigationElement } from '../base/investigation-element.js';
import { displayName } from '../base/selectors.js';
import { checkbox, checkboxGroup, radioGroup, selectField, textArea, textField } from '../shared/fields.js';
import { fieldError, rejectionSummary } from '../shared/notices.js';
import { consentNeeded } from '../shared/consent-needed.js';
import { domainTerms } from '../shared/domain-terms.js';
import { informationLogTerms } from './information-log.terms.js';
import { styles } from './anhorig-information-log.styles.js';

interface EntryDraft {
  relativeId: string;
  items: InformationItem[];
  date: string;
  channel: Channel;
  understood: boolean;
  note: string;
}

interface ContactDraft {
  relativeId: string;
  date: string;
  purpose: string;
}

type Notice = 'logged' | 'contactPlanned' | 'markedDone' | undefined;

const CHANNELS: readonly Channel[] = ['meeting', 'phone', 'letter', 'digital', 'other'];

/**
 * @summary Attention over time (*Ge relevant information*, *uppmärksamma vid upprepade tillfällen*):
 * a log of the information given to relatives — what, to whom, when, how, and whether the
 * handläggare made sure it was understood — and the later contacts planned with the person's
 * consent (C9). Reachable from every step.
 *
 * Information to a relative who is present or has made contact needs no consent and never carries
 * information about the person; reaching out on the handläggare's own initiative needs the person's
 * consent `laterContact`, and where it is missing the element says so and offers to record it.
 *
 * @csspart log - The element's section.
 * @csspart error-summary - The list of what could not be saved.
 * @csspart consent-needed - The notice shown where a later contact needs a consent that is missing.
 */
export class AnhorigInformationLog extends InvestigationElement {
  static override styles = [...InvestigationElement.styles, styles];

  static override properties = {
    ...InvestigationElement.properties,
    entryDraft: { state: true },
    contactDraft: { state: true },
    filter: { state: true },
    notice: { state: true },
  };

  declare private entryDraft: EntryDraft | undefined;
  declare private contactDraft: ContactDraft | undefined;
  /** Show the entries and contacts of one relative only ('' = all). */
  declare private filter: string;
  /** The short confirmation of the last thing saved. */
  declare private notice: Notice;
  /** Which form the last rejection belongs to. */
  private lastForm: 'entry' | 'contact' | 'done' | undefined;

  private readonly t = informationLogTerms(this);
  private readonly d = domainTerms(this);

  constructor() {
    super();
    this.filter = '';
  }

  /** Focus the heading (when the log is opened from the investigation's toolbar). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#log-heading')?.focus();
  }

  override render(): TemplateResult {
    const context = this.snapshot?.context;
    if (!context) return this.renderUnavailable();
    const { relatives } = context.record;
    return html`
      <section part="log" aria-labelledby="log-heading">
        <h2 id="log-heading" tabindex="-1">${this.t.term('heading')}</h2>
        <p>${this.t.term('intro')}</p>
        <p class="notice info">${this.t.term('c9')}</p>
        ${relatives.length === 0
          ? html`<p>${this.t.term('noRelatives')}</p>`
          : html`
              ${this.readonly ? nothing : this.renderEntryForm(context)}
              ${relatives.length > 1 ? this.renderFilter(relatives) : nothing}
              ${this.renderEntries(context)} ${this.renderContacts(context)}
            `}
      </section>
    `;
  }

  private relativeLabel(r: Relative): string {
    return `${displayName(r)} (${r.relation})`;
  }

  private nameOf(context: InvestigationContext, relativeId: string): string {
    const relative = context.record.relatives.find((r) => r.id === relativeId);
    return relative ? displayName(relative) : relativeId;
  }

  private rejectionFor(form: 'entry' | 'contact' | 'done') {
    return this.lastForm === form ? this.ownRejection : undefined;
  }

  private status(which: Exclude<Notice, undefined>): TemplateResult | typeof nothing {
    return this.notice === which ? html`<p class="notice info" role="status">${this.t.term(which)}</p>` : nothing;
  }

  // — Information given ————————————————————————————————————————————————

  private defaultEntry(context: InvestigationContext): EntryDraft {
    const { relatives } = context.record;
    return {
      relativeId: relatives.length === 1 ? relatives[0]!.id : '',
      items: [],
      date: context.today,
      channel: 'meeting',
      understood: false,
      note: '',
    };
  }

  private renderEntryForm(context: InvestigationContext): TemplateResult {
    const draft = this.entryDraft ?? this.defaultEntry(context);
    const set = (patch: Partial<EntryDraft>) => (this.entryDraft = { ...draft, ...patch });
    const rejection = this.rejectionFor('entry');
    return html`
      <form class="log-form" novalidate aria-labelledby="entry-form-heading" @submit=${(e: Event) => this.submitEntry(e, context, draft)}>
        <h3 id="entry-form-heading">${this.t.term('formHeading')}</h3>
        ${this.status('logged')}
        ${rejectionSummary(this.t.term('refused'), rejection, this.shadowRoot, {
          relativeId: 'entry-relative',
          items: 'entry-items',
          date: 'entry-date',
          channel: 'entry-channel',
        })}
        ${selectField({
          id: 'entry-relative',
          label: this.t.term('relative'),
          value: draft.relativeId,
          placeholder: this.t.term('choose'),
          options: context.record.relatives.map((r) => ({ value: r.id, label: this.relativeLabel(r) })),
          error: fieldError(rejection, 'relativeId'),
          onChange: (relativeId) => set({ relativeId }),
        })}
        ${checkboxGroup({
          id: 'entry-items',
          label: this.t.term('items'),
          hint: this.t.term('itemsHint'),
          values: draft.items,
          options: INFORMATION_ITEMS.map((item) => ({ value: item, label: this.t.term(`item.${item}`) })),
          error: fieldError(rejection, 'items'),
          onChange: (items) => set({ items }),
        })}
        ${textField({
          id: 'entry-date',
          label: this.t.term('date'),
          type: 'date',
          value: draft.date,
          error: fieldError(rejection, 'date'),
          onChange: (date) => set({ date }),
        })}
        ${radioGroup({
          id: 'entry-channel',
          label: this.t.term('channel'),
          value: draft.channel,
          options: CHANNELS.map((c) => ({ value: c, label: this.d.term(`channel.${c}`) })),
          onChange: (channel) => set({ channel }),
        })}
        ${checkbox({
          id: 'entry-understood',
          label: this.t.term('understood'),
          checked: draft.understood,
          onChange: (understood) => set({ understood }),
        })}
        ${textArea({ id: 'entry-note', label: this.t.term('note'), hint: this.t.term('noteHint'), value: draft.note, onChange: (note) => set({ note }) })}
        <div class="actions"><button type="submit">${this.t.term('submit')}</button></div>
      </form>
    `;
  }

  private submitEntry(event: Event, context: InvestigationContext, draft: EntryDraft): void {
    event.preventDefault();
    this.lastForm = 'entry';
    this.send({
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
    if (this.ownRejection) {
      this.notice = undefined;
      return;
    }
    this.notice = 'logged';
    this.entryDraft = { ...this.defaultEntry(context), relativeId: draft.relativeId };
  }

  private renderFilter(relatives: readonly Relative[]): TemplateResult {
    return html`
      <div class="filter">
        ${selectField({
          id: 'log-filter',
          label: this.t.term('filter'),
          value: this.filter,
          options: [{ value: '', label: this.t.term('filterAll') }, ...relatives.map((r) => ({ value: r.id, label: this.relativeLabel(r) }))],
          onChange: (filter) => (this.filter = filter),
        })}
      </div>
    `;
  }

  private shown<T extends { relativeId: string }>(items: readonly T[]): T[] {
    return this.filter ? items.filter((i) => i.relativeId === this.filter) : [...items];
  }

  private renderEntries(context: InvestigationContext): TemplateResult {
    // Newest first: by date, and among the same date the one recorded last first.
    const entries = this.shown(context.record.informationLog.map((entry, index) => ({ entry, index, relativeId: entry.relativeId }))).sort(
      (a, b) => b.entry.date.localeCompare(a.entry.date) || b.index - a.index,
    );
    return html`
      <section aria-labelledby="entries-heading">
        <h3 id="entries-heading">${this.t.term('listHeading')}</h3>
        ${entries.length === 0
          ? html`<p>${this.filter ? this.t.term('noneFor', this.nameOf(context, this.filter)) : this.t.term('none')}</p>`
          : html`
              <p class="hint">${this.t.term('listHint')}</p>
              <ul class="plain entries">
                ${entries.map(({ entry }) => this.renderEntry(context, entry))}
              </ul>
            `}
      </section>
    `;
  }

  private renderEntry(context: InvestigationContext, entry: InformationLogEntry): TemplateResult {
    return html`
      <li class="card">
        <h4>${this.t.term('entryHeading', this.t.date(entry.date), this.nameOf(context, entry.relativeId))}</h4>
        <dl class="summary">
          <dt>${this.t.term('entryWhat')}</dt>
          <dd>
            <ul>
              ${entry.items.map((item) => html`<li>${this.t.term(`item.${item}`)}</li>`)}
            </ul>
          </dd>
          <dt>${this.t.term('entryHow')}</dt>
          <dd>${this.d.term(`channel.${entry.channel}`)}</dd>
          <dt>${this.t.term('entryUnderstood')}</dt>
          <dd>${entry.understood ? this.t.term('yes') : this.t.term('no')}</dd>
          ${entry.note ? html`<dt>${this.t.term('entryNote')}</dt><dd>${entry.note}</dd>` : nothing}
          <dt>${this.t.term('entryRecordedBy')}</dt>
          <dd>${entry.recordedBy.name}</dd>
        </dl>
      </li>
    `;
  }

  // — Planned later contacts (C9) ———————————————————————————————————————

  private defaultContact(context: InvestigationContext): ContactDraft {
    const { relatives } = context.record;
    return { relativeId: relatives.length === 1 ? relatives[0]!.id : '', date: context.today, purpose: '' };
  }

  private renderContacts(context: InvestigationContext): TemplateResult {
    const contacts = this.shown(context.record.plannedContacts).sort((a, b) => a.date.localeCompare(b.date));
    return html`
      <section aria-labelledby="contacts-heading">
        <h3 id="contacts-heading">${this.t.term('contactsHeading')}</h3>
        <p>${this.t.term('contactsIntro')}</p>
        ${this.status('markedDone')}
        ${rejectionSummary(this.t.term('contactRefused'), this.rejectionFor('done'), this.shadowRoot)}
        ${contacts.length === 0
          ? html`<p>${this.t.term('noContacts')}</p>`
          : html`<ul class="plain contacts">
              ${contacts.map((c) => this.renderContact(context, c))}
            </ul>`}
        ${this.readonly ? nothing : this.renderContactForm(context)}
      </section>
    `;
  }

  private renderContact(context: InvestigationContext, contact: PlannedContact): TemplateResult {
    const name = this.nameOf(context, contact.relativeId);
    const date = this.t.date(contact.date);
    // C3: a consent withdrawn (or expired) since the contact was planned is said plainly.
    const gate = contact.done ? undefined : canPlanLaterContact(context.record, contact.relativeId, context.today);
    return html`
      <li class="card contact">
        <p>
          <strong>${this.t.term('contactLine', date, name)}</strong>
          <span class="tag">${contact.done ? this.t.term('done') : this.t.term('planned')}</span>
        </p>
        <p>${contact.purpose}</p>
        ${gate && !gate.allowed ? html`<p class="notice">${gate.message}</p>` : nothing}
        ${contact.done || this.readonly
          ? nothing
          : html`<button type="button" class="secondary" @click=${() => this.markDone(contact.id)}>
              ${this.t.term('markDone')}<span class="visually-hidden">: ${this.t.term('markDoneWhat', name, date)}</span>
            </button>`}
      </li>
    `;
  }

  private markDone(contactId: string): void {
    this.lastForm = 'done';
    this.send({ type: 'contact.markDone', contactId });
    this.notice = this.ownRejection ? undefined : 'markedDone';
  }

  private renderContactForm(context: InvestigationContext): TemplateResult {
    const draft = this.contactDraft ?? this.defaultContact(context);
    const set = (patch: Partial<ContactDraft>) => (this.contactDraft = { ...draft, ...patch });
    const rejection = this.rejectionFor('contact');
    const gate = draft.relativeId ? canPlanLaterContact(context.record, draft.relativeId, context.today) : undefined;
    return html`
      <form class="log-form" novalidate aria-labelledby="contact-form-heading" @submit=${(e: Event) => this.submitContact(e, context, draft)}>
        <h4 id="contact-form-heading">${this.t.term('contactFormHeading')}</h4>
        ${this.status('contactPlanned')}
        ${rejectionSummary(this.t.term('contactRefused'), rejection, this.shadowRoot, {
          relativeId: 'contact-relative',
          date: 'contact-date',
          purpose: 'contact-purpose',
        })}
        ${selectField({
          id: 'contact-relative',
          label: this.t.term('contactRelative'),
          value: draft.relativeId,
          placeholder: this.t.term('choose'),
          options: context.record.relatives.map((r) => ({ value: r.id, label: this.relativeLabel(r) })),
          onChange: (relativeId) => set({ relativeId }),
        })}
        ${gate && !gate.allowed
          ? consentNeeded(gate, this.t.term('recordConsent'), this.readonly)
          : html`
              ${textField({
                id: 'contact-date',
                label: this.t.term('contactDate'),
                type: 'date',
                value: draft.date,
                error: fieldError(rejection, 'date'),
                onChange: (date) => set({ date }),
              })}
              ${textField({
                id: 'contact-purpose',
                label: this.t.term('contactPurpose'),
                hint: this.t.term('contactPurposeHint'),
                value: draft.purpose,
                error: fieldError(rejection, 'purpose'),
                onChange: (purpose) => set({ purpose }),
              })}
              <div class="actions"><button type="submit">${this.t.term('contactSubmit')}</button></div>
            `}
      </form>
    `;
  }

  private submitContact(event: Event, context: InvestigationContext, draft: ContactDraft): void {
    event.preventDefault();
    this.lastForm = 'contact';
    this.send({ type: 'contact.plan', contact: { relativeId: draft.relativeId, date: draft.date, purpose: draft.purpose.trim() } });
    if (this.ownRejection) {
      this.notice = undefined;
      return;
    }
    this.notice = 'contactPlanned';
    this.contactDraft = { ...this.defaultContact(context), relativeId: draft.relativeId };
  }
}
