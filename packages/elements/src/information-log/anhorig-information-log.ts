import { html, nothing, type TemplateResult } from 'lit';
import type { InvestigationContext, Relative } from '@anhorig/core';
import { InvestigationElement } from '../base/investigation-element.js';
import { selectField } from '../shared/fields.js';
import { rejectionSummary } from '../shared/notices.js';
import { domainTerms } from '../shared/domain-terms.js';
import { informationLogTerms } from './information-log.terms.js';
import { styles } from './anhorig-information-log.styles.js';
import { CONTACT_KEY, DONE_KEY, ENTRY_KEY, relativeLabel, type LogView } from './log-view.js';
import { defaultEntry, entryEvent, logForm, type EntryDraft } from './log-form.js';
import { logEntries } from './log-entries.js';
import { contactEvent, defaultContact, plannedContacts, type ContactDraft } from './planned-contacts.js';

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
    filter: { state: true },
  };

  /** Show the entries and contacts of one relative only ('' = all). */
  declare private filter: string;

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
    const view = this.viewOf(context);
    return html`
      <section part="log" aria-labelledby="log-heading">
        <h2 id="log-heading" tabindex="-1">${this.t.term('heading')}</h2>
        <p>${this.t.term('intro')}</p>
        <p class="notice info">${this.t.term('consentNote')}</p>
        ${relatives.length === 0
          ? html`<p>${this.t.term('noRelatives')}</p>`
          : html`
              ${this.readonly ? nothing : logForm(view, (e, draft) => this.submitEntry(e, context, draft))}
              ${relatives.length > 1 ? this.renderFilter(relatives) : nothing}
              ${logEntries(view)}
              ${plannedContacts(view, {
                markDone: (contactId) => this.markDone(contactId),
                plan: (e, draft) => this.submitContact(e, context, draft),
              })}
            `}
      </section>
    `;
  }

  private viewOf(context: InvestigationContext): LogView {
    return {
      context,
      t: this.t,
      d: this.d,
      readonly: this.readonly,
      forms: this.forms,
      filter: this.filter,
      rejection: (key, heading, level, fields) => rejectionSummary(heading, this.forms.rejection(key), this.shadowRoot, fields, level),
    };
  }

  private renderFilter(relatives: readonly Relative[]): TemplateResult {
    return html`
      <div class="filter">
        ${selectField({
          id: 'log-filter',
          label: this.t.term('filter'),
          value: this.filter,
          options: [{ value: '', label: this.t.term('filterAll') }, ...relatives.map((r) => ({ value: r.id, label: relativeLabel(r) }))],
          onChange: (filter) => (this.filter = filter),
        })}
      </div>
    `;
  }

  private submitEntry(event: Event, context: InvestigationContext, draft: EntryDraft): void {
    event.preventDefault();
    // Saved: a fresh form, still for the same relative.
    this.forms.send(ENTRY_KEY, entryEvent(draft), { next: { ...defaultEntry(context), relativeId: draft.relativeId } });
  }

  private submitContact(event: Event, context: InvestigationContext, draft: ContactDraft): void {
    event.preventDefault();
    this.forms.send(CONTACT_KEY, contactEvent(draft), { next: { ...defaultContact(context), relativeId: draft.relativeId } });
  }

  private markDone(contactId: string): void {
    this.forms.send(DONE_KEY, { type: 'contact.markDone', contactId });
  }
}
