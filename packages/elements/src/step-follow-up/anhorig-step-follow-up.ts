import { html, nothing, type TemplateResult } from 'lit';
import {
  FOLLOW_UP_ACTIONS,
  canTakePartInFollowUp,
  grantedDecisions,
  type DecidedSupport,
  type FollowUp,
  type IndirectSupportProposal,
  type InvestigationContext,
  type InvestigationEvent,
  type Relative,
  type StepId,
  type YesNoUnknown,
} from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import { displayName } from '../base/selectors.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { checkboxGroup, radioGroup, textArea, textField } from '../shared/fields.js';
import { fieldError } from '../shared/notices.js';
import { consentNeeded } from '../shared/consent-needed.js';
import { domainTerms } from '../shared/domain-terms.js';
import { followUpTerms } from './step-follow-up.terms.js';
import { styles } from './anhorig-step-follow-up.styles.js';

type OutcomeAction = FollowUp['outcomeActions'][number];
type RelativeView = FollowUp['relativeViews'][number];

interface ViewDraft {
  /** Per decision id: the chosen step of the catalogue's follow-up scale and the relative's words. */
  results: Record<string, { resultId: string; view: string }>;
  qualityView: string;
  effectView: string;
}

interface OwnDraft {
  date: string;
  able: YesNoUnknown;
  need: string;
}

/** A granted decision that is also meant to relieve a relative, with the proposal behind it. */
interface ReliefGoal {
  decision: DecidedSupport;
  proposal: IndirectSupportProposal;
}

const YES_NO: readonly YesNoUnknown[] = ['yes', 'no', 'unknown'];

const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('sv') + s.slice(1);

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

  static override properties = {
    ...StepElement.properties,
    viewDrafts: { state: true },
    ownDrafts: { state: true },
    saved: { state: true },
  };

  protected readonly step: StepId = 'followUp';

  declare private viewDrafts: Record<string, ViewDraft>;
  declare private ownDrafts: Record<string, OwnDraft>;
  /** Which part was just saved (for its short confirmation). */
  declare private saved: string | undefined;
  /** Which part sent the last event, so a refusal is shown where it happened. */
  private lastPart: string | undefined;

  private readonly t = followUpTerms(this);
  private readonly d = domainTerms(this);

  constructor() {
    super();
    this.viewDrafts = {};
    this.ownDrafts = {};
  }

  protected renderStep(snapshot: InvestigationSnapshot): TemplateResult {
    const context = snapshot.context;
    const { record } = context;
    if (record.progress.phase === 'investigation')
      return html`
        <p class="notice info">${this.t.term('notOpen')}</p>
        <p class="hint">${this.t.term('notOpenHint')}</p>
      `;
    if (!record.followUp) return this.renderNotStarted();
    const followUp = record.followUp;
    return html`
      <p>${this.t.term('startIntro')}</p>
      <p>${this.t.term('startedAt', this.t.date(followUp.startedAt))}</p>
      ${this.renderPlanned(context)} ${this.renderPerson(context, followUp)} ${this.renderRelatives(context, followUp)}
      ${this.renderOwnSituation(context)} ${this.renderOutcome(followUp)}
    `;
  }

  // — Before the follow-up ————————————————————————————————————————————————

  private renderNotStarted(): TemplateResult {
    return html`
      <p>${this.t.term('startIntro')}</p>
      ${this.readonly
        ? html`<p>${this.t.term('notStarted')}</p>`
        : html`
            ${this.rejectionFor('start')}
            <div class="actions">
              <button type="button" @click=${() => this.sendFrom('start', { type: 'followUp.start' })}>${this.t.term('start')}</button>
            </div>
          `}
    `;
  }

  /** M4 from the assignment: how and when the follow-up was planned, for whoever picks it up. */
  private renderPlanned(context: InvestigationContext): TemplateResult | typeof nothing {
    const plan = context.record.assignmentPlan;
    if (!plan?.followUpHow?.trim() && !plan?.followUpWhen) return nothing;
    return html`
      <dl class="summary">
        <dt>${this.t.term('plannedFollowUp')}</dt>
        <dd>${[plan.followUpHow?.trim(), plan.followUpWhen ? this.t.term('plannedWhen', this.t.date(plan.followUpWhen)) : ''].filter(Boolean).join(', ')}</dd>
      </dl>
    `;
  }

  // — (b) The person ——————————————————————————————————————————————————————

  private renderPerson(context: InvestigationContext, followUp: FollowUp): TemplateResult {
    const person = followUp.person;
    const answerOf = (relativeId: string) => person.stillWantsRelativeSupport.find((s) => s.relativeId === relativeId)?.answer;
    const yesNo = YES_NO.map((v) => ({ value: v, label: this.d.term(`yesNo.${v}`) }));
    const update = (patch: Partial<FollowUp['person']>) =>
      this.sendFrom('person', { type: 'followUp.update', patch: { person: { ...person, ...patch } } });
    if (this.readonly)
      return html`
        <section aria-labelledby="fu-person-heading">
          <h3 id="fu-person-heading">${this.t.term('personHeading')}</h3>
          <dl class="summary">
            <dt>${this.t.term('supportGiven')}</dt>
            <dd>${this.d.term(`yesNo.${person.supportGiven}`)}</dd>
            ${person.qualityView ? html`<dt>${this.t.term('qualityView')}</dt><dd>${person.qualityView}</dd>` : nothing}
            ${context.record.relatives.map((r) => {
              const answer = answerOf(r.id);
              return html`<dt>${this.t.term('stillWants', this.relativeLabel(r))}</dt>
                <dd>${answer ? this.d.term(`yesNo.${answer}`) : this.t.term('notAnswered')}</dd>`;
            })}
          </dl>
        </section>
      `;
    return html`
      <section aria-labelledby="fu-person-heading">
        <h3 id="fu-person-heading">${this.t.term('personHeading')}</h3>
        ${this.rejectionFor('person')}
        ${radioGroup({
          id: 'fu-support-given',
          label: this.t.term('supportGiven'),
          value: person.supportGiven,
          options: yesNo,
          onChange: (supportGiven) => update({ supportGiven }),
        })}
        ${textArea({
          id: 'fu-quality',
          label: this.t.term('qualityView'),
          value: person.qualityView ?? '',
          onChange: (v) => update({ qualityView: v.trim() || undefined }),
        })}
        ${context.record.relatives.map((r) => {
          const value = answerOf(r.id);
          return radioGroup({
            id: `fu-still-wants-${r.id}`,
            label: this.t.term('stillWants', this.relativeLabel(r)),
            hint: this.t.term('stillWantsHint'),
            ...(value ? { value } : {}),
            options: yesNo,
            onChange: (answer) => {
              const others = person.stillWantsRelativeSupport.filter((s) => s.relativeId !== r.id);
              update({ stillWantsRelativeSupport: [...others, { relativeId: r.id, answer }] });
            },
          });
        })}
      </section>
    `;
  }

  // — (a) and (c) Relatives in the follow-up of the person's support (C8) ———————————————

  private renderRelatives(context: InvestigationContext, followUp: FollowUp): TemplateResult {
    const { relatives } = context.record;
    return html`
      <section aria-labelledby="fu-relatives-heading">
        <h3 id="fu-relatives-heading">${this.t.term('relativesHeading')}</h3>
        <p>${this.t.term('relativesIntro')}</p>
        ${relatives.length === 0 ? html`<p>${this.t.term('noRelatives')}</p>` : relatives.map((r) => this.renderRelative(context, followUp, r))}
      </section>
    `;
  }

  private renderRelative(context: InvestigationContext, followUp: FollowUp, relative: Relative): TemplateResult {
    const gate = canTakePartInFollowUp(context.record, relative.id, context.today);
    const view = followUp.relativeViews.find((v) => v.relativeId === relative.id);
    return html`
      <div class="card relative">
        <h4>${this.relativeLabel(relative)}</h4>
        ${gate.allowed
          ? html`${this.renderInvitation(followUp, relative)}
            ${this.readonly ? this.renderViewSummary(context, relative, view) : this.renderViewForm(context, relative, view)}`
          : html`${consentNeeded(gate, this.t.term('recordConsent'), this.readonly)}
            ${view ? this.renderViewSummary(context, relative, view) : nothing}`}
      </div>
    `;
  }

  private renderInvitation(followUp: FollowUp, relative: Relative): TemplateResult {
    const invitation = followUp.invitations.find((i) => i.relativeId === relative.id);
    const part = `invite-${relative.id}`;
    return html`
      <p>${invitation ? this.t.term('invitedAt', this.t.date(invitation.sentAt)) : this.t.term('notInvited')}</p>
      ${this.readonly || invitation
        ? nothing
        : html`
            ${this.rejectionFor(part)}
            <div class="actions">
              <button type="button" class="secondary" @click=${() => this.sendFrom(part, { type: 'followUp.invite', relativeId: relative.id })}>
                ${this.t.term('invite')}<span class="visually-hidden">: ${displayName(relative)}</span>
              </button>
            </div>
          `}
      ${this.savedNotice(part, 'invited')}
    `;
  }

  /** The granted decisions that are also meant to relieve this relative (indirect support, C6). */
  private reliefGoals(context: InvestigationContext, relativeId: string): ReliefGoal[] {
    return grantedDecisions(context.record).flatMap((decision) => {
      const proposal = context.record.indirectSupport.find((p) => p.id === decision.indirectSupportId);
      return proposal && proposal.relativeId === relativeId ? [{ decision, proposal }] : [];
    });
  }

  private supportName(context: InvestigationContext, decision: DecidedSupport): string {
    return context.catalogue.supportTypes.find((s) => s.id === decision.supportTypeId)?.name ?? decision.supportTypeId;
  }

  private draftFromView(view: RelativeView | undefined): ViewDraft {
    return {
      results: Object.fromEntries((view?.goalResults ?? []).map((g) => [g.decisionId, { resultId: g.resultId, view: g.view ?? '' }])),
      qualityView: view?.qualityView ?? '',
      effectView: view?.effectView ?? '',
    };
  }

  private renderViewForm(context: InvestigationContext, relative: Relative, view: RelativeView | undefined): TemplateResult {
    const id = relative.id;
    const draft = this.viewDrafts[id] ?? this.draftFromView(view);
    const set = (patch: Partial<ViewDraft>) => (this.viewDrafts = { ...this.viewDrafts, [id]: { ...draft, ...patch } });
    const goals = this.reliefGoals(context, id);
    const name = displayName(relative);
    const part = `view-${id}`;
    const headingId = `fu-view-${id}-heading`;
    return html`
      <form class="part" novalidate aria-labelledby=${headingId} @submit=${(e: Event) => this.submitView(e, relative, draft)}>
        <h5 id=${headingId}>${this.t.term('viewHeading', name)}</h5>
        ${this.savedNotice(part, 'viewSaved')} ${this.rejectionFor(part)}
        ${goals.length === 0 ? html`<p>${this.t.term('noIndirect', name)}</p>` : nothing}
        ${goals.map(({ decision, proposal }) => {
          const support = lowerFirst(this.supportName(context, decision));
          const result = draft.results[decision.id] ?? { resultId: '', view: '' };
          const setResult = (patch: Partial<typeof result>) => set({ results: { ...draft.results, [decision.id]: { ...result, ...patch } } });
          const goalLines = [
            proposal.goal?.trim() ? this.t.term('reliefGoal', proposal.goal.trim()) : '',
            decision.goal?.trim() ? this.t.term('supportGoal', decision.goal.trim()) : '',
          ].filter(Boolean);
          return html`
            <div class="goal">
              ${radioGroup({
                id: `fu-view-${id}-${decision.id}-result`,
                label: this.t.term('reliefQuestion', support),
                ...(goalLines.length ? { hint: goalLines.join(' ') } : {}),
                ...(result.resultId ? { value: result.resultId } : {}),
                options: context.catalogue.followUpScale.map((s) => ({ value: s.id, label: s.label })),
                onChange: (resultId) => setResult({ resultId }),
              })}
              ${textArea({
                id: `fu-view-${id}-${decision.id}-view`,
                label: this.t.term('reliefView', support),
                value: result.view,
                onChange: (v) => setResult({ view: v }),
              })}
            </div>
          `;
        })}
        ${textArea({ id: `fu-view-${id}-quality`, label: this.t.term('relativeQuality'), value: draft.qualityView, onChange: (qualityView) => set({ qualityView }) })}
        ${textArea({ id: `fu-view-${id}-effect`, label: this.t.term('relativeEffect'), value: draft.effectView, onChange: (effectView) => set({ effectView }) })}
        <div class="actions">
          <button type="submit">${this.t.term('saveView')}<span class="visually-hidden">: ${name}</span></button>
        </div>
      </form>
    `;
  }

  private submitView(event: Event, relative: Relative, draft: ViewDraft): void {
    event.preventDefault();
    const part = `view-${relative.id}`;
    const goalResults = Object.entries(draft.results)
      .filter(([, r]) => r.resultId)
      .map(([decisionId, r]) => ({ decisionId, resultId: r.resultId, ...(r.view.trim() ? { view: r.view.trim() } : {}) }));
    this.sendFrom(part, {
      type: 'followUp.recordRelativeView',
      view: {
        relativeId: relative.id,
        goalResults,
        ...(draft.qualityView.trim() ? { qualityView: draft.qualityView.trim() } : {}),
        ...(draft.effectView.trim() ? { effectView: draft.effectView.trim() } : {}),
      },
    });
    if (!this.ownRejection) {
      const { [relative.id]: _saved, ...rest } = this.viewDrafts;
      this.viewDrafts = rest;
    }
  }

  private renderViewSummary(context: InvestigationContext, relative: Relative, view: RelativeView | undefined): TemplateResult {
    const headingId = `fu-view-${relative.id}-heading`;
    const scale = context.catalogue.followUpScale;
    const decisions = context.record.assessment?.decisions ?? [];
    return html`
      <h5 id=${headingId}>${this.t.term('viewHeading', displayName(relative))}</h5>
      ${view
        ? html`
            <dl class="summary">
              ${view.goalResults.map((g) => {
                const decision = decisions.find((d) => d.id === g.decisionId);
                const support = decision ? lowerFirst(this.supportName(context, decision)) : g.decisionId;
                const label = scale.find((s) => s.id === g.resultId)?.label ?? g.resultId;
                return html`<dt>${this.t.term('reliefQuestion', support)}</dt>
                  <dd>${label}${g.view ? html`<br />${g.view}` : nothing}</dd>`;
              })}
              ${view.qualityView ? html`<dt>${this.t.term('relativeQuality')}</dt><dd>${view.qualityView}</dd>` : nothing}
              ${view.effectView ? html`<dt>${this.t.term('relativeEffect')}</dt><dd>${view.effectView}</dd>` : nothing}
            </dl>
            <p class="hint">${this.t.term('viewRecordedWith')}</p>
          `
        : html`<p>${this.t.term('noView')}</p>`}
    `;
  }

  // — (d) The relative's own situation: no consent, kept apart (C8) ————————————————

  private renderOwnSituation(context: InvestigationContext): TemplateResult {
    const { relatives } = context.record;
    return html`
      <section aria-labelledby="fu-own-heading" class="apart">
        <h3 id="fu-own-heading">${this.t.term('ownHeading')}</h3>
        <p class="notice info">${this.t.term('ownApart')}</p>
        ${relatives.length === 0 ? html`<p>${this.t.term('noRelatives')}</p>` : relatives.map((r) => this.renderOwn(context, r))}
      </section>
    `;
  }

  private renderOwn(context: InvestigationContext, relative: Relative): TemplateResult {
    const earlier = context.relativeRecords.find((own) => own.relativeId === relative.id)?.ownSituationFollowUp ?? [];
    return html`
      <div class="card relative">
        <h4>${this.relativeLabel(relative)}</h4>
        ${earlier.length === 0
          ? html`<p>${this.t.term('ownNone')}</p>`
          : html`
              <p><strong>${this.t.term('ownEarlier')}</strong></p>
              <ul>
                ${[...earlier].reverse().map(
                  (e) => html`<li>
                    ${this.t.term('ownEntry', this.t.date(e.date), this.d.term(`yesNo.${e.stillAbleAndWilling}`))}
                    ${e.newNeed ? html`<br />${this.t.term('ownNewNeed', e.newNeed)}` : nothing}
                  </li>`,
                )}
              </ul>
            `}
        ${this.readonly ? nothing : this.renderOwnForm(context, relative, earlier)}
      </div>
    `;
  }

  private renderOwnForm(
    context: InvestigationContext,
    relative: Relative,
    earlier: readonly { date: string; stillAbleAndWilling: YesNoUnknown; newNeed?: string | undefined }[],
  ): TemplateResult {
    const id = relative.id;
    const draft = this.ownDrafts[id] ?? { date: context.today, able: 'unknown', need: '' };
    const set = (patch: Partial<OwnDraft>) => (this.ownDrafts = { ...this.ownDrafts, [id]: { ...draft, ...patch } });
    const part = `own-${id}`;
    const rejection = this.lastPart === part ? this.ownRejection : undefined;
    return html`
      <form class="part" novalidate aria-label=${`${this.t.term('ownHeading')}: ${displayName(relative)}`} @submit=${(e: Event) => this.submitOwn(e, context, relative, draft)}>
        ${this.savedNotice(part, 'ownSaved')} ${this.rejectionFor(part, { date: `fu-own-${id}-date` })}
        ${textField({
          id: `fu-own-${id}-date`,
          label: this.t.term('ownDate'),
          type: 'date',
          value: draft.date,
          error: fieldError(rejection, 'date'),
          onChange: (date) => set({ date }),
        })}
        ${radioGroup({
          id: `fu-own-${id}-able`,
          label: this.t.term('ownAble', displayName(relative)),
          hint: this.t.term('ownAbleHint'),
          value: draft.able,
          options: YES_NO.map((v) => ({ value: v, label: this.d.term(`yesNo.${v}`) })),
          onChange: (able) => set({ able }),
        })}
        ${textArea({ id: `fu-own-${id}-need`, label: this.t.term('ownNeed'), hint: this.t.term('ownNeedHint'), value: draft.need, onChange: (need) => set({ need }) })}
        <div class="actions">
          <button type="submit" class="secondary">${this.t.term('saveOwn')}<span class="visually-hidden">: ${displayName(relative)}</span></button>
        </div>
      </form>
    `;
  }

  private submitOwn(
    event: Event,
    context: InvestigationContext,
    relative: Relative,
    draft: OwnDraft,
  ): void {
    event.preventDefault();
    const entry = { date: draft.date, stillAbleAndWilling: draft.able, ...(draft.need.trim() ? { newNeed: draft.need.trim() } : {}) };
    this.sendFrom(`own-${relative.id}`, { type: 'relativeRecord.addOwnSituationFollowUp', relativeId: relative.id, entry });
    if (!this.ownRejection) this.ownDrafts = { ...this.ownDrafts, [relative.id]: { date: context.today, able: 'unknown', need: '' } };
  }

  // — (e) Outcome ——————————————————————————————————————————————————————————

  private renderOutcome(followUp: FollowUp): TemplateResult {
    const chosen = followUp.outcomeActions;
    const outcomeLabel = (a: OutcomeAction) => this.t.term(`outcome.${a}`);
    return html`
      <section aria-labelledby="fu-outcome-heading">
        <h3 id="fu-outcome-heading">${this.t.term('outcomeHeading')}</h3>
        ${this.readonly
          ? html`
              ${chosen.length ? html`<ul>${chosen.map((a) => html`<li>${outcomeLabel(a)}</li>`)}</ul>` : html`<p>${this.t.term('outcomeNone')}</p>`}
              ${followUp.note ? html`<dl class="summary"><dt>${this.t.term('noteLabel')}</dt><dd>${followUp.note}</dd></dl>` : nothing}
            `
          : html`
              ${this.rejectionFor('outcome')}
              ${checkboxGroup({
                id: 'fu-outcome',
                label: this.t.term('outcomes'),
                hint: this.t.term('outcomesHint'),
                values: chosen,
                options: FOLLOW_UP_ACTIONS.map((a) => ({ value: a, label: outcomeLabel(a) })),
                onChange: (outcomeActions) => this.sendFrom('outcome', { type: 'followUp.update', patch: { outcomeActions } }),
              })}
            `}
        ${chosen.includes('relativeOwnSupport') ? html`<p class="notice info">${this.t.term('ownSupportPrompt')}</p>` : nothing}
        ${chosen.includes('updatedAssignment')
          ? html`
              <div class="notice updated-assignment" part="updated-assignment">
                <p>${this.t.term('updatedPrompt')}</p>
                ${this.readonly
                  ? nothing
                  : html`${this.rejectionFor('nav')}
                      <div class="actions">
                        <button type="button" @click=${() => this.sendFrom('nav', { type: 'nav.goTo', step: 'assignment' })}>${this.t.term('goToAssignment')}</button>
                      </div>`}
              </div>
            `
          : nothing}
        ${this.readonly
          ? nothing
          : textArea({
              id: 'fu-note',
              label: this.t.term('note'),
              value: followUp.note ?? '',
              onChange: (note) => this.sendFrom('outcome', { type: 'followUp.update', patch: { note: note.trim() || undefined } }),
            })}
      </section>
    `;
  }

  // — Helpers ——————————————————————————————————————————————————————————————

  private relativeLabel(relative: Relative): string {
    return `${displayName(relative)} (${relative.relation})`;
  }

  /** Send an event on behalf of one part of the step, and remember the part for its confirmation or refusal. */
  private sendFrom(part: string, event: InvestigationEvent): void {
    this.lastPart = part;
    this.saved = undefined;
    this.send(event);
    if (!this.ownRejection) this.saved = part;
  }

  private rejectionFor(part: string, fields: Readonly<Record<string, string>> = {}): TemplateResult | typeof nothing {
    return this.lastPart === part && this.ownRejection ? this.renderRejection(fields) : nothing;
  }

  private savedNotice(part: string, term: 'invited' | 'viewSaved' | 'ownSaved'): TemplateResult | typeof nothing {
    return this.saved === part && !this.ownRejection ? html`<p class="notice info" role="status">${this.t.term(term)}</p>` : nothing;
  }
}
