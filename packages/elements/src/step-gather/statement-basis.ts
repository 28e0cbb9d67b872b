/**
 * C1 and C10 for a statement from a relative: it came either after asking, under the person's
 * consent to gather information from that relative, or volunteered unasked. Where the consent gate
 * is closed, the consent option stays visible (disabled) with the core's reason and an offer to
 * record the consent in place; "volunteered" stays available.
 */
import { html, type TemplateResult } from 'lit';
import { activeConsent, canGatherFrom, type InvestigationContext, type StatementBasis } from '@anhorig/core';
import { consentGap } from './consent-gap.js';
import type { GatherView } from './gather-view.js';

export type BasisChoice = 'consent' | 'volunteered';

/** What the handläggare chose; with a consent in force and no choice yet, the consent. */
const effectiveChoice = (context: InvestigationContext, relativeId: string, choice: BasisChoice | undefined): BasisChoice | undefined =>
  choice ?? (canGatherFrom(context.record, relativeId, context.today).allowed ? 'consent' : undefined);

/**
 * The basis to send. Without a choice it is left as the person's own basis, which the machine
 * refuses with the core's reason (a relative's statement names its consent or that it was volunteered).
 */
export const relativeBasis = (context: InvestigationContext, relativeId: string, choice: BasisChoice | undefined): StatementBasis => {
  const chosen = effectiveChoice(context, relativeId, choice);
  if (chosen === 'volunteered') return { kind: 'volunteered' };
  if (chosen === 'consent') return { kind: 'consent', consentId: activeConsent(context.record, relativeId, 'provideInformation', context.today)?.id ?? '-' };
  return { kind: 'own' };
};

export const basisField = (
  view: GatherView,
  relativeId: string,
  choice: BasisChoice | undefined,
  onChange: (choice: BasisChoice) => void,
  /** Ids of the field's controls start with this (several basis fields may be on the page). */
  id = 'statement-basis',
  /** The group's name; where several are on the page, one that names the relative. */
  legend = view.t.term('basis'),
): TemplateResult => {
  const { context, t, d } = view;
  const gate = canGatherFrom(context.record, relativeId, context.today);
  const consent = gate.allowed ? activeConsent(context.record, relativeId, 'provideInformation', context.today) : undefined;
  const value = effectiveChoice(context, relativeId, choice);
  return html`
    <fieldset class="field basis" id=${id}>
      <legend>${legend}</legend>
      <div class="choice">
        <input
          type="radio"
          id="${id}-consent"
          name=${id}
          value="consent"
          .checked=${value === 'consent'}
          ?disabled=${!gate.allowed}
          aria-describedby="${id}-consent-note"
          @change=${() => onChange('consent')}
        />
        <label for="${id}-consent">${t.term('basisConsentOption')}</label>
      </div>
      <div class="choice-note" id="${id}-consent-note">
        ${consent
          ? html`<p class="hint">${t.term('basisConsentInForce', d.term(`scope.${consent.scope}`), consent.date)}</p>`
          : consentGap(view, gate, t.term('recordConsent'), 5)}
      </div>
      <div class="choice">
        <input
          type="radio"
          id="${id}-volunteered"
          name=${id}
          value="volunteered"
          .checked=${value === 'volunteered'}
          aria-describedby="${id}-volunteered-hint"
          @change=${() => onChange('volunteered')}
        />
        <label for="${id}-volunteered">${t.term('basisVolunteeredOption')}</label>
      </div>
      <p class="hint choice-note" id="${id}-volunteered-hint">${t.term('basisVolunteeredHint')}</p>
    </fieldset>
  `;
};
