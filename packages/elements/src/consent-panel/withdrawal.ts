/**
 * C3: withdrawing a consent. Before anything changes the box says what will leave the next
 * assignment (the core's withdrawal impact); once withdrawn, a notice says what changed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { withdrawalImpact, type InvestigationEvent, type Message } from '@anhorig/core';
import { textField } from '../shared/fields.js';
import type { ConsentView, Renderable } from './consent-view.js';
import { msg } from '../localization/messages.js';

export const WITHDRAWAL_FORM = 'withdrawal';

/** The withdrawal being prepared: which consent, from which date. */
export interface WithdrawalDraft {
  consentId: string;
  date: string;
}

export const withdrawEvent = (draft: WithdrawalDraft): Extract<InvestigationEvent, { type: 'consent.withdraw' }> => ({
  type: 'consent.withdraw',
  consentId: draft.consentId,
  ...(draft.date ? { date: draft.date } : {}),
});

/** What the withdrawal will take out of the next assignment, the date, and confirm or cancel. */
export const withdrawalForm = (
  view: ConsentView,
  draft: WithdrawalDraft,
  setDate: (date: string) => void,
  confirm: () => void,
  cancel: () => void,
): TemplateResult => {
  const { context, t } = view;
  // The preview acts from the date in the field, so "Från och med …" says what the confirmation will do.
  const impact = withdrawalImpact(context.record, draft.consentId, context.catalogue, context.today, draft.date || undefined);
  return html`
    <div class="notice" part="withdrawal">
      <h4 id="withdraw-heading" tabindex="-1">${t.term('withdrawHeading')}</h4>
      <p>${t.term('withdrawIntro')}</p>
      <ul>
        ${impact?.notices.map((m) => html`<li>${msg(t, m)}</li>`)}
      </ul>
      ${view.rejection(WITHDRAWAL_FORM, { withdrawnAt: 'withdraw-date' }, 5)}
      ${textField({ id: 'withdraw-date', label: t.term('withdrawDate'), type: 'date', value: draft.date, onChange: setDate })}
      <div class="actions">
        <button type="button" @click=${confirm}>${t.term('confirmWithdraw')}</button>
        <button type="button" class="secondary" @click=${cancel}>${t.term('cancel')}</button>
      </div>
    </div>
  `;
};

/** What the consent just withdrawn took out of the next assignment. */
export const withdrawnNotice = (view: ConsentView, notices: readonly Message[] | undefined): Renderable =>
  notices
    ? html`
        <div class="notice info" role="status">
          <h3 id="withdrawn-heading" tabindex="-1">${view.t.term('withdrawnHeading')}</h3>
          <ul>
            ${notices.map((m) => html`<li>${msg(view.t, m)}</li>`)}
          </ul>
        </div>
      `
    : nothing;
