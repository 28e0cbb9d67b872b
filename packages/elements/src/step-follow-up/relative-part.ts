/**
 * (a) and (c) Relatives in the follow-up of the person's support (C8): with the person's consent to
 * take part, the invitation to the follow-up meeting and the relative's view of the support;
 * without it, which consent is missing (and any view recorded before).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { canTakePartInFollowUp, type FollowUp, type Relative } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { savedNotice } from '../shared/notices.js';
import { consentNeeded } from '../shared/consent-needed.js';
import { communicationNote } from '../step-involve/communication-note.js';
import { relativeLabel, relativesOf, type FollowUpView } from './follow-up-view.js';
import { relativeViewForm, relativeViewSummary, type RelativeViewValue } from './relative-view.js';

/** What the element does for this part. */
export interface RelativePartHandlers {
  /** Record that the invitation to the follow-up meeting was sent. */
  onInvite(relative: Relative): void;
  /** Save the relative's view (the form's submit event, and the view). */
  onSaveView(event: Event, value: RelativeViewValue): void;
}

/** The invitation button's key: one per relative. */
export const inviteKey = (relativeId: string): string => `invite-${relativeId}`;

const invitation = (view: FollowUpView, followUp: FollowUp, relative: Relative, onInvite: (relative: Relative) => void): TemplateResult => {
  const { t, forms } = view;
  const sent = followUp.invitations.find((i) => i.relativeId === relative.id);
  const key = inviteKey(relative.id);
  return html`
    <p>${sent ? t.term('invitedAt', t.date(sent.sentAt)) : t.term('notInvited')}</p>
    ${view.readonly || sent
      ? nothing
      : html`
          ${view.rejection(key)}
          <div class="actions">
            <button type="button" class="secondary" aria-label=${t.term('forWhom', t.term('invite'), displayName(relative))} @click=${() => onInvite(relative)}>
              ${t.term('invite')}
            </button>
          </div>
        `}
    ${savedNotice(forms.saved(key), t.term('invited'))}
  `;
};

const relativeCard = (view: FollowUpView, followUp: FollowUp, relative: Relative, handlers: RelativePartHandlers): TemplateResult => {
  const { context, t } = view;
  const gate = canTakePartInFollowUp(context.record, relative.id, context.today);
  const recorded = followUp.relativeViews.find((v) => v.relativeId === relative.id);
  return html`
    <div class="card relative" data-relative-id=${relative.id}>
      <h4 tabindex="-1">${relativeLabel(relative)}</h4>
      ${gate.allowed
        ? html`${communicationNote(view.c, relative.communication, displayName(relative))} ${invitation(view, followUp, relative, handlers.onInvite)}
          ${view.readonly ? relativeViewSummary(view, relative, recorded) : relativeViewForm(view, relative, recorded, handlers.onSaveView)}`
        : html`${consentNeeded(gate, t.term('recordConsent'), view.readonly, t)}
          ${recorded ? relativeViewSummary(view, relative, recorded) : nothing}`}
    </div>
  `;
};

export const relativesPart = (view: FollowUpView, followUp: FollowUp, handlers: RelativePartHandlers): TemplateResult => {
  const { context, t } = view;
  const relatives = relativesOf(view);
  return html`
    <section aria-labelledby="fu-relatives-heading">
      <h3 id="fu-relatives-heading">${t.term('relativesHeading')}</h3>
      <p>${t.term('relativesIntro')}</p>
      ${relatives.length === 0 ? html`<p>${t.term('noRelatives')}</p>` : relatives.map((r) => relativeCard(view, followUp, r, handlers))}
    </section>
  `;
};
