/**
 * The relative form, shared by "Lägg till en anhörig" and each card's "Ändra" disclosure: an unsaved
 * draft, the fields, and the conversion to the machine's `relative.add` / `relative.update` payloads.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  AGE_BANDS,
  GENDERS,
  RELATION_CATEGORIES,
  proposeRelationCategory,
  type LifeArea,
  type LegalRepresentative,
  type Relative,
  type RelationCategory,
  type Rejection,
  type Without,
} from '@anhorig/core';
import { checkbox, checkboxGroup, radioGroup, selectField, textArea, textField } from '../shared/fields.js';
import { openWhen } from '../shared/open-when.js';
import { communicationDraftOf, communicationFields, communicationOf, type CommunicationDraft } from '../shared/communication-fields.js';
import type { DomainTerms } from '../shared/domain-terms.js';
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
  /** L3: proposed from the relation words until the handläggare chooses one. */
  relationCategory: RelationCategory | '';
  relationCategoryChosen: boolean;
  /** H2: false for a legal representative outside the family. */
  isRelative: boolean;
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
  coordinatesCare: boolean;
  communication: CommunicationDraft;
  gender: Relative['gender'] | '';
  ageBand: Relative['ageBand'] | '';
}

export const emptyRelativeDraft = (): RelativeDraft => ({
  name: '',
  chosenName: '',
  pronouns: '',
  relation: '',
  relationCategory: '',
  relationCategoryChosen: false,
  isRelative: true,
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
  coordinatesCare: false,
  communication: communicationDraftOf(undefined),
  gender: '',
  ageBand: '',
});

export const draftOf = (r: Relative): RelativeDraft => ({
  name: r.name,
  chosenName: r.chosenName ?? '',
  pronouns: r.pronouns ?? '',
  relation: r.relation,
  relationCategory: r.relationCategory,
  relationCategoryChosen: true,
  isRelative: r.isRelative,
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
  coordinatesCare: r.coordinatesCare ?? false,
  communication: communicationDraftOf(r.communication),
  gender: r.gender ?? '',
  ageBand: r.ageBand ?? '',
});

/** A change of the relation words proposes a category until the handläggare has chosen one (L3). */
export const withRelation = (d: RelativeDraft, relation: string): Partial<RelativeDraft> =>
  d.relationCategoryChosen ? { relation } : { relation, relationCategory: relation.trim() ? proposeRelationCategory(relation) : '' };

/**
 * The relative as the machine receives it. Required text is sent as typed (trimmed), even when
 * empty, so the machine's validation says what is missing. Optional keys are present with
 * `undefined` when cleared, which removes them on update (the core compacts).
 */
export const relativeOf = (d: RelativeDraft): Without<Relative, 'id' | 'addedAt' | 'ownRecordId'> => {
  // H2: a representative outside the family is not a relative: no support, worry or home to record.
  const isRelative = !(d.isRepresentative && !d.isRelative);
  return {
    name: d.name.trim(),
    chosenName: optional(d.chosenName),
    pronouns: optional(d.pronouns),
    relation: d.relation.trim(),
    relationCategory: d.relationCategory || proposeRelationCategory(d.relation),
    isRelative,
    givesSupport: isRelative && d.givesSupport,
    supportLifeAreas: isRelative && d.givesSupport ? d.supportLifeAreas : [],
    worriesAboutPerson: isRelative && d.worriesAboutPerson,
    livesWithPerson: isRelative && d.livesWithPerson,
    isChild: isRelative && d.isChild,
    legalRepresentative: d.isRepresentative
      ? { kind: d.representativeKind, mandate: d.mandate.trim(), coversPersonalMatters: d.coversPersonalMatters }
      : undefined,
    contact: optional(d.contact),
    informedOfPossibility: isRelative && d.informedOfPossibility,
    coordinatesCare: isRelative && d.coordinatesCare ? true : undefined,
    communication: communicationOf(d.communication),
    gender: d.gender || undefined,
    ageBand: d.ageBand || undefined,
  };
};

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
  d: DomainTerms;
  lifeAreas: readonly LifeArea[];
  /** The machine's refusal, when it concerns this form. */
  rejection: Rejection | undefined;
}): TemplateResult => {
  const { prefix, draft, set, t, d, lifeAreas, rejection } = options;
  const error = (key: string) => issueAt(rejection, key, t);
  const id = (name: string) => `${prefix}-${name}`;
  const relative = !(draft.isRepresentative && !draft.isRelative);
  // The optional details stay open once anything in them is filled in (or refused).
  const detailsOpen =
    draft.chosenName !== '' || draft.pronouns !== '' || draft.contact !== '' || draft.gender !== '' || draft.ageBand !== '' ||
    communicationOf(draft.communication) !== undefined || ['chosenName', 'pronouns', 'contact'].some((k) => error(k) !== undefined);
  return html`
    <div class="row">
      ${textField({ id: id('name'), label: t.term('name'), value: draft.name, required: true, error: error('name'), autocomplete: 'off', onChange: (name) => set({ name }) })}
      ${textField({
        id: id('relation'),
        label: t.term('relation'),
        hint: t.term('relationHint'),
        value: draft.relation,
        required: true,
        error: error('relation'),
        onChange: (relation) => set(withRelation(draft, relation)),
      })}
      ${selectField({
        id: id('relation-category'),
        label: t.term('relationCategory'),
        hint: t.term('relationCategoryHint'),
        value: draft.relationCategory,
        placeholder: t.term('choose'),
        options: RELATION_CATEGORIES.map((c) => ({ value: c, label: d.term(`relationCategory.${c}`) })),
        onChange: (value) => {
          // The placeholder ("Välj") sends '': back to proposing from the words.
          const relationCategory = value as RelationCategory | '';
          set({ relationCategory, relationCategoryChosen: relationCategory !== '' });
        },
      })}
    </div>
    ${checkbox({
      id: id('is-representative'),
      label: t.term('isRepresentative'),
      checked: draft.isRepresentative,
      onChange: (isRepresentative) => set({ isRepresentative, ...(isRepresentative ? {} : { isRelative: true }) }),
    })}
    ${draft.isRepresentative
      ? html`<div class="nested">
          ${radioGroup({
            id: id('representative-kind'),
            label: t.term('representativeKind'),
            value: draft.representativeKind,
            inline: true,
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
          ${checkbox({
            id: id('not-relative'),
            label: t.term('notRelative'),
            hint: t.term('notRelativeHint'),
            checked: !draft.isRelative,
            onChange: (notRelative) => set({ isRelative: !notRelative }),
          })}
        </div>`
      : nothing}
    ${relative
      ? html`
          ${checkbox({ id: id('gives-support'), label: t.term('givesSupport'), checked: draft.givesSupport, onChange: (givesSupport) => set({ givesSupport }) })}
          ${draft.givesSupport
            ? html`<div class="nested">
                ${checkboxGroup({
                  id: id('life-areas'),
                  label: t.term('supportLifeAreasOf', draft.name.trim() || t.term('theRelative')),
                  values: draft.supportLifeAreas,
                  error: error('supportLifeAreas'),
                  options: lifeAreas.filter((a) => !a.isIndirectSupportMarker).map((a) => ({ value: a.id, label: a.name })),
                  onChange: (supportLifeAreas) => set({ supportLifeAreas }),
                })}
              </div>`
            : nothing}
          <div class="choices-row">
            ${checkbox({ id: id('worries'), label: t.term('worries'), checked: draft.worriesAboutPerson, onChange: (worriesAboutPerson) => set({ worriesAboutPerson }) })}
            ${checkbox({ id: id('lives-with'), label: t.term('livesWith'), checked: draft.livesWithPerson, onChange: (livesWithPerson) => set({ livesWithPerson }) })}
            ${checkbox({
              id: id('is-child'),
              label: t.term('isChild'),
              checked: draft.isChild,
              onChange: (isChild) => set({ isChild, ...(draft.ageBand === 'under18' && !isChild ? { ageBand: '' } : {}), ...(isChild && draft.ageBand !== '' ? { ageBand: 'under18' } : {}) }),
            })}
          </div>
          ${checkbox({
            id: id('coordinates-care'),
            label: t.term('coordinatesCare'),
            hint: t.term('coordinatesCareHint'),
            checked: draft.coordinatesCare,
            onChange: (coordinatesCare) => set({ coordinatesCare }),
          })}
          ${checkbox({
            id: id('informed'),
            label: t.term('informed'),
            checked: draft.informedOfPossibility,
            onChange: (informedOfPossibility) => set({ informedOfPossibility }),
          })}
        `
      : nothing}
    <details class="more" ${openWhen(detailsOpen)}>
      <summary>${t.term('moreDetails')}</summary>
      ${textField({
        id: id('chosen-name'),
        label: t.term('chosenName'),
        hint: t.term('relativeChosenNameHint'),
        value: draft.chosenName,
        error: error('chosenName'),
        onChange: (chosenName) => set({ chosenName }),
      })}
      ${textField({ id: id('pronouns'), label: t.term('pronouns'), value: draft.pronouns, error: error('pronouns'), onChange: (pronouns) => set({ pronouns }) })}
      ${textArea({
        id: id('contact'),
        label: t.term('contact'),
        hint: t.term('contactHint'),
        value: draft.contact,
        error: error('contact'),
        onChange: (contact) => set({ contact }),
      })}
      ${communicationFields({
        id: id('communication'),
        draft: draft.communication,
        set: (communication) => set({ communication }),
        labels: communicationLabels(t),
        d,
      })}
      ${relative
        ? html`<fieldset class="field" id=${id('background')}>
            <legend>${t.term('background')}</legend>
            <p class="hint">${t.term('backgroundHint')}</p>
            ${selectField({
              id: id('gender'),
              label: t.term('gender'),
              value: draft.gender,
              placeholder: t.term('notAsked'),
              options: GENDERS.map((g) => ({ value: g, label: d.term(`gender.${g}`) })),
              onChange: (gender) => set({ gender }),
            })}
            ${selectField({
              id: id('age-band'),
              label: t.term('ageBand'),
              value: draft.ageBand,
              placeholder: t.term('notAsked'),
              options: AGE_BANDS.map((a) => ({ value: a, label: d.term(`ageBand.${a}`) })),
              onChange: (value) => {
                const ageBand = value as RelativeDraft['ageBand'];
                set({ ageBand, ...(ageBand === 'under18' ? { isChild: true } : ageBand ? { isChild: false } : {}) });
              },
            })}
          </fieldset>`
        : nothing}
    </details>
  `;
};

export const communicationLabels = (t: StepRelativesTerms) => ({
  legend: t.term('communication'),
  interpreter: t.term('interpreterLanguage'),
  interpreterHint: t.term('interpreterLanguageHint'),
  supports: t.term('communicationSupports'),
  minority: t.term('minorityLanguage'),
  minorityHint: t.term('minorityLanguageHint'),
  none: t.term('noMinorityLanguage'),
  note: t.term('communicationNote'),
});
