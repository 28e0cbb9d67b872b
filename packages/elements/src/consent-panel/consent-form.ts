/**
 * The form to record a consent or a refusal (C2): for which relative and what, who gives the answer
 * (and the guardian's or representative's name), the answer, how and when it was given, how long it
 * is valid, and a note. Standing alone for one relative and scope, it shows only what is left to ask;
 * with the giver preset (`given-by`, e.g. the relative's own consent to indirect support, C6) it does
 * not ask who answers either.
 *
 * H1: nothing of the legal choice is preselected. The answer (Ja/Nej; for SIP, objects or not) and how
 * it was given (muntligt/skriftligt) start unchosen; saving without them is refused by the form itself,
 * in its error summary; once saved the form starts over unchosen, so a second Enter records nothing.
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
import { errorSummary, radioGroup, selectField, textArea, textField } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { scopeLabel, type ConsentView } from './consent-view.js';
import { below, headingAt } from './heading.js';

export const RECORD_FORM = 'record';

export interface ConsentDraft {
  relativeId: string;
  scope: ConsentScope | '';
  givenBy: ConsentGiver;
  givenByName: string;
  /** '' until the handläggare chooses (H1). */
  status: 'given' | 'declined' | '';
  /** '' until the handläggare chooses (H1). */
  form: ConsentForm | '';
  date: string;
  validUntil: string;
  note: string;
  /** What the form's own check found missing at the last save (shown in its error summary). */
  problems: readonly ConsentProblem[];
}

/** A legal choice left unmade: the answer, or how it was given. */
export type ConsentProblem = 'status' | 'form';

/** What is missing before the draft can be sent; the machine is not asked until nothing is. */
export const consentProblems = (draft: ConsentDraft): ConsentProblem[] => [
  ...(draft.status === '' ? (['status'] as const) : []),
  ...(draft.form === '' ? (['form'] as const) : []),
];

/** The one consent a compact panel records (its `relative-id` and `scope`, and `given-by` if preset). */
export interface ConsentTarget {
  relativeId: string;
  scope: ConsentScope;
  givenBy?: ConsentGiver;
}

export const GIVERS: readonly ConsentGiver[] = ['person', 'guardian', 'legalRepresentative', 'relative'];

const needsName = (givenBy: ConsentGiver) => givenBy === 'guardian' || givenBy === 'legalRepresentative';

/**
 * A fresh draft: today, given by the preset giver or whoever answers for the person (the core decides,
 * C2, C5), and no answer and no form chosen (H1).
 */
export const defaultConsentDraft = (
  context: InvestigationContext,
  relativeId = '',
  scope: ConsentScope | '' = '',
  givenBy: ConsentGiver = defaultPersonSideGiver(context.record),
): ConsentDraft => ({
  relativeId,
  scope,
  givenBy,
  givenByName: '',
  status: '',
  form: '',
  date: context.today,
  validUntil: '',
  note: '',
  problems: [],
});

/** The event the draft stands for; the machine decides whether it may be recorded. */
export const consentEvent = (draft: ConsentDraft): Extract<InvestigationEvent, { type: 'consent.record' }> => ({
  type: 'consent.record',
  consent: {
    relativeId: draft.relativeId,
    scope: draft.scope as ConsentScope,
    givenBy: draft.givenBy,
    ...(needsName(draft.givenBy) && draft.givenByName.trim() ? { givenByName: draft.givenByName.trim() } : {}),
    status: draft.status as 'given' | 'declined',
    form: draft.form as ConsentForm,
    date: draft.date,
    ...(draft.validUntil ? { validUntil: draft.validUntil } : {}),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
  },
});

/** The first radio of each unmade choice: where the error summary's link takes focus. */
const PROBLEM_FIELDS: Record<ConsentProblem, string> = { status: 'consent-status-given', form: 'consent-form-oral' };

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
  const ownAnswer = target?.givenBy === 'relative' && targetRelative !== undefined;
  const heading = !target
    ? t.term('recordHeading')
    : ownAnswer
      ? t.term('recordHeadingOwn', displayName(targetRelative), scopeLabel(view, target.scope))
      : html`${t.term('recordHeadingFor', scopeLabel(view, target.scope))}${targetRelative ? html` <span class="hint">(${displayName(targetRelative)})</span>` : nothing}`;
  const level = target ? view.headingLevel : 3;
  // Several compact forms may be open on one page: each group names whose answer it is.
  const name = targetRelative ? displayName(targetRelative) : undefined;
  const legend = (key: 'givenBy' | 'decision' | 'form'): string =>
    name === undefined ? t.term(key) : ownAnswer ? t.term(`${key}Own`, name) : t.term(`${key}For`, name);
  const problemText = (p: ConsentProblem) => t.term(p === 'status' ? (isSip ? 'statusMissingSip' : 'statusMissing') : 'formMissing');
  /** A choice made clears its own problem (the summary then lists only what is still missing). */
  const choose = (patch: Partial<ConsentDraft>, solves: ConsentProblem) => set({ ...patch, problems: draft.problems.filter((p) => p !== solves) });
  return html`
    <form class="consent-form" @submit=${submit} novalidate aria-labelledby="record-heading">
      ${headingAt(level, 'record-heading', heading)}
      ${savedNotice(view.saved(RECORD_FORM), t.term('recorded'))}
      ${errorSummary(
        t.term('refused'),
        draft.problems.map((p) => ({ fieldId: PROBLEM_FIELDS[p], message: problemText(p) })),
        view.root,
        below(level),
      )}
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
      ${target?.givenBy
        ? nothing
        : radioGroup({
            id: 'consent-given-by',
            label: legend('givenBy'),
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
        label: legend('decision'),
        ...(isSip ? { hint: t.term('sipHint') } : {}),
        ...(draft.problems.includes('status') ? { error: problemText('status') } : {}),
        ...(draft.status ? { value: draft.status } : {}),
        inline: true,
        options: (['given', 'declined'] as const).map((s) => ({ value: s, label: d.term(isSip ? `sip.${s}` : `status.${s}`) })),
        onChange: (status) => choose({ status }, 'status'),
      })}
      ${radioGroup({
        id: 'consent-form',
        label: legend('form'),
        ...(draft.problems.includes('form') ? { error: problemText('form') } : {}),
        ...(draft.form ? { value: draft.form } : {}),
        inline: true,
        options: (['oral', 'written'] as const).map((f) => ({ value: f, label: d.term(`form.${f}`) })),
        onChange: (form) => choose({ form }, 'form'),
      })}
      ${textField({ id: 'consent-date', label: t.term('date'), type: 'date', value: draft.date, onChange: (date) => set({ date }) })}
      ${textField({ id: 'consent-valid-until', label: t.term('validUntilLabel'), type: 'date', value: draft.validUntil, onChange: (validUntil) => set({ validUntil }) })}
      ${textArea({ id: 'consent-note', label: t.term('note'), value: draft.note, onChange: (note) => set({ note }) })}
      <div class="actions"><button type="submit">${t.term('submit')}</button></div>
    </form>
  `;
};
