import { html, nothing, type TemplateResult } from 'lit';
import {
  availableRelativeSupport,
  indirectSupportStatus,
  type Assessment,
  type DecidedSupport,
  type InvestigationContext,
  type Rejection,
  type StepId,
} from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import { displayName } from '../base/selectors.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { errorSummary, radioGroup, selectField, textArea, textField, type FieldError } from '../shared/fields.js';
import { rejectionSummary } from '../shared/notices.js';
import { stepAssessmentTerms } from './step-assessment.terms.js';
import { styles } from './anhorig-step-assessment.styles.js';

type Outcome = DecidedSupport['outcome'];

interface DecisionDraft {
  id: string;
  lifeAreaId: string;
  supportTypeId: string;
  outcome: Outcome;
  extent: string;
  goal: string;
  indirectSupportId: string;
}

interface Draft {
  needsAssessment: string;
  decisions: DecisionDraft[];
  decidedAt: string;
}

/** The decision fields (last path segment of the machine's issues) and the ids of their controls. */
const DECISION_FIELDS = {
  lifeAreaId: 'life-area',
  supportTypeId: 'support-type',
  outcome: 'outcome',
  extent: 'extent',
  goal: 'goal',
  indirectSupportId: 'indirect',
} as const;
type DecisionField = keyof typeof DECISION_FIELDS;

const fieldId = (index: number, field: DecisionField): string => `decision-${index}-${DECISION_FIELDS[field]}`;

const toDraft = (d: DecidedSupport): DecisionDraft => ({
  id: d.id,
  lifeAreaId: d.lifeAreaId,
  supportTypeId: d.supportTypeId,
  outcome: d.outcome,
  extent: d.extent ?? '',
  goal: d.goal ?? '',
  indirectSupportId: d.indirectSupportId ?? '',
});

/** The whole assessment as `assessment.set` carries it; blank optional fields are left out. */
const toAssessment = (draft: Draft): Assessment => ({
  needsAssessment: draft.needsAssessment.trim(),
  decisions: draft.decisions.map((d) => ({
    id: d.id,
    lifeAreaId: d.lifeAreaId,
    supportTypeId: d.supportTypeId,
    outcome: d.outcome,
    ...(d.extent.trim() ? { extent: d.extent.trim() } : {}),
    ...(d.goal.trim() ? { goal: d.goal.trim() } : {}),
    ...(d.indirectSupportId ? { indirectSupportId: d.indirectSupportId } : {}),
  })),
  ...(draft.decidedAt ? { decidedAt: draft.decidedAt } : {}),
  source: 'element',
});

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

  static override properties = {
    ...StepElement.properties,
    draft: { state: true },
    saved: { state: true },
    refuseNote: { state: true },
  };

  protected readonly step: StepId = 'assessment';
  declare private draft: Draft | undefined;
  declare private saved: boolean;
  declare private refuseNote: string;

  private readonly t = stepAssessmentTerms(this);

  constructor() {
    super();
    this.saved = false;
    this.refuseNote = '';
  }

  protected renderStep(snapshot: InvestigationSnapshot): TemplateResult {
    const context = snapshot.context;
    const assessment = context.record.assessment;
    const fromHost = assessment?.source === 'host';
    return html`
      <p class="hint intro">${this.t.term('intro')}</p>
      ${fromHost || this.readonly ? this.renderReadOnly(context, fromHost) : this.renderForm(context)}
      ${this.renderAvailable(context)} ${this.renderRefusal(context)}
    `;
  }

  // ── Read-only: from the host, or review mode ──────────────────────────────────────────────

  private renderReadOnly(context: InvestigationContext, fromHost: boolean): TemplateResult {
    const assessment = context.record.assessment;
    return html`
      <section class="decided" aria-labelledby="decided-heading">
        <h3 id="decided-heading">${this.t.term('formHeading')}</h3>
        ${fromHost
          ? html`<div class="notice info from-host">
              <p><strong>${this.t.term('fromHost')}</strong></p>
              <p>${this.t.term('fromHostHint')}</p>
            </div>`
          : nothing}
        ${assessment
          ? html`
              <dl class="summary">
                <dt>${this.t.term('needsAssessment')}</dt>
                <dd class="prose">${assessment.needsAssessment || this.t.term('none')}</dd>
                <dt>${this.t.term('decidedAt')}</dt>
                <dd>${assessment.decidedAt ?? this.t.term('none')}</dd>
              </dl>
              <h4>${this.t.term('decisionsHeading')}</h4>
              ${assessment.decisions.length === 0
                ? html`<p>${this.t.term('noDecisions')}</p>`
                : html`<ul class="plain">
                    ${assessment.decisions.map((d) => this.renderDecisionSummary(context, d))}
                  </ul>`}
            `
          : html`<p>${this.t.term('noAssessment')}</p>`}
      </section>
    `;
  }

  private renderDecisionSummary(context: InvestigationContext, d: DecidedSupport): TemplateResult {
    return html`
      <li class="card">
        <p>
          <strong>${`${this.supportName(context, d.supportTypeId)} (${this.areaName(context, d.lifeAreaId)})`}</strong>
          <span class="tag">${d.outcome === 'granted' ? this.t.term('granted_') : this.t.term('refused_')}</span>
        </p>
        <dl class="summary">
          <dt>${this.t.term('extent')}</dt>
          <dd>${d.extent || this.t.term('none')}</dd>
          <dt>${this.t.term('goalLabel')}</dt>
          <dd class="prose">${d.goal || this.t.term('none')}</dd>
          ${d.indirectSupportId
            ? html`<dt>${this.t.term('indirectLabel')}</dt>
                <dd>${this.proposalLabel(context, d.indirectSupportId)} ${this.renderMarker(context, d.indirectSupportId)}</dd>`
            : nothing}
        </dl>
      </li>
    `;
  }

  // ── The form ──────────────────────────────────────────────────────────────────────────────

  private current(context: InvestigationContext): Draft {
    if (this.draft) return this.draft;
    const a = context.record.assessment;
    return a
      ? { needsAssessment: a.needsAssessment ?? '', decisions: a.decisions.map(toDraft), decidedAt: a.decidedAt ?? '' }
      : { needsAssessment: '', decisions: [], decidedAt: context.today };
  }

  private edit(context: InvestigationContext, change: (draft: Draft) => Draft): void {
    this.draft = change(this.current(context));
    this.saved = false;
  }

  private updateDecision(context: InvestigationContext, index: number, patch: Partial<DecisionDraft>): void {
    this.edit(context, (d) => ({ ...d, decisions: d.decisions.map((x, i) => (i === index ? { ...x, ...patch } : x)) }));
  }

  /** `beslut-n` with the first n not used by this draft, the saved decisions or an issued assignment. */
  private nextId(context: InvestigationContext, draft: Draft): string {
    const used = new Set([
      ...draft.decisions.map((d) => d.id),
      ...(context.record.assessment?.decisions.map((d) => d.id) ?? []),
      ...context.record.assignments.flatMap((a) => a.includes.map((i) => i.decisionId)),
    ]);
    let n = 1;
    while (used.has(`beslut-${n}`)) n += 1;
    return `beslut-${n}`;
  }

  private addDecision(context: InvestigationContext): void {
    const draft = this.current(context);
    const decision: DecisionDraft = {
      id: this.nextId(context, draft),
      lifeAreaId: '',
      supportTypeId: '',
      outcome: 'granted',
      extent: '',
      goal: '',
      indirectSupportId: '',
    };
    this.edit(context, (d) => ({ ...d, decisions: [...d.decisions, decision] }));
    const index = draft.decisions.length;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${fieldId(index, 'lifeAreaId')}`)?.focus());
  }

  private removeDecision(context: InvestigationContext, index: number): void {
    this.edit(context, (d) => ({ ...d, decisions: d.decisions.filter((_, i) => i !== index) }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#add-decision')?.focus());
  }

  /** The machine's issues for `assessment.set`, each linked to its field and named by it. */
  private formErrors(rejection: Rejection | undefined): FieldError[] {
    if (!rejection) return [];
    if (rejection.issues.length === 0) return [{ fieldId: '', message: rejection.reason }];
    return rejection.issues.map((issue) => {
      const match = /^assessment\.decisions\.(\d+)\.(\w+)/.exec(issue.path);
      if (match && match[2]! in DECISION_FIELDS) {
        const index = Number(match[1]);
        const field = match[2] as DecisionField;
        const label = this.t.term('fieldLabel', this.t.term('decision', index + 1), this.decisionFieldLabel(field));
        return { fieldId: fieldId(index, field), message: `${label}: ${issue.message}` };
      }
      if (issue.path.endsWith('needsAssessment')) return { fieldId: 'needs-assessment', message: issue.message };
      if (issue.path.endsWith('decidedAt')) return { fieldId: 'decided-at', message: issue.message };
      return { fieldId: '', message: issue.message };
    });
  }

  private decisionFieldLabel(field: DecisionField): string {
    switch (field) {
      case 'lifeAreaId':
        return this.t.term('lifeArea');
      case 'supportTypeId':
        return this.t.term('supportType');
      case 'outcome':
        return this.t.term('outcome');
      case 'extent':
        return this.t.term('extent');
      case 'goal':
        return this.t.term('goal');
      case 'indirectSupportId':
        return this.t.term('indirect');
    }
  }

  private renderForm(context: InvestigationContext): TemplateResult {
    const draft = this.current(context);
    const rejection = this.ownRejection?.event === 'assessment.set' ? this.ownRejection : undefined;
    const errors = this.formErrors(rejection);
    const errorFor = (id: string) => {
      const message = errors.find((e) => e.fieldId === id)?.message;
      return message ? { error: message } : {};
    };
    const heading = rejection?.issues.length ? `${this.t.term('notSaved')} ${rejection.reason}` : this.t.term('notSaved');
    return html`
      <form class="assessment" novalidate aria-labelledby="form-heading" @submit=${(e: Event) => this.submit(e, context)}>
        <h3 id="form-heading">${this.t.term('formHeading')}</h3>
        ${errorSummary(heading, errors, this.shadowRoot)}
        ${textArea({
          id: 'needs-assessment',
          label: this.t.term('needsAssessment'),
          hint: this.t.term('needsAssessmentHint'),
          value: draft.needsAssessment,
          ...errorFor('needs-assessment'),
          onChange: (needsAssessment) => this.edit(context, (d) => ({ ...d, needsAssessment })),
        })}
        <h4 id="decisions-heading">${this.t.term('decisionsHeading')}</h4>
        ${draft.decisions.length === 0 ? html`<p>${this.t.term('noDecisions')}</p>` : nothing}
        ${draft.decisions.map((d, i) => this.renderDecision(context, d, i, errorFor))}
        <div class="actions">
          <button type="button" class="secondary" id="add-decision" @click=${() => this.addDecision(context)}>
            ${this.t.term('addDecision')}
          </button>
        </div>
        ${textField({
          id: 'decided-at',
          label: this.t.term('decidedAt'),
          type: 'date',
          value: draft.decidedAt,
          ...errorFor('decided-at'),
          onChange: (decidedAt) => this.edit(context, (d) => ({ ...d, decidedAt })),
        })}
        ${this.saved && !rejection ? html`<p class="notice info" role="status">${this.t.term('saved')}</p>` : nothing}
        <div class="actions"><button type="submit">${this.t.term('save')}</button></div>
      </form>
    `;
  }

  private renderDecision(
    context: InvestigationContext,
    d: DecisionDraft,
    index: number,
    errorFor: (id: string) => { error?: string },
  ): TemplateResult {
    const n = index + 1;
    const lifeAreas = context.catalogue.lifeAreas.filter((a) => !a.isIndirectSupportMarker);
    const proposals = context.record.indirectSupport;
    return html`
      <fieldset class="decision card">
        <legend>${this.t.term('decision', n)}</legend>
        ${selectField({
          id: fieldId(index, 'lifeAreaId'),
          label: this.t.term('lifeArea'),
          value: d.lifeAreaId,
          placeholder: this.t.term('choose'),
          options: lifeAreas.map((a) => ({ value: a.id, label: a.name })),
          ...errorFor(fieldId(index, 'lifeAreaId')),
          onChange: (lifeAreaId) => this.updateDecision(context, index, { lifeAreaId }),
        })}
        ${selectField({
          id: fieldId(index, 'supportTypeId'),
          label: this.t.term('supportType'),
          value: d.supportTypeId,
          placeholder: this.t.term('choose'),
          options: context.catalogue.supportTypes.map((s) => ({ value: s.id, label: s.name })),
          ...errorFor(fieldId(index, 'supportTypeId')),
          onChange: (supportTypeId) => this.updateDecision(context, index, { supportTypeId }),
        })}
        ${radioGroup<Outcome>({
          id: fieldId(index, 'outcome'),
          label: this.t.term('outcome'),
          value: d.outcome,
          options: [
            { value: 'granted', label: this.t.term('granted') },
            { value: 'refused', label: this.t.term('refused') },
          ],
          ...errorFor(fieldId(index, 'outcome')),
          onChange: (outcome) => this.updateDecision(context, index, { outcome }),
        })}
        ${textField({
          id: fieldId(index, 'extent'),
          label: this.t.term('extent'),
          hint: this.t.term('extentHint'),
          value: d.extent,
          ...errorFor(fieldId(index, 'extent')),
          onChange: (extent) => this.updateDecision(context, index, { extent }),
        })}
        ${textArea({
          id: fieldId(index, 'goal'),
          label: this.t.term('goal'),
          hint: this.t.term('goalHint'),
          value: d.goal,
          ...errorFor(fieldId(index, 'goal')),
          onChange: (goal) => this.updateDecision(context, index, { goal }),
        })}
        ${proposals.length
          ? html`
              ${selectField({
                id: fieldId(index, 'indirectSupportId'),
                label: this.t.term('indirect'),
                hint: this.t.term('indirectHint'),
                value: d.indirectSupportId,
                placeholder: this.t.term('indirectNone'),
                options: proposals.map((p) => ({ value: p.id, label: this.proposalLabel(context, p.id) })),
                ...errorFor(fieldId(index, 'indirectSupportId')),
                onChange: (indirectSupportId) => this.updateDecision(context, index, { indirectSupportId }),
              })}
              <div class="marker" aria-live="polite">${d.indirectSupportId ? this.renderMarker(context, d.indirectSupportId) : nothing}</div>
            `
          : html`<p class="hint">${this.t.term('noProposals')}</p>`}
        <div class="actions">
          <button
            type="button"
            class="secondary"
            aria-label=${this.t.term('removeDecision', n)}
            @click=${() => this.removeDecision(context, index)}
          >
            ${this.t.term('remove')}
          </button>
        </div>
      </fieldset>
    `;
  }

  /** C6 in words, from the core: the marker is used only once both consents and both views are there. */
  private renderMarker(context: InvestigationContext, proposalId: string): TemplateResult | typeof nothing {
    const status = indirectSupportStatus(context.record, proposalId, context.today);
    if (!status) return nothing;
    const relative = context.record.relatives.find((r) => r.id === status.relativeId);
    const marker = context.catalogue.lifeAreas.find((a) => a.isIndirectSupportMarker);
    if (status.markerApplies)
      return html`<p class="hint marker-status applies">${this.t.term('markerApplies', marker?.name ?? '', relative?.relation ?? '')}</p>`;
    return html`
      <div class="marker-status pending">
        <p class="hint">${this.t.term('markerPending')}</p>
        ${status.missing.length ? html`<p class="hint">${this.t.term('markerMissing', status.missing.join(', '))}</p>` : nothing}
        ${status.relativeDeclined ? html`<p class="hint">${this.t.term('relativeDeclined')}</p>` : nothing}
      </div>
    `;
  }

  private submit(event: Event, context: InvestigationContext): void {
    event.preventDefault();
    this.send({ type: 'assessment.set', assessment: toAssessment(this.current(context)) });
    if (this.ownRejection) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary a, .error-summary')?.focus());
      return;
    }
    this.draft = undefined;
    this.saved = true;
  }

  // ── C13: relatives' support that can be counted on ─────────────────────────────────────────

  private renderAvailable(context: InvestigationContext): TemplateResult {
    const available = availableRelativeSupport(context.record);
    return html`
      <section class="available" aria-labelledby="available-heading">
        <h3 id="available-heading">${this.t.term('availableHeading')}</h3>
        <p>${this.t.term('availableIntro')}</p>
        ${available.length === 0
          ? html`<p>${this.t.term('availableNone')}</p>`
          : html`<ul>
              ${available.map(({ relativeId, lifeAreaIds }) => {
                const relative = context.record.relatives.find((r) => r.id === relativeId);
                const who = relative ? `${displayName(relative)} (${relative.relation})` : relativeId;
                const areas = lifeAreaIds.map((id) => this.areaName(context, id)).join(', ');
                return html`<li>
                  <strong>${who}</strong>: ${areas ? this.t.term('availableAreas', areas) : this.t.term('availableNoAreas')}
                </li>`;
              })}
            </ul>`}
      </section>
    `;
  }

  // ── Refusing the application ───────────────────────────────────────────────────────────────

  private renderRefusal(context: InvestigationContext): TemplateResult | typeof nothing {
    const refusal = context.record.refusal;
    if (refusal)
      return html`
        <div class="notice info refusal" role="status" id="refusal-status" tabindex="-1">
          <p><strong>${this.t.term('refusedOn', refusal.date)}</strong></p>
          ${refusal.note ? html`<p>${this.t.term('refusalNote')}: ${refusal.note}</p>` : nothing}
        </div>
      `;
    if (this.readonly) return nothing;
    const rejection = this.ownRejection?.event === 'application.refuse' ? this.ownRejection : undefined;
    return html`
      <form class="refuse" novalidate aria-labelledby="refuse-heading" @submit=${(e: Event) => this.refuse(e)}>
        <h3 id="refuse-heading">${this.t.term('refuseHeading')}</h3>
        <p class="hint">${this.t.term('refuseIntro')}</p>
        ${rejectionSummary(this.t.term('refuseFailed'), rejection, this.shadowRoot)}
        ${textArea({
          id: 'refuse-note',
          label: this.t.term('refuseNote'),
          value: this.refuseNote,
          onChange: (note) => (this.refuseNote = note),
        })}
        <div class="actions"><button type="submit" class="secondary">${this.t.term('refuse')}</button></div>
      </form>
    `;
  }

  private refuse(event: Event): void {
    event.preventDefault();
    const note = this.refuseNote.trim();
    this.send({ type: 'application.refuse', ...(note ? { note } : {}) });
    if (this.ownRejection) return;
    this.refuseNote = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#refusal-status')?.focus());
  }

  // ── Names from the catalogue and the record ────────────────────────────────────────────────

  private areaName(context: InvestigationContext, id: string): string {
    return context.catalogue.lifeAreas.find((a) => a.id === id)?.name ?? id;
  }

  private supportName(context: InvestigationContext, id: string): string {
    return context.catalogue.supportTypes.find((s) => s.id === id)?.name ?? id;
  }

  private proposalLabel(context: InvestigationContext, proposalId: string): string {
    const p = context.record.indirectSupport.find((x) => x.id === proposalId);
    if (!p) return proposalId;
    const relative = context.record.relatives.find((r) => r.id === p.relativeId);
    return this.t.term(
      'proposal',
      this.supportName(context, p.supportTypeId),
      relative ? displayName(relative) : p.relativeId,
      relative?.relation ?? '',
    );
  }
}
