import { css, html, nothing, type TemplateResult } from 'lit';
import {
  PERSON_EXPRESSION_NEEDS,
  activeConsent,
  canInvolveInMeetings,
  canPlanJointMeeting,
  consentGate,
  type ExpressionSupport,
  type InvestigationContext,
  type MeetingPlan,
  type Relative,
} from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import { branchesOf, displayName } from '../base/selectors.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { checkbox, checkboxGroup, radioGroup, selectField, textArea, textField } from '../shared/fields.js';
import { fieldError } from '../shared/notices.js';
import { consentNeeded } from '../shared/consent-needed.js';
import { domainTerms } from '../shared/domain-terms.js';
import { stepInvolveTerms } from './step-involve.terms.js';

type ExpressionNeed = (typeof PERSON_EXPRESSION_NEEDS)[number];
type Format = MeetingPlan['format'];

interface ExpressionDraft {
  needs: ExpressionNeed[];
  caseworkerReflection: string;
  supporterRelativeId: string;
  suitabilityJudgement: string;
}

interface PlanDraft {
  format: Format | '';
  personWantsCompany: boolean;
  companyNote: string;
  interpreterForPerson: string;
  communicationSupportForPerson: string;
  interpreterForRelative: string;
  communicationSupportForRelative: string;
  invitationSentAt: string;
}

const EXPRESSION_KEY = 'expression';
const planKey = (relativeId: string) => `plan:${relativeId}`;

/** C4: the gate codes that say the person consented, but a violence concern keeps the relative out for now. */
const C4_CODES = new Set(['violenceConcern', 'violenceJudgement']);

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
  static override styles = [
    ...StepElement.styles,
    css`
      .relative-heading .relation {
        font-weight: 400;
      }
      .part {
        border-top: 1px solid var(--_color-border);
        margin-top: var(--_space-3);
      }
      anhorig-own-support {
        margin-top: var(--_space-3);
        background: transparent;
      }
    `,
  ];

  static override properties = {
    ...StepElement.properties,
    drafts: { state: true },
    lastForm: { state: true },
    confirmed: { state: true },
  };

  protected readonly step = 'involve' as const;

  /** Unsaved form contents: `expression`, or `plan:<relativeId>` for a meeting plan. */
  declare private drafts: Record<string, unknown>;
  declare private lastForm: string | undefined;
  declare private confirmed: string | undefined;

  private readonly t = stepInvolveTerms(this);
  private readonly d = domainTerms(this);

  constructor() {
    super();
    this.drafts = {};
  }

  protected renderStep(snapshot: InvestigationSnapshot): TemplateResult {
    const context = snapshot.context;
    const { record, today } = context;
    const branches = branchesOf(context);
    const listed = record.relatives
      .map((relative, index) => ({ relative, index }))
      .filter(({ relative }) => {
        if (branches.get(relative.id) === 'involve') return true;
        const gate = canInvolveInMeetings(record, relative.id, today);
        return !gate.allowed && C4_CODES.has(gate.code);
      });
    return html`
      <p>${this.t.term('intro')}</p>
      ${this.renderExpressionSupport(context)}
      ${listed.length === 0
        ? html`<p class="notice info">${this.t.term('noneInBranch')}</p>`
        : listed.map(({ relative, index }) => this.renderRelative(context, relative, index))}
    `;
  }

  // Shared form plumbing -------------------------------------------------------------------------

  private draft<T>(key: string, initial: () => T): T {
    return (this.drafts[key] as T | undefined) ?? initial();
  }

  private setDraft(key: string, value: unknown): void {
    this.drafts = { ...this.drafts, [key]: value };
  }

  private clearDraft(key: string): void {
    const { [key]: _cleared, ...rest } = this.drafts;
    this.drafts = rest;
  }

  private rejectionFor(key: string) {
    return this.lastForm === key ? this.ownRejection : undefined;
  }

  private errorFor(key: string, field: string): { error: string } | Record<string, never> {
    const message = fieldError(this.rejectionFor(key), field);
    return message ? { error: message } : {};
  }

  private confirmation(key: string, text: string): TemplateResult | typeof nothing {
    return this.confirmed === key && !this.rejectionFor(key) ? html`<p class="notice info" role="status">${text}</p>` : nothing;
  }

  private relativeLabel(context: InvestigationContext, relativeId: string | undefined): string | undefined {
    const relative = context.record.relatives.find((r) => r.id === relativeId);
    return relative ? `${displayName(relative)} (${relative.relation})` : undefined;
  }

  // Support to express their will ----------------------------------------------------------------

  private renderExpressionSupport(context: InvestigationContext): TemplateResult {
    return html`
      <section aria-labelledby="expression-heading">
        <h3 id="expression-heading">${this.t.term('expressionHeading')}</h3>
        <p class="hint">${this.t.term('expressionIntro')}</p>
        ${this.readonly ? this.renderExpressionSummary(context) : this.renderExpressionForm(context)}
      </section>
    `;
  }

  private renderSupporterConsent(context: InvestigationContext, supporterId: string): TemplateResult {
    const gate = consentGate(context.record, supporterId, 'supportInInvestigation', context.today);
    const consent = activeConsent(context.record, supporterId, 'supportInInvestigation', context.today);
    return html`
      ${consent ? html`<p>${this.t.term('supporterConsent', consent.date)}</p>` : nothing}
      ${consentNeeded(gate, this.t.term('recordConsent'), this.readonly)}
    `;
  }

  private renderExpressionSummary(context: InvestigationContext): TemplateResult {
    const support = context.record.expressionSupport;
    const supporter = this.relativeLabel(context, support?.supporterRelativeId) ?? (support?.supporterName ? this.t.term('otherSupporter', support.supporterName) : undefined);
    return html`
      <dl class="summary">
        <dt>${this.t.term('needs')}</dt>
        <dd>${support?.needs.length ? support.needs.map((n) => this.t.term(`need.${n}`)).join(', ') : this.t.term('noNeeds')}</dd>
        ${support?.caseworkerReflection
          ? html`<dt>${this.t.term('reflection')}</dt>
              <dd>${support.caseworkerReflection}</dd>`
          : nothing}
        <dt>${this.t.term('supporterLabel')}</dt>
        <dd>${supporter ?? this.t.term('none')}</dd>
        ${support?.suitabilityJudgement
          ? html`<dt>${this.t.term('suitability')}</dt>
              <dd>${support.suitabilityJudgement}</dd>`
          : nothing}
      </dl>
      ${support?.supporterRelativeId ? this.renderSupporterConsent(context, support.supporterRelativeId) : nothing}
      ${supporter ? html`<p class="notice info">${this.t.term('supportsNotDecides')}</p>` : nothing}
    `;
  }

  private renderExpressionForm(context: InvestigationContext): TemplateResult {
    const saved = context.record.expressionSupport;
    const draft = this.draft<ExpressionDraft>(EXPRESSION_KEY, () => ({
      needs: [...(saved?.needs ?? [])],
      caseworkerReflection: saved?.caseworkerReflection ?? '',
      supporterRelativeId: saved?.supporterRelativeId ?? '',
      suitabilityJudgement: saved?.suitabilityJudgement ?? '',
    }));
    const set = (patch: Partial<ExpressionDraft>) => this.setDraft(EXPRESSION_KEY, { ...draft, ...patch });
    const rejection = this.rejectionFor(EXPRESSION_KEY);
    return html`
      <form novalidate @submit=${(e: Event) => this.saveExpressionSupport(e, saved, draft)}>
        ${this.confirmation(EXPRESSION_KEY, this.t.term('expressionSaved'))}
        ${rejection
          ? this.renderRejection({
              needs: 'expression-needs',
              caseworkerReflection: 'expression-reflection',
              supporterRelativeId: 'expression-supporter',
              suitabilityJudgement: 'expression-suitability',
            })
          : nothing}
        ${checkboxGroup({
          id: 'expression-needs',
          label: this.t.term('needs'),
          hint: this.t.term('needsHint'),
          values: draft.needs,
          options: PERSON_EXPRESSION_NEEDS.map((n) => ({ value: n, label: this.t.term(`need.${n}`) })),
          onChange: (needs) => set({ needs }),
        })}
        ${textArea({
          id: 'expression-reflection',
          label: this.t.term('reflection'),
          hint: this.t.term('reflectionHint'),
          value: draft.caseworkerReflection,
          ...this.errorFor(EXPRESSION_KEY, 'caseworkerReflection'),
          onChange: (caseworkerReflection) => set({ caseworkerReflection }),
        })}
        ${selectField({
          id: 'expression-supporter',
          label: this.t.term('supporter'),
          hint: this.t.term('supporterHint'),
          value: draft.supporterRelativeId,
          placeholder: this.t.term('noSupporter'),
          options: context.record.relatives.map((r) => ({ value: r.id, label: `${displayName(r)} (${r.relation})` })),
          ...this.errorFor(EXPRESSION_KEY, 'supporterRelativeId'),
          onChange: (supporterRelativeId) => set({ supporterRelativeId }),
        })}
        ${draft.supporterRelativeId
          ? html`
              ${this.renderSupporterConsent(context, draft.supporterRelativeId)}
              ${textArea({
                id: 'expression-suitability',
                label: this.t.term('suitability'),
                hint: this.t.term('suitabilityHint'),
                value: draft.suitabilityJudgement,
                ...this.errorFor(EXPRESSION_KEY, 'suitabilityJudgement'),
                onChange: (suitabilityJudgement) => set({ suitabilityJudgement }),
              })}
              <p class="notice info">${this.t.term('supportsNotDecides')}</p>
            `
          : nothing}
        <div class="actions"><button type="submit">${this.t.term('expressionSave')}</button></div>
      </form>
    `;
  }

  private saveExpressionSupport(event: Event, saved: ExpressionSupport | undefined, draft: ExpressionDraft): void {
    event.preventDefault();
    const value: ExpressionSupport = {
      needs: draft.needs,
      caseworkerReflection: draft.caseworkerReflection,
      supporterRelativeId: draft.supporterRelativeId || undefined,
      // A supporter named without being a relative (set by a host) is kept unless a relative is chosen.
      supporterName: draft.supporterRelativeId ? undefined : saved?.supporterName,
      suitabilityJudgement: draft.suitabilityJudgement,
    };
    this.lastForm = EXPRESSION_KEY;
    this.confirmed = undefined;
    this.send({ type: 'expressionSupport.set', value });
    if (this.ownRejection) return;
    this.clearDraft(EXPRESSION_KEY);
    this.confirmed = EXPRESSION_KEY;
  }

  // Per relative -------------------------------------------------------------------------------

  private renderRelative(context: InvestigationContext, relative: Relative, index: number): TemplateResult {
    const p = `r${index}`;
    const name = displayName(relative);
    const branch = branchesOf(context).get(relative.id) ?? 'undecided';
    const involve = canInvolveInMeetings(context.record, relative.id, context.today);
    const plan = context.record.meetingPlans.find((m) => m.relativeId === relative.id);
    return html`
      <section class="card" aria-labelledby="${p}-heading" part="relative">
        <h3 id="${p}-heading" class="relative-heading">${name} <span class="relation">(${relative.relation})</span></h3>
        <p><span class="tag">${this.d.term(`branch.${branch}`)}</span></p>
        <div class="part">
          <h4>${this.t.term('planHeading')}</h4>
          ${!involve.allowed && C4_CODES.has(involve.code) ? html`<p class="hint">${this.t.term('blockedHint')}</p>` : nothing}
          ${involve.allowed
            ? this.readonly
              ? this.renderPlanSummary(plan, name)
              : this.renderPlanForm(context, relative, p, plan)
            : html`${plan ? this.renderPlanSummary(plan, name) : nothing}${consentNeeded(involve, this.t.term('recordConsent'), this.readonly)}`}
        </div>
        ${branch === 'involve' ? html`<anhorig-own-support relative-id=${relative.id} ?readonly=${this.readonly}></anhorig-own-support>` : nothing}
      </section>
    `;
  }

  private renderPlanSummary(plan: MeetingPlan | undefined, name: string): TemplateResult {
    if (!plan) return html`<p>${this.t.term('planNone')}</p>`;
    const row = (label: string, value: string | undefined) =>
      value
        ? html`<dt>${label}</dt>
            <dd>${value}</dd>`
        : nothing;
    return html`
      <dl class="summary">
        ${row(this.t.term('planFormat'), this.t.term(`format.${plan.format}`))}
        ${row(this.t.term('planCompany'), plan.personWantsCompany ? [this.t.term('yes'), plan.companyNote].filter(Boolean).join(': ') : this.t.term('no'))}
        ${row(this.t.term('planInterpreterPerson'), plan.interpreterForPerson)}
        ${row(this.t.term('planCommunicationPerson'), plan.communicationSupportForPerson)}
        ${row(`${this.t.term('planInterpreterRelative')} (${name})`, plan.interpreterForRelative)}
        ${row(`${this.t.term('planCommunicationRelative')} (${name})`, plan.communicationSupportForRelative)}
        ${row(this.t.term('planInvitation'), plan.invitationSentAt)}
      </dl>
    `;
  }

  private renderPlanForm(context: InvestigationContext, relative: Relative, p: string, plan: MeetingPlan | undefined): TemplateResult {
    const key = planKey(relative.id);
    const name = displayName(relative);
    const draft = this.draft<PlanDraft>(key, () => ({
      format: plan?.format ?? '',
      personWantsCompany: plan?.personWantsCompany ?? false,
      companyNote: plan?.companyNote ?? '',
      interpreterForPerson: plan?.interpreterForPerson ?? '',
      communicationSupportForPerson: plan?.communicationSupportForPerson ?? '',
      interpreterForRelative: plan?.interpreterForRelative ?? '',
      communicationSupportForRelative: plan?.communicationSupportForRelative ?? '',
      invitationSentAt: plan?.invitationSentAt ?? '',
    }));
    const set = (patch: Partial<PlanDraft>) => this.setDraft(key, { ...draft, ...patch });
    // C4: a joint conversation is offered only where the core allows it; otherwise the reason is shown.
    const joint = canPlanJointMeeting(context.record, relative.id, context.today);
    const formats: Format[] = joint.allowed ? ['joint', 'separate'] : ['separate'];
    const ids = {
      format: `${p}-format`,
      companyNote: `${p}-company-note`,
      interpreterForPerson: `${p}-interpreter-person`,
      communicationSupportForPerson: `${p}-communication-person`,
      interpreterForRelative: `${p}-interpreter-relative`,
      communicationSupportForRelative: `${p}-communication-relative`,
      invitationSentAt: `${p}-invitation`,
    };
    const rejection = this.rejectionFor(key);
    return html`
      <form novalidate @submit=${(e: Event) => this.savePlan(e, relative.id, draft)}>
        ${this.confirmation(key, this.t.term('planSaved'))} ${rejection ? this.renderRejection(ids) : nothing}
        ${radioGroup({
          id: ids.format,
          label: this.t.term('format', name),
          hint: joint.allowed ? this.t.term('formatHint') : joint.message,
          value: draft.format || undefined,
          options: formats.map((f) => ({ value: f, label: this.t.term(`format.${f}`) })),
          ...this.errorFor(key, 'format'),
          onChange: (format) => set({ format }),
        })}
        ${checkbox({
          id: `${p}-company`,
          label: this.t.term('company'),
          checked: draft.personWantsCompany,
          onChange: (personWantsCompany) => set({ personWantsCompany }),
        })}
        ${draft.personWantsCompany
          ? textArea({
              id: ids.companyNote,
              label: this.t.term('companyNote'),
              value: draft.companyNote,
              ...this.errorFor(key, 'companyNote'),
              onChange: (companyNote) => set({ companyNote }),
            })
          : nothing}
        ${textField({
          id: ids.interpreterForPerson,
          label: this.t.term('interpreterForPerson'),
          value: draft.interpreterForPerson,
          ...this.errorFor(key, 'interpreterForPerson'),
          onChange: (interpreterForPerson) => set({ interpreterForPerson }),
        })}
        ${textArea({
          id: ids.communicationSupportForPerson,
          label: this.t.term('communicationForPerson'),
          hint: this.t.term('communicationHint'),
          value: draft.communicationSupportForPerson,
          ...this.errorFor(key, 'communicationSupportForPerson'),
          onChange: (communicationSupportForPerson) => set({ communicationSupportForPerson }),
        })}
        ${textField({
          id: ids.interpreterForRelative,
          label: this.t.term('interpreterForRelative', name),
          value: draft.interpreterForRelative,
          ...this.errorFor(key, 'interpreterForRelative'),
          onChange: (interpreterForRelative) => set({ interpreterForRelative }),
        })}
        ${textArea({
          id: ids.communicationSupportForRelative,
          label: this.t.term('communicationForRelative', name),
          hint: this.t.term('communicationHint'),
          value: draft.communicationSupportForRelative,
          ...this.errorFor(key, 'communicationSupportForRelative'),
          onChange: (communicationSupportForRelative) => set({ communicationSupportForRelative }),
        })}
        ${textField({
          id: ids.invitationSentAt,
          label: this.t.term('invitation'),
          type: 'date',
          value: draft.invitationSentAt,
          ...this.errorFor(key, 'invitationSentAt'),
          onChange: (invitationSentAt) => set({ invitationSentAt }),
        })}
        <div class="actions"><button type="submit">${this.t.term('planSave')}</button></div>
      </form>
    `;
  }

  private savePlan(event: Event, relativeId: string, draft: PlanDraft): void {
    event.preventDefault();
    const optional = (value: string) => (value.trim() === '' ? undefined : value);
    const plan: MeetingPlan = {
      relativeId,
      format: draft.format as Format,
      personWantsCompany: draft.personWantsCompany,
      companyNote: draft.personWantsCompany ? draft.companyNote : '',
      interpreterForPerson: optional(draft.interpreterForPerson),
      communicationSupportForPerson: draft.communicationSupportForPerson,
      interpreterForRelative: optional(draft.interpreterForRelative),
      communicationSupportForRelative: draft.communicationSupportForRelative,
      invitationSentAt: optional(draft.invitationSentAt),
    };
    const key = planKey(relativeId);
    this.lastForm = key;
    this.confirmed = undefined;
    this.send({ type: 'meetingPlan.set', plan });
    if (this.ownRejection) return;
    this.clearDraft(key);
    this.confirmed = key;
  }
}
