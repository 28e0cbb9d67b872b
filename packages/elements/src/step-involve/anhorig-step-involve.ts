import { html, nothing, type TemplateResult } from 'lit';
import { relativesInStep, type ExpressionSupport, type InvestigationContext, type MeetingPlan, type Relative } from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import { branchesOf, displayName } from '../base/selectors.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { domainTerms } from '../shared/domain-terms.js';
import { stepInvolveTerms } from './step-involve.terms.js';
import { styles } from './anhorig-step-involve.styles.js';
import type { InvolveView } from './involve-view.js';
import { EXPRESSION_KEY, expressionSupportSection } from './expression-support-section.js';
import { meetingPlanSection, planKey } from './meeting-plan-section.js';
import { communicationTerms } from './communication-note.js';

/**
 * @summary Step 3, "Om den enskilde accepterar involvering": whether the person needs support to
 * express their will (and the handläggare's own reflection), a supporter the person chooses among the
 * relatives (with consent `supportInInvestigation`, the handläggare's judgement of suitability, and
 * the reminder that the supporter supports and does not decide); per relative taking part, the meeting
 * plan: joint or separate conversation (a joint one is not offered under C4, with the reason shown),
 * company for the person, interpreter or communication support for the person and the relative, and
 * the invitation date; and the relative's own support needs (C12).
 *
 * Where the consent to take part is missing, the notice says which and offers to record it (C1).
 *
 * @csspart step - The step's section.
 * @csspart relative - One relative's card.
 * @csspart consent-needed - Where a consent is missing.
 * @fires anhorig-change - The record changed, from the owning element.
 * @fires anhorig-own-application-request - A relative chose to apply for own support (C12), from the owning element.
 */
export class AnhorigStepInvolve extends StepElement {
  static override styles = [...StepElement.styles, styles];

  protected readonly step = 'involve' as const;

  private readonly t = stepInvolveTerms(this);
  private readonly d = domainTerms(this);
  private readonly c = communicationTerms(this);

  protected renderStep(snapshot: InvestigationSnapshot): TemplateResult {
    const context = snapshot.context;
    const { record, today } = context;
    const view = this.viewOf(context);
    // The core's list, as the navigator and Next see it; the index keeps each card's ids stable.
    const listed = relativesInStep(record, 'involve', today).map((relative) => ({ relative, index: record.relatives.indexOf(relative) }));
    return html`
      <p>${this.t.term('intro')}</p>
      ${expressionSupportSection(view, (e, value) => this.saveExpressionSupport(e, value))}
      ${listed.length === 0
        ? html`<p class="notice info">${this.t.term('noneInBranch')}</p>`
        : listed.map(({ relative, index }) => this.renderRelative(view, relative, index))}
    `;
  }

  private viewOf(context: InvestigationContext): InvolveView {
    return {
      context,
      t: this.t,
      c: this.c,
      readonly: this.readonly,
      forms: this.forms,
      rejection: (key, fields) => (this.forms.rejection(key) ? this.renderRejection(fields) : nothing),
    };
  }

  private renderRelative(view: InvolveView, relative: Relative, index: number): TemplateResult {
    const p = `r${index}`;
    const branch = branchesOf(view.context).get(relative.id) ?? 'undecided';
    return html`
      <section class="card" aria-labelledby="${p}-heading" part="relative" data-relative-id=${relative.id}>
        <h3 id="${p}-heading" class="relative-heading" tabindex="-1">${displayName(relative)} <span class="relation">(${relative.relation})</span></h3>
        <p><span class="tag">${this.d.term(`branch.${branch}`)}</span></p>
        ${meetingPlanSection(view, relative, p, (e, plan) => this.savePlan(e, plan))}
        ${branch === 'involve' ? html`<anhorig-own-support relative-id=${relative.id} ?readonly=${this.readonly}></anhorig-own-support>` : nothing}
      </section>
    `;
  }

  private saveExpressionSupport(event: Event, value: ExpressionSupport): void {
    event.preventDefault();
    this.forms.send(EXPRESSION_KEY, { type: 'expressionSupport.set', value });
  }

  private savePlan(event: Event, plan: MeetingPlan): void {
    event.preventDefault();
    this.forms.send(planKey(plan.relativeId), { type: 'meetingPlan.set', plan });
  }
}
