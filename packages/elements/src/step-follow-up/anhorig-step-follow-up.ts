import { html, nothing, type TemplateResult } from 'lit';
import type { FollowUp, InvestigationContext, StepId } from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { domainTerms } from '../shared/domain-terms.js';
import { communicationTerms } from '../step-involve/communication-note.js';
import { followUpTerms } from './step-follow-up.terms.js';
import { styles } from './anhorig-step-follow-up.styles.js';
import type { FollowUpView } from './follow-up-view.js';
import { notOpen, notStarted, plannedFollowUp, START } from './start.js';
import { PERSON, personPart } from './person-part.js';
import { inviteKey, relativesPart } from './relative-part.js';
import { viewKey, type RelativeViewValue } from './relative-view.js';
import { ownKey, ownSituationPart, type OwnSituationEntry } from './own-situation.js';
import { NAV, OUTCOME, outcomePart } from './outcome.js';

/**
 * @summary Step 6, *Följa upp med ett anhörigperspektiv*: a later phase on the same record, possibly
 * by another handläggare. Follows up with the person whether the support was given with good
 * quality and whether they still want each relative's support; with the person's consent, lets
 * relatives take part in the follow-up meeting and give their view of the relief each indirect
 * support was meant to give (C8); holds a conversation about the relative's own situation apart,
 * in the relative's own record and without consent (C8); and records what the follow-up leads to,
 * including the relative's own support (C12) and an updated assignment (a new version, step 5).
 *
 * @csspart step - The step's section.
 * @csspart warnings - What is left in the step.
 * @csspart error-summary - The list of what could not be saved.
 * @csspart consent-needed - The notice shown where taking part needs a consent that is missing.
 * @csspart updated-assignment - The prompt to send an updated assignment (step 5).
 */
export class AnhorigStepFollowUp extends StepElement {
  static override styles = [...StepElement.styles, styles];

  protected readonly step: StepId = 'followUp';

  private readonly t = followUpTerms(this);
  private readonly d = domainTerms(this);
  private readonly c = communicationTerms(this);

  protected renderStep(snapshot: InvestigationSnapshot): TemplateResult {
    const view = this.viewOf(snapshot.context);
    const { record } = view.context;
    if (record.progress.phase === 'investigation') return notOpen(view);
    if (!record.followUp) return notStarted(view, () => this.start());
    const followUp = record.followUp;
    return html`
      <p>${this.t.term('startIntro')}</p>
      <p>${this.t.term('startedAt', this.t.date(followUp.startedAt))}</p>
      ${plannedFollowUp(view)} ${personPart(view, followUp, (person) => this.updatePerson(person))}
      ${relativesPart(view, followUp, {
        onInvite: (relative) => this.invite(relative.id),
        onSaveView: (event, value) => this.saveView(event, value),
      })}
      ${ownSituationPart(view, (event, relativeId, entry) => this.saveOwn(event, relativeId, entry))}
      ${outcomePart(view, followUp, { onUpdate: (patch) => this.updateOutcome(patch), onGoToAssignment: () => this.goToAssignment() })}
    `;
  }

  private viewOf(context: InvestigationContext): FollowUpView {
    return {
      context,
      t: this.t,
      d: this.d,
      c: this.c,
      readonly: this.readonly,
      forms: this.forms,
      rejection: (key, fields) => (this.forms.rejection(key) ? this.renderRejection(fields) : nothing),
    };
  }

  // Handlers: each sends on behalf of its part, where its refusal or confirmation is shown. -------

  private start(): void {
    this.forms.send(START, { type: 'followUp.start' });
  }

  private updatePerson(person: FollowUp['person']): void {
    this.forms.send(PERSON, { type: 'followUp.update', patch: { person } });
  }

  private invite(relativeId: string): void {
    this.forms.send(inviteKey(relativeId), { type: 'followUp.invite', relativeId });
  }

  private saveView(event: Event, value: RelativeViewValue): void {
    event.preventDefault();
    this.forms.send(viewKey(value.relativeId), { type: 'followUp.recordRelativeView', view: value });
  }

  /** C8: into the relative's own record, not the person's. */
  private saveOwn(event: Event, relativeId: string, entry: OwnSituationEntry): void {
    event.preventDefault();
    this.forms.send(ownKey(relativeId), { type: 'relativeRecord.addOwnSituationFollowUp', relativeId, entry });
  }

  private updateOutcome(patch: Partial<Pick<FollowUp, 'outcomeActions' | 'note'>>): void {
    this.forms.send(OUTCOME, { type: 'followUp.update', patch });
  }

  private goToAssignment(): void {
    this.forms.send(NAV, { type: 'nav.goTo', step: 'assignment' });
  }
}
