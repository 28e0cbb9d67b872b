/**
 * The form to document one statement: life area, kind, text, source, and for a relative how it
 * came (C1: with the person's consent, or volunteered unasked), whether it goes into the personal
 * file and the quality confirmation (C10). The draft lives in the element's forms; the record changes
 * only when the machine accepts `statement.add`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { STATEMENT_KINDS, type InvestigationContext, type InvestigationEvent, type StatementKind } from '@anhorig/core';
import { checkbox, radioGroup, selectField, textArea, textField } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { basisField, relativeBasis } from './statement-basis.js';
import { lifeAreaName, needAreas, relativeLabel, type GatherView } from './gather-view.js';

export interface StatementDraft {
  lifeAreaId: string;
  kind: StatementKind;
  text: string;
  /** `person`, `professional`, or `relative-<index>` (index into record.relatives). */
  source: string;
  professionalName: string;
  professionalRole: string;
  /** For a relative: the handläggare's choice; undefined follows the consent in force. */
  basis: 'consent' | 'volunteered' | undefined;
  toPersonalFile: boolean;
  qualityConfirmed: boolean;
  checkedWithPerson: boolean;
}

export const emptyStatementDraft = (lifeAreaId = ''): StatementDraft => ({
  lifeAreaId,
  kind: 'need',
  text: '',
  source: 'person',
  professionalName: '',
  professionalRole: '',
  basis: undefined,
  toPersonalFile: false,
  qualityConfirmed: false,
  checkedWithPerson: false,
});

const KINDS = STATEMENT_KINDS.filter((k) => k !== 'promptAnswer');

const relativeOf = (context: InvestigationContext, source: string) =>
  source.startsWith('relative-') ? context.record.relatives[Number(source.slice('relative-'.length))] : undefined;

/** The event the draft stands for; the machine decides whether it may be recorded. */
export const statementEvent = (context: InvestigationContext, draft: StatementDraft): Extract<InvestigationEvent, { type: 'statement.add' }> => {
  const relative = relativeOf(context, draft.source);
  const common = {
    lifeAreaId: draft.lifeAreaId,
    kind: draft.kind,
    text: draft.text.trim(),
    toPersonalFile: draft.toPersonalFile,
    qualityConfirmed: draft.source !== 'person' && draft.qualityConfirmed,
    checkedWithPerson: draft.checkedWithPerson,
  };
  if (relative) return { type: 'statement.add', statement: { ...common, source: { kind: 'relative', relativeId: relative.id }, basis: relativeBasis(context, relative.id, draft.basis) } };
  if (draft.source === 'professional')
    return {
      type: 'statement.add',
      statement: {
        ...common,
        source: { kind: 'professional', name: draft.professionalName.trim(), role: draft.professionalRole.trim() },
        basis: { kind: 'caseSystemConsent' },
      },
    };
  return { type: 'statement.add', statement: { ...common, source: { kind: 'person' }, basis: { kind: 'own' } } };
};

export const FORM_ID = 'statement-form';

export const statementForm = (
  view: GatherView,
  draft: StatementDraft,
  set: (patch: Partial<StatementDraft>) => void,
  submit: (event: Event) => void,
): TemplateResult => {
  const { context, t } = view;
  const relative = relativeOf(context, draft.source);
  const fromPerson = draft.source === 'person';
  // Saved: the statement just recorded is the record's last.
  const savedArea = context.record.statements.at(-1)?.lifeAreaId ?? draft.lifeAreaId;
  return html`
    <form class="card add-form" novalidate aria-labelledby="statement-form-heading" @submit=${submit} part="statement-form">
      <h4 id="statement-form-heading">${t.term('addHeading')}</h4>
      ${savedNotice(view.saved(FORM_ID), t.term('saved', lifeAreaName(context, savedArea)))}
      ${view.rejection(FORM_ID, {
        lifeAreaId: 'statement-area',
        text: 'statement-text',
        name: 'statement-professional-name',
        role: 'statement-professional-role',
        qualityConfirmed: 'statement-quality',
        toPersonalFile: 'statement-file',
      })}
      ${selectField({
        id: 'statement-area',
        label: t.term('lifeArea'),
        value: draft.lifeAreaId,
        placeholder: t.term('choose'),
        options: needAreas(context).map((a) => ({ value: a.id, label: a.name })),
        onChange: (lifeAreaId) => set({ lifeAreaId }),
      })}
      ${selectField({
        id: 'statement-kind',
        label: t.term('kind'),
        value: draft.kind,
        options: KINDS.map((k) => ({ value: k, label: t.term(`kind.${k}`) })),
        onChange: (kind) => set({ kind }),
      })}
      ${textArea({ id: 'statement-text', label: t.term('text'), hint: t.term('textHint'), value: draft.text, onChange: (text) => set({ text }) })}
      ${radioGroup({
        id: 'statement-source',
        label: t.term('source'),
        value: draft.source,
        options: [
          { value: 'person', label: t.term('sourcePerson') },
          ...context.record.relatives.map((r, i) => ({ value: `relative-${i}`, label: relativeLabel(r) })),
          { value: 'professional', label: t.term('professional') },
        ],
        onChange: (source) => set({ source, basis: undefined }),
      })}
      ${draft.source === 'professional'
        ? html`
            ${textField({ id: 'statement-professional-name', label: t.term('professionalName'), value: draft.professionalName, onChange: (professionalName) => set({ professionalName }) })}
            ${textField({
              id: 'statement-professional-role',
              label: t.term('professionalRole'),
              hint: t.term('professionalHint'),
              value: draft.professionalRole,
              onChange: (professionalRole) => set({ professionalRole }),
            })}
          `
        : nothing}
      ${relative ? basisField(view, relative.id, draft.basis, (basis) => set({ basis })) : nothing}
      ${fromPerson
        ? nothing
        : checkbox({
            id: 'statement-quality',
            label: t.term('quality'),
            hint: t.term('qualityHint'),
            checked: draft.qualityConfirmed,
            onChange: (qualityConfirmed) => set({ qualityConfirmed }),
          })}
      ${checkbox({ id: 'statement-file', label: t.term('toFile'), checked: draft.toPersonalFile, onChange: (toPersonalFile) => set({ toPersonalFile }) })}
      ${checkbox({
        id: 'statement-checked',
        label: t.term('checkedWithPerson'),
        checked: draft.checkedWithPerson,
        onChange: (checkedWithPerson) => set({ checkedWithPerson }),
      })}
      <div class="actions"><button type="submit">${t.term('save')}</button></div>
    </form>
  `;
};
