/**
 * The person's decision about one relative (C1, C2): whether the person has been asked, and for each
 * of the three forms of taking part the answer in force, or where none is, the consent engine's
 * reason with the way to record the answer in place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { activeConsent, consentGate, INVOLVEMENT_SCOPES, latestPersonSideDecision, type ConsentScope, type Relative } from '@anhorig/core';
import { consentNeeded } from '../shared/consent-needed.js';
import type { RelativesView } from './relatives-view.js';

const ANSWER_CODES = ['consentDeclined', 'consentWithdrawn', 'consentExpired', 'notEntitled'] as const;

export const decisionSection = (view: RelativesView, r: Relative, key: string, name: string): TemplateResult => {
  const { t } = view;
  const askedKey = `asked:${r.id}`;
  const markAsked = () => {
    if (view.forms.send(askedKey, { type: 'relative.markAsked', relativeId: r.id })) view.focus(`${key}-asked`);
  };
  return html`
    <div class="decision" part="decision">
      <h5>${t.term('decisionHeading', name)}</h5>
      <p class="hint">${t.term('decisionIntro', name)}</p>
      ${r.involvementAskedAt
        ? html`<p id="${key}-asked" tabindex="-1">${t.term('askedOn', r.involvementAskedAt)}</p>`
        : view.readonly
          ? nothing
          : html`
              <p class="hint" id="${key}-asked-hint">${t.term('markAskedHint')}</p>
              <div class="actions">
                <button type="button" class="secondary" aria-describedby="${key}-asked-hint" @click=${markAsked}>
                  ${t.term('markAsked')}<span class="visually-hidden">${t.term('markAskedWho', name)}</span>
                </button>
              </div>
            `}
      ${view.refusal(askedKey, 6)}
      <p id="${key}-forms">${t.term('formsLabel', name)}</p>
      <ul class="plain forms" aria-labelledby="${key}-forms">
        ${INVOLVEMENT_SCOPES.map((scope) => answer(view, r, scope))}
      </ul>
    </div>
  `;
};

/** The person's current answer for one form of taking part, and where none is in force, the way to record it. */
const answer = (view: RelativesView, r: Relative, scope: ConsentScope): TemplateResult => {
  const { t } = view;
  const { record, today } = view.context;
  const label = view.d.term(`scope.${scope}`);
  const consent = activeConsent(record, r.id, scope, today);
  const gate = consentGate(record, r.id, scope, today);
  let text: string;
  if (consent) text = t.term('answer.given', consent.date);
  else {
    const code = gate.allowed ? undefined : ANSWER_CODES.find((c) => c === gate.code);
    const decision = latestPersonSideDecision(record, r.id, scope, today);
    text = t.term(`answer.${code ?? 'consentMissing'}`) + (code && decision ? ` (${decision.withdrawnAt ?? decision.date})` : '');
  }
  return html`
    <li>
      <p class="answer">${label}: <strong>${text}</strong></p>
      ${consent ? nothing : consentNeeded(gate, t.term('recordAnswer', label), view.readonly)}
    </li>
  `;
};
