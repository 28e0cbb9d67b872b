/**
 * The relative form, shared by "Lägg till en anhörig" and each card's "Ändra" disclosure: an unsaved
 * draft, the fields, and the conversion to the machine's `relative.add` / `relative.update` payloads.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LifeArea, LegalRepresentative, Relative, Rejection, Without } from '@anhorig/core';
import { checkbox, checkboxGroup, radioGroup, textArea, textField } from '../shared/fields.js';
import { fieldError as issueAt } from '../shared/notices.js';
import { optional, type FieldRefs } from './relatives-view.js';
import type { StepRelativesTerms } from './step-relatives.terms.js';

export type RepresentativeKind = LegalRepresentative['kind'];
export const REPRESENTATIVE_KINDS: readonly RepresentativeKind[] = ['godMan', 'forvaltare', 'other'];

export interface RelativeDraft {
  name: string;
  chosenName: string;
  pronouns: string;
  relation: string;
  givesSupport: boolean;
  supportLifeAreas: string[];
  worriesAboutPerson: boolean;
  livesWithPerson: boolean;
  isChild: boolean;
  isRepresentative: boolean;
  representativeKind: RepresentativeKind;
  mandate: string;
  coversPersonalMatters: boolean;
  contact: string;
  informedOfPossibility: boolean;
}

export const emptyRelativeDraft = (): RelativeDraft => ({
  name: '',
  chosenName: '',
  pronouns: '',
  relation: '',
  givesSupport: false,
  supportLifeAreas: [],
  worriesAboutPerson: false,
  livesWithPerson: false,
  isChild: false,
  isRepresentative: false,
  representativeKind: 'godMan',
  mandate: '',
  coversPersonalMatters: false,
  contact: '',
  informedOfPossibility: false,
});

export const draftOf = (r: Relative): RelativeDraft => ({
  name: r.name,
  chosenName: r.chosenName ?? '',
  pronouns: r.pronouns ?? '',
  relation: r.relation,
  givesSupport: r.givesSupport,
  supportLifeAreas: [...r.supportLifeAreas],
  worriesAboutPerson: r.worriesAboutPerson,
  livesWithPerson: r.livesWithPerson,
  isChild: r.isChild,
  isRepresentative: r.legalRepresentative !== undefined,
  representativeKind: r.legalRepresentative?.kind ?? 'godMan',
  mandate: r.legalRepresentative?.mandate ?? '',
  coversPersonalMatters: r.legalRepresentative?.coversPersonalMatters ?? false,
  contact: r.contact ?? '',
  informedOfPossibility: r.informedOfPossibility,
});

/**
 * The relative as the machine receives it. Required text is sent as typed (trimmed), even when
 * empty, so the machine's validation says what is missing. Optional keys are present with
 * `undefined` when cleared, which removes them on update (the core compacts).
 */
export const relativeOf = (d: RelativeDraft): Without<Relative, 'id' | 'addedAt'> => ({
  name: d.name.trim(),
  chosenName: optional(d.chosenName),
  pronouns: optional(d.pronouns),
  relation: d.relation.trim(),
  givesSupport: d.givesSupport,
  supportLifeAreas: d.givesSupport ? d.supportLifeAreas : [],
  worriesAboutPerson: d.worriesAboutPerson,
  livesWithPerson: d.livesWithPerson,
  isChild: d.isChild,
  legalRepresentative: d.isRepresentative
    ? { kind: d.representativeKind, mandate: d.mandate.trim(), coversPersonalMatters: d.coversPersonalMatters }
    : undefined,
  contact: optional(d.contact),
  informedOfPossibility: d.informedOfPossibility,
});

/** Field ids of one form, by the schema key they show (for the error summary's links). */
export const relativeFieldRefs = (prefix: string, t: StepRelativesTerms): FieldRefs => ({
  name: { id: `${prefix}-name`, label: t.term('name') },
  chosenName: { id: `${prefix}-chosen-name`, label: t.term('chosenName') },
  pronouns: { id: `${prefix}-pronouns`, label: t.term('pronouns') },
  relation: { id: `${prefix}-relation`, label: t.term('relation') },
  supportLifeAreas: { id: `${prefix}-life-areas`, label: t.term('supportLifeAreas') },
  mandate: { id: `${prefix}-mandate`, label: t.term('mandate') },
  contact: { id: `${prefix}-contact`, label: t.term('contact') },
});

export const relativeFields = (options: {
  prefix: string;
  draft: RelativeDraft;
  set: (patch: Partial<RelativeDraft>) => void;
  t: StepRelativesTerms;
  lifeAreas: readonly LifeArea[];
  /** The machine's refusal, when it concerns this form. */
  rejection: Rejection | undefined;
}): TemplateResult => {
  const { prefix, draft, set, t, lifeAreas, rejection } = options;
  const error = (key: string) => issueAt(rejection, key);
  const id = (name: string) => `${prefix}-${name}`;
  return html`
    ${textField({ id: id('name'), label: t.term('name'), value: draft.name, required: true, error: error('name'), autocomplete: 'off', onChange: (name) => set({ name }) })}
    ${textField({
      id: id('chosen-name'),
      label: t.term('chosenName'),
      hint: t.term('relativeChosenNameHint'),
      value: draft.chosenName,
      error: error('chosenName'),
      onChange: (chosenName) => set({ chosenName }),
    })}
    ${textField({ id: id('pronouns'), label: t.term('pronouns'), value: draft.pronouns, error: error('pronouns'), onChange: (pronouns) => set({ pronouns }) })}
    ${textField({
      id: id('relation'),
      label: t.term('relation'),
      hint: t.term('relationHint'),
      value: draft.relation,
      required: true,
      error: error('relation'),
      onChange: (relation) => set({ relation }),
    })}
    ${checkbox({ id: id('gives-support'), label: t.term('givesSupport'), checked: draft.givesSupport, onChange: (givesSupport) => set({ givesSupport }) })}
    ${draft.givesSupport
      ? html`<div class="nested">
          ${checkboxGroup({
            id: id('life-areas'),
            label: t.term('supportLifeAreas'),
            values: draft.supportLifeAreas,
            error: error('supportLifeAreas'),
            options: lifeAreas.filter((a) => !a.isIndirectSupportMarker).map((a) => ({ value: a.id, label: a.name })),
            onChange: (supportLifeAreas) => set({ supportLifeAreas }),
          })}
        </div>`
      : nothing}
    ${checkbox({ id: id('worries'), label: t.term('worries'), checked: draft.worriesAboutPerson, onChange: (worriesAboutPerson) => set({ worriesAboutPerson }) })}
    ${checkbox({ id: id('lives-with'), label: t.term('livesWith'), checked: draft.livesWithPerson, onChange: (livesWithPerson) => set({ livesWithPerson }) })}
    ${checkbox({ id: id('is-child'), label: t.term('isChild'), checked: draft.isChild, onChange: (isChild) => set({ isChild }) })}
    ${checkbox({
      id: id('is-representative'),
      label: t.term('isRepresentative'),
      checked: draft.isRepresentative,
      onChange: (isRepresentative) => set({ isRepresentative }),
    })}
    ${draft.isRepresentative
      ? html`<div class="nested">
          ${radioGroup({
            id: id('representative-kind'),
            label: t.term('representativeKind'),
            value: draft.representativeKind,
            options: REPRESENTATIVE_KINDS.map((k) => ({ value: k, label: t.term(`kind.${k}`) })),
            onChange: (representativeKind) => set({ representativeKind }),
          })}
          ${textField({
            id: id('mandate'),
            label: t.term('mandate'),
            hint: t.term('mandateHint'),
            value: draft.mandate,
            required: true,
            error: error('mandate'),
            onChange: (mandate) => set({ mandate }),
          })}
          ${checkbox({
            id: id('covers-personal'),
            label: t.term('coversPersonalMatters'),
            checked: draft.coversPersonalMatters,
            onChange: (coversPersonalMatters) => set({ coversPersonalMatters }),
          })}
        </div>`
      : nothing}
    ${textArea({
      id: id('contact'),
      label: t.term('contact'),
      hint: t.term('contactHint'),
      value: draft.contact,
      error: error('contact'),
      onChange: (contact) => set({ contact }),
    })}
    ${checkbox({
      id: id('informed'),
      label: t.term('informed'),
      checked: draft.informedOfPossibility,
      onChange: (informedOfPossibility) => set({ informedOfPossibility }),
    })}
  `;
};
