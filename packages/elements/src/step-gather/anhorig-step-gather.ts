import { html, nothing, type TemplateResult } from 'lit';
import type { InvestigationContext, StepId } from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { domainTerms } from '../shared/domain-terms.js';
import { gatherTerms } from './step-gather.terms.js';
import { styles } from './anhorig-step-gather.styles.js';
import type { GatherView } from './gather-view.js';
import { relativesAttention } from './relatives-attention.js';
import { statementList } from './statement-list.js';
import { emptyStatementDraft, FORM_ID, statementEvent, statementForm } from './statement-form.js';
import { promptsSection } from './prompts-section.js';
import { stanceSection } from './stance-section.js';
import { proposalList } from './indirect-support-section.js';
import { emptyProposalDraft, PROPOSAL_FORM, proposalEvent, proposalForm } from './indirect-support-form.js';

/**
 * @summary Step 4, "Inhämta uppgifter i utredningen": statements per life area, each with its source
 * and how it came (with a named consent, or volunteered unasked: C1, C10), whether it goes into the
 * personal file after the quality check, and marked when its consent was later withdrawn (C3); the
 * catalogue's question prompts for the person and, with consent, for relatives; each relative's own
 * stance (C13); proposals for indirect support with both views (C6); and the child perspective (C11).
 * A relative who shares the person's home and is still to be heard is among the step's warnings (the
 * core's `relativesToHear`).
 *
 * @csspart step - The step's section.
 * @csspart relatives-attention - Relatives under 18: the child perspective.
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
    openDisclosures: { state: true },
  };

  protected readonly step: StepId = 'gather';

  /** The disclosures the handläggare has opened; a closed one's content is not rendered. */
  declare private openDisclosures: ReadonlySet<string>;

  private readonly t = gatherTerms(this);
  private readonly d = domainTerms(this);

  constructor() {
    super();
    this.openDisclosures = new Set();
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
              this.forms.draft(FORM_ID, emptyStatementDraft),
              (patch) => this.forms.patchDraft(FORM_ID, emptyStatementDraft, patch),
              (e) => this.submitStatement(e, view),
            )}
      </section>
      ${promptsSection(view, context.record.relatives.filter((r) => r.isRelative))} ${stanceSection(view)}
      <section aria-labelledby="indirect-heading" part="indirect">
        <h3 id="indirect-heading">${this.t.term('indirectHeading')}</h3>
        <p class="hint">${this.t.term('indirectIntro')}</p>
        <p class="hint">${this.t.term('declineNote')}</p>
        ${proposalList(view)}
        ${this.readonly || context.record.relatives.length === 0
          ? nothing
          : proposalForm(
              view,
              this.forms.draft(PROPOSAL_FORM, emptyProposalDraft),
              (patch) => this.forms.patchDraft(PROPOSAL_FORM, emptyProposalDraft, patch),
              (e) => this.submitProposal(e, view),
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
      send: (form, event) => this.forms.send(form, event),
      rejection: (form, fields) => (this.forms.rejection(form) ? this.renderRejection(fields) : nothing),
      saved: (form) => this.forms.saved(form),
      isOpen: (key) => this.readonly || this.openDisclosures.has(key),
      toggled: (key, open) => this.toggled(key, open),
      choice: <T extends string>(key: string) => this.forms.draft<{ value?: T }>(key, () => ({})).value,
      choose: (key, value) => this.forms.setDraft(key, { value }),
    };
  }

  private toggled(key: string, open: boolean): void {
    // In review mode every disclosure is open and rendered.
    if (this.readonly || open === this.openDisclosures.has(key)) return;
    const next = new Set(this.openDisclosures);
    if (open) next.add(key);
    else next.delete(key);
    this.openDisclosures = next;
  }

  private submitStatement(event: Event, view: GatherView): void {
    event.preventDefault();
    const draft = this.forms.draft(FORM_ID, emptyStatementDraft);
    // Saved, the form starts over in the same life area; refused, it keeps what was typed.
    this.forms.send(FORM_ID, statementEvent(view.context, draft), { next: emptyStatementDraft(draft.lifeAreaId) });
  }

  private submitProposal(event: Event, view: GatherView): void {
    event.preventDefault();
    this.forms.send(PROPOSAL_FORM, proposalEvent(view.context, this.forms.draft(PROPOSAL_FORM, emptyProposalDraft)));
  }
}
