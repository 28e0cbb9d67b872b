/**
 * H7: the interpreter, communication support and minority language noted for the person or a
 * relative (step 1), shown at every conversation with them that a step renders — steps 2, 3 and 6 —
 * so the handläggare books the interpreter without looking it up: "Tolk: finska · AKK".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { hasCommunicationNeeds, type CommunicationNeeds } from '@anhorig/core';
import { defineTerms } from '../localization/localize.js';

export const communicationTerms = defineTerms(
  {
    forPerson: 'Tolk och kommunikationsstöd vid samtal med den enskilde',
    forRelative: (name: string) => `Tolk och kommunikationsstöd vid samtal med ${name}`,
    interpreter: (language: string) => `Tolk: ${language}`,
    'support.signLanguage': 'Teckenspråkstolk',
    'support.aac': 'AKK',
    'support.other': 'Annat kommunikationsstöd',
    minority: (language: string) => `Minoritetsspråk: ${language}`,
    'minority.finnish': 'finska',
    'minority.meankieli': 'meänkieli',
    'minority.sami': 'samiska',
    'minority.romani': 'romani chib',
    'minority.yiddish': 'jiddisch',
  },
  {
    forPerson: 'Interpreter and communication support in conversations with the person',
    forRelative: (name: string) => `Interpreter and communication support in conversations with ${name}`,
    interpreter: (language: string) => `Interpreter: ${language}`,
    'support.signLanguage': 'Sign language interpreter',
    'support.aac': 'AAC',
    'support.other': 'Other communication support',
    minority: (language: string) => `Minority language: ${language}`,
    'minority.finnish': 'Finnish',
    'minority.meankieli': 'Meänkieli',
    'minority.sami': 'Sami',
    'minority.romani': 'Romani chib',
    'minority.yiddish': 'Yiddish',
  },
);

export type CommunicationTerms = ReturnType<typeof communicationTerms>;

/** "Tolk: finska · AKK · Minoritetsspråk: meänkieli · the note", or undefined when nothing is noted. */
export const communicationText = (c: CommunicationTerms, needs: CommunicationNeeds | undefined): string | undefined => {
  if (!needs || !hasCommunicationNeeds(needs)) return undefined;
  return [
    needs.interpreterLanguage ? c.term('interpreter', needs.interpreterLanguage) : undefined,
    ...needs.supports.map((s) => c.term(`support.${s}`)),
    needs.minorityLanguage ? c.term('minority', c.term(`minority.${needs.minorityLanguage}`)) : undefined,
    needs.note?.trim() || undefined,
  ]
    .filter((part): part is string => part !== undefined)
    .join(' · ');
};

/** The note for one conversation partner (`name` for a relative, none for the person), or nothing. */
export const communicationNote = (c: CommunicationTerms, needs: CommunicationNeeds | undefined, name?: string): TemplateResult | typeof nothing => {
  const text = communicationText(c, needs);
  if (text === undefined) return nothing;
  return html`<dl class="summary communication">
    <dt>${name === undefined ? c.term('forPerson') : c.term('forRelative', name)}</dt>
    <dd>${text}</dd>
  </dl>`;
};
