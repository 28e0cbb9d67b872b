import { html, nothing, type TemplateResult } from 'lit';
import type { InvestigationContext, StepId } from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { domainTerms } from '../shared/domain-terms.js';
import { gatherTerms } from './step-gather.terms.js';
import { styles } from './anhorig-step-gather.styles.js';
import type { GatherView } from './gather-view.js';
import { statementList } from './statement-list.js';
import { emptyStatementDraft, FORM_ID, statementEvent, statementForm, STATEMENT_FORM_HEADING } from './statement-form.js';
import { promptsSection } from './prompts-section.js';
import { relativesSection } from './relatives-section.js';
import { proposalList } from './indirect-support-section.js';
import { emptyProposalDraft, PROPOSAL_FORM, proposalEvent, proposalForm } from './indirect-support-form.js';

/**
 * @summary Step 4, "Inhämta uppgifter i utredningen": statements per life area, each with its source
 * and how it came (with a named consent, or volunteered unasked: C1, C10), whether it goes into the
 * personal file after the quality check, and marked when its consent was later withdrawn (C3); the
 * catalogue's question prompts for the person; a block per relative who takes part in the
 * investigation with what the step prompts about them and the answer in place (H4: the child
 * perspective C11, a SIP C14, hearing a relative who shares the home), their own stance (C13), the
 * questions to them and their need of own support (C12); a relative who does not take part only
 * with what the step prompts about them; every other relative named in one collapsed disclosure; and proposals for indirect support with both consents recorded in place (C6, H6).
 * What is left is listed once, at the top of the step.
 *
 * @csspart step - The step's section.
 * @csspart relatives - The relatives' blocks.
 * @csspart relative - One relative's block (id `gather-relative-<relative id>`).
 * @csspart relative-attention - What the step prompts about one relative, with the answers.
 * @csspart child-perspective - A relative under 18: guided to support of its own (C11).
 * @csspart sip - A relative who coordinates care: consider a SIP.
 * @csspart hear - A relative who shares the person's home and is still to be heard.
 * @csspart own-support - The disclosure with a relative's need of own support.
 * @csspart other-relatives - The disclosure naming the relatives the step does not concern.
 * @csspart statements - The statements per life area.
 * @csspart life-area - One life area's statements.
 * @csspart statement - One statement.
 * @csspart statement-form - The form to document a statement.
 * @csspart prompts - The question prompts.
 * @csspart person-prompts - The disclosure with the questions to the person.
 * @csspart relative-prompts - The disclosure with the questions to one relative.
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
      ${promptsSection(view)} ${relativesSection(view)}
      <section aria-labelledby="indirect-heading" part="indirect">
        <h3 id="indirect-heading">${this.t.term('indirectHeading')}</h3>
        <p class="hint">${this.t.term('indirectIntro')}</p>
        <p class="hint">${this.t.term('declineNote')}</p>
        ${proposalList(view)}
        ${this.readonly || !context.record.relatives.some((r) => r.isRelative)
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
      rejection: (form, fields, level = 5) => (this.forms.rejection(form) ? this.renderRejection(fields, level) : nothing),
      saved: (form) => this.forms.saved(form),
      isOpen: (key) => this.readonly || this.openDisclosures.has(key),
      toggled: (key, open) => this.toggled(key, open),
      choice: <T extends string>(key: string) => this.forms.draft<{ value?: T }>(key, () => ({})).value,
      choose: (key, value) => this.forms.setDraft(key, { value }),
      focus: (id) => this.focusAfterUpdate(id),
      hear: (relativeId) => this.hear(relativeId),
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

  private focusAfterUpdate(id: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[id="${id}"]`)?.focus());
  }

  /** H4: hear a relative who shares the home: the statement form names them as the source, and takes focus. */
  private hear(relativeId: string): void {
    this.forms.patchDraft(FORM_ID, emptyStatementDraft, { source: 'relative', relativeId, basis: undefined });
    this.focusAfterUpdate(STATEMENT_FORM_HEADING);
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
