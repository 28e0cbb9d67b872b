/**
 * H7: interpreter, communication support and national minority language for the person or one
 * relative, noted once and shown at every conversation. Shared by step 1 (person and relatives).
 */
import { html, type TemplateResult } from 'lit';
import { COMMUNICATION_SUPPORTS, MINORITY_LANGUAGES, type CommunicationNeeds } from '@anhorig/core';
import { checkboxGroup, selectField, textArea, textField } from './fields.js';
import type { DomainTerms } from './domain-terms.js';

export interface CommunicationDraft {
  interpreterLanguage: string;
  supports: CommunicationNeeds['supports'];
  note: string;
  minorityLanguage: CommunicationNeeds['minorityLanguage'] | '';
}

export const communicationDraftOf = (needs: CommunicationNeeds | undefined): CommunicationDraft => ({
  interpreterLanguage: needs?.interpreterLanguage ?? '',
  supports: [...(needs?.supports ?? [])],
  note: needs?.note ?? '',
  minorityLanguage: needs?.minorityLanguage ?? '',
});

/** The needs to send, or undefined when nothing is noted (the key then clears what was there). */
export const communicationOf = (d: CommunicationDraft): CommunicationNeeds | undefined => {
  const interpreterLanguage = d.interpreterLanguage.trim();
  const note = d.note.trim();
  if (!interpreterLanguage && d.supports.length === 0 && !note && !d.minorityLanguage) return undefined;
  return {
    ...(interpreterLanguage ? { interpreterLanguage } : {}),
    supports: d.supports,
    ...(note ? { note } : {}),
    ...(d.minorityLanguage ? { minorityLanguage: d.minorityLanguage } : {}),
  };
};

export interface CommunicationLabels {
  legend: string;
  interpreter: string;
  interpreterHint: string;
  supports: string;
  minority: string;
  minorityHint: string;
  none: string;
  note: string;
}

export const communicationFields = (options: {
  id: string;
  draft: CommunicationDraft;
  set: (draft: CommunicationDraft) => void;
  labels: CommunicationLabels;
  d: DomainTerms;
}): TemplateResult => {
  const { id, draft, set, labels, d } = options;
  return html`
    <fieldset class="field communication" id=${id}>
      <legend>${labels.legend}</legend>
      ${textField({
        id: `${id}-interpreter`,
        label: labels.interpreter,
        hint: labels.interpreterHint,
        value: draft.interpreterLanguage,
        onChange: (interpreterLanguage) => set({ ...draft, interpreterLanguage }),
      })}
      ${checkboxGroup({
        id: `${id}-supports`,
        label: labels.supports,
        values: draft.supports,
        options: COMMUNICATION_SUPPORTS.map((s) => ({ value: s, label: d.term(`support.${s}`) })),
        onChange: (supports) => set({ ...draft, supports }),
      })}
      ${selectField({
        id: `${id}-minority`,
        label: labels.minority,
        hint: labels.minorityHint,
        value: draft.minorityLanguage ?? '',
        placeholder: labels.none,
        options: MINORITY_LANGUAGES.map((m) => ({ value: m, label: d.term(`minority.${m}`) })),
        onChange: (minorityLanguage) => set({ ...draft, minorityLanguage }),
      })}
      ${textArea({ id: `${id}-note`, label: labels.note, value: draft.note, onChange: (note) => set({ ...draft, note }) })}
    </fieldset>
  `;
};
