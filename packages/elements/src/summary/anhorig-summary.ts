import { html, nothing, type TemplateResult } from 'lit';
import { stepApplies, type InvestigationContext, type StepId } from '@anhorig/core';
import { InvestigationElement } from '../base/investigation-element.js';
import { domainTerms } from '../shared/domain-terms.js';
import { communicationTerms } from '../step-involve/communication-note.js';
import { STEP_NUMBER } from '../shared/step-titles.js';
import { summaryTerms } from './summary.terms.js';
import { styles } from './anhorig-summary.styles.js';
import type { SummaryView } from './parts.js';
import { personSection } from './section-person.js';
import { relativesSection } from './section-relatives.js';
import { consentsSection } from './section-consents.js';
import { equipSection } from './section-equip.js';
import { involveSection } from './section-involve.js';
import { statementsSection } from './section-statements.js';
import { stancesSection } from './section-stances.js';
import { indirectSection } from './section-indirect.js';
import { attentionSection } from './section-attention.js';
import { assessmentSection } from './section-assessment.js';
import { assignmentSection } from './section-assignment.js';
import { followUpSection } from './section-follow-up.js';

/**
 * @summary The review mode: the whole investigation record as a readable, printable summary
 * ("Kontrollera dina uppgifter"): the person, the relatives, consents, steps 2–4, the information
 * log, the assessment and decision, the assignment versions and the follow-up. Every section has a
 * change link back to its step, except in `readonly` mode, where nothing can be changed.
 * Empty parts say "Inget registrerat". A relative's own record is shown only as what was offered
 * and when (counts and dates), never its notes: it is kept apart from the person's case.
 *
 * @csspart summary - The summary's section.
 * @csspart section - Each section (also `person`, `relatives`, `consents`, `equip`, `involve`,
 * `statements`, `stances`, `indirect`, `attention`, `assessment`, `assignment`, `follow-up`).
 * @csspart change-link - The "Ändra" buttons.
 * @fires anhorig-step-change - A change link moved the flow to another step (from the owning element).
 * @fires anhorig-nav-select - A change link was used (`detail.step`); bubbles but is not composed, so
 * the surrounding `<anhorig-investigation>` switches to the step view.
 */
export class AnhorigSummary extends InvestigationElement {
  static override styles = [...InvestigationElement.styles, styles];

  private readonly t = summaryTerms(this);
  private readonly d = domainTerms(this);
  private readonly c = communicationTerms(this);

  override render(): TemplateResult {
    const context = this.snapshot?.context;
    if (!context) return this.renderUnavailable();
    const v: SummaryView = {
      context,
      t: this.t,
      d: this.d,
      c: this.c,
      changeLink: (step, section) => this.changeLink(context, step, section),
    };
    return html`
      <section part="summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading" tabindex="-1">${this.t.term('heading')}</h2>
        <p class="hint">${this.t.term(this.readonly ? 'introReadonly' : 'intro')}</p>
        ${personSection(v)} ${relativesSection(v)} ${consentsSection(v)} ${equipSection(v)} ${involveSection(v)}
        ${statementsSection(v)} ${stancesSection(v)} ${indirectSection(v)} ${attentionSection(v)} ${assessmentSection(v)}
        ${assignmentSection(v)} ${followUpSection(v)}
      </section>
    `;
  }

  /** Move focus to the summary heading (the investigation calls this when the summary is shown). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#summary-heading')?.focus();
  }

  /** "Ändra" with the section and step for screen readers; none in review mode or for a step not open yet. */
  private changeLink(context: InvestigationContext, step: StepId, section: string): TemplateResult | typeof nothing {
    if (this.readonly) return nothing;
    // Follow-up opens only once the investigation is complete (the core decides).
    if (step === 'followUp' && !stepApplies(context.record, step, context.today)) return nothing;
    const n = STEP_NUMBER[step];
    const where = n === undefined ? this.t.term('between') : this.t.term('stepN', n);
    const lang = this.t.lang();
    const name = section.charAt(0).toLocaleLowerCase(lang) + section.slice(1);
    return html`<button type="button" class="link change" part="change-link" @click=${() => this.goTo(step)}>
      ${this.t.term('change')}<span class="visually-hidden">${this.t.term('changeWhat', name, where)}</span>
    </button>`;
  }

  private goTo(step: StepId): void {
    this.send({ type: 'nav.goTo', step });
    if (this.ownRejection) return;
    this.dispatchEvent(new CustomEvent('anhorig-nav-select', { detail: { step }, bubbles: true }));
  }
}
