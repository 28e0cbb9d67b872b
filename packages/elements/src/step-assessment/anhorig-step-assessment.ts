import { html, type TemplateResult } from 'lit';
import type { InvestigationContext, StepId } from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { stepAssessmentTerms } from './step-assessment.terms.js';
import { styles } from './anhorig-step-assessment.styles.js';
import type { AssessmentView } from './assessment-view.js';
import { ASSESSMENT, assessmentDraft, decisionFieldId, editAssessment, newDecision, toAssessment } from './assessment-draft.js';
import { assessmentForm } from './assessment-form.js';
import { hostAssessment } from './host-assessment.js';
import { availableSupport } from './available-support.js';
import { REFUSE, refusal } from './refusal.js';

/**
 * @summary *Bedöma och besluta*, between steps 4 and 5: the assessment of the person's needs (M1) and
 * the decided support per life area (granted or refused, extent, goal (M3), and whether it is also
 * meant to relieve a relative, linked to the indirect-support proposal). Usually made in the host's
 * case system: a decision passed by the host is shown read-only. Shows which relatives' support can
 * be counted on (C13: only where the relative wants and can, and the person wants it), and lets the
 * handläggare refuse the application when nothing is granted.
 *
 * @csspart step - The step's section.
 * @csspart error-summary - What could not be saved.
 * @fires anhorig-change - The assessment was saved or the application refused (from the owning element).
 * @fires anhorig-complete - The application was refused (outcome `refused`; from the owning element).
 */
export class AnhorigStepAssessment extends StepElement {
  static override styles = [...StepElement.styles, styles];

  protected readonly step: StepId = 'assessment';

  private readonly t = stepAssessmentTerms(this);

  protected renderStep(snapshot: InvestigationSnapshot): TemplateResult {
    const view = this.viewOf(snapshot.context);
    const fromHost = view.context.record.assessment?.source === 'host';
    return html`
      <p class="hint intro">${this.t.term('intro')}</p>
      ${fromHost || this.readonly
        ? hostAssessment(view, fromHost)
        : assessmentForm(view, {
            onAddDecision: () => this.addDecision(view),
            onRemoveDecision: (index) => this.removeDecision(view, index),
            onSave: (event) => this.save(event, view),
          })}
      ${availableSupport(view)} ${refusal(view, (event, note) => this.refuse(event, note))}
    `;
  }

  private viewOf(context: InvestigationContext): AssessmentView {
    return { context, t: this.t, readonly: this.readonly, forms: this.forms, root: this.shadowRoot };
  }

  // Handlers ----------------------------------------------------------------------------------

  /** Add a blank decision and move focus to its first field. */
  private addDecision(view: AssessmentView): void {
    const draft = assessmentDraft(view);
    const index = draft.decisions.length;
    editAssessment(view, (d) => ({ ...d, decisions: [...d.decisions, newDecision(view.context, draft)] }));
    this.focusAfterUpdate(`#${decisionFieldId(index, 'lifeAreaId')}`);
  }

  /** Remove a decision; focus goes to the button that adds one. */
  private removeDecision(view: AssessmentView, index: number): void {
    editAssessment(view, (d) => ({ ...d, decisions: d.decisions.filter((_, i) => i !== index) }));
    this.focusAfterUpdate('#add-decision');
  }

  /** Save the whole assessment; if the machine refuses it, focus goes to the error summary. */
  private save(event: Event, view: AssessmentView): void {
    event.preventDefault();
    if (!this.forms.send(ASSESSMENT, { type: 'assessment.set', assessment: toAssessment(assessmentDraft(view)) }))
      this.focusAfterUpdate('.error-summary a, .error-summary');
  }

  /** Refuse the application; once refused, focus goes to the status that says so. */
  private refuse(event: Event, note: string): void {
    event.preventDefault();
    const trimmed = note.trim();
    if (this.forms.send(REFUSE, { type: 'application.refuse', ...(trimmed ? { note: trimmed } : {}) })) this.focusAfterUpdate('#refusal-status');
  }

  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }
}
