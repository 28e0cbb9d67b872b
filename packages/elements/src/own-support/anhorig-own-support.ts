import { html, nothing, type TemplateResult } from 'lit';
import {
  OWN_SUPPORT_OFFERS,
  type InvestigationContext,
  type OwnSupportNeed,
  type Relative,
  type RelativeRecord,
} from '@anhorig/core';
import { InvestigationElement } from '../base/investigation-element.js';
import { displayName } from '../base/selectors.js';
import { checkboxGroup, selectField, textArea, textField } from '../shared/fields.js';
import { rejectionSummary, savedNotice } from '../shared/notices.js';
import { below, headingAt, headingLevel } from '../consent-panel/heading.js';
import { ownSupportTerms } from './own-support.terms.js';
import { styles } from './anhorig-own-support.styles.js';
import { msg } from '../localization/messages.js';

type Offer = (typeof OWN_SUPPORT_OFFERS)[number];

interface Draft {
  description: string;
  offered: Offer[];
  offerIds: string[];
  applicationFormId: string;
}

const emptyDraft = (): Draft => ({ description: '', offered: [], offerIds: [], applicationFormId: '' });

/** The forms' keys: the form that adds a need, and per need the relative's choice to apply. */
const ADD_KEY = 'add';
const applyKey = (needId: string): string => `apply:${needId}`;

/**
 * @summary The relative's need of support in their own right (C12), recorded in the relative's own
 * record, apart from the person's investigation: what the need is, what was offered (general support,
 * referral, information on applying), which of the municipality's offers were mentioned and which
 * form of application it concerns. When the relative chooses to apply, a request with the relative's
 * home municipality goes to the host, which opens a separate case; nothing about the person goes with it.
 *
 * Open support without a needs assessment may stay undocumented: relatives may be anonymous there.
 *
 * Its heading is an h4 unless `heading-level` says otherwise (a caller that shows it under an h4 passes
 * 5); the form to add a need sits one level below it.
 *
 * @csspart own-support - The section.
 * @csspart error-summary - The list of what could not be saved.
 * @fires anhorig-own-application-request - The relative chose to apply (fired by the element that owns the investigation).
 */
export class AnhorigOwnSupport extends InvestigationElement {
  static override styles = [...InvestigationElement.styles, styles];

  static override properties = {
    ...InvestigationElement.properties,
    relativeId: { type: String, attribute: 'relative-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The relative whose own support this is. */
  declare relativeId: string | undefined;
  /** The level of the section's heading where it is shown (2–6, default 4). */
  declare headingLevel: number | undefined;

  private readonly t = ownSupportTerms(this);

  override render(): TemplateResult {
    const context = this.snapshot?.context;
    if (!context) return this.renderUnavailable();
    const relative = context.record.relatives.find((r) => r.id === this.relativeId);
    if (!relative) return html`<p class="notice">${this.t.term('unknownRelative')}</p>`;
    const own = context.relativeRecords.find((r) => r.relativeId === relative.id);
    const level = headingLevel(this.headingLevel, 4);
    return html`
      <section part="own-support" aria-labelledby="own-support-heading">
        ${headingAt(level, 'own-support-heading', this.t.term('heading', displayName(relative)))}
        <p class="hint">${this.t.term('intro')}</p>
        <p class="notice info">${this.t.term('openSupport')}</p>
        ${this.renderNeeds(context, relative, own)}
        ${this.readonly ? nothing : this.renderAddForm(context, relative, below(level))}
      </section>
    `;
  }

  private renderNeeds(context: InvestigationContext, relative: Relative, own: RelativeRecord | undefined): TemplateResult {
    const needs = own?.ownSupportNeeds ?? [];
    if (needs.length === 0) return html`<p>${this.t.term('none')}</p>`;
    return html`
      <ul class="plain needs" aria-label=${this.t.term('needsList', displayName(relative))}>
        ${needs.map((need, index) => this.renderNeed(context, need, index))}
      </ul>
    `;
  }

  private renderNeed(context: InvestigationContext, need: OwnSupportNeed, index: number): TemplateResult {
    const offers = context.catalogue.ownSupportOffers;
    const mentioned = need.offerIds.map((id) => offers.find((o) => o.id === id)?.name ?? id);
    const form = need.applicationFormId ? (offers.find((o) => o.id === need.applicationFormId)?.name ?? need.applicationFormId) : undefined;
    const descriptionId = `need-${index}-description`;
    return html`
      <li class="card">
        <p class="need-description" id=${descriptionId}>${need.description}</p>
        <dl class="summary">
          <dt>${this.t.term('recordedAt')}</dt>
          <dd>${need.recordedAt}</dd>
          <dt>${this.t.term('offered')}</dt>
          <dd>${need.offered.length ? need.offered.map((o) => this.t.term(`offer.${o}`)).join(', ') : this.t.term('nothingOffered')}</dd>
          ${mentioned.length
            ? html`<dt>${this.t.term('offersMentioned')}</dt>
                <dd>${mentioned.join(', ')}</dd>`
            : nothing}
          ${form
            ? html`<dt>${this.t.term('applicationForm')}</dt>
                <dd>${form}</dd>`
            : nothing}
        </dl>
        ${need.applicationRequestedAt
          ? html`<p>${this.t.term('requested', need.homeMunicipality ?? '', need.applicationRequestedAt)}</p>`
          : this.readonly
            ? nothing
            : this.renderApplyForm(need, index, descriptionId)}
        ${savedNotice(this.forms.saved(applyKey(need.id)), this.t.term('requestSent'))}
      </li>
    `;
  }

  private renderApplyForm(need: OwnSupportNeed, index: number, descriptionId: string): TemplateResult {
    const key = applyKey(need.id);
    const fieldId = `need-${index}-municipality`;
    const rejection = this.forms.rejection(key);
    // The need is listed under the section's heading: its error summary sits one level below it.
    const level = below(headingLevel(this.headingLevel, 4));
    return html`
      <form class="apply" novalidate @submit=${(e: Event) => this.apply(e, need.id)}>
        ${rejectionSummary(this.t.term('refused'), rejection, this.shadowRoot, { homeMunicipality: fieldId }, level)}
        ${textField({
          id: fieldId,
          label: this.t.term('municipality'),
          hint: this.t.term('applyHint'),
          value: this.forms.draft(key, () => need.homeMunicipality ?? ''),
          autocomplete: 'address-level2',
          error: rejection ? msg(this, rejection.reason) : undefined,
          onChange: (value) => this.forms.setDraft(key, value),
        })}
        <div class="actions">
          <button type="submit" aria-describedby=${descriptionId}>${this.t.term('apply')}</button>
        </div>
      </form>
    `;
  }

  private renderAddForm(context: InvestigationContext, relative: Relative, level: ReturnType<typeof below>): TemplateResult {
    const draft = this.forms.draft(ADD_KEY, emptyDraft);
    const set = (patch: Partial<Draft>) => this.forms.patchDraft(ADD_KEY, emptyDraft, patch);
    const general = context.catalogue.ownSupportOffers.filter((o) => o.kind === 'general');
    const forms = context.catalogue.ownSupportOffers.filter((o) => o.kind === 'application');
    const chosenForm = forms.find((o) => o.id === draft.applicationFormId);
    const name = displayName(relative);
    // In a disclosure: a need is documented now and then, and the open form is a dozen stops to Tab past.
    return html`
      ${savedNotice(this.forms.saved(ADD_KEY), this.t.term('added'))}
      <details class="add-need">
        <summary>${this.t.term('addHeading')}<span class="visually-hidden"> ${this.t.term('addWho', name)}</span></summary>
      <form novalidate @submit=${(e: Event) => this.add(e, relative.id)}>
        ${rejectionSummary(
          this.t.term('refused'),
          this.forms.rejection(ADD_KEY),
          this.shadowRoot,
          { description: 'need-description', offered: 'need-offered', offerIds: 'need-offer-ids', applicationFormId: 'need-application-form' },
          level,
        )}
        ${textArea({
          id: 'need-description',
          label: this.t.term('description'),
          hint: this.t.term('descriptionHint'),
          value: draft.description,
          required: true,
          error: this.forms.error(ADD_KEY, 'description'),
          onChange: (description) => set({ description }),
        })}
        ${checkboxGroup({
          id: 'need-offered',
          label: this.t.term('offeredLabel', name),
          values: draft.offered,
          options: OWN_SUPPORT_OFFERS.map((o) => ({ value: o, label: this.t.term(`offer.${o}`) })),
          onChange: (offered) => set({ offered }),
        })}
        ${general.length
          ? checkboxGroup({
              id: 'need-offer-ids',
              label: this.t.term('offerIdsLabel', name),
              values: draft.offerIds,
              options: general.map((o) => ({ value: o.id, label: o.name })),
              onChange: (offerIds) => set({ offerIds }),
            })
          : nothing}
        ${forms.length
          ? selectField({
              id: 'need-application-form',
              label: this.t.term('applicationFormLabel'),
              hint: chosenForm?.description || this.t.term('applicationFormHint'),
              value: draft.applicationFormId,
              placeholder: this.t.term('noForm'),
              options: forms.map((o) => ({ value: o.id, label: o.name })),
              onChange: (applicationFormId) => set({ applicationFormId }),
            })
          : nothing}
        <div class="actions"><button type="submit">${this.t.term('add')}</button></div>
      </form>
      </details>
    `;
  }

  private add(event: Event, relativeId: string): void {
    event.preventDefault();
    const draft = this.forms.draft(ADD_KEY, emptyDraft);
    this.forms.send(ADD_KEY, {
      type: 'relativeRecord.addOwnSupportNeed',
      relativeId,
      need: {
        description: draft.description,
        offered: draft.offered,
        offerIds: draft.offerIds,
        appliesForSupport: false,
        applicationFormId: draft.applicationFormId || undefined,
      },
    });
  }

  private apply(event: Event, needId: string): void {
    event.preventDefault();
    const key = applyKey(needId);
    const own = this.snapshot?.context.relativeRecords.find((r) => r.relativeId === this.relativeId);
    const homeMunicipality = this.forms.draft(key, () => own?.ownSupportNeeds.find((n) => n.id === needId)?.homeMunicipality ?? '');
    this.forms.send(key, { type: 'relativeRecord.requestOwnApplication', relativeId: this.relativeId ?? '', needId, homeMunicipality });
  }
}
