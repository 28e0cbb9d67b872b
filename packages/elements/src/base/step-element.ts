/**
 * Base of the step elements: the step heading (focused on a step change), the step's warnings from
 * the core, and the machine's refusal of this element's last action. Subclasses render the form.
 */
import { html, type TemplateResult } from 'lit';
import type { StepId } from '@anhorig/core';
import { InvestigationElement } from './investigation-element.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { stepHeading, stepTerms } from '../shared/step-titles.js';
import { rejectionSummary, warningList, type FieldRef } from '../shared/notices.js';
import type { HeadingLevel } from '../shared/fields.js';
import { relativeLabel, warningsOf } from './selectors.js';
import { defineTerms } from '../localization/localize.js';

const terms = defineTerms({ warnings: 'Att tänka på i det här steget', refused: 'Det gick inte att spara.' },
  { warnings: 'To consider in this step', refused: 'That could not be saved.' },
);

export abstract class StepElement extends InvestigationElement {
  protected abstract readonly step: StepId;
  protected readonly steps = stepTerms(this);
  private readonly stepT = terms(this);

  /** Move focus to the step heading (the investigation calls this on a step change). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  override render(): TemplateResult {
    const snapshot = this.snapshot;
    if (!snapshot) return this.renderUnavailable();
    return html`
      <section aria-labelledby="step-heading" part="step">
        <h2 id="step-heading" tabindex="-1">${stepHeading(this.steps, this.step)}</h2>
        ${warningList(this.stepT.term('warnings'), warningsOf(snapshot.context)[this.step], `${this.step}-warnings`, {
          nameOf: (relativeId) => {
            const relative = snapshot.context.record.relatives.find((r) => r.id === relativeId);
            return relative && relativeLabel(relative);
          },
          root: this.shadowRoot,
        })}
        ${this.renderStep(snapshot)}
      </section>
    `;
  }

  /** The error summary for the machine's refusal of this element's last action. */
  protected renderRejection(fields: Readonly<Record<string, FieldRef>> = {}, level: HeadingLevel = 3) {
    return rejectionSummary(this.stepT.term('refused'), this.ownRejection, this.shadowRoot, fields, level);
  }

  protected abstract renderStep(snapshot: InvestigationSnapshot): TemplateResult;
}
