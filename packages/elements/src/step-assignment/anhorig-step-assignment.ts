import { html, nothing, type TemplateResult } from 'lit';
import {
  canShareWithProvider,
  deriveAssignment,
  type Assignment,
  type AssignmentPlan,
  type AssignmentResult,
  type InvestigationContext,
  type InvestigationRecord,
  type Relative,
  type StepId,
} from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import { displayName, warningsOf } from '../base/selectors.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { checkbox, textArea, textField } from '../shared/fields.js';
import { fieldError, rejectionSummary } from '../shared/notices.js';
import { consentNeeded } from '../shared/consent-needed.js';
import { assignmentView, assignmentViewStyles, assignmentViewTermsFor } from './assignment-view.js';
import { stepAssignmentTerms } from './step-assignment.terms.js';
import { styles } from './anhorig-step-assignment.styles.js';

interface RelativeDraft {
  relativeWish: string;
  personWish: string;
  inPlanning: boolean;
  inFollowUp: boolean;
  view: string;
}

interface PlanDraft {
  followUpHow: string;
  followUpWhen: string;
  relatives: Record<string, RelativeDraft>;
}

/** Fields of the machine's issues (last path segment) that this step shows. */
const FIELDS = { followUpHow: 'follow-up-how', followUpWhen: 'follow-up-when' } as const;

const emptyRelative = (): RelativeDraft => ({ relativeWish: '', personWish: '', inPlanning: false, inFollowUp: false, view: '' });

const draftFromRecord = (record: InvestigationRecord): PlanDraft => {
  const plan = record.assignmentPlan;
  const relatives: Record<string, RelativeDraft> = {};
  for (const r of record.relatives) {
    const collaboration = plan?.collaboration.find((c) => c.relativeId === r.id);
    const participation = plan?.participation.find((p) => p.relativeId === r.id);
    const view = plan?.relativeViews.find((v) => v.relativeId === r.id);
    relatives[r.id] = {
      relativeWish: collaboration?.relativeWish ?? '',
      personWish: collaboration?.personWish ?? '',
      inPlanning: participation?.inPlanning ?? false,
      inFollowUp: participation?.inFollowUp ?? false,
      view: view?.view ?? '',
    };
  }
  return { followUpHow: plan?.followUpHow ?? '', followUpWhen: plan?.followUpWhen ?? '', relatives };
};

/** The plan as the `assignmentPlan.set` event carries it; empty entries are left out. */
const planFromDraft = (draft: PlanDraft): AssignmentPlan => {
  const entries = Object.entries(draft.relatives);
  const trimmed = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    followUpHow: draft.followUpHow.trim(),
    ...(draft.followUpWhen ? { followUpWhen: draft.followUpWhen } : {}),
    collaboration: entries
      .filter(([, r]) => trimmed(r.relativeWish) || trimmed(r.personWish))
      .map(([relativeId, r]) => ({
        relativeId,
        ...(trimmed(r.relativeWish) ? { relativeWish: r.relativeWish.trim() } : {}),
        ...(trimmed(r.personWish) ? { personWish: r.personWish.trim() } : {}),
      })),
    participation: entries
      .filter(([, r]) => r.inPlanning || r.inFollowUp)
      .map(([relativeId, r]) => ({ relativeId, inPlanning: r.inPlanning, inFollowUp: r.inFollowUp })),
    relativeViews: entries.filter(([, r]) => trimmed(r.view)).map(([relativeId, r]) => ({ relativeId, view: r.view.trim() })),
  };
};

/** The document's content without what only says when and by whom it was made (for "nothing has changed"). */
const content = (a: Assignment): string => {
  const { id: _id, version: _v, previousVersionId: _p, issuedAt: _at, issuedBy: _by, changes: _c, generatedAt: _g, ...rest } = a;
  return JSON.stringify(rest);
};

/**
 * @summary Step 5, *Utforma uppdraget till utförare med ett anhörigperspektiv*: the assignment to the
 * provider shown as the provider will receive it (M1–M4 always; R1–R5 per relative only with the
 * person's consent to share with the provider, and R6 the consents behind them), what the
 * handläggare adds (M4 follow-up, R3 coordination, R4 participation, R5 the relative's view),
 * sending it as a new immutable version, earlier versions, and a printable document.
 *
 * @csspart step - The step's section.
 * @csspart assignment-document - The assignment document (preview, or the version sent).
 * @csspart field-code - The M/R code marking each part of the document.
 * @csspart legend - The legend explaining the codes.
 * @csspart consent-needed - Where a relative's information is left out for want of consent.
 * @csspart error-summary - What could not be saved or sent.
 * @fires anhorig-assignment-issued - A new assignment version was sent (from the owning element).
 * @fires anhorig-complete - The first assignment completed the investigation (from the owning element).
 * @fires anhorig-change - The plan was saved or the assignment issued (from the owning element).
 */
export class AnhorigStepAssignment extends StepElement {
  static override styles = [...StepElement.styles, assignmentViewStyles, styles];

  static override properties = {
    ...StepElement.properties,
    draft: { state: true },
    planSaved: { state: true },
    issuedVersion: { state: true },
  };

  protected readonly step: StepId = 'assignment';
  declare private draft: PlanDraft | undefined;
  declare private planSaved: boolean;
  /** The version this element just sent, for the confirmation. */
  declare private issuedVersion: number | undefined;

  private readonly t = stepAssignmentTerms(this);
  private readonly viewTerms = assignmentViewTermsFor(this);

  constructor() {
    super();
    this.planSaved = false;
  }

  protected renderStep(snapshot: InvestigationSnapshot): TemplateResult {
    const context = snapshot.context;
    const record = this.draft ? { ...context.record, assignmentPlan: planFromDraft(this.draft) } : context.record;
    const preview = deriveAssignment(record, context.catalogue, {
      issuedBy: context.caseworker ?? { id: '-', name: this.t.term('unknownCaseworker') },
      today: context.today,
    });
    const last = context.record.assignments.at(-1);
    const upToDate = last !== undefined && preview.ok && content(preview.assignment) === content(last);
    return html`
      <p class="hint intro">${this.t.term('intro')}</p>
      ${this.readonly || upToDate ? nothing : this.renderOutdated(context, preview)}
      ${this.readonly ? nothing : this.renderPlan(context)}
      ${this.renderDocument(context, preview, last, upToDate)}
      ${this.renderActions(preview, last, upToDate)}
      ${this.renderVersions(context)}
    `;
  }

  /** C3: a consent withdrawn since the last version; say so and what the new version changes. */
  private renderOutdated(context: InvestigationContext, preview: AssignmentResult): TemplateResult | typeof nothing {
    const warning = warningsOf(context).assignment.find((w) => w.code === 'assignmentOutdated' || w.code === 'assignmentUpdateRequested');
    if (!warning) return nothing;
    const changes = preview.ok ? preview.assignment.changes : [];
    return html`
      <div class="notice outdated" part="outdated">
        <h3 id="outdated-heading">${this.t.term('outdatedHeading')}</h3>
        <p>${warning.message}</p>
        ${changes.length
          ? html`<p>${this.t.term('outdatedChanges')}</p>
              <ul>
                ${changes.map((c) => html`<li>${c}</li>`)}
              </ul>`
          : html`<p>${this.t.term('outdatedNoChanges')}</p>`}
      </div>
    `;
  }

  private currentDraft(context: InvestigationContext): PlanDraft {
    return this.draft ?? draftFromRecord(context.record);
  }

  private setDraft(context: InvestigationContext, change: (draft: PlanDraft) => PlanDraft): void {
    this.draft = change(this.currentDraft(context));
    this.planSaved = false;
    this.issuedVersion = undefined;
  }

  private setRelative(context: InvestigationContext, relativeId: string, patch: Partial<RelativeDraft>): void {
    this.setDraft(context, (d) => ({
      ...d,
      relatives: { ...d.relatives, [relativeId]: { ...(d.relatives[relativeId] ?? emptyRelative()), ...patch } },
    }));
  }

  private renderPlan(context: InvestigationContext): TemplateResult {
    const draft = this.currentDraft(context);
    const rejection = this.ownRejection?.event === 'assignmentPlan.set' ? this.ownRejection : undefined;
    return html`
      <form class="plan" novalidate aria-labelledby="plan-heading" @submit=${(e: Event) => this.submitPlan(e, context)}>
        <h3 id="plan-heading">${this.t.term('planHeading')}</h3>
        <p class="hint">${this.t.term('planIntro')}</p>
        ${rejectionSummary(this.t.term('planRefused'), rejection, this.shadowRoot, FIELDS)}
        ${textArea({
          id: FIELDS.followUpHow,
          label: this.t.term('followUpHow'),
          hint: this.t.term('followUpHowHint'),
          value: draft.followUpHow,
          ...(fieldError(this.ownRejection, 'followUpHow') ? { error: fieldError(this.ownRejection, 'followUpHow')! } : {}),
          onChange: (followUpHow) => this.setDraft(context, (d) => ({ ...d, followUpHow })),
        })}
        ${textField({
          id: FIELDS.followUpWhen,
          label: this.t.term('followUpWhen'),
          type: 'date',
          value: draft.followUpWhen,
          ...(fieldError(this.ownRejection, 'followUpWhen') ? { error: fieldError(this.ownRejection, 'followUpWhen')! } : {}),
          onChange: (followUpWhen) => this.setDraft(context, (d) => ({ ...d, followUpWhen })),
        })}
        <h4 id="plan-relatives-heading">${this.t.term('relativesHeading')}</h4>
        <p class="hint">${this.t.term('relativesIntro')}</p>
        ${context.record.relatives.length === 0
          ? html`<p>${this.t.term('noRelatives')}</p>`
          : context.record.relatives.map((r, i) => this.renderRelativePlan(context, r, i, draft.relatives[r.id] ?? emptyRelative()))}
        ${this.planSaved && !this.ownRejection ? html`<p class="notice info" role="status">${this.t.term('planSaved')}</p>` : nothing}
        <div class="actions"><button type="submit" class="secondary">${this.t.term('savePlan')}</button></div>
      </form>
    `;
  }

  private renderRelativePlan(context: InvestigationContext, relative: Relative, index: number, draft: RelativeDraft): TemplateResult {
    const name = displayName(relative);
    const gate = canShareWithProvider(context.record, relative.id, context.today);
    const id = `relative-${index}`;
    return html`
      <div class="card relative-plan">
        <h5 id="${id}-heading">${this.t.term('relativeHeading', name, relative.relation)}</h5>
        ${gate.allowed
          ? html`
              <fieldset>
                <legend>${this.t.term('r3Legend')}</legend>
                ${textArea({
                  id: `${id}-relative-wish`,
                  label: this.t.term('relativeWish'),
                  value: draft.relativeWish,
                  onChange: (relativeWish) => this.setRelative(context, relative.id, { relativeWish }),
                })}
                ${textArea({
                  id: `${id}-person-wish`,
                  label: this.t.term('personWish'),
                  value: draft.personWish,
                  onChange: (personWish) => this.setRelative(context, relative.id, { personWish }),
                })}
              </fieldset>
              <fieldset>
                <legend>${this.t.term('r4Legend')}</legend>
                ${checkbox({
                  id: `${id}-in-planning`,
                  label: this.t.term('inPlanning'),
                  checked: draft.inPlanning,
                  onChange: (inPlanning) => this.setRelative(context, relative.id, { inPlanning }),
                })}
                ${checkbox({
                  id: `${id}-in-follow-up`,
                  label: this.t.term('inFollowUp'),
                  checked: draft.inFollowUp,
                  onChange: (inFollowUp) => this.setRelative(context, relative.id, { inFollowUp }),
                })}
              </fieldset>
              ${textArea({
                id: `${id}-view`,
                label: this.t.term('view'),
                hint: this.t.term('viewHint'),
                value: draft.view,
                onChange: (view) => this.setRelative(context, relative.id, { view }),
              })}
            `
          : html`
              <p>${this.t.term('notIncluded', name)}</p>
              ${consentNeeded(gate, this.t.term('recordConsent'), this.readonly)}
            `}
      </div>
    `;
  }

  private submitPlan(event: Event, context: InvestigationContext): void {
    event.preventDefault();
    this.savePlan(context);
  }

  /** Send the plan; true when the machine took it. */
  private savePlan(context: InvestigationContext): boolean {
    const draft = this.currentDraft(context);
    this.send({ type: 'assignmentPlan.set', plan: planFromDraft(draft) });
    if (this.ownRejection) return false;
    this.draft = undefined;
    this.planSaved = true;
    return true;
  }

  private renderDocument(
    context: InvestigationContext,
    preview: AssignmentResult,
    last: Assignment | undefined,
    upToDate: boolean,
  ): TemplateResult {
    const excluded = context.record.relatives.filter((r) => !canShareWithProvider(context.record, r.id, context.today).allowed);
    const options = { catalogue: context.catalogue, consents: context.record.consents, level: 4 as const };
    let shown: TemplateResult | typeof nothing = nothing;
    if (upToDate && last) shown = assignmentView(last, this.viewTerms, { ...options, idPrefix: 'current' });
    else if (preview.ok && !this.readonly)
      shown = assignmentView(preview.assignment, this.viewTerms, { ...options, idPrefix: 'current', titleNote: this.t.term('previewNote') });
    else if (last) shown = assignmentView(last, this.viewTerms, { ...options, idPrefix: 'current' });
    else if (preview.ok) shown = assignmentView(preview.assignment, this.viewTerms, { ...options, idPrefix: 'current', titleNote: this.t.term('previewNote') });
    return html`
      ${upToDate && last ? html`<p class="notice info">${this.t.term('upToDate', last.version)}</p>` : nothing}
      ${preview.ok || upToDate ? nothing : this.renderMissing(preview.issues)}
      ${excluded.length && !upToDate
        ? html`<p class="notice excluded">
            ${this.t.term('excluded', excluded.map((r) => `${displayName(r)} (${r.relation})`).join(', '))}
          </p>`
        : nothing}
      <div class="print-area">${shown === nothing && this.readonly ? html`<p>${this.t.term('nothingToShow')}</p>` : shown}</div>
    `;
  }

  /** M1–M4 missing: what the core says is missing, linked to the field where it is in this step. */
  private renderMissing(issues: readonly { code: string; path: string; message: string }[]): TemplateResult {
    const inThisStep = (path: string) => path.split('.').at(-1) as keyof typeof FIELDS;
    const elsewhere = issues.some((i) => !(inThisStep(i.path) in FIELDS));
    return html`
      <div class="notice missing" part="missing">
        <h3 id="missing-heading">${this.t.term('missingHeading')}</h3>
        <p>${this.t.term('missingIntro')}</p>
        <ul>
          ${issues.map((i) => {
            const field = FIELDS[inThisStep(i.path)] as string | undefined;
            const tag = /^M[1-4]$/.test(i.code) ? html`<span class="code">${i.code}</span> ` : nothing;
            return html`<li>
              ${tag}${field && !this.readonly
                ? html`<a
                    href="#${field}"
                    @click=${(e: Event) => {
                      e.preventDefault();
                      this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
                    }}
                    >${i.message}</a
                  >`
                : i.message}
            </li>`;
          })}
        </ul>
        ${elsewhere && !this.readonly
          ? html`<button type="button" class="secondary" @click=${() => this.send({ type: 'nav.goTo', step: 'assessment' })}>
              ${this.t.term('goToAssessment')}
            </button>`
          : nothing}
      </div>
    `;
  }

  private renderActions(preview: AssignmentResult, last: Assignment | undefined, upToDate: boolean): TemplateResult {
    const rejection = this.ownRejection?.event === 'assignment.issue' ? this.ownRejection : undefined;
    const printable = upToDate || preview.ok || last !== undefined;
    return html`
      ${rejectionSummary(this.t.term('refused'), rejection, this.shadowRoot, FIELDS)}
      ${this.issuedVersion !== undefined && !this.ownRejection
        ? html`<p class="notice info" role="status" id="issued-status" tabindex="-1">${this.t.term('issued', this.issuedVersion)}</p>`
        : nothing}
      <div class="actions">
        ${this.readonly || upToDate ? nothing : html`<button type="button" @click=${() => this.issue()}>${this.t.term('issue')}</button>`}
        ${printable ? html`<button type="button" class="secondary" @click=${() => window.print()}>${this.t.term('print')}</button>` : nothing}
      </div>
    `;
  }

  private issue(): void {
    const context = this.snapshot?.context;
    if (!context) return;
    if (this.draft && !this.savePlan(context)) return;
    this.send({ type: 'assignment.issue' });
    if (this.ownRejection) return;
    this.planSaved = false;
    this.issuedVersion = this.snapshot?.context.record.assignments.at(-1)?.version;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#issued-status')?.focus());
  }

  private renderVersions(context: InvestigationContext): TemplateResult {
    const versions = [...context.record.assignments].reverse();
    return html`
      <section class="versions" aria-labelledby="versions-heading">
        <h3 id="versions-heading">${this.t.term('versionsHeading')}</h3>
        <p class="hint">${this.t.term('versionsIntro')}</p>
        ${versions.length === 0 ? html`<p>${this.t.term('noVersions')}</p>` : nothing}
        ${versions.map(
          (a) => html`
            <div class="card version">
              <h4>${this.t.term('versionHeading', a.version, a.issuedAt, a.issuedBy.name)}</h4>
              ${a.changes.length
                ? html`<p>${this.t.term('versionChanges')}</p>
                    <ul>
                      ${a.changes.map((c) => html`<li>${c}</li>`)}
                    </ul>`
                : a.previousVersionId === undefined
                  ? html`<p>${this.t.term('firstVersion')}</p>`
                  : nothing}
              <details>
                <summary>${this.t.term('showVersion', a.version)}</summary>
                ${assignmentView(a, this.viewTerms, {
                  idPrefix: `version-${a.version}`,
                  level: 5,
                  showTitle: false,
                  showChanges: false,
                  catalogue: context.catalogue,
                  consents: context.record.consents,
                })}
              </details>
            </div>
          `,
        )}
      </section>
    `;
  }
}
