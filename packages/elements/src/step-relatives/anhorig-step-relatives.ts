import { html, nothing, type TemplateResult } from 'lit';
import {
  activeConsent,
  canPlanJointMeeting,
  childPerspective,
  consentGate,
  latestPersonSideDecision,
  representativeMayConsent,
  violenceGate,
  type ConsentScope,
  type InvestigationContext,
  type InvestigationEvent,
  type Person,
  type Relative,
  type StepId,
  type ViolenceConcern,
} from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import { branchesOf, displayName } from '../base/selectors.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { checkbox, radioGroup, textArea, textField } from '../shared/fields.js';
import { consentNeeded } from '../shared/consent-needed.js';
import { domainTerms } from '../shared/domain-terms.js';
import { fieldError as issueAt, rejectionSummary, type FieldRef } from '../shared/notices.js';
import type { HeadingLevel } from '../shared/fields.js';

type FieldRefs = Readonly<Record<string, FieldRef>>;
import { draftOf, emptyRelativeDraft, relativeFieldRefs, relativeFields, relativeOf, type RelativeDraft } from './relative-form.js';
import { stepRelativesTerms } from './step-relatives.terms.js';
import { styles } from './anhorig-step-relatives.styles.js';

/** The three forms of taking part the person is asked about in step 1 (SPEC §3). */
const INVOLVEMENT_SCOPES = ['participate', 'provideInformation', 'receiveInformation'] as const satisfies readonly ConsentScope[];
const DIRECTIONS: readonly ViolenceConcern['direction'][] = ['relativeAtRisk', 'personAtRisk', 'both', 'unclear'];
const ANSWER_CODES = ['consentDeclined', 'consentWithdrawn', 'consentExpired', 'notEntitled'] as const;

interface CapacityDraft {
  likelyWish: string;
  consulted: string;
  date: string;
}
interface ConcernDraft {
  direction: ViolenceConcern['direction'] | undefined;
  description: string;
  routineFollowed: boolean;
  raisedAt: string;
}
interface JudgementDraft {
  text: string;
  allowsParticipation: 'yes' | 'no' | undefined;
  /** Joint conversations are offered only when the judgement says they are safe too (C4). */
  allowsJointMeeting: boolean;
}

/** One line per entry, blank lines dropped. */
const lines = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/**
 * @summary Step 1, "Ta reda på om den enskilde vill att anhöriga deltar i utredningen": the person
 * (age group, chosen name and pronouns, whether they can take a position on consent, and otherwise
 * a documented judgement of their likely wish), the relatives important to them, and per relative
 * the person's answer for each form of taking part (recorded in place as consent, C2), a concern
 * about violence, threats or coercion and its documented judgement (C4), the special rules for a
 * relative who is the legal representative (C5) and the child perspective for a relative under 18
 * (C11). Every change is a machine event; the consent engine decides what is shown.
 *
 * @csspart step - The step's section.
 * @csspart person - The person's section.
 * @csspart relatives - The relatives' section.
 * @csspart relative - One relative's card.
 * @csspart branch - The tag saying whether the relative takes part (step 3), does not (step 2) or was not asked.
 * @csspart representative-notice - The rules for a relative who is the legal representative (C5).
 * @csspart child-perspective - The child-perspective prompt for a relative under 18 (C11).
 * @csspart violence - The violence, threats or coercion section of a card (C4).
 * @csspart violence-notice - What a concern without a judgement means for the relative (C4).
 * @csspart consent-needed - Where a consent is missing, with the form to record it.
 * @csspart add-relative - The form that adds a relative.
 * @csspart error-summary - What the machine refused and why.
 * @fires anhorig-change - Every committed edit (from the owning element).
 * @fires anhorig-consent-change - A consent recorded in place (from the owning element).
 */
export class AnhorigStepRelatives extends StepElement {
  static override styles = [...StepElement.styles, styles];

  static override properties = {
    ...StepElement.properties,
    drafts: { state: true },
    capacityDraft: { state: true },
    concernDrafts: { state: true },
    judgementDrafts: { state: true },
    active: { state: true },
    confirmation: { state: true },
    removing: { state: true },
  };

  protected readonly step: StepId = 'relatives';

  /** Unsaved relative forms: `new` for the add form, a relative id for its "Ändra" form. */
  declare private drafts: Readonly<Record<string, RelativeDraft>>;
  declare private capacityDraft: CapacityDraft | undefined;
  declare private concernDrafts: Readonly<Record<string, ConcernDraft>>;
  declare private judgementDrafts: Readonly<Record<string, JudgementDraft>>;
  /** Which form sent the last event, so the machine's refusal is shown there. */
  declare private active: string | undefined;
  /** A short confirmation, shown where the handläggare acted. */
  declare private confirmation: { key: string; text: string } | undefined;
  /** The relative whose removal awaits confirmation. */
  declare private removing: string | undefined;

  private readonly t = stepRelativesTerms(this);
  private readonly d = domainTerms(this);

  constructor() {
    super();
    this.drafts = {};
    this.concernDrafts = {};
    this.judgementDrafts = {};
  }

  protected renderStep(snapshot: InvestigationSnapshot): TemplateResult {
    const context = snapshot.context;
    return html`
      <p>${this.t.term('intro')}</p>
      ${this.renderPerson(context)} ${this.renderRelatives(context)}
    `;
  }

  // ── Sending ────────────────────────────────────────────────────────────────────────────────

  /** Send on behalf of one form; true when the machine accepted it. */
  private act(key: string, event: InvestigationEvent): boolean {
    this.active = key;
    this.confirmation = undefined;
    this.send(event);
    return !this.ownRejection;
  }

  private rejectionAt(key: string) {
    return this.active === key ? this.ownRejection : undefined;
  }

  private refusalAt(key: string, level: HeadingLevel, fields: FieldRefs = {}): TemplateResult | typeof nothing {
    return rejectionSummary(this.t.term('refused'), this.rejectionAt(key), this.shadowRoot, fields, level);
  }

  private confirmationAt(key: string): TemplateResult | typeof nothing {
    return this.confirmation?.key === key && !this.ownRejection
      ? html`<p class="notice info" role="status">${this.confirmation.text}</p>`
      : nothing;
  }

  private yesNo(value: boolean): string {
    return this.d.term(value ? 'yesNo.yes' : 'yesNo.no');
  }

  // ── The person ─────────────────────────────────────────────────────────────────────────────

  private renderPerson(context: InvestigationContext): TemplateResult {
    return html`
      <section aria-labelledby="person-heading" part="person">
        <h3 id="person-heading">${this.t.term('personHeading')}</h3>
        ${this.readonly ? this.renderPersonSummary(context) : this.renderPersonFields(context)} ${this.renderCapacity(context)}
      </section>
    `;
  }

  private renderPersonSummary(context: InvestigationContext): TemplateResult {
    const { person } = context.record;
    const minor = person.ageGroup === 'minor';
    return html`
      <dl class="summary">
        <dt>${this.t.term('personName')}</dt>
        <dd>${person.displayName}</dd>
        ${person.chosenName ? html`<dt>${this.t.term('chosenName')}</dt><dd>${person.chosenName}</dd>` : nothing}
        ${person.pronouns ? html`<dt>${this.t.term('pronouns')}</dt><dd>${person.pronouns}</dd>` : nothing}
        <dt>${this.t.term('ageGroup')}</dt>
        <dd>${this.t.term(`age.${person.ageGroup}`)}</dd>
        ${minor
          ? html`
              <dt>${this.t.term('guardians')}</dt>
              <dd>${(person.guardians ?? []).join(', ') || '–'}</dd>
              <dt>${this.t.term('childViews')}</dt>
              <dd>${person.childViews || '–'}</dd>
            `
          : html`
              <dt>${this.t.term('canTakePosition')}</dt>
              <dd>${this.d.term(`yesNo.${person.canTakePosition}`)}</dd>
            `}
        <dt>${this.t.term('concernsRelativeShort')}</dt>
        <dd>${this.yesNo(context.record.applicationConcernsRelative)}</dd>
      </dl>
    `;
  }

  private renderPersonFields(context: InvestigationContext): TemplateResult {
    const { person } = context.record;
    const rejection = this.rejectionAt('person');
    const update = (patch: Partial<Person>) => this.act('person', { type: 'person.update', patch });
    const refs: FieldRefs = {
      chosenName: { id: 'person-chosen-name', label: this.t.term('chosenName') },
      pronouns: { id: 'person-pronouns', label: this.t.term('pronouns') },
      guardians: { id: 'person-guardians', label: this.t.term('guardians') },
      childViews: { id: 'person-child-views', label: this.t.term('childViews') },
    };
    return html`
      ${this.refusalAt('person', 4, refs)}
      <dl class="summary">
        <dt>${this.t.term('personName')}</dt>
        <dd>${person.displayName}</dd>
      </dl>
      ${textField({
        id: 'person-chosen-name',
        label: this.t.term('chosenName'),
        hint: this.t.term('personChosenNameHint'),
        value: person.chosenName ?? '',
        error: issueAt(rejection, 'chosenName'),
        onChange: (v) => update({ chosenName: optional(v) }),
      })}
      ${textField({
        id: 'person-pronouns',
        label: this.t.term('pronouns'),
        hint: this.t.term('personPronounsHint'),
        value: person.pronouns ?? '',
        error: issueAt(rejection, 'pronouns'),
        onChange: (v) => update({ pronouns: optional(v) }),
      })}
      ${radioGroup({
        id: 'person-age',
        label: this.t.term('ageGroup'),
        hint: this.t.term('ageGroupHint'),
        value: person.ageGroup,
        options: (['adult', 'minor'] as const).map((a) => ({ value: a, label: this.t.term(`age.${a}`) })),
        onChange: (ageGroup) => update({ ageGroup }),
      })}
      ${person.ageGroup === 'minor'
        ? html`
            ${textArea({
              id: 'person-guardians',
              label: this.t.term('guardians'),
              value: (person.guardians ?? []).join('\n'),
              error: issueAt(rejection, 'guardians'),
              onChange: (v) => {
                const guardians = lines(v);
                update({ guardians: guardians.length ? guardians : undefined });
              },
            })}
            ${textArea({
              id: 'person-child-views',
              label: this.t.term('childViews'),
              hint: this.t.term('childViewsHint'),
              value: person.childViews ?? '',
              error: issueAt(rejection, 'childViews'),
              onChange: (childViews) => update({ childViews }),
            })}
          `
        : radioGroup({
            id: 'person-can-take-position',
            label: this.t.term('canTakePosition'),
            hint: this.t.term('canTakePositionHint'),
            value: person.canTakePosition,
            options: (['yes', 'no', 'unknown'] as const).map((v) => ({ value: v, label: this.d.term(`yesNo.${v}`) })),
            onChange: (canTakePosition) => update({ canTakePosition }),
          })}
      ${checkbox({
        id: 'person-concerns-relative',
        label: this.t.term('concernsRelative'),
        hint: this.t.term('concernsRelativeHint'),
        checked: context.record.applicationConcernsRelative,
        onChange: (value) => this.act('person', { type: 'application.setConcernsRelative', value }),
      })}
    `;
  }

  /** The person cannot take a position: who may consent (C5), or the documented judgement (C2). */
  private renderCapacity(context: InvestigationContext): TemplateResult | typeof nothing {
    const { record } = context;
    const { person } = record;
    if (person.ageGroup !== 'adult' || person.canTakePosition !== 'no') return nothing;
    const consenting = record.relatives.filter((r) => representativeMayConsent(record, r.id).allowed);
    const judgement = person.capacityJudgement;
    const formWanted = !this.readonly && consenting.length === 0;
    return html`
      ${consenting.map((r) => html`<p class="notice info">${this.t.term('representativeCanConsent', displayName(r))}</p>`)}
      ${judgement || formWanted ? html`<h4 id="capacity-heading">${this.t.term('capacityHeading')}</h4>` : nothing}
      ${judgement
        ? html`
            <dl class="summary">
              <dt>${this.t.term('likelyWish')}</dt>
              <dd>${judgement.likelyWish}</dd>
              <dt>${this.t.term('consultedShort')}</dt>
              <dd>${judgement.consulted.join(', ') || '–'}</dd>
              <dt>${this.t.term('documented')}</dt>
              <dd>${this.t.term('recordedOnBy', judgement.date, judgement.recordedBy.name)}</dd>
            </dl>
          `
        : nothing}
      ${this.confirmationAt('capacity')}
      ${formWanted
        ? judgement
          ? html`<details>
              <summary>${this.t.term('newCapacity')}</summary>
              ${this.renderCapacityForm(context)}
            </details>`
          : this.renderCapacityForm(context)
        : nothing}
    `;
  }

  private renderCapacityForm(context: InvestigationContext): TemplateResult {
    const draft = this.capacityDraft ?? { likelyWish: '', consulted: '', date: context.today };
    const set = (patch: Partial<CapacityDraft>) => (this.capacityDraft = { ...draft, ...patch });
    const rejection = this.rejectionAt('capacity');
    const refs: FieldRefs = {
      likelyWish: { id: 'capacity-likely-wish', label: this.t.term('likelyWish') },
      date: { id: 'capacity-date', label: this.t.term('judgementDate') },
    };
    return html`
      <form @submit=${(e: Event) => this.submitCapacity(e, context)} novalidate>
        <p class="hint">${this.t.term('capacityIntro')}</p>
        ${this.refusalAt('capacity', 5, refs)}
        ${textArea({
          id: 'capacity-likely-wish',
          label: this.t.term('likelyWish'),
          hint: this.t.term('likelyWishHint'),
          value: draft.likelyWish,
          required: true,
          error: issueAt(rejection, 'likelyWish'),
          onChange: (likelyWish) => set({ likelyWish }),
        })}
        ${textArea({
          id: 'capacity-consulted',
          label: this.t.term('consulted'),
          hint: this.t.term('consultedHint'),
          value: draft.consulted,
          onChange: (consulted) => set({ consulted }),
        })}
        ${textField({
          id: 'capacity-date',
          label: this.t.term('judgementDate'),
          type: 'date',
          value: draft.date,
          error: issueAt(rejection, 'date'),
          onChange: (date) => set({ date }),
        })}
        <div class="actions"><button type="submit">${this.t.term('recordCapacity')}</button></div>
      </form>
    `;
  }

  private submitCapacity(event: Event, context: InvestigationContext): void {
    event.preventDefault();
    const draft = this.capacityDraft ?? { likelyWish: '', consulted: '', date: context.today };
    const ok = this.act('capacity', {
      type: 'person.recordCapacityJudgement',
      judgement: { likelyWish: draft.likelyWish.trim(), consulted: lines(draft.consulted), date: draft.date },
    });
    if (!ok) return;
    this.capacityDraft = undefined;
    this.confirmation = { key: 'capacity', text: this.t.term('capacityRecorded') };
  }

  // ── Relatives ──────────────────────────────────────────────────────────────────────────────

  private renderRelatives(context: InvestigationContext): TemplateResult {
    const { relatives } = context.record;
    return html`
      <section aria-labelledby="relatives-heading" part="relatives">
        <h3 id="relatives-heading" tabindex="-1">${this.t.term('relativesHeading')}</h3>
        <p>${this.t.term('decides')}</p>
        ${this.confirmationAt('relatives')}
        ${relatives.length === 0 ? html`<p>${this.t.term('noRelatives')}</p>` : relatives.map((r, i) => this.renderCard(context, r, `r${i}`))}
        ${this.readonly ? nothing : this.renderAddForm(context)}
      </section>
    `;
  }

  private renderCard(context: InvestigationContext, relative: Relative, key: string): TemplateResult {
    const name = displayName(relative);
    const branch = branchesOf(context).get(relative.id) ?? 'undecided';
    return html`
      <article class="card" aria-labelledby="${key}-heading" part="relative">
        <h4 id="${key}-heading">${name} <span class="relation">(${relative.relation})</span></h4>
        <p class="branch">
          <span class="visually-hidden">${this.t.term('branch')}: </span
          ><span class="tag ${branch}" part="branch">${this.d.term(`branch.${branch}`)}</span>
        </p>
        ${this.renderRelativeSummary(context, relative)} ${this.readonly ? nothing : this.renderCardActions(context, relative, key, name)}
        ${this.renderRepresentative(context, relative, name)} ${this.renderChild(context, relative)}
        ${this.renderViolence(context, relative, key, name)} ${this.renderDecision(context, relative, key, name)}
      </article>
    `;
  }

  private renderRelativeSummary(context: InvestigationContext, r: Relative): TemplateResult {
    const areaName = (id: string) => context.catalogue.lifeAreas.find((a) => a.id === id)?.name ?? id;
    const support = r.givesSupport
      ? r.supportLifeAreas.length
        ? this.t.term('supportIn', r.supportLifeAreas.map(areaName).join(', '))
        : this.yesNo(true)
      : this.yesNo(false);
    return html`
      <dl class="summary">
        ${r.chosenName ? html`<dt>${this.t.term('name')}</dt><dd>${r.name}</dd>` : nothing}
        ${r.pronouns ? html`<dt>${this.t.term('pronouns')}</dt><dd>${r.pronouns}</dd>` : nothing}
        <dt>${this.t.term('relationShort')}</dt>
        <dd>${r.relation}</dd>
        <dt>${this.t.term('givesSupportShort')}</dt>
        <dd>${support}</dd>
        <dt>${this.t.term('worries')}</dt>
        <dd>${this.yesNo(r.worriesAboutPerson)}</dd>
        <dt>${this.t.term('livesWith')}</dt>
        <dd>${this.yesNo(r.livesWithPerson)}</dd>
        <dt>${this.t.term('isChild')}</dt>
        <dd>${this.yesNo(r.isChild)}</dd>
        ${r.contact ? html`<dt>${this.t.term('contactShort')}</dt><dd>${r.contact}</dd>` : nothing}
        <dt>${this.t.term('informedShort')}</dt>
        <dd>${this.yesNo(r.informedOfPossibility)}</dd>
        <dt>${this.t.term('addedAt')}</dt>
        <dd>${r.addedAt}</dd>
      </dl>
    `;
  }

  /** "Ändra" (the same form as adding) and removal of a relative added by mistake. */
  private renderCardActions(context: InvestigationContext, r: Relative, key: string, name: string): TemplateResult {
    const editKey = `edit:${r.id}`;
    const removeKey = `remove:${r.id}`;
    const draft = this.drafts[r.id] ?? draftOf(r);
    const set = (patch: Partial<RelativeDraft>) => (this.drafts = { ...this.drafts, [r.id]: { ...draft, ...patch } });
    const prefix = `${key}-edit`;
    return html`
      <details>
        <summary>${this.t.term('edit', name)}</summary>
        <form @submit=${(e: Event) => this.submitEdit(e, r)} novalidate>
          ${this.refusalAt(editKey, 5, relativeFieldRefs(prefix, this.t))}
          ${relativeFields({ prefix, draft, set, t: this.t, lifeAreas: context.catalogue.lifeAreas, rejection: this.rejectionAt(editKey) })}
          <div class="actions">
            <button type="submit">${this.t.term('saveChanges')}<span class="visually-hidden"> (${name})</span></button>
          </div>
          ${this.confirmationAt(editKey)}
        </form>
      </details>
      ${this.removing === r.id
        ? html`<div class="notice">
            <p>${this.t.term('removeConfirm', name)}</p>
            <div class="actions">
              <button type="button" id="${key}-confirm-remove" @click=${() => this.removeRelative(r, name)}>${this.t.term('confirmRemove', name)}</button>
              <button type="button" class="secondary" @click=${() => this.cancelRemove(key)}>${this.t.term('cancel')}</button>
            </div>
          </div>`
        : html`<div class="actions">
            <button type="button" class="secondary" id="${key}-remove" @click=${() => this.startRemove(r, key)}>
              ${this.t.term('remove')}<span class="visually-hidden">${this.t.term('removeWho', name)}</span>
            </button>
          </div>`}
      ${this.refusalAt(removeKey, 5)}
    `;
  }

  private submitEdit(event: Event, r: Relative): void {
    event.preventDefault();
    const draft = this.drafts[r.id] ?? draftOf(r);
    if (!this.act(`edit:${r.id}`, { type: 'relative.update', relativeId: r.id, patch: relativeOf(draft) })) return;
    const { [r.id]: _saved, ...rest } = this.drafts;
    this.drafts = rest;
    this.confirmation = { key: `edit:${r.id}`, text: this.t.term('saved') };
  }

  private startRemove(r: Relative, key: string): void {
    this.removing = r.id;
    if (this.active === `remove:${r.id}`) this.active = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${key}-confirm-remove`)?.focus());
  }

  private cancelRemove(key: string): void {
    this.removing = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${key}-remove`)?.focus());
  }

  private removeRelative(r: Relative, name: string): void {
    this.removing = undefined;
    if (!this.act(`remove:${r.id}`, { type: 'relative.remove', relativeId: r.id })) return;
    const { [r.id]: _removed, ...rest } = this.drafts;
    this.drafts = rest;
    this.confirmation = { key: 'relatives', text: this.t.term('removed', name) };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#relatives-heading')?.focus());
  }

  /** C5: the relative's role as legal representative follows special rules; the core says what they may consent to. */
  private renderRepresentative(context: InvestigationContext, r: Relative, name: string): TemplateResult | typeof nothing {
    const representative = r.legalRepresentative;
    if (!representative) return nothing;
    const gate = representativeMayConsent(context.record, r.id);
    return html`
      <h5>${this.t.term('representativeHeading')}</h5>
      <dl class="summary">
        <dt>${this.t.term('representativeKind')}</dt>
        <dd>${this.t.term(`kind.${representative.kind}`)}</dd>
        <dt>${this.t.term('mandate')}</dt>
        <dd>${representative.mandate}</dd>
        <dt>${this.t.term('coversPersonalMattersShort')}</dt>
        <dd>${this.yesNo(representative.coversPersonalMatters)}</dd>
      </dl>
      <div class="notice info" part="representative-notice">
        <p>${gate.allowed ? this.t.term('representativeMayConsent', name) : gate.message}</p>
        <p>${this.t.term('representativeRule', name)}</p>
      </div>
    `;
  }

  /** C11: a relative under 18 raises the child perspective. */
  private renderChild(context: InvestigationContext, r: Relative): TemplateResult | typeof nothing {
    const flag = childPerspective(context.record, context.relativeRecords).find((f) => f.relativeId === r.id);
    return flag ? html`<div class="notice info" part="child-perspective"><p>${flag.prompt}</p></div>` : nothing;
  }

  // ── C4: violence, threats or coercion ──────────────────────────────────────────────────────

  private renderViolence(context: InvestigationContext, r: Relative, key: string, name: string): TemplateResult {
    const { record, today } = context;
    const concern = r.violenceConcern;
    const gate = violenceGate(record, r.id);
    const joint = canPlanJointMeeting(record, r.id, today);
    const jointBlocked = !joint.allowed && (joint.code === 'violenceConcern' || joint.code === 'violenceJudgement');
    return html`
      <div class="violence" part="violence">
        <h5>${this.t.term('violenceHeading')}</h5>
        ${!concern && this.readonly ? html`<p>${this.t.term('noConcern')}</p>` : nothing}
        ${gate.allowed
          ? jointBlocked
            ? html`<p class="notice info">${joint.allowed ? '' : joint.message}</p>`
            : nothing
          : html`<div class="notice" part="violence-notice">
              <p>${gate.message}</p>
              ${jointBlocked ? html`<p>${this.t.term('noJointMeeting', name)}</p>` : nothing}
            </div>`}
        ${concern ? this.renderConcern(r, key, concern) : nothing} ${this.confirmationAt(`concern:${r.id}`)}
        ${!this.readonly && concern && !concern.judgement ? this.renderJudgementForm(r, key, name) : nothing}
        ${this.readonly
          ? nothing
          : html`<details>
              <summary>
                ${this.t.term(concern ? 'raiseNewConcern' : 'raiseConcern')}<span class="visually-hidden"> (${name})</span>
              </summary>
              ${concern ? nothing : html`<p class="hint">${this.t.term('violenceIntro', name)}</p>`}
              ${this.renderConcernForm(context, r, key, name, concern !== undefined)}
            </details>`}
      </div>
    `;
  }

  private renderConcern(r: Relative, key: string, concern: ViolenceConcern): TemplateResult {
    const name = displayName(r);
    const judgement = concern.judgement;
    const routineKey = `routine:${r.id}`;
    return html`
      <dl class="summary">
        <dt>${this.t.term('directionShort')}</dt>
        <dd>${this.directionLabel(concern.direction, name)}</dd>
        ${concern.description ? html`<dt>${this.t.term('concernDescriptionShort')}</dt><dd>${concern.description}</dd>` : nothing}
        ${this.readonly ? html`<dt>${this.t.term('routineFollowedShort')}</dt><dd>${this.yesNo(concern.routineFollowed)}</dd>` : nothing}
        <dt>${this.t.term('raisedAtShort')}</dt>
        <dd>${concern.raisedAt}</dd>
        ${judgement
          ? html`
              <dt>${this.t.term('judgementText')}</dt>
              <dd>${judgement.text}</dd>
              <dt>${this.t.term('allowsParticipationShort')}</dt>
              <dd>${this.yesNo(judgement.allowsParticipation)}</dd>
              ${judgement.allowsParticipation
                ? html`<dt>${this.t.term('allowsJointMeetingShort')}</dt>
                    <dd>${this.yesNo(judgement.allowsJointMeeting === true)}</dd>`
                : nothing}
              <dt>${this.t.term('documented')}</dt>
              <dd>${this.t.term('recordedOnBy', judgement.date, judgement.recordedBy.name)}</dd>
            `
          : nothing}
      </dl>
      ${this.readonly
        ? nothing
        : html`
            ${checkbox({
              id: `${key}-routine-followed`,
              label: this.t.term('routineFollowed'),
              checked: concern.routineFollowed,
              onChange: (routineFollowed) => {
                const { judgement: _kept, ...rest } = concern;
                this.act(routineKey, { type: 'relative.raiseViolenceConcern', relativeId: r.id, concern: { ...rest, routineFollowed } });
              },
            })}
            ${this.refusalAt(routineKey, 6)}
          `}
    `;
  }

  private directionLabel(direction: ViolenceConcern['direction'], name: string): string {
    return direction === 'relativeAtRisk' ? this.t.term('direction.relativeAtRisk', name) : this.t.term(`direction.${direction}`);
  }

  private renderConcernForm(context: InvestigationContext, r: Relative, key: string, name: string, replaces: boolean): TemplateResult {
    const formKey = `concern:${r.id}`;
    const draft = this.concernDrafts[r.id] ?? { direction: undefined, description: '', routineFollowed: false, raisedAt: context.today };
    const set = (patch: Partial<ConcernDraft>) => (this.concernDrafts = { ...this.concernDrafts, [r.id]: { ...draft, ...patch } });
    const rejection = this.rejectionAt(formKey);
    const id = (field: string) => `${key}-concern-${field}`;
    const refs: FieldRefs = {
      direction: { id: id('direction-relativeAtRisk'), label: this.t.term('direction') },
      description: { id: id('description'), label: this.t.term('concernDescription') },
      raisedAt: { id: id('date'), label: this.t.term('raisedAt') },
    };
    return html`
      <form @submit=${(e: Event) => this.submitConcern(e, context, r)} novalidate>
        ${replaces ? html`<p class="hint">${this.t.term('newConcernHint')}</p>` : nothing} ${this.refusalAt(formKey, 6, refs)}
        ${radioGroup({
          id: id('direction'),
          label: this.t.term('direction'),
          hint: this.t.term('directionHint'),
          value: draft.direction,
          error: issueAt(rejection, 'direction'),
          options: DIRECTIONS.map((d) => ({ value: d, label: this.directionLabel(d, name) })),
          onChange: (direction) => set({ direction }),
        })}
        ${textArea({
          id: id('description'),
          label: this.t.term('concernDescription'),
          hint: this.t.term('concernDescriptionHint'),
          value: draft.description,
          error: issueAt(rejection, 'description'),
          onChange: (description) => set({ description }),
        })}
        ${checkbox({
          id: id('routine'),
          label: this.t.term('routineFollowed'),
          checked: draft.routineFollowed,
          onChange: (routineFollowed) => set({ routineFollowed }),
        })}
        ${textField({
          id: id('date'),
          label: this.t.term('raisedAt'),
          type: 'date',
          value: draft.raisedAt,
          error: issueAt(rejection, 'raisedAt'),
          onChange: (raisedAt) => set({ raisedAt }),
        })}
        <div class="actions">
          <button type="submit">${this.t.term('submitConcern')}<span class="visually-hidden"> (${name})</span></button>
        </div>
      </form>
    `;
  }

  private submitConcern(event: Event, context: InvestigationContext, r: Relative): void {
    event.preventDefault();
    const draft = this.concernDrafts[r.id] ?? { direction: undefined, description: '', routineFollowed: false, raisedAt: context.today };
    const ok = this.act(`concern:${r.id}`, {
      type: 'relative.raiseViolenceConcern',
      relativeId: r.id,
      concern: {
        // An unanswered direction is sent as is: the machine's validation says it is missing.
        direction: draft.direction as ViolenceConcern['direction'],
        description: optional(draft.description),
        routineFollowed: draft.routineFollowed,
        raisedAt: draft.raisedAt,
      },
    });
    if (!ok) return;
    const { [r.id]: _sent, ...rest } = this.concernDrafts;
    this.concernDrafts = rest;
    this.confirmation = { key: `concern:${r.id}`, text: this.t.term('concernRecorded') };
    const details = (event.target as HTMLElement).closest('details');
    if (details) details.open = false;
  }

  private renderJudgementForm(r: Relative, key: string, name: string): TemplateResult {
    const formKey = `judgement:${r.id}`;
    const draft = this.judgementDrafts[r.id] ?? { text: '', allowsParticipation: undefined, allowsJointMeeting: false };
    const set = (patch: Partial<JudgementDraft>) => (this.judgementDrafts = { ...this.judgementDrafts, [r.id]: { ...draft, ...patch } });
    const rejection = this.rejectionAt(formKey);
    const refs: FieldRefs = {
      text: { id: `${key}-judgement-text`, label: this.t.term('judgementText') },
      allowsParticipation: { id: `${key}-judgement-allows-yes`, label: this.t.term('allowsParticipation', name) },
    };
    return html`
      <form class="subform" @submit=${(e: Event) => this.submitJudgement(e, r)} novalidate>
        <p>${this.t.term('judgementIntro', name)}</p>
        ${this.refusalAt(formKey, 6, refs)}
        ${textArea({
          id: `${key}-judgement-text`,
          label: this.t.term('judgementText'),
          hint: this.t.term('judgementTextHint'),
          value: draft.text,
          required: true,
          error: issueAt(rejection, 'text'),
          onChange: (text) => set({ text }),
        })}
        ${radioGroup({
          id: `${key}-judgement-allows`,
          label: this.t.term('allowsParticipation', name),
          value: draft.allowsParticipation,
          error: issueAt(rejection, 'allowsParticipation'),
          options: (['yes', 'no'] as const).map((v) => ({ value: v, label: this.d.term(`yesNo.${v}`) })),
          onChange: (allowsParticipation) => set({ allowsParticipation }),
        })}
        ${draft.allowsParticipation === 'yes'
          ? checkbox({
              id: `${key}-judgement-joint`,
              label: this.t.term('allowsJointMeeting', name),
              hint: this.t.term('allowsJointMeetingHint'),
              checked: draft.allowsJointMeeting,
              onChange: (allowsJointMeeting) => set({ allowsJointMeeting }),
            })
          : nothing}
        <div class="actions">
          <button type="submit">${this.t.term('submitJudgement')}<span class="visually-hidden"> (${name})</span></button>
        </div>
      </form>
    `;
  }

  private submitJudgement(event: Event, r: Relative): void {
    event.preventDefault();
    const draft = this.judgementDrafts[r.id] ?? { text: '', allowsParticipation: undefined, allowsJointMeeting: false };
    const allows = draft.allowsParticipation === undefined ? undefined : draft.allowsParticipation === 'yes';
    const ok = this.act(`judgement:${r.id}`, {
      type: 'relative.recordViolenceJudgement',
      relativeId: r.id,
      text: draft.text.trim(),
      // Unanswered is sent as is: the machine's validation says it is missing.
      allowsParticipation: allows as boolean,
      allowsJointMeeting: allows === true && draft.allowsJointMeeting,
    });
    if (!ok) return;
    const { [r.id]: _sent, ...rest } = this.judgementDrafts;
    this.judgementDrafts = rest;
    this.confirmation = { key: `concern:${r.id}`, text: this.t.term('judgementRecorded') };
  }

  // ── The person's decision (C1, C2) ─────────────────────────────────────────────────────────

  private renderDecision(context: InvestigationContext, r: Relative, key: string, name: string): TemplateResult {
    const askedKey = `asked:${r.id}`;
    return html`
      <div class="decision" part="decision">
        <h5>${this.t.term('decisionHeading', name)}</h5>
        <p class="hint">${this.t.term('decisionIntro', name)}</p>
        ${r.involvementAskedAt
          ? html`<p id="${key}-asked" tabindex="-1">${this.t.term('askedOn', r.involvementAskedAt)}</p>`
          : this.readonly
            ? nothing
            : html`
                <p class="hint" id="${key}-asked-hint">${this.t.term('markAskedHint')}</p>
                <div class="actions">
                  <button type="button" class="secondary" aria-describedby="${key}-asked-hint" @click=${() => this.markAsked(r, key)}>
                    ${this.t.term('markAsked')}<span class="visually-hidden">${this.t.term('markAskedWho', name)}</span>
                  </button>
                </div>
              `}
        ${this.refusalAt(askedKey, 6)}
        <p id="${key}-forms">${this.t.term('formsLabel', name)}</p>
        <ul class="plain forms" aria-labelledby="${key}-forms">
          ${INVOLVEMENT_SCOPES.map((scope) => this.renderAnswer(context, r, scope))}
        </ul>
      </div>
    `;
  }

  private markAsked(r: Relative, key: string): void {
    if (!this.act(`asked:${r.id}`, { type: 'relative.markAsked', relativeId: r.id })) return;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${key}-asked`)?.focus());
  }

  /** The person's current answer for one form of taking part, and where none is in force, the way to record it. */
  private renderAnswer(context: InvestigationContext, r: Relative, scope: ConsentScope): TemplateResult {
    const { record, today } = context;
    const label = this.d.term(`scope.${scope}`);
    const consent = activeConsent(record, r.id, scope, today);
    const gate = consentGate(record, r.id, scope, today);
    let answer: string;
    if (consent) answer = this.t.term('answer.given', consent.date);
    else {
      const code = gate.allowed ? undefined : ANSWER_CODES.find((c) => c === gate.code);
      const decision = latestPersonSideDecision(record, r.id, scope, today);
      answer = this.t.term(`answer.${code ?? 'consentMissing'}`) + (code && decision ? ` (${decision.withdrawnAt ?? decision.date})` : '');
    }
    return html`
      <li>
        <p class="answer">${label}: <strong>${answer}</strong></p>
        ${consent ? nothing : consentNeeded(gate, this.t.term('recordAnswer', label), this.readonly)}
      </li>
    `;
  }

  // ── Adding a relative ──────────────────────────────────────────────────────────────────────

  private renderAddForm(context: InvestigationContext): TemplateResult {
    const draft = this.drafts['new'] ?? emptyRelativeDraft();
    const set = (patch: Partial<RelativeDraft>) => (this.drafts = { ...this.drafts, new: { ...draft, ...patch } });
    return html`
      <form class="add" aria-labelledby="add-heading" @submit=${(e: Event) => this.submitAdd(e)} novalidate part="add-relative">
        <h4 id="add-heading">${this.t.term('addHeading')}</h4>
        <p class="hint">${this.t.term('addHint')}</p>
        ${this.refusalAt('add', 5, relativeFieldRefs('new', this.t))}
        ${relativeFields({ prefix: 'new', draft, set, t: this.t, lifeAreas: context.catalogue.lifeAreas, rejection: this.rejectionAt('add') })}
        <div class="actions"><button type="submit">${this.t.term('submitAdd')}</button></div>
        ${this.confirmationAt('add')}
      </form>
    `;
  }

  private submitAdd(event: Event): void {
    event.preventDefault();
    const draft = this.drafts['new'] ?? emptyRelativeDraft();
    const relative = relativeOf(draft);
    if (!this.act('add', { type: 'relative.add', relative })) return;
    const { new: _added, ...rest } = this.drafts;
    this.drafts = rest;
    this.confirmation = { key: 'add', text: this.t.term('added', relative.chosenName ?? relative.name) };
  }
}
