import { html, nothing, type TemplateResult } from 'lit';
import type { InvestigationContext, StepId } from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { assignmentViewTermsFor } from './assignment-view.js';
import { assignmentViewStyles } from './assignment-view.styles.js';
import { stepAssignmentTerms } from './step-assignment.terms.js';
import { styles } from './anhorig-step-assignment.styles.js';
import type { AssignmentStepView } from './step-view.js';
import { PLAN, planDraft, planFromDraft, unsavedPlan } from './plan-draft.js';
import { planForm } from './plan-form.js';
import { outdatedNotice } from './outdated.js';
import { assignmentPreview, previewOf } from './preview.js';
import { ISSUE, issueActions } from './issue-actions.js';
import { issuedVersions } from './issued-versions.js';

/** The key of the way to the assessment, where missing content outside this step is filled in. */
const NAV = 'nav';

/**
 * @summary Step 5, *Utforma uppdraget till utförare med ett anhörigperspektiv*: the assignment to the
 * provider shown as the provider will receive it (M1–M4 always; R1–R5 per relative only with the
 * person's consent to share with the provider, and R6 the consents behind them), what the
 * handläggare adds (M4 follow-up, R3 coordination, R4 participation, R5 the relative's view),
 * sending it as a new immutable version, earlier versions, and a printable document.
 *
 * @csspart step - The step's section.
 * @csspart assignment-document - The assignment document (preview, or the version sent).
 * @csspart consent-needed - Where a relative's information is left out for want of consent.
 * @csspart error-summary - What could not be saved or sent.
 * @fires anhorig-assignment-issued - A new assignment version was sent (from the owning element).
 * @fires anhorig-complete - The first assignment completed the investigation (from the owning element).
 * @fires anhorig-change - The plan was saved or the assignment issued (from the owning element).
 */
export class AnhorigStepAssignment extends StepElement {
  static override styles = [...StepElement.styles, assignmentViewStyles, styles];

  protected readonly step: StepId = 'assignment';

  private readonly t = stepAssignmentTerms(this);
  private readonly documentTerms = assignmentViewTermsFor(this);

  protected renderStep(snapshot: InvestigationSnapshot): TemplateResult {
    const view = this.viewOf(snapshot.context);
    const preview = previewOf(view);
    return html`
      <p class="hint intro">${this.t.term('intro')}</p>
      ${this.readonly || preview.upToDate ? nothing : outdatedNotice(view, preview.result)}
      ${this.readonly ? nothing : planForm(view, (event) => this.submitPlan(event, view))}
      ${assignmentPreview(view, preview, () => this.goToAssessment())}
      ${issueActions(view, preview, { onIssue: () => this.issue(view), onPrint: () => window.print() })}
      ${issuedVersions(view)}
    `;
  }

  private viewOf(context: InvestigationContext): AssignmentStepView {
    return { context, t: this.t, documentTerms: this.documentTerms, readonly: this.readonly, forms: this.forms, root: this.shadowRoot };
  }

  // Handlers ----------------------------------------------------------------------------------

  private submitPlan(event: Event, view: AssignmentStepView): void {
    event.preventDefault();
    this.savePlan(view);
  }

  /** Send the plan; true when the machine took it. */
  private savePlan(view: AssignmentStepView): boolean {
    return this.forms.send(PLAN, { type: 'assignmentPlan.set', plan: planFromDraft(planDraft(view)) });
  }

  /** Save unsaved changes to the plan, then send the assignment; focus goes to the confirmation. */
  private issue(view: AssignmentStepView): void {
    if (unsavedPlan(view) && !this.savePlan(view)) return;
    if (this.forms.send(ISSUE, { type: 'assignment.issue' }))
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#issued-status')?.focus());
  }

  private goToAssessment(): void {
    this.forms.send(NAV, { type: 'nav.goTo', step: 'assessment' });
  }
}
