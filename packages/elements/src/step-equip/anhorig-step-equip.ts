import { html, nothing, type TemplateResult } from 'lit';
import {
  violenceGate,
  type Channel,
  type InvestigationContext,
  type OwnConversation,
  type Relative,
  type RelativeRecord,
} from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import { branchesOf, displayName } from '../base/selectors.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { checkbox, radioGroup, textArea, textField } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
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

  protected readonly step = 'equip' as const;

  private readonly t = stepEquipTerms(this);
  private readonly d = domainTerms(this);

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

  /** A form's field error, spread into the field's options. */
  private errorFor(key: string, field: string): { error: string } | Record<string, never> {
    const message = this.forms.error(key, field);
    return message ? { error: message } : {};
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
        ${this.forms.rejection(toggleKey) ? this.renderRejection() : nothing}
        ${this.readonly
          ? own?.anonymous
            ? html`<p>${this.t.term('anonymousYes')}</p>`
            : nothing
          : checkbox({
              id: `${p}-anonymous`,
              label: this.t.term('anonymous'),
              hint: this.t.term('anonymousHint'),
              checked: own?.anonymous ?? false,
              onChange: (anonymous) => this.forms.send(toggleKey, { type: 'relativeRecord.update', relativeId: relative.id, patch: { anonymous } }),
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
    const initial = (): InfoDraft => ({ what: '', date: context.today, channel: '' });
    const draft = this.forms.draft(key, initial);
    const set = (patch: Partial<InfoDraft>) => this.forms.patchDraft(key, initial, patch);
    const rejection = this.forms.rejection(key);
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
              <form novalidate @submit=${(e: Event) => this.addInformation(e, key, relative.id, draft)}>
                ${savedNotice(this.forms.saved(key), this.t.term('infoAdded'))}
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

  private addInformation(event: Event, key: string, relativeId: string, draft: InfoDraft): void {
    event.preventDefault();
    const entry = { what: draft.what, date: draft.date, channel: draft.channel as Channel };
    this.forms.send(key, { type: 'relativeRecord.addInformationGiven', relativeId, entry });
  }

  private renderReferral(context: InvestigationContext, relative: Relative, own: RelativeRecord | undefined, p: string): TemplateResult {
    const key = `${relative.id}:referral`;
    const helpKey = `${relative.id}:toggle`;
    const konsulent = context.catalogue.anhorigkonsulent;
    const referred = own?.referredToAnhorigkonsulent;
    const date = this.forms.draft<string>(key, () => referred ?? context.today);
    const rejection = this.forms.rejection(key);
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
                ${savedNotice(this.forms.saved(key), this.t.term('referralSaved'))}
                ${rejection ? this.renderRejection({ referredToAnhorigkonsulent: `${p}-referral-date` }) : nothing}
                ${textField({
                  id: `${p}-referral-date`,
                  label: this.t.term('referralDate'),
                  type: 'date',
                  value: date,
                  ...this.errorFor(key, 'referredToAnhorigkonsulent'),
                  onChange: (value) => this.forms.setDraft(key, value),
                })}
                <div class="actions"><button type="submit">${this.t.term('referralSave')}</button></div>
              </form>
              ${checkbox({
                id: `${p}-help-with-contact`,
                label: this.t.term('helpWithContact'),
                hint: this.t.term('helpWithContactHint'),
                checked: own?.helpWithContactOffered ?? false,
                onChange: (helpWithContactOffered) =>
                  this.forms.send(helpKey, { type: 'relativeRecord.update', relativeId: relative.id, patch: { helpWithContactOffered } }),
              })}
            `}
      </div>
    `;
  }

  private saveReferral(event: Event, key: string, relativeId: string, date: string): void {
    event.preventDefault();
    this.forms.send(key, { type: 'relativeRecord.update', relativeId, patch: { referredToAnhorigkonsulent: date } });
  }

  private renderConversations(context: InvestigationContext, relative: Relative, own: RelativeRecord | undefined, p: string): TemplateResult {
    const key = `${relative.id}:conversation`;
    const conversations = own?.ownConversations ?? [];
    const initial = (): ConversationDraft => ({ offeredAt: context.today, answer: '', heldAt: '', notes: '' });
    const draft = this.forms.draft(key, initial);
    const set = (patch: Partial<ConversationDraft>) => this.forms.patchDraft(key, initial, patch);
    const rejection = this.forms.rejection(key);
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
                ${savedNotice(this.forms.saved(key), this.t.term('conversationAdded'))}
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
    this.forms.send(key, { type: 'relativeRecord.addConversation', relativeId, conversation });
  }
}
