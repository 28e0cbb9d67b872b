import { html, nothing, type TemplateResult } from 'lit';
import { relativesInStep, violenceGate, type InvestigationContext, type Relative } from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import { branchesOf, displayName } from '../base/selectors.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { domainTerms } from '../shared/domain-terms.js';
import { stepEquipTerms } from './step-equip.terms.js';
import { styles } from './anhorig-step-equip.styles.js';
import type { EquipView } from './equip-view.js';
import { anonymousField, anonymousKey } from './anonymous-field.js';
import { informationSection, infoKey, type InformationEntry } from './information-section.js';
import { helpKey, referralKey, referralSection } from './referral-section.js';
import { conversationKey, conversationsSection, type ConversationValue } from './conversations-section.js';
import { childKey, childPerspectivePart } from './child-perspective.js';
import { communicationNote, communicationTerms } from '../step-involve/communication-note.js';
import { msg } from '../localization/messages.js';

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
  private readonly c = communicationTerms(this);

  protected renderStep(snapshot: InvestigationSnapshot): TemplateResult {
    const context = snapshot.context;
    const { record, today } = context;
    const view = this.viewOf(context);
    // The core's list, as the navigator and Next see it; the index keeps each card's ids stable.
    const inStep = new Set(relativesInStep(record, 'equip', today));
    const indexed = record.relatives.map((relative, index) => ({ relative, index }));
    const inBranch = indexed.filter(({ relative }) => inStep.has(relative));
    // H2: a legal representative who is not a relative is not listed as one.
    const others = indexed.filter(({ relative }) => relative.isRelative && !inStep.has(relative));
    return html`
      <p>${this.t.term('intro')}</p>
      <p class="hint">${this.t.term('secrecy')}</p>
      <p class="notice info" part="privacy">${this.t.term('nothingDisclosed')}</p>
      ${inBranch.length === 0
        ? html`<p class="notice info">${this.t.term('noneInBranch')}</p>`
        : html`
            <p class="hint">${this.t.term('movesOn')}</p>
            ${inBranch.map(({ relative, index }) => this.renderRelative(view, relative, index))}
          `}
      ${others.length
        ? html`
            <details class="others">
              <summary>${this.t.term('others', others.length)}</summary>
              <p class="hint">${this.t.term('othersHint')}</p>
              ${others.map(({ relative, index }) => this.renderRelative(view, relative, index))}
            </details>
          `
        : nothing}
    `;
  }

  private viewOf(context: InvestigationContext): EquipView {
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

  private renderRelative(view: EquipView, relative: Relative, index: number): TemplateResult {
    const { context } = view;
    const p = `r${index}`;
    const own = context.relativeRecords.find((r) => r.relativeId === relative.id);
    const c4 = violenceGate(context.record, relative.id);
    const branch = branchesOf(context).get(relative.id) ?? 'undecided';
    return html`
      <section class="card" aria-labelledby="${p}-heading" part="relative" data-relative-id=${relative.id}>
        <h3 id="${p}-heading" class="relative-heading" tabindex="-1">
          ${displayName(relative)} <span class="relation">(${relative.relation})</span>
        </h3>
        <p><span class="tag">${this.d.term(`branch.${branch}`)}</span></p>
        ${c4.allowed ? nothing : html`<p class="notice">${msg(this, c4.reason)}</p>`}
        ${communicationNote(this.c, relative.communication, displayName(relative))}
        ${childPerspectivePart(view, relative, p, (guided) => this.setChildGuided(relative.id, guided))}
        ${anonymousField(view, relative, own, p, (anonymous) => this.setAnonymous(relative.id, anonymous))}
        ${informationSection(view, relative, own, p, (e, entry) => this.addInformation(e, relative.id, entry))}
        ${referralSection(
          view,
          relative,
          own,
          p,
          (e, date) => this.saveReferral(e, relative.id, date),
          (offered) => this.setHelpWithContact(relative.id, offered),
        )}
        ${conversationsSection(view, relative, own, p, (e, conversation) => this.addConversation(e, relative.id, conversation))}
        <anhorig-own-support relative-id=${relative.id} ?readonly=${this.readonly}></anhorig-own-support>
      </section>
    `;
  }

  private addInformation(event: Event, relativeId: string, entry: InformationEntry): void {
    event.preventDefault();
    this.forms.send(infoKey(relativeId), { type: 'relativeRecord.addInformationGiven', relativeId, entry });
  }

  private saveReferral(event: Event, relativeId: string, date: string): void {
    event.preventDefault();
    this.forms.send(referralKey(relativeId), { type: 'relativeRecord.update', relativeId, patch: { referredToAnhorigkonsulent: date } });
  }

  private setAnonymous(relativeId: string, anonymous: boolean): void {
    this.forms.send(anonymousKey(relativeId), { type: 'relativeRecord.update', relativeId, patch: { anonymous } });
  }

  /** C11, H4: into the child's own record. */
  private setChildGuided(relativeId: string, childGuidedToOwnSupport: boolean): void {
    this.forms.send(childKey(relativeId), { type: 'relativeRecord.update', relativeId, patch: { childGuidedToOwnSupport } });
  }

  private setHelpWithContact(relativeId: string, helpWithContactOffered: boolean): void {
    this.forms.send(helpKey(relativeId), { type: 'relativeRecord.update', relativeId, patch: { helpWithContactOffered } });
  }

  private addConversation(event: Event, relativeId: string, conversation: ConversationValue): void {
    event.preventDefault();
    this.forms.send(conversationKey(relativeId), { type: 'relativeRecord.addConversation', relativeId, conversation });
  }
}
