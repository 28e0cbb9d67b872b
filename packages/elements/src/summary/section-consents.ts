/** Consents (samtycken) per relative, C2; withdrawn ones visibly marked, C3. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Consent, Relative } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { nothingRecorded, summaryList, summarySection, type SummaryView } from './parts.js';

export const isWithdrawn = (consent: Consent): boolean => consent.status === 'withdrawn' || consent.withdrawnAt !== undefined;

/** The answer as the consent panel words it (SIP is objection-based, C14). */
const answer = (v: SummaryView, consent: Consent): string => {
  if (isWithdrawn(consent)) return v.d.term('status.withdrawn');
  return consent.scope === 'sip' ? v.d.term(`sip.${consent.status as 'given' | 'declined'}`) : v.d.term(`status.${consent.status}`);
};

const renderConsent = (v: SummaryView, consent: Consent): TemplateResult => {
  const withdrawn = isWithdrawn(consent);
  const giver = v.d.term(`giver.${consent.givenBy}`) + (consent.givenByName ? ` (${consent.givenByName})` : '');
  return html`
    <li class=${withdrawn ? 'item withdrawn' : 'item'}>
      <p class="item-title">
        <strong>${v.d.term(`scope.${consent.scope}`)}</strong>
        ${withdrawn ? html` <span class="tag withdrawn-tag">${v.t.term('withdrawnTag', consent.withdrawnAt ?? '')}</span>` : nothing}
      </p>
      ${summaryList(v, [
        { label: v.t.term('answer'), value: answer(v, consent) },
        { label: v.t.term('givenBy'), value: giver },
        { label: v.t.term('form'), value: v.d.term(`form.${consent.form}`) },
        { label: v.t.term('date'), value: consent.date },
        consent.validUntil !== undefined && { label: v.t.term('validUntil'), value: consent.validUntil },
        { label: v.t.term('recordedBy'), value: consent.recordedBy.name },
        withdrawn && { label: v.t.term('withdrawnAt'), value: consent.withdrawnAt },
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
