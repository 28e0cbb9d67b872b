import { html, nothing, type TemplateResult } from 'lit';
import { withdrawalImpact, type ConsentGiver, type ConsentScope, type InvestigationContext, type Message } from '@anhorig/core';
import { InvestigationElement } from '../base/investigation-element.js';
import { rejectionSummary } from '../shared/notices.js';
import { domainTerms } from '../shared/domain-terms.js';
import { consentPanelTerms } from './consent-panel.terms.js';
import { styles } from './anhorig-consent-panel.styles.js';
import type { ConsentView } from './consent-view.js';
import { relativeConsents, type WithdrawalSlot } from './consent-table.js';
import { WITHDRAWAL_FORM, withdrawEvent, withdrawalForm, withdrawnNotice, type WithdrawalDraft } from './withdrawal.js';
import { consentEvent, consentForm, consentProblems, defaultConsentDraft, GIVERS, RECORD_FORM, type ConsentDraft, type ConsentTarget } from './consent-form.js';
import { below, headingLevel } from './heading.js';

/**
 * @summary Consent (samtycke) as data: every consent and refusal per relative, with who gave it, for
 * what, how, when and who recorded it; record a new one; withdraw one and see at once what leaves
 * the next assignment (C2, C3). Reachable from every step.
 *
 * With `relative-id` and `scope` set it shows only the form for that one consent, which is how a step
 * offers to record a missing consent where the handläggare meets the gap. Its heading is an h3 unless
 * `heading-level` says otherwise (a caller under an h4 passes 5). With `given-by` the giver is preset
 * and not asked, e.g. `given-by="relative"` for the relative's own consent to indirect support (C6).
 *
 * No answer is preselected (H1): saving without one is refused by the form, and after saving the form
 * starts over unchosen.
 *
 * @csspart panel - The panel's section.
 * @csspart withdrawal - What a withdrawal will change, with its date and confirmation.
 * @csspart error-summary - The list of what could not be saved.
 * @fires anhorig-consent-change - A consent was given, declined or withdrawn (from the owning element).
 */
export class AnhorigConsentPanel extends InvestigationElement {
  static override styles = [...InvestigationElement.styles, styles];

  static override properties = {
    ...InvestigationElement.properties,
    relativeId: { type: String, attribute: 'relative-id' },
    scope: { type: String },
    givenBy: { type: String, attribute: 'given-by' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    withdrawn: { state: true },
  };

  /** Show only the form for this relative (with `scope`). */
  declare relativeId: string | undefined;
  /** Show only the form for this scope (with `relative-id`). */
  declare scope: ConsentScope | undefined;
  /** Who gives the answer, preset and not asked (with `relative-id` and `scope`), e.g. `relative`. */
  declare givenBy: ConsentGiver | undefined;
  /** The level of the single form's heading (2–6, default 3); its error summary sits one level below. */
  declare headingLevel: number | undefined;
  /** What the consent just withdrawn took out of the next assignment. */
  declare private withdrawn: readonly Message[] | undefined;

  private readonly t = consentPanelTerms(this);
  private readonly d = domainTerms(this);

  /** The one consent to record, when the panel stands for a single gap. */
  private get target(): ConsentTarget | undefined {
    if (!this.relativeId || !this.scope) return undefined;
    return { relativeId: this.relativeId, scope: this.scope, ...(this.presetGiver ? { givenBy: this.presetGiver } : {}) };
  }

  /** The preset giver, if `given-by` names one the core knows. */
  private get presetGiver(): ConsentGiver | undefined {
    return (GIVERS as readonly string[]).includes(this.givenBy ?? '') ? this.givenBy : undefined;
  }

  override render(): TemplateResult {
    const context = this.snapshot?.context;
    if (!context) return this.renderUnavailable();
    const view = this.viewOf(context);
    if (this.target) return html`<div part="panel">${this.renderForm(view)}</div>`;
    const withdrawal = this.withdrawalSlot(view);
    return html`
      <section part="panel" aria-labelledby="consents-heading">
        <h2 id="consents-heading" tabindex="-1">${this.t.term('heading')}</h2>
        <p class="hint">${this.t.term('intro')}</p>
        ${withdrawnNotice(view, this.withdrawn)}
        ${context.record.relatives.length === 0 ? html`<p>${this.t.term('noRelatives')}</p>` : nothing}
        ${context.record.relatives.map((r) => relativeConsents(view, r, withdrawal))}
        ${this.readonly || context.record.relatives.length === 0 ? nothing : this.renderForm(view)}
      </section>
    `;
  }

  /** Focus the panel heading (when it is opened from the investigation's toolbar). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#consents-heading')?.focus();
  }

  private viewOf(context: InvestigationContext): ConsentView {
    return {
      context,
      t: this.t,
      d: this.d,
      readonly: this.readonly,
      headingLevel: headingLevel(this.headingLevel, 3),
      root: this.shadowRoot,
      // One level below the form's heading: the single form's (heading-level), else the panel's h3.
      rejection: (form, fields, level) =>
        rejectionSummary(
          this.t.term('refused'),
          this.forms.rejection(form),
          this.shadowRoot,
          fields,
          level ?? (this.target ? below(headingLevel(this.headingLevel, 3)) : 4),
        ),
      saved: (form) => this.forms.saved(form),
    };
  }

  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  // Recording --------------------------------------------------------------------------------------

  private freshDraft(context: InvestigationContext): ConsentDraft {
    const target = this.target;
    return target ? defaultConsentDraft(context, target.relativeId, target.scope, target.givenBy) : defaultConsentDraft(context);
  }

  private renderForm(view: ConsentView): TemplateResult {
    const initial = () => this.freshDraft(view.context);
    const draft = this.forms.draft(RECORD_FORM, initial);
    return consentForm(view, draft, (patch) => this.forms.patchDraft(RECORD_FORM, initial, patch), (e) => this.submit(e, view.context, draft), this.target);
  }

  private submit(event: Event, context: InvestigationContext, draft: ConsentDraft): void {
    event.preventDefault();
    // H1: an answer or a form left unchosen is the form's own refusal; the machine is not asked.
    const problems = consentProblems(draft);
    if (problems.length) {
      this.forms.dismiss(RECORD_FORM);
      this.forms.setDraft(RECORD_FORM, { ...draft, problems });
      return;
    }
    // Recorded, the form starts over unchosen for the same relative (a second Enter records nothing);
    // refused, it keeps what was entered.
    this.forms.send(RECORD_FORM, consentEvent(draft), { next: { ...this.freshDraft(context), relativeId: draft.relativeId } });
  }

  // Withdrawing ------------------------------------------------------------------------------------

  /** The withdrawal being prepared; its draft exists only while its box is open. */
  private get withdrawal(): WithdrawalDraft | undefined {
    return this.forms.draft<WithdrawalDraft | undefined>(WITHDRAWAL_FORM, () => undefined);
  }

  private withdrawalSlot(view: ConsentView): WithdrawalSlot {
    const draft = this.withdrawal;
    return {
      consentId: draft?.consentId,
      start: (consentId) => this.startWithdrawal(view.context, consentId),
      render: () =>
        draft
          ? withdrawalForm(
              view,
              draft,
              (date) => this.forms.setDraft(WITHDRAWAL_FORM, { ...draft, date }),
              () => this.confirmWithdrawal(draft),
              () => this.forms.clearDraft(WITHDRAWAL_FORM),
            )
          : nothing,
    };
  }

  /** Open the withdrawal box for a consent (or close it, pressed again). */
  private startWithdrawal(context: InvestigationContext, consentId: string): void {
    if (this.withdrawal?.consentId === consentId) this.forms.clearDraft(WITHDRAWAL_FORM);
    else this.forms.setDraft<WithdrawalDraft>(WITHDRAWAL_FORM, { consentId, date: context.today });
    // Starting over: an earlier refusal belonged to the last attempt.
    this.forms.dismiss(WITHDRAWAL_FORM);
    this.withdrawn = undefined;
    this.focusAfterUpdate('#withdraw-heading');
  }

  private confirmWithdrawal(draft: WithdrawalDraft): void {
    // Withdrawn: the box closes (its draft is cleared) and a notice says what changed.
    if (!this.forms.send(WITHDRAWAL_FORM, withdrawEvent(draft))) return;
    const context = this.snapshot!.context;
    this.withdrawn = withdrawalImpact(context.record, draft.consentId, context.catalogue, context.today)?.notices ?? [];
    this.focusAfterUpdate('#withdrawn-heading');
  }
}
