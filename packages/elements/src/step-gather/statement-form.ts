/**
 * The form to document one statement: life area, kind, text, source, and how it came — for a
 * relative with the person's consent or volunteered unasked (C1), for a professional with the
 * person's consent documented in the case system (with its reference) or volunteered — whether it
 * goes into the personal file and the quality confirmation (C10). The draft lives in the element's
 * forms and names a relative by id, never by list position, so a kept draft cannot come to point at
 * another relative; the record changes only when the machine accepts `statement.add`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { STATEMENT_KINDS, type InvestigationContext, type InvestigationEvent, type StatementBasis, type StatementKind } from '@anhorig/core';
import { checkbox, radioGroup, selectField, textArea, textField } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { basisField, relativeBasis, type BasisChoice } from './statement-basis.js';
import { lifeAreaName, needAreas, relativeLabel, type GatherView } from './gather-view.js';

export interface StatementDraft {
  lifeAreaId: string;
  kind: StatementKind;
  text: string;
  source: 'person' | 'relative' | 'professional';
  /** The relative who gave it (source `relative`), by id. */
  relativeId: string;
  professionalName: string;
  professionalRole: string;
  /** For a relative: the handläggare's choice; undefined follows the consent in force. */
  basis: BasisChoice | undefined;
  /** For a professional: the handläggare's choice; undefined until chosen (the machine refuses it then). */
  professionalBasis: ProfessionalBasis | undefined;
  /** For a professional's statement under a consent in the case system: where it is documented (optional). */
  reference: string;
  toPersonalFile: boolean;
  qualityConfirmed: boolean;
  checkedWithPerson: boolean;
}

export const emptyStatementDraft = (lifeAreaId = ''): StatementDraft => ({
  lifeAreaId,
  kind: 'need',
  text: '',
  source: 'person',
  relativeId: '',
  professionalName: '',
  professionalRole: '',
  basis: undefined,
  professionalBasis: undefined,
  reference: '',
  toPersonalFile: false,
  qualityConfirmed: false,
  checkedWithPerson: false,
});

/** How a professional's statement came: under the person's consent documented in the case system, or volunteered. */
export type ProfessionalBasis = 'caseSystemConsent' | 'volunteered';

const PROFESSIONAL_BASES: readonly ProfessionalBasis[] = ['caseSystemConsent', 'volunteered'];

const KINDS = STATEMENT_KINDS.filter((k) => k !== 'promptAnswer');

/** The relative the draft names, if they are (still) in the record. */
const relativeOf = (context: InvestigationContext, draft: StatementDraft) =>
  draft.source === 'relative' ? context.record.relatives.find((r) => r.id === draft.relativeId) : undefined;

/**
 * The basis to send for a professional's statement. Without a choice it is left as the person's own
 * basis, which the machine refuses with the core's reason (it names the consent or that it was volunteered).
 */
const professionalBasis = (draft: StatementDraft): StatementBasis => {
  if (draft.professionalBasis === 'volunteered') return { kind: 'volunteered' };
  if (draft.professionalBasis === 'caseSystemConsent') {
    const reference = draft.reference.trim();
    return { kind: 'caseSystemConsent', ...(reference ? { reference } : {}) };
  }
  return { kind: 'own' };
};

/**
 * The event the draft stands for; the machine decides whether it may be recorded. A relative is sent
 * by the id the draft holds, so one who is no longer in the record is refused, never replaced.
 */
export const statementEvent = (context: InvestigationContext, draft: StatementDraft): Extract<InvestigationEvent, { type: 'statement.add' }> => {
  const common = {
    lifeAreaId: draft.lifeAreaId,
    kind: draft.kind,
    text: draft.text.trim(),
    toPersonalFile: draft.toPersonalFile,
    qualityConfirmed: draft.source !== 'person' && draft.qualityConfirmed,
    checkedWithPerson: draft.checkedWithPerson,
  };
  if (draft.source === 'relative') {
    const relativeId = draft.relativeId;
    return { type: 'statement.add', statement: { ...common, source: { kind: 'relative', relativeId }, basis: relativeBasis(context, relativeId, draft.basis) } };
  }
  if (draft.source === 'professional')
    return {
      type: 'statement.add',
      statement: {
        ...common,
        source: { kind: 'professional', name: draft.professionalName.trim(), role: draft.professionalRole.trim() },
        basis: professionalBasis(draft),
      },
    };
  return { type: 'statement.add', statement: { ...common, source: { kind: 'person' }, basis: { kind: 'own' } } };
};

export const FORM_ID = 'statement-form';
/** The form's heading: where focus goes when the handläggare starts to document what a relative says. */
export const STATEMENT_FORM_HEADING = 'statement-form-heading';

export const statementForm = (
  view: GatherView,
  draft: StatementDraft,
  set: (patch: Partial<StatementDraft>) => void,
  submit: (event: Event) => void,
): TemplateResult => {
  const { context, t } = view;
  const relative = relativeOf(context, draft);
  const fromPerson = draft.source === 'person';
  // The radios keep their list-position values (and so their ids); the draft stores the relative's id.
  // A legal representative who is not a relative is no source here (H2).
  const relativeChoices = context.record.relatives.flatMap((r, i) => (r.isRelative ? [{ value: `relative-${i}`, label: relativeLabel(r), relativeId: r.id }] : []));
  const sourceValue = draft.source === 'relative' ? relativeChoices.find((c) => c.relativeId === draft.relativeId)?.value : draft.source;
  const setSource = (value: string) => {
    const chosen = relativeChoices.find((c) => c.value === value);
    set(chosen ? { source: 'relative', relativeId: chosen.relativeId, basis: undefined } : { source: value as StatementDraft['source'], relativeId: '', basis: undefined });
  };
  // Saved: the statement just recorded is the record's last.
  const savedArea = context.record.statements.at(-1)?.lifeAreaId ?? draft.lifeAreaId;
  return html`
    <form class="card add-form" novalidate aria-labelledby=${STATEMENT_FORM_HEADING} @submit=${submit} part="statement-form">
      <h4 id=${STATEMENT_FORM_HEADING} tabindex="-1">${t.term('addHeading')}</h4>
      ${savedNotice(view.saved(FORM_ID), t.term('saved', lifeAreaName(context, savedArea)))}
      ${view.rejection(FORM_ID, {
        lifeAreaId: 'statement-area',
        text: 'statement-text',
        name: 'statement-professional-name',
        role: 'statement-professional-role',
        reference: 'statement-reference',
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
        ...(sourceValue !== undefined ? { value: sourceValue } : {}),
        options: [
          { value: 'person', label: t.term('sourcePerson') },
          ...relativeChoices.map(({ value, label }) => ({ value, label })),
          { value: 'professional', label: t.term('professional') },
        ],
        onChange: setSource,
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
            ${radioGroup({
              id: 'statement-professional-basis',
              label: t.term('basis'),
              ...(draft.professionalBasis ? { value: draft.professionalBasis } : {}),
              options: PROFESSIONAL_BASES.map((b) => ({ value: b, label: t.term(`professionalBasis.${b}`) })),
              onChange: (professionalBasis) => set({ professionalBasis }),
            })}
            ${draft.professionalBasis === 'caseSystemConsent'
              ? textField({
                  id: 'statement-reference',
                  label: t.term('reference'),
                  hint: t.term('referenceHint'),
                  value: draft.reference,
                  onChange: (reference) => set({ reference }),
                })
              : nothing}
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
