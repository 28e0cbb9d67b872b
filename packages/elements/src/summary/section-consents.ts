/**
 * Consents (samtycken) per relative, C2: each one's answer and whether it is in force today as the
 * core says (withdrawn, C3; expired, not yet given, or not given by someone entitled), visibly marked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { consentState, type Consent, type ConsentState, type Relative } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { nothingRecorded, summaryList, summarySection, type SummaryView } from './parts.js';

/** The answer as the consent panel words it (SIP is objection-based, C14). */
const answer = (v: SummaryView, consent: Consent, state: ConsentState): string => {
  if (state === 'withdrawn') return v.d.term('status.withdrawn');
  return consent.scope === 'sip' ? v.d.term(`sip.${consent.status as 'given' | 'declined'}`) : v.d.term(`status.${consent.status}`);
};

/** Why a consent that was given is not in force today, as a tag beside its scope. */
const stateTag = (v: SummaryView, consent: Consent, state: ConsentState): TemplateResult | typeof nothing => {
  switch (state) {
    case 'withdrawn':
      return html` <span class="tag withdrawn-tag">${v.t.term('withdrawnTag', consent.withdrawnAt ?? '')}</span>`;
    case 'expired':
      return html` <span class="tag inactive-tag">${v.t.term('expiredTag', consent.validUntil ?? '')}</span>`;
    case 'notYet':
      return html` <span class="tag inactive-tag">${v.t.term('notYetTag', consent.date)}</span>`;
    case 'notEntitled':
      return html` <span class="tag inactive-tag">${v.t.term('notEntitledTag')}</span>`;
    default:
      return nothing;
  }
};

const itemClass = (state: ConsentState): string => {
  if (state === 'withdrawn') return 'item withdrawn';
  if (state === 'expired' || state === 'notYet' || state === 'notEntitled') return 'item inactive';
  return 'item';
};

const renderConsent = (v: SummaryView, consent: Consent): TemplateResult => {
  const state = consentState(v.context.record, consent, v.context.today);
  const giver = v.d.term(`giver.${consent.givenBy}`) + (consent.givenByName ? ` (${consent.givenByName})` : '');
  return html`
    <li class=${itemClass(state)}>
      <p class="item-title">
        <strong>${v.d.term(`scope.${consent.scope}`)}</strong>
        ${stateTag(v, consent, state)}
      </p>
      ${summaryList(v, [
        { label: v.t.term('answer'), value: answer(v, consent, state) },
        { label: v.t.term('givenBy'), value: giver },
        { label: v.t.term('form'), value: v.d.term(`form.${consent.form}`) },
        { label: v.t.term('date'), value: consent.date },
        consent.validUntil !== undefined && { label: v.t.term('validUntil'), value: consent.validUntil },
        { label: v.t.term('recordedBy'), value: consent.recordedBy.name },
        state === 'withdrawn' && { label: v.t.term('withdrawnAt'), value: consent.withdrawnAt },
        consent.note !== undefined && consent.note !== '' && { label: v.t.term('note'), value: consent.note },
      ])}
    </li>
  `;
};

const renderRelative = (v: SummaryView, relative: Relative): TemplateResult => {
  const consents = v.context.record.consents.filter((c) => c.relativeId === relative.id);
  return html`
    <div class="group">
      <h4>${v.t.term('consentsFor', displayName(relative))}</h4>
      ${consents.length === 0
        ? nothingRecorded(v)
        : html`<ul class="plain items">
            ${consents.map((c) => renderConsent(v, c))}
          </ul>`}
    </div>
  `;
};

export const consentsSection = (v: SummaryView): TemplateResult => {
  const { relatives, consents } = v.context.record;
  return summarySection(
    v,
    // Consents are recorded where the person decides about each relative: step 1.
    { id: 'summary-consents', title: v.t.term('sectionConsents'), step: 'relatives', part: 'consents' },
    relatives.length === 0 || consents.length === 0 ? nothingRecorded(v) : relatives.map((r) => renderRelative(v, r)),
  );
};
