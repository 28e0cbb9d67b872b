import { html, nothing, type TemplateResult } from 'lit';
import {
  CONSENT_SCOPES,
  canTakePartInSip,
  withdrawalImpact,
  type Consent,
  type ConsentForm,
  type ConsentGiver,
  type ConsentScope,
  type InvestigationContext,
} from '@anhorig/core';
import { InvestigationElement } from '../base/investigation-element.js';
import { displayName } from '../base/selectors.js';
import { radioGroup, selectField, textArea, textField } from '../shared/fields.js';
import { rejectionSummary } from '../shared/notices.js';
import { domainTerms } from '../shared/domain-terms.js';
import { consentPanelTerms } from './consent-panel.terms.js';
import { styles } from './anhorig-consent-panel.styles.js';

interface Draft {
  relativeId: string;
  scope: ConsentScope | '';
  givenBy: ConsentGiver;
  givenByName: string;
  status: 'given' | 'declined';
  form: ConsentForm;
  date: string;
  validUntil: string;
  note: string;
}

const GIVERS: readonly ConsentGiver[] = ['person', 'guardian', 'legalRepresentative', 'relative'];

/**
 * @summary Consent (samtycke) as data: every consent and refusal per relative, with who gave it, for
 * what, how, when and who recorded it; record a new one; withdraw one and see at once what leaves
 * the next assignment (C2, C3). Reachable from every step.
 *
 * With `relative-id` and `scope` set it shows only the form for that one consent, which is how a step
 * offers to record a missing consent where the handläggare meets the gap.
 *
 * @csspart panel - The panel's section.
 * @csspart error-summary - The list of what could not be saved.
 * @fires anhorig-consent-change - A consent was given, declined or withdrawn (from the owning element).
 */
export class AnhorigConsentPanel extends InvestigationElement {
  static override styles = [...InvestigationElement.styles, styles];

  static override properties = {
    ...InvestigationElement.properties,
    relativeId: { type: String, attribute: 'relative-id' },
    scope: { type: String },
    draft: { state: true },
    withdrawing: { state: true },
    withdrawDate: { state: true },
    withdrawn: { state: true },
    recordedNotice: { state: true },
  };

  /** Show only the form for this relative (with `scope`). */
  declare relativeId: string | undefined;
  /** Show only the form for this scope (with `relative-id`). */
  declare scope: ConsentScope | undefined;
  declare private draft: Draft | undefined;
  declare private withdrawing: string | undefined;
  declare private withdrawDate: string;
  /** The consent just withdrawn and what it took out of the next assignment. */
  declare private withdrawn: { consentId: string; messages: string[] } | undefined;
  declare private recordedNotice: boolean;

  private readonly t = consentPanelTerms(this);
  private readonly d = domainTerms(this);

  constructor() {
    super();
    this.withdrawDate = '';
    this.recordedNotice = false;
  }

  private get compact(): boolean {
    return Boolean(this.relativeId && this.scope);
  }

  override render(): TemplateResult {
    const context = this.snapshot?.context;
    if (!context) return this.renderUnavailable();
    if (this.compact) return html`<div part="panel">${this.renderForm(context)}</div>`;
    return html`
      <section part="panel" aria-labelledby="consents-heading">
        <h2 id="consents-heading" tabindex="-1">${this.t.term('heading')}</h2>
        <p class="hint">${this.t.term('intro')}</p>
        ${this.renderWithdrawn()}
        ${context.record.relatives.length === 0 ? html`<p>${this.t.term('noRelatives')}</p>` : nothing}
        ${context.record.relatives.map((r) => this.renderRelative(context, r.id, displayName(r)))}
        ${this.readonly || context.record.relatives.length === 0 ? nothing : this.renderForm(context)}
      </section>
    `;
  }

  /** Focus the panel heading (when it is opened from the investigation's toolbar). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#consents-heading')?.focus();
  }

  private scopeLabel(scope: ConsentScope): string {
    return this.d.term(`scope.${scope}`);
  }

  private decisionLabel(consent: Consent): string {
    if (consent.status === 'withdrawn' || consent.withdrawnAt) return this.t.term('withdrawnOn', consent.withdrawnAt ?? '');
    if (consent.scope === 'sip') return this.d.term(`sip.${consent.status}`);
    return this.d.term(`status.${consent.status}`);
  }

  private renderRelative(context: InvestigationContext, relativeId: string, name: string): TemplateResult {
    const consents = context.record.consents.filter((c) => c.relativeId === relativeId);
    const headingId = `consents-${relativeId}`;
    return html`
      <section class="card" aria-labelledby=${headingId}>
        <h3 id=${headingId}>${this.t.term('forRelative', name)}</h3>
        ${this.renderSip(context, relativeId)}
        ${consents.length === 0
          ? html`<p>${this.t.term('none')}</p>`
          : html`
              <div class="table-wrap" tabindex="0" role="region" aria-label=${this.t.term('table', name)}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">${this.t.term('colScope')}</th>
                      <th scope="col">${this.t.term('colDecision')}</th>
                      <th scope="col">${this.t.term('colGivenBy')}</th>
                      <th scope="col">${this.t.term('colForm')}</th>
                      <th scope="col">${this.t.term('colDate')}</th>
                      <th scope="col">${this.t.term('colRecordedBy')}</th>
                      ${this.readonly ? nothing : html`<th scope="col">${this.t.term('colAction')}</th>`}
                    </tr>
                  </thead>
                  <tbody>
                    ${consents.map((c) => this.renderConsentRow(context, c))}
                  </tbody>
                </table>
              </div>
            `}
        ${consents.some((c) => c.id === this.withdrawing) ? this.renderWithdrawal(context) : nothing}
      </section>
    `;
  }

  /** C14: SIP is objection-based; say whether the relative may take part in one. */
  private renderSip(context: InvestigationContext, relativeId: string): TemplateResult {
    const gate = canTakePartInSip(context.record, relativeId, context.today);
    return html`<p class="hint">${gate.allowed ? this.t.term('sipAllowed') : gate.message}</p>`;
  }

  private renderConsentRow(context: InvestigationContext, c: Consent): TemplateResult {
    const giver = this.d.term(`giver.${c.givenBy}`) + (c.givenByName ? ` (${c.givenByName})` : '');
    const canWithdraw = c.status === 'given' && c.withdrawnAt === undefined;
    return html`
      <tr class=${c.status === 'given' && !c.withdrawnAt ? '' : 'inactive'}>
        <th scope="row">${this.scopeLabel(c.scope)}${c.note ? html`<br /><span class="hint">${c.note}</span>` : nothing}</th>
        <td>${this.decisionLabel(c)}${c.validUntil ? html`<br /><span class="hint">${this.t.term('validUntil', c.validUntil)}</span>` : nothing}</td>
        <td>${giver}</td>
        <td>${this.d.term(`form.${c.form}`)}</td>
        <td>${c.date}</td>
        <td>${c.recordedBy.name}</td>
        ${this.readonly
          ? nothing
          : html`<td>
              ${canWithdraw
                ? html`<button
                    type="button"
                    class="secondary"
                    aria-label=${this.t.term('withdrawLabel', this.scopeLabel(c.scope))}
                    aria-expanded=${this.withdrawing === c.id ? 'true' : 'false'}
                    @click=${() => this.startWithdrawal(context, c.id)}
                  >
                    ${this.t.term('withdraw')}
                  </button>`
                : nothing}
            </td>`}
      </tr>
    `;
  }

  private startWithdrawal(context: InvestigationContext, consentId: string): void {
    this.withdrawing = this.withdrawing === consentId ? undefined : consentId;
    this.withdrawDate = context.today;
    this.withdrawn = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#withdraw-heading')?.focus());
  }

  private renderWithdrawal(context: InvestigationContext): TemplateResult {
    const consentId = this.withdrawing!;
    const impact = withdrawalImpact(context.record, consentId, context.catalogue, context.today);
    return html`
      <div class="notice" part="withdrawal">
        <h4 id="withdraw-heading" tabindex="-1">${this.t.term('withdrawHeading')}</h4>
        <p>${this.t.term('withdrawIntro')}</p>
        <ul>
          ${impact?.messages.map((m) => html`<li>${m}</li>`)}
        </ul>
        ${rejectionSummary(this.t.term('refused'), this.ownRejection, this.shadowRoot, { withdrawnAt: 'withdraw-date' })}
        ${textField({
          id: 'withdraw-date',
          label: this.t.term('withdrawDate'),
          type: 'date',
          value: this.withdrawDate,
          onChange: (v) => (this.withdrawDate = v),
        })}
        <div class="actions">
          <button type="button" @click=${() => this.confirmWithdrawal(consentId)}>${this.t.term('confirmWithdraw')}</button>
          <button type="button" class="secondary" @click=${() => (this.withdrawing = undefined)}>${this.t.term('cancel')}</button>
        </div>
      </div>
    `;
  }

  private confirmWithdrawal(consentId: string): void {
    this.send({ type: 'consent.withdraw', consentId, ...(this.withdrawDate ? { date: this.withdrawDate } : {}) });
    if (this.ownRejection) return;
    const context = this.snapshot!.context;
    const impact = withdrawalImpact(context.record, consentId, context.catalogue, context.today);
    this.withdrawing = undefined;
    this.withdrawn = { consentId, messages: impact?.messages ?? [] };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#withdrawn-heading')?.focus());
  }

  private renderWithdrawn(): TemplateResult | typeof nothing {
    if (!this.withdrawn) return nothing;
    return html`
      <div class="notice info" role="status">
        <h3 id="withdrawn-heading" tabindex="-1">${this.t.term('withdrawnHeading')}</h3>
        <ul>
          ${this.withdrawn.messages.map((m) => html`<li>${m}</li>`)}
        </ul>
      </div>
    `;
  }

  private defaultDraft(context: InvestigationContext): Draft {
    const person = context.record.person;
    const givenBy: ConsentGiver =
      person.ageGroup === 'minor' ? 'guardian' : person.canTakePosition === 'no' ? 'legalRepresentative' : 'person';
    return {
      relativeId: this.relativeId ?? '',
      scope: this.scope ?? '',
      givenBy,
      givenByName: '',
      status: 'given',
      form: 'oral',
      date: context.today,
      validUntil: '',
      note: '',
    };
  }

  private renderForm(context: InvestigationContext): TemplateResult {
    const draft = this.draft ?? this.defaultDraft(context);
    const set = (patch: Partial<Draft>) => (this.draft = { ...draft, ...patch });
    const isSip = draft.scope === 'sip';
    const compactName = this.compact ? context.record.relatives.find((r) => r.id === this.relativeId) : undefined;
    const heading = this.compact && this.scope ? this.t.term('recordHeadingFor', this.scopeLabel(this.scope)) : this.t.term('recordHeading');
    return html`
      <form class="consent-form" @submit=${(e: Event) => this.submit(e, context, draft)} novalidate aria-labelledby="record-heading">
        <h3 id="record-heading">${heading}${compactName ? html` <span class="hint">(${displayName(compactName)})</span>` : nothing}</h3>
        ${this.recordedNotice && !this.ownRejection ? html`<p class="notice info" role="status">${this.t.term('recorded')}</p>` : nothing}
        ${rejectionSummary(this.t.term('refused'), this.ownRejection, this.shadowRoot, {
          relativeId: 'consent-relative',
          scope: 'consent-scope',
          givenByName: 'consent-given-by-name',
          date: 'consent-date',
          validUntil: 'consent-valid-until',
        })}
        ${this.compact
          ? nothing
          : html`
              ${selectField({
                id: 'consent-relative',
                label: this.t.term('relative'),
                value: draft.relativeId,
                placeholder: this.t.term('choose'),
                options: context.record.relatives.map((r) => ({ value: r.id, label: `${displayName(r)} (${r.relation})` })),
                onChange: (relativeId) => set({ relativeId }),
              })}
              ${selectField({
                id: 'consent-scope',
                label: this.t.term('scope'),
                value: draft.scope,
                placeholder: this.t.term('choose'),
                options: CONSENT_SCOPES.map((s) => ({ value: s, label: this.scopeLabel(s) })),
                onChange: (scope) => set({ scope }),
              })}
            `}
        ${radioGroup({
          id: 'consent-given-by',
          label: this.t.term('givenBy'),
          hint: this.t.term('givenByHint'),
          value: draft.givenBy,
          options: GIVERS.map((g) => ({ value: g, label: this.d.term(`giver.${g}`) })),
          onChange: (givenBy) => set({ givenBy }),
        })}
        ${draft.givenBy === 'guardian' || draft.givenBy === 'legalRepresentative'
          ? textField({ id: 'consent-given-by-name', label: this.t.term('givenByName'), value: draft.givenByName, onChange: (givenByName) => set({ givenByName }) })
          : nothing}
        ${radioGroup({
          id: 'consent-status',
          label: this.t.term('decision'),
          ...(isSip ? { hint: this.t.term('sipHint') } : {}),
          value: draft.status,
          options: (['given', 'declined'] as const).map((s) => ({ value: s, label: this.d.term(isSip ? `sip.${s}` : `status.${s}`) })),
          onChange: (status) => set({ status }),
        })}
        ${radioGroup({
          id: 'consent-form',
          label: this.t.term('form'),
          value: draft.form,
          options: (['oral', 'written'] as const).map((f) => ({ value: f, label: this.d.term(`form.${f}`) })),
          onChange: (form) => set({ form }),
        })}
        ${textField({ id: 'consent-date', label: this.t.term('date'), type: 'date', value: draft.date, onChange: (date) => set({ date }) })}
        ${textField({ id: 'consent-valid-until', label: this.t.term('validUntilLabel'), type: 'date', value: draft.validUntil, onChange: (validUntil) => set({ validUntil }) })}
        ${textArea({ id: 'consent-note', label: this.t.term('note'), value: draft.note, onChange: (note) => set({ note }) })}
        <div class="actions"><button type="submit">${this.t.term('submit')}</button></div>
      </form>
    `;
  }

  private submit(event: Event, context: InvestigationContext, draft: Draft): void {
    event.preventDefault();
    const needsName = draft.givenBy === 'guardian' || draft.givenBy === 'legalRepresentative';
    this.send({
      type: 'consent.record',
      consent: {
        relativeId: draft.relativeId,
        scope: draft.scope as ConsentScope,
        givenBy: draft.givenBy,
        ...(needsName && draft.givenByName.trim() ? { givenByName: draft.givenByName.trim() } : {}),
        status: draft.status,
        form: draft.form,
        date: draft.date,
        ...(draft.validUntil ? { validUntil: draft.validUntil } : {}),
        ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
      },
    });
    this.recordedNotice = !this.ownRejection;
    if (!this.ownRejection) this.draft = { ...this.defaultDraft(context), relativeId: draft.relativeId };
  }
}
