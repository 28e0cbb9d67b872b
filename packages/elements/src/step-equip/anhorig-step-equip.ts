import { html, nothing, type TemplateResult } from 'lit';
import {
  violenceGate,
  type Channel,
  type InvestigationContext,
  type OwnConversation,
  type Relative,
  type InvestigationEvent,
  type RelativeRecord,
} from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import { branchesOf, displayName } from '../base/selectors.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { checkbox, radioGroup, textArea, textField } from '../shared/fields.js';
import { fieldError } from '../shared/notices.js';
import { domainTerms } from '../shared/domain-terms.js';
import { stepEquipTerms } from './step-equip.terms.js';
import { styles } from './anhorig-step-equip.styles.js';

const CHANNELS: readonly Channel[] = ['meeting', 'phone', 'letter', 'digital', 'other'];
const ANSWERS: readonly OwnConversation['answer'][] = ['accepted', 'declined', 'undecided'];

interface InfoDraft {
  what: string;
  date: string;
  channel: Channel | '';
}
interface ConversationDraft {
  offeredAt: string;
  answer: OwnConversation['answer'] | '';
  heldAt: string;
  notes: string;
}
type RelativeRecordEvent = Extract<InvestigationEvent, { type: `relativeRecord.${string}` }>;

/**
 * @summary Step 2, "Om den enskilde inte accepterar involvering": equip relatives for the future. Per
 * relative the person does not want to take part (and, collapsed, any other relative: C9 needs no
 * consent): information given about support for relatives, referral to the anhörigkonsulent, an offer
 * of help with the contact, an offer of a conversation about the relative's own situation, whether the
 * relative stays anonymous, and the relative's own support needs (C12). Everything here goes into the
 * relative's own record; nothing about the person is disclosed or stored.
 *
 * @csspart step - The step's section.
 * @csspart relative - One relative's card.
 * @csspart privacy - The reminder that nothing about the person is disclosed here.
 * @fires anhorig-change - The relative's own record changed (`detail.relativeRecords`), from the owning element.
 * @fires anhorig-own-application-request - A relative chose to apply for own support (C12), from the owning element.
 */
export class AnhorigStepEquip extends StepElement {
  static override styles = [...StepElement.styles, styles];

  static override properties = {
    ...StepElement.properties,
    drafts: { state: true },
    lastForm: { state: true },
    confirmed: { state: true },
  };

  protected readonly step = 'equip' as const;

  /** Unsaved form contents, keyed by `<relativeId>:<form>`. */
  declare private drafts: Record<string, unknown>;
  /** The form that sent the last event, `<relativeId>:<form>`, where its refusal is shown. */
  declare private lastForm: string | undefined;
  /** The form whose last event was saved, for its confirmation. */
  declare private confirmed: string | undefined;

  private readonly t = stepEquipTerms(this);
  private readonly d = domainTerms(this);

  constructor() {
    super();
    this.drafts = {};
  }

  protected renderStep(snapshot: InvestigationSnapshot): TemplateResult {
    const context = snapshot.context;
    const branches = branchesOf(context);
    const indexed = context.record.relatives.map((relative, index) => ({ relative, index }));
    const inBranch = indexed.filter(({ relative }) => branches.get(relative.id) === 'equip');
    const others = indexed.filter(({ relative }) => branches.get(relative.id) !== 'equip');
    return html`
      <p>${this.t.term('intro')}</p>
      <p class="hint">${this.t.term('secrecy')}</p>
      <p class="notice info" part="privacy">${this.t.term('nothingDisclosed')}</p>
      ${inBranch.length === 0
        ? html`<p class="notice info">${this.t.term('noneInBranch')}</p>`
        : html`
            <p class="hint">${this.t.term('movesOn')}</p>
            ${inBranch.map(({ relative, index }) => this.renderRelative(context, relative, index))}
          `}
      ${others.length
        ? html`
            <details class="others">
              <summary>${this.t.term('others', others.length)}</summary>
              <p class="hint">${this.t.term('othersHint')}</p>
              ${others.map(({ relative, index }) => this.renderRelative(context, relative, index))}
            </details>
          `
        : nothing}
    `;
  }

  // Drafts -------------------------------------------------------------------------------------

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

  /** The machine's refusal, only where the form that sent it is. */
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

  /** Send an edit of the relative's own record on behalf of one form; true when it was saved. */
  private sendFor(key: string, event: RelativeRecordEvent): boolean {
    this.lastForm = key;
    this.confirmed = undefined;
    this.send(event);
    if (this.ownRejection) return false;
    this.confirmed = key;
    return true;
  }

  // Rendering ----------------------------------------------------------------------------------

  private renderRelative(context: InvestigationContext, relative: Relative, index: number): TemplateResult {
    const p = `r${index}`;
    const own = context.relativeRecords.find((r) => r.relativeId === relative.id);
    const c4 = violenceGate(context.record, relative.id);
    const branch = branchesOf(context).get(relative.id) ?? 'undecided';
    const toggleKey = `${relative.id}:toggle`;
    return html`
      <section class="card" aria-labelledby="${p}-heading" part="relative">
        <h3 id="${p}-heading" class="relative-heading">
          ${displayName(relative)} <span class="relation">(${relative.relation})</span>
        </h3>
        <p><span class="tag">${this.d.term(`branch.${branch}`)}</span></p>
        ${c4.allowed ? nothing : html`<p class="notice">${c4.message}</p>`}
        ${this.lastForm === toggleKey ? this.renderRejection() : nothing}
        ${this.readonly
          ? own?.anonymous
            ? html`<p>${this.t.term('anonymousYes')}</p>`
            : nothing
          : checkbox({
              id: `${p}-anonymous`,
              label: this.t.term('anonymous'),
              hint: this.t.term('anonymousHint'),
              checked: own?.anonymous ?? false,
              onChange: (anonymous) => this.sendFor(toggleKey, { type: 'relativeRecord.update', relativeId: relative.id, patch: { anonymous } }),
            })}
        ${this.renderInformation(context, relative, own, p)} ${this.renderReferral(context, relative, own, p)}
        ${this.renderConversations(context, relative, own, p)}
        <anhorig-own-support relative-id=${relative.id} ?readonly=${this.readonly}></anhorig-own-support>
      </section>
    `;
  }

  private renderInformation(context: InvestigationContext, relative: Relative, own: RelativeRecord | undefined, p: string): TemplateResult {
    const key = `${relative.id}:info`;
    const entries = own?.informationGiven ?? [];
    const draft = this.draft<InfoDraft>(key, () => ({ what: '', date: context.today, channel: '' }));
    const set = (patch: Partial<InfoDraft>) => this.setDraft(key, { ...draft, ...patch });
    const rejection = this.rejectionFor(key);
    return html`
      <div class="part">
        <h4>${this.t.term('infoHeading')}</h4>
        ${entries.length === 0
          ? html`<p>${this.t.term('infoNone')}</p>`
          : html`<ul class="entries">
              ${entries.map((e) => html`<li>${this.t.term('infoEntry', e.date, this.d.term(`channel.${e.channel}`), e.what)}</li>`)}
            </ul>`}
        ${this.readonly
          ? nothing
          : html`
              <form novalidate @submit=${(e: Event) => this.addInformation(e, key, relative.id, entries, draft)}>
                ${this.confirmation(key, this.t.term('infoAdded'))}
                ${rejection ? this.renderRejection({ what: `${p}-info-what`, date: `${p}-info-date`, channel: `${p}-info-channel` }) : nothing}
                ${textField({
                  id: `${p}-info-what`,
                  label: this.t.term('infoWhat'),
                  hint: this.t.term('infoWhatHint'),
                  value: draft.what,
                  required: true,
                  ...this.errorFor(key, 'what'),
                  onChange: (what) => set({ what }),
                })}
                ${textField({
                  id: `${p}-info-date`,
                  label: this.t.term('infoDate'),
                  type: 'date',
                  value: draft.date,
                  ...this.errorFor(key, 'date'),
                  onChange: (date) => set({ date }),
                })}
                ${radioGroup({
                  id: `${p}-info-channel`,
                  label: this.t.term('infoChannel'),
                  value: draft.channel || undefined,
                  options: CHANNELS.map((c) => ({ value: c, label: this.d.term(`channel.${c}`) })),
                  ...this.errorFor(key, 'channel'),
                  onChange: (channel) => set({ channel }),
                })}
                <div class="actions"><button type="submit">${this.t.term('infoAdd')}</button></div>
              </form>
            `}
      </div>
    `;
  }

  private addInformation(event: Event, key: string, relativeId: string, entries: RelativeRecord['informationGiven'], draft: InfoDraft): void {
    event.preventDefault();
    const entry = { what: draft.what, date: draft.date, channel: draft.channel as Channel };
    if (this.sendFor(key, { type: 'relativeRecord.update', relativeId, patch: { informationGiven: [...entries, entry] } })) this.clearDraft(key);
  }

  private renderReferral(context: InvestigationContext, relative: Relative, own: RelativeRecord | undefined, p: string): TemplateResult {
    const key = `${relative.id}:referral`;
    const helpKey = `${relative.id}:toggle`;
    const konsulent = context.catalogue.anhorigkonsulent;
    const referred = own?.referredToAnhorigkonsulent;
    const date = this.draft<string>(key, () => referred ?? context.today);
    const rejection = this.rejectionFor(key);
    return html`
      <div class="part">
        <h4>${this.t.term('referralHeading')}</h4>
        ${konsulent
          ? html`<dl class="summary">
              <dt>${this.t.term('konsulentName')}</dt>
              <dd>${konsulent.name}</dd>
              <dt>${this.t.term('konsulentContact')}</dt>
              <dd>${konsulent.contact}</dd>
            </dl>`
          : html`<p class="hint">${this.t.term('noKonsulent')}</p>`}
        <p>${referred ? this.t.term('referredOn', referred) : this.t.term('notReferred')}</p>
        ${this.readonly
          ? own?.helpWithContactOffered
            ? html`<p>${this.t.term('helpWithContactYes')}</p>`
            : nothing
          : html`
              <form novalidate @submit=${(e: Event) => this.saveReferral(e, key, relative.id, date)}>
                ${this.confirmation(key, this.t.term('referralSaved'))}
                ${rejection ? this.renderRejection({ referredToAnhorigkonsulent: `${p}-referral-date` }) : nothing}
                ${textField({
                  id: `${p}-referral-date`,
                  label: this.t.term('referralDate'),
                  type: 'date',
                  value: date,
                  ...this.errorFor(key, 'referredToAnhorigkonsulent'),
                  onChange: (value) => this.setDraft(key, value),
                })}
                <div class="actions"><button type="submit">${this.t.term('referralSave')}</button></div>
              </form>
              ${checkbox({
                id: `${p}-help-with-contact`,
                label: this.t.term('helpWithContact'),
                hint: this.t.term('helpWithContactHint'),
                checked: own?.helpWithContactOffered ?? false,
                onChange: (helpWithContactOffered) =>
                  this.sendFor(helpKey, { type: 'relativeRecord.update', relativeId: relative.id, patch: { helpWithContactOffered } }),
              })}
            `}
      </div>
    `;
  }

  private saveReferral(event: Event, key: string, relativeId: string, date: string): void {
    event.preventDefault();
    if (this.sendFor(key, { type: 'relativeRecord.update', relativeId, patch: { referredToAnhorigkonsulent: date } })) this.clearDraft(key);
  }

  private renderConversations(context: InvestigationContext, relative: Relative, own: RelativeRecord | undefined, p: string): TemplateResult {
    const key = `${relative.id}:conversation`;
    const conversations = own?.ownConversations ?? [];
    const draft = this.draft<ConversationDraft>(key, () => ({ offeredAt: context.today, answer: '', heldAt: '', notes: '' }));
    const set = (patch: Partial<ConversationDraft>) => this.setDraft(key, { ...draft, ...patch });
    const rejection = this.rejectionFor(key);
    return html`
      <div class="part">
        <h4>${this.t.term('conversationHeading')}</h4>
        <p class="hint">${this.t.term('conversationHint')}</p>
        ${conversations.length === 0
          ? html`<p>${this.t.term('conversationNone')}</p>`
          : html`<ul class="entries">
              ${conversations.map(
                (c) => html`<li>
                  ${this.t.term('conversationEntry', c.offeredAt, this.t.term(`answer.${c.answer}`))}${c.heldAt
                    ? html`. ${this.t.term('heldOn', c.heldAt)}`
                    : nothing}
                  ${c.notes ? html`<br /><span class="notes">${c.notes}</span>` : nothing}
                </li>`,
              )}
            </ul>`}
        ${this.readonly
          ? nothing
          : html`
              <form novalidate @submit=${(e: Event) => this.addConversation(e, key, relative.id, draft)}>
                ${this.confirmation(key, this.t.term('conversationAdded'))}
                ${rejection
                  ? this.renderRejection({ offeredAt: `${p}-conv-offered`, answer: `${p}-conv-answer`, heldAt: `${p}-conv-held`, notes: `${p}-conv-notes` })
                  : nothing}
                ${textField({
                  id: `${p}-conv-offered`,
                  label: this.t.term('offeredAt'),
                  type: 'date',
                  value: draft.offeredAt,
                  ...this.errorFor(key, 'offeredAt'),
                  onChange: (offeredAt) => set({ offeredAt }),
                })}
                ${radioGroup({
                  id: `${p}-conv-answer`,
                  label: this.t.term('answer'),
                  value: draft.answer || undefined,
                  options: ANSWERS.map((a) => ({ value: a, label: this.t.term(`answer.${a}`) })),
                  ...this.errorFor(key, 'answer'),
                  onChange: (answer) => set({ answer }),
                })}
                ${textField({
                  id: `${p}-conv-held`,
                  label: this.t.term('heldAt'),
                  type: 'date',
                  value: draft.heldAt,
                  ...this.errorFor(key, 'heldAt'),
                  onChange: (heldAt) => set({ heldAt }),
                })}
                ${textArea({
                  id: `${p}-conv-notes`,
                  label: this.t.term('notes'),
                  hint: this.t.term('notesHint'),
                  value: draft.notes,
                  ...this.errorFor(key, 'notes'),
                  onChange: (notes) => set({ notes }),
                })}
                <div class="actions"><button type="submit">${this.t.term('conversationAdd')}</button></div>
              </form>
            `}
      </div>
    `;
  }

  private addConversation(event: Event, key: string, relativeId: string, draft: ConversationDraft): void {
    event.preventDefault();
    const conversation = {
      offeredAt: draft.offeredAt,
      answer: draft.answer as OwnConversation['answer'],
      heldAt: draft.heldAt || undefined,
      notes: draft.notes,
      duringFollowUp: false,
    };
    if (this.sendFor(key, { type: 'relativeRecord.addConversation', relativeId, conversation })) this.clearDraft(key);
  }
}
