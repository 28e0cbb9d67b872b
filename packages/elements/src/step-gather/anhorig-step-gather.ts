import { html, nothing, type TemplateResult } from 'lit';
import type { InvestigationContext, InvestigationEvent, StepId } from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { domainTerms } from '../shared/domain-terms.js';
import { gatherTerms } from './step-gather.terms.js';
import { styles } from './anhorig-step-gather.styles.js';
import { lifeAreaName, type GatherView } from './gather-view.js';
import { relativesAttention } from './relatives-attention.js';
import { statementList } from './statement-list.js';
import { emptyStatementDraft, FORM_ID, statementEvent, statementForm, type StatementDraft } from './statement-form.js';
import { promptsSection } from './prompts-section.js';
import { stanceSection } from './stance-section.js';
import { proposalList } from './indirect-support-section.js';
import { emptyProposalDraft, PROPOSAL_FORM, proposalEvent, proposalForm, type ProposalDraft } from './indirect-support-form.js';

/**
 * @summary Step 4, "Inhämta uppgifter i utredningen": statements per life area, each with its source
 * and how it came (with a named consent, or volunteered unasked: C1, C10), whether it goes into the
 * personal file after the quality check, and marked when its consent was later withdrawn (C3); the
 * catalogue's question prompts for the person and, with consent, for relatives; each relative's own
 * stance (C13); proposals for indirect support with both views (C6); and reminders to hear a relative
 * who shares the person's home and to keep the child perspective (C11).
 *
 * @csspart step - The step's section.
 * @csspart relatives-attention - Relatives to hear, and the child perspective.
 * @csspart statements - The statements per life area.
 * @csspart life-area - One life area's statements.
 * @csspart statement - One statement.
 * @csspart statement-form - The form to document a statement.
 * @csspart prompts - The question prompts.
 * @csspart person-prompts - The disclosure with the questions to the person.
 * @csspart relative-prompts - The disclosure with the questions to one relative.
 * @csspart stances - The relatives' own stance.
 * @csspart stance - One relative's stance.
 * @csspart indirect-support - One indirect-support proposal.
 * @csspart indirect-support-status - What the core says about a proposal (C6).
 * @csspart indirect-support-form - The form to propose indirect support.
 * @csspart consent-needed - Which consent is missing, with the offer to record it.
 * @csspart error-summary - What the machine refused, and why.
 * @fires anhorig-change - A statement, answer, stance or proposal was recorded (from the owning element).
 */
export class AnhorigStepGather extends StepElement {
  static override styles = [...StepElement.styles, styles];

  static override properties = {
    ...StepElement.properties,
    statementDraft: { state: true },
    proposalDraft: { state: true },
    rejectionAt: { state: true },
    statementSaved: { state: true },
    proposalSaved: { state: true },
  };

  protected readonly step: StepId = 'gather';

  declare private statementDraft: StatementDraft;
  declare private proposalDraft: ProposalDraft;
  /** Where the last event was sent from, so the machine's refusal is shown in that place. */
  declare private rejectionAt: string | undefined;
  declare private statementSaved: string | undefined;
  declare private proposalSaved: boolean;

  private readonly t = gatherTerms(this);
  private readonly d = domainTerms(this);

  constructor() {
    super();
    this.statementDraft = emptyStatementDraft();
    this.proposalDraft = emptyProposalDraft();
    this.proposalSaved = false;
  }

  protected renderStep(snapshot: InvestigationSnapshot): TemplateResult {
    const context = snapshot.context;
    const view = this.viewOf(context);
    return html`
      <p class="hint intro">${this.t.term('intro')}</p>
      ${relativesAttention(view)}
      <section aria-labelledby="areas-heading" part="statements">
        <h3 id="areas-heading">${this.t.term('areasHeading')}</h3>
        <p class="hint">${this.t.term('areasIntro')}</p>
        ${statementList(view, context)}
        ${this.readonly
          ? nothing
          : statementForm(
              view,
              this.statementDraft,
              (patch) => (this.statementDraft = { ...this.statementDraft, ...patch }),
              (e) => this.submitStatement(e, view),
              this.statementSaved,
            )}
      </section>
      ${promptsSection(view)} ${stanceSection(view)}
      <section aria-labelledby="indirect-heading" part="indirect">
        <h3 id="indirect-heading">${this.t.term('indirectHeading')}</h3>
        <p class="hint">${this.t.term('indirectIntro')}</p>
        <p class="hint">${this.t.term('declineNote')}</p>
        ${proposalList(view)}
        ${this.readonly || context.record.relatives.length === 0
          ? nothing
          : proposalForm(
              view,
              this.proposalDraft,
              (patch) => (this.proposalDraft = { ...this.proposalDraft, ...patch }),
              (e) => this.submitProposal(e, view),
              this.proposalSaved,
            )}
      </section>
    `;
  }

  private viewOf(context: InvestigationContext): GatherView {
    return {
      context,
      t: this.t,
      d: this.d,
      readonly: this.readonly,
      send: (event, where) => this.sendFrom(event, where),
      rejection: (where, fields) => (this.rejectionAt === where ? this.renderRejection(fields) : nothing),
      revert: (id, checked) => {
        const input = this.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
        if (input) input.checked = checked;
      },
    };
  }

  /** Send, remembering where from; true when the machine accepted it. */
  private sendFrom(event: InvestigationEvent, where: string): boolean {
    this.rejectionAt = where;
    this.send(event);
    return !this.ownRejection;
  }

  private submitStatement(event: Event, view: GatherView): void {
    event.preventDefault();
    const draft = this.statementDraft;
    const accepted = this.sendFrom(statementEvent(view.context, draft), FORM_ID);
    this.statementSaved = accepted ? this.t.term('saved', lifeAreaName(view.context, draft.lifeAreaId)) : undefined;
    if (accepted) this.statementDraft = emptyStatementDraft(draft.lifeAreaId);
  }

  private submitProposal(event: Event, view: GatherView): void {
    event.preventDefault();
    const accepted = this.sendFrom(proposalEvent(view.context, this.proposalDraft), PROPOSAL_FORM);
    this.proposalSaved = accepted;
    if (accepted) this.proposalDraft = emptyProposalDraft();
  }
}
