/**
 * The person's decision about one relative (C1, C2), as one form: the three ways of taking part as
 * three questions, how and when the answer was given, one save. No answer is preselected (H1): a
 * question left unanswered records nothing, and the form closes once saved, so a second Enter can
 * never record a consent nobody gave. Once answered, the card shows the answers in force and offers
 * to change them; only the answers that changed are recorded (each a consent record, C2), all in one
 * edit (`consent.recordDecision`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  INVOLVEMENT_SCOPES,
  activeConsent,
  defaultPersonSideGiver,
  latestPersonSideDecision,
  type ConsentForm,
  type ConsentScope,
  type InvestigationEvent,
  type Relative,
} from '@anhorig/core';
import { errorSummary, radioGroup, textArea, textField } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import type { RelativesView } from './relatives-view.js';

type Answer = 'given' | 'declined';
type Scope = (typeof INVOLVEMENT_SCOPES)[number];

interface DecisionDraft {
  editing: boolean;
  answers: Partial<Record<Scope, Answer>>;
  form: ConsentForm | undefined;
  date: string;
  givenByName: string;
  note: string;
  /** The form's own check failed (nothing chosen, or no form of consent): shown as its error summary. */
  problem: 'nothingChosen' | 'formMissing' | 'nameMissing' | undefined;
}

export const decisionKey = (relativeId: string): string => `decision:${relativeId}`;

/** The person side's answer in force for one way of taking part, as this form shows it. */
const currentAnswer = (view: RelativesView, r: Relative, scope: ConsentScope): Answer | undefined => {
  const { record, today } = view.context;
  if (activeConsent(record, r.id, scope, today)) return 'given';
  return latestPersonSideDecision(record, r.id, scope, today)?.status === 'declined' ? 'declined' : undefined;
};

const hasAnyDecision = (view: RelativesView, r: Relative): boolean =>
  INVOLVEMENT_SCOPES.some((scope) => latestPersonSideDecision(view.context.record, r.id, scope, view.context.today));

const freshDraft = (view: RelativesView, r: Relative, editing: boolean): DecisionDraft => ({
  editing,
  // Changing a decision starts from the answers in force; a first decision starts with none chosen (H1).
  answers: editing ? Object.fromEntries(INVOLVEMENT_SCOPES.flatMap((s) => { const a = currentAnswer(view, r, s); return a ? [[s, a]] : []; })) : {},
  form: undefined,
  date: view.context.today,
  givenByName: '',
  note: '',
  problem: undefined,
});

export const decisionSection = (view: RelativesView, r: Relative, key: string, name: string): TemplateResult => {
  const { t, forms } = view;
  const formKey = decisionKey(r.id);
  const decided = hasAnyDecision(view, r);
  const initial = () => freshDraft(view, r, false);
  const draft = forms.draft(formKey, initial);
  const open = !view.readonly && (draft.editing || !decided);
  return html`
    <div class="decision" part="decision">
      <h5 id="${key}-decision-heading" tabindex="-1">${t.term('decisionHeading', name)}</h5>
      ${decided ? answersInForce(view, r, key) : nothing}
      ${savedNotice(forms.saved(formKey), t.term('decisionSaved', name))}
      ${view.refusal(formKey, 6)}
      ${open
        ? decisionForm(view, r, key, name, draft)
        : view.readonly
          ? nothing
          : html`<div class="actions">
              <button type="button" class="secondary" @click=${() => {
                forms.setDraft(formKey, freshDraft(view, r, true));
                view.focus(`${key}-q-participate`);
              }}>
                ${t.term('changeDecision')}<span class="visually-hidden"> ${t.term('aboutWhom', name)}</span>
              </button>
            </div>`}
      ${!decided && !view.readonly ? askedLine(view, r, key, name) : nothing}
    </div>
  `;
};

/** "The person was asked" without an answer yet (e.g. the person wants to think about it). */
const askedLine = (view: RelativesView, r: Relative, key: string, name: string): TemplateResult => {
  const { t } = view;
  const askedKey = `asked:${r.id}`;
  if (r.involvementAskedAt) return html`<p id="${key}-asked" tabindex="-1" class="hint">${t.term('askedOn', r.involvementAskedAt)}</p>`;
  const markAsked = () => {
    if (view.forms.send(askedKey, { type: 'relative.markAsked', relativeId: r.id })) view.focus(`${key}-asked`);
  };
  return html`
    <p class="hint">
      ${t.term('markAskedHint')}
      <button type="button" class="link" @click=${markAsked}>${t.term('markAsked')}<span class="visually-hidden">${t.term('markAskedWho', name)}</span></button>
    </p>
    ${view.refusal(askedKey, 6)}
  `;
};

const answersInForce = (view: RelativesView, r: Relative, key: string): TemplateResult => {
  const { t, d } = view;
  const { record, today } = view.context;
  return html`
    <ul class="plain answers" aria-labelledby="${key}-decision-heading">
      ${INVOLVEMENT_SCOPES.map((scope) => {
        const consent = activeConsent(record, r.id, scope, today);
        const decision = latestPersonSideDecision(record, r.id, scope, today);
        const text = consent
          ? t.term('answer.yes', consent.date)
          : decision?.status === 'declined'
            ? t.term('answer.no', decision.date)
            : decision
              ? t.term('answer.ended', decision.withdrawnAt ?? decision.validUntil ?? decision.date)
              : t.term('answer.none');
        return html`<li>${d.term(`scope.${scope}`)}: <strong>${text}</strong></li>`;
      })}
    </ul>
  `;
};

const decisionForm = (view: RelativesView, r: Relative, key: string, name: string, draft: DecisionDraft): TemplateResult => {
  const { t, d, forms } = view;
  const formKey = decisionKey(r.id);
  const set = (patch: Partial<DecisionDraft>) => forms.setDraft(formKey, { ...draft, ...patch, problem: undefined });
  const giver = defaultPersonSideGiver(view.context.record);
  const needsName = giver !== 'person';
  const submit = (event: Event) => {
    event.preventDefault();
    const current = forms.draft(formKey, () => draft);
    const changed = INVOLVEMENT_SCOPES.filter((s) => current.answers[s] !== undefined && current.answers[s] !== currentAnswer(view, r, s));
    const problem =
      changed.length === 0 && !INVOLVEMENT_SCOPES.some((s) => current.answers[s] !== undefined)
        ? 'nothingChosen'
        : changed.length && !current.form
          ? 'formMissing'
          : changed.length && needsName && !current.givenByName.trim()
            ? 'nameMissing'
            : undefined;
    if (problem) {
      forms.setDraft(formKey, { ...current, problem });
      view.focus(`${key}-decision-errors`);
      return;
    }
    if (changed.length) {
      // One save, one edit: every answer a consent record and the relative marked as asked, or, if
      // the machine refuses (e.g. a date after today), nothing, and the form stays open as it was.
      const event: InvestigationEvent = {
        type: 'consent.recordDecision',
        relativeId: r.id,
        consents: changed.map((scope) => ({
          relativeId: r.id,
          scope,
          givenBy: giver,
          ...(needsName ? { givenByName: current.givenByName.trim() } : {}),
          status: current.answers[scope]!,
          form: current.form!,
          date: current.date,
          ...(current.note.trim() ? { note: current.note.trim() } : {}),
        })),
      };
      if (!forms.send(formKey, event)) return;
    }
    // Saved: the form closes; a later change starts from the answers then in force (H1).
    forms.clearDraft(formKey);
    view.focus(`${key}-decision-heading`);
  };
  const problemText = draft.problem ? t.term(`decisionProblem.${draft.problem}`) : undefined;
  const problemField = draft.problem === 'formMissing' ? `${key}-decision-form` : draft.problem === 'nameMissing' ? `${key}-decision-giver` : `${key}-q-participate`;
  return html`
    <form class="decision-form" @submit=${submit} novalidate aria-labelledby="${key}-decision-heading">
      <div id="${key}-decision-errors" tabindex="-1">
        ${problemText ? errorSummary(t.term('notSaved'), [{ fieldId: problemField, message: problemText }], view.root, 6) : nothing}
      </div>
      <p class="hint">${t.term('decisionIntro', name)}</p>
      ${INVOLVEMENT_SCOPES.map((scope) =>
        radioGroup({
          id: `${key}-q-${scope}`,
          label: t.term(`question.${scope}`, name),
          value: draft.answers[scope],
          inline: true,
          options: (['given', 'declined'] as const).map((a) => ({ value: a, label: t.term(`choice.${a}`) })),
          onChange: (answer) => set({ answers: { ...draft.answers, [scope]: answer } }),
        }),
      )}
      ${radioGroup({
        id: `${key}-decision-form`,
        label: t.term('decisionFormLabel'),
        value: draft.form,
        inline: true,
        error: draft.problem === 'formMissing' ? problemText : undefined,
        options: (['oral', 'written'] as const).map((f) => ({ value: f, label: d.term(`form.${f}`) })),
        onChange: (form) => set({ form }),
      })}
      ${needsName
        ? textField({
            id: `${key}-decision-giver`,
            label: t.term(giver === 'guardian' ? 'guardianName' : 'representativeName'),
            value: draft.givenByName,
            error: draft.problem === 'nameMissing' ? problemText : undefined,
            onChange: (givenByName) => set({ givenByName }),
          })
        : nothing}
      <details class="more">
        <summary>${t.term('decisionMore')}<span class="visually-hidden"> ${t.term('aboutWhom', name)}</span></summary>
        ${textField({ id: `${key}-decision-date`, label: t.term('decisionDate'), type: 'date', value: draft.date, onChange: (date) => set({ date }) })}
        ${textArea({ id: `${key}-decision-note`, label: t.term('decisionNote'), value: draft.note, onChange: (note) => set({ note }) })}
      </details>
      <div class="actions">
        <button type="submit">${t.term('saveDecision')}<span class="visually-hidden"> ${t.term('aboutWhom', name)}</span></button>
        ${draft.editing
          ? html`<button type="button" class="secondary" @click=${() => { forms.clearDraft(formKey); view.focus(`${key}-decision-heading`); }}>
              ${t.term('cancel')}
            </button>`
          : nothing}
      </div>
    </form>
  `;
};
