import { html, nothing, type TemplateResult } from 'lit';
import { relativesInStep, relativesNotAsked, STEP_IDS, stepApplies, type InvestigationContext, type StepId } from '@anhorig/core';
import { InvestigationElement } from '../base/investigation-element.js';
import { displayName, warningsOf } from '../base/selectors.js';
import { STEP_NUMBER, stepTerms } from '../shared/step-titles.js';
import { stepNavTerms } from './step-nav.terms.js';
import { styles } from './anhorig-step-nav.styles.js';

type Status = 'current' | 'attention' | 'done' | 'notApplicable' | 'locked';

/**
 * @summary The step navigator: which step the handläggare is in, which steps need attention, which
 * do not apply now, and which relatives are in step 2 or step 3. Every step stays reachable (guide,
 * don't obstruct); follow-up opens when the investigation is complete.
 *
 * @csspart nav - The navigation landmark.
 */
export class AnhorigStepNav extends InvestigationElement {
  static override styles = [...InvestigationElement.styles, styles];
  private readonly t = stepNavTerms(this);
  private readonly steps = stepTerms(this);

  override render(): TemplateResult {
    const context = this.snapshot?.context;
    if (!context) return this.renderUnavailable();
    return html`
      <nav aria-label=${this.t.term('label')} part="nav">
        <ol>
          ${STEP_IDS.map((step) => this.renderItem(context, step))}
        </ol>
      </nav>
    `;
  }

  private status(context: InvestigationContext, step: StepId): { status: Status; count: number } {
    const count = warningsOf(context)[step].length;
    if (step === context.record.progress.step) return { status: 'current', count };
    if (step === 'followUp' && context.record.progress.phase === 'investigation') return { status: 'locked', count };
    if (!stepApplies(context.record, step, context.today)) return { status: 'notApplicable', count };
    return { status: count > 0 ? 'attention' : 'done', count };
  }

  private statusText(status: Status, count: number): string {
    if (status === 'attention') return this.t.term('attention', count);
    if (status === 'current') return count > 0 ? `${this.t.term('current')}, ${this.t.term('attention', count)}` : this.t.term('current');
    return this.t.term(status);
  }

  private renderItem(context: InvestigationContext, step: StepId): TemplateResult {
    const { status, count } = this.status(context, step);
    const number = STEP_NUMBER[step];
    const title = this.steps.term(step);
    const text = this.statusText(status, count);
    const relatives = this.relativesLine(context, step);
    return html`
      <li class="item ${status}">
        <button
          type="button"
          class="step"
          aria-current=${status === 'current' ? 'step' : 'false'}
          ?disabled=${status === 'locked' || this.readonly}
          @click=${() => this.select(step)}
        >
          <span class="number" aria-hidden="true">${number ?? '·'}</span>
          <span class="text">
            <span class="title">${number !== undefined ? html`<span class="visually-hidden">${this.steps.term('short', number)}: </span>` : nothing}${title}</span>
            <span class="status">${text}</span>
            ${relatives ? html`<span class="relatives">${relatives}</span>` : nothing}
          </span>
        </button>
      </li>
    `;
  }

  /**
   * Steps 2 and 3 are per relative: say who is where (the core's `relativesInStep`, as the step itself
   * and Next see it), and which relatives the person has not been asked about yet (never a legal
   * representative outside the family: there is nothing to ask about them).
   */
  private relativesLine(context: InvestigationContext, step: StepId): string | undefined {
    const { record, today } = context;
    if (step === 'equip' || step === 'involve') {
      const list = relativesInStep(record, step, today).map(displayName).join(', ');
      return list ? this.t.term('relativesIn', list) : undefined;
    }
    if (step === 'relatives') {
      const list = relativesNotAsked(record, today).map(displayName).join(', ');
      return list ? this.t.term('notAsked', list) : undefined;
    }
    return undefined;
  }

  private select(step: StepId): void {
    this.send({ type: 'nav.goTo', step });
    this.dispatchEvent(new CustomEvent('anhorig-nav-select', { detail: { step }, bubbles: true }));
  }
}
