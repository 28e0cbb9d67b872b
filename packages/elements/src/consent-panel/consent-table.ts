/**
 * Every consent and refusal concerning one relative, as a table: for what, the answer, who gave it,
 * how, when and who recorded it (C2), whether it is in force today and if not why (the core's
 * consent state: expired, not yet given, not given by someone entitled), with a button to withdraw a
 * consent that can be withdrawn (C3); and whether the relative may take part in a SIP, which is
 * objection-based (C14).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { canTakePartInSip, consentState, isWithdrawable, type Consent, type ConsentState, type Relative } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { scopeLabel, type ConsentView, type Renderable } from './consent-view.js';
import { msg } from '../localization/messages.js';

/** The withdrawal in progress, as the table needs it: which consent, how to start one, the box itself. */
export interface WithdrawalSlot {
  readonly consentId: string | undefined;
  start(consentId: string): void;
  render(): Renderable;
}

/** The answer as recorded: withdrawn (with its date), or yes/no (for SIP: objects or not, C14). */
const decisionLabel = (view: ConsentView, consent: Consent, state: ConsentState): string => {
  if (state === 'withdrawn') return view.t.term('withdrawnOn', consent.withdrawnAt ?? '');
  if (consent.scope === 'sip') return view.d.term(`sip.${consent.status as 'given' | 'declined'}`);
  return view.d.term(`status.${consent.status}`);
};

/** Under the answer: how long it is valid, or why a consent that was given is not in force today. */
const stateNote = (view: ConsentView, consent: Consent, state: ConsentState): Renderable => {
  const { t } = view;
  const note = (text: string) => html`<br /><span class="hint">${text}</span>`;
  switch (state) {
    case 'expired':
      return note(t.term('expired', consent.validUntil ?? ''));
    case 'notYet':
      return note(t.term('notYet', consent.date));
    case 'notEntitled':
      return note(t.term('notEntitled'));
    default:
      return consent.validUntil ? note(t.term('validUntil', consent.validUntil)) : nothing;
  }
};

/** C14: SIP is objection-based; say whether the relative may take part in one. */
const sipNote = (view: ConsentView, relativeId: string): TemplateResult => {
  const gate = canTakePartInSip(view.context.record, relativeId, view.context.today);
  return html`<p class="hint">${gate.allowed ? view.t.term('sipAllowed') : msg(view.t, gate.reason)}</p>`;
};

const consentRow = (view: ConsentView, c: Consent, withdrawal: WithdrawalSlot): TemplateResult => {
  const { t, d } = view;
  const giver = d.term(`giver.${c.givenBy}`) + (c.givenByName ? ` (${c.givenByName})` : '');
  const state = consentState(view.context.record, c, view.context.today);
  // An expired consent no longer applies: there is nothing left to withdraw.
  const canWithdraw = isWithdrawable(c, view.context.today);
  return html`
    <tr class=${state === 'inForce' ? '' : 'inactive'}>
      <th scope="row">${scopeLabel(view, c.scope)}${c.note ? html`<br /><span class="hint">${c.note}</span>` : nothing}</th>
      <td>${decisionLabel(view, c, state)}${stateNote(view, c, state)}</td>
      <td>${giver}</td>
      <td>${d.term(`form.${c.form}`)}</td>
      <td>${c.date}</td>
      <td>${c.recordedBy.name}</td>
      ${view.readonly
        ? nothing
        : html`<td>
            ${canWithdraw
              ? html`<button
                  type="button"
                  class="secondary"
                  aria-label=${t.term('withdrawLabel', scopeLabel(view, c.scope))}
                  aria-expanded=${withdrawal.consentId === c.id ? 'true' : 'false'}
                  @click=${() => withdrawal.start(c.id)}
                >
                  ${t.term('withdraw')}
                </button>`
              : nothing}
          </td>`}
    </tr>
  `;
};

/** One relative's consents, with the withdrawal box below the table when one of them is being withdrawn. */
export const relativeConsents = (view: ConsentView, relative: Relative, withdrawal: WithdrawalSlot): TemplateResult => {
  const { t } = view;
  const name = displayName(relative);
  const consents = view.context.record.consents.filter((c) => c.relativeId === relative.id);
  const headingId = `consents-${relative.id}`;
  return html`
    <section class="card" aria-labelledby=${headingId}>
      <h3 id=${headingId}>${t.term('forRelative', name)}</h3>
      ${sipNote(view, relative.id)}
      ${consents.length === 0
        ? html`<p>${t.term('none')}</p>`
        : html`
            <div class="table-wrap" tabindex="0" role="region" aria-label=${t.term('table', name)}>
              <table>
                <caption class="visually-hidden">${t.term('caption', name)}</caption>
                <thead>
                  <tr>
                    <th scope="col">${t.term('colScope')}</th>
                    <th scope="col">${t.term('colDecision')}</th>
                    <th scope="col">${t.term('colGivenBy')}</th>
                    <th scope="col">${t.term('colForm')}</th>
                    <th scope="col">${t.term('colDate')}</th>
                    <th scope="col">${t.term('colRecordedBy')}</th>
                    ${view.readonly ? nothing : html`<th scope="col">${t.term('colAction')}</th>`}
                  </tr>
                </thead>
                <tbody>
                  ${consents.map((c) => consentRow(view, c, withdrawal))}
                </tbody>
              </table>
            </div>
          `}
      ${consents.some((c) => c.id === withdrawal.consentId) ? withdrawal.render() : nothing}
    </section>
  `;
};
