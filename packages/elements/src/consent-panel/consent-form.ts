/**
 * The form to record a consent or a refusal (C2): for which relative and what, who gives the answer
 * (and the guardian's or representative's name), the answer, how and when it was given, how long it
 * is valid, and a note. Standing alone for one relative and scope, it shows only what is left to ask.
 * The draft lives in the element's forms; the record changes only when the machine accepts it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  CONSENT_SCOPES,
  defaultPersonSideGiver,
  type ConsentForm,
  type ConsentGiver,
  type ConsentScope,
  type InvestigationContext,
  type InvestigationEvent,
} from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { radioGroup, selectField, textArea, textField } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { scopeLabel, type ConsentView } from './consent-view.js';

export const RECORD_FORM = 'record';

export interface ConsentDraft {
  relativeId: string;
  scope: ConsentScope | '';
  givenBy: ConsentGiver;
  givenByName: string;
  status: 'given' | 'declined';
  form: ConsentForm;
  date: string;
  validUntil: string;
  note: string;
}

/** The one consent a compact panel records (its `relative-id` and `scope`). */
export interface ConsentTarget {
  relativeId: string;
  scope: ConsentScope;
}

const GIVERS: readonly ConsentGiver[] = ['person', 'guardian', 'legalRepresentative', 'relative'];

const needsName = (givenBy: ConsentGiver) => givenBy === 'guardian' || givenBy === 'legalRepresentative';

/** A fresh draft: given orally today, by whoever answers for the person by default (the core decides, C2, C5). */
export const defaultConsentDraft = (context: InvestigationContext, relativeId = '', scope: ConsentScope | '' = ''): ConsentDraft => ({
  relativeId,
  scope,
  givenBy: defaultPersonSideGiver(context.record),
  givenByName: '',
  status: 'given',
  form: 'oral',
  date: context.today,
  validUntil: '',
  note: '',
});

/** The event the draft stands for; the machine decides whether it may be recorded. */
export const consentEvent = (draft: ConsentDraft): Extract<InvestigationEvent, { type: 'consent.record' }> => ({
  type: 'consent.record',
  consent: {
    relativeId: draft.relativeId,
    scope: draft.scope as ConsentScope,
    givenBy: draft.givenBy,
    ...(needsName(draft.givenBy) && draft.givenByName.trim() ? { givenByName: draft.givenByName.trim() } : {}),
    status: draft.status,
    form: draft.form,
    date: draft.date,
    ...(draft.validUntil ? { validUntil: draft.validUntil } : {}),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
  },
});

export const consentForm = (
  view: ConsentView,
  draft: ConsentDraft,
  set: (patch: Partial<ConsentDraft>) => void,
  submit: (event: Event) => void,
  target: ConsentTarget | undefined,
): TemplateResult => {
  const { context, t, d } = view;
  const isSip = draft.scope === 'sip';
  const targetRelative = target ? context.record.relatives.find((r) => r.id === target.relativeId) : undefined;
  const heading = target ? t.term('recordHeadingFor', scopeLabel(view, target.scope)) : t.term('recordHeading');
  return html`
    <form class="consent-form" @submit=${submit} novalidate aria-labelledby="record-heading">
      <h3 id="record-heading">${heading}${targetRelative ? html` <span class="hint">(${displayName(targetRelative)})</span>` : nothing}</h3>
      ${savedNotice(view.saved(RECORD_FORM), t.term('recorded'))}
      ${view.rejection(RECORD_FORM, {
        relativeId: 'consent-relative',
        scope: 'consent-scope',
        givenByName: 'consent-given-by-name',
        date: 'consent-date',
        validUntil: 'consent-valid-until',
      })}
      ${target
        ? nothing
        : html`
            ${selectField({
              id: 'consent-relative',
              label: t.term('relative'),
              value: draft.relativeId,
              placeholder: t.term('choose'),
              options: context.record.relatives.map((r) => ({ value: r.id, label: `${displayName(r)} (${r.relation})` })),
              onChange: (relativeId) => set({ relativeId }),
            })}
            ${selectField({
              id: 'consent-scope',
              label: t.term('scope'),
              value: draft.scope,
              placeholder: t.term('choose'),
              options: CONSENT_SCOPES.map((s) => ({ value: s, label: scopeLabel(view, s) })),
              onChange: (scope) => set({ scope }),
            })}
          `}
      ${radioGroup({
        id: 'consent-given-by',
        label: t.term('givenBy'),
        hint: t.term('givenByHint'),
        value: draft.givenBy,
        options: GIVERS.map((g) => ({ value: g, label: d.term(`giver.${g}`) })),
        onChange: (givenBy) => set({ givenBy }),
      })}
      ${needsName(draft.givenBy)
        ? textField({ id: 'consent-given-by-name', label: t.term('givenByName'), value: draft.givenByName, onChange: (givenByName) => set({ givenByName }) })
        : nothing}
      ${radioGroup({
        id: 'consent-status',
        label: t.term('decision'),
        ...(isSip ? { hint: t.term('sipHint') } : {}),
        value: draft.status,
        options: (['given', 'declined'] as const).map((s) => ({ value: s, label: d.term(isSip ? `sip.${s}` : `status.${s}`) })),
        onChange: (status) => set({ status }),
      })}
      ${radioGroup({
        id: 'consent-form',
        label: t.term('form'),
        value: draft.form,
        options: (['oral', 'written'] as const).map((f) => ({ value: f, label: d.term(`form.${f}`) })),
        onChange: (form) => set({ form }),
      })}
      ${textField({ id: 'consent-date', label: t.term('date'), type: 'date', value: draft.date, onChange: (date) => set({ date }) })}
      ${textField({ id: 'consent-valid-until', label: t.term('validUntilLabel'), type: 'date', value: draft.validUntil, onChange: (validUntil) => set({ validUntil }) })}
      ${textArea({ id: 'consent-note', label: t.term('note'), value: draft.note, onChange: (note) => set({ note }) })}
      <div class="actions"><button type="submit">${t.term('submit')}</button></div>
    </form>
  `;
};
