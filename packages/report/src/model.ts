/**
 * What the report counts: its dimensions (how a figure is broken down), its figures (what is counted,
 * of which unit, placed in the period by which date) and the sums that hold between them. Each figure's
 * source field is in docs/report.md; this file is the single place the list is kept.
 */
import { AGE_BANDS, GENDERS, MINORITY_LANGUAGES, RELATION_CATEGORIES, type Catalogue } from '@anhorig/core';

/** A relative whose gender or age band was never asked has it absent in the record. */
export const NOT_ASKED = 'notAsked';
/** A support type or scale step the report's catalogue does not know. */
export const OTHER = 'other';

export const DIMENSION_IDS = ['gender', 'ageBand', 'relation', 'personAgeGroup', 'supportType', 'minorityLanguage'] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** The relative's three and the person's one: every figure about relatives is broken down by these. */
export const RELATIVE_DIMENSIONS = ['gender', 'ageBand', 'relation', 'personAgeGroup'] as const satisfies readonly DimensionId[];

export const SECTION_IDS = ['investigations', 'relatives', 'equip', 'involve', 'indirect', 'ownSupport', 'followUp'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** What one count is a count of. */
export type Unit = 'investigation' | 'relative' | 'proposal' | 'decision' | 'request' | 'consent' | 'concern' | 'goalResult';

/**
 * Which date places a count in the period: `startedAt`, the investigation's start (figures with no date
 * of their own), or `event`, the date of the event counted (decision, withdrawal, referral …).
 */
export type Anchor = 'startedAt' | 'event';

export interface FigureDef {
  id: string;
  section: SectionId;
  unit: Unit;
  anchor: Anchor;
  dimensions: readonly DimensionId[];
  /** For a follow-up scale step: its label from the catalogue (the catalogue's words, Swedish). */
  label?: string;
}

/** A sum the report publishes both sides of: `whole` = Σ `parts`, for the total and in every category. */
export interface Partition {
  whole: string;
  parts: readonly string[];
}

export interface Layout {
  figures: FigureDef[];
  /** Categories of every dimension, in display order. */
  categories: Record<DimensionId, readonly string[]>;
  partitions: Partition[];
}

const rel = RELATIVE_DIMENSIONS;
const withType = [...RELATIVE_DIMENSIONS, 'supportType'] as const;
const withLanguage = [...RELATIVE_DIMENSIONS, 'minorityLanguage'] as const;

const fixedFigures = (): FigureDef[] => [
  // Investigations started in the period; the person's age group only.
  { id: 'investigations', section: 'investigations', unit: 'investigation', anchor: 'startedAt', dimensions: ['personAgeGroup'] },
  { id: 'investigationsWithRelatives', section: 'investigations', unit: 'investigation', anchor: 'startedAt', dimensions: ['personAgeGroup'] },
  { id: 'applicationConcernsRelative', section: 'investigations', unit: 'investigation', anchor: 'startedAt', dimensions: ['personAgeGroup'] },
  { id: 'personInterpreter', section: 'investigations', unit: 'investigation', anchor: 'startedAt', dimensions: ['personAgeGroup'] },
  { id: 'personCommunicationSupport', section: 'investigations', unit: 'investigation', anchor: 'startedAt', dimensions: ['personAgeGroup'] },
  { id: 'personMinorityLanguage', section: 'investigations', unit: 'investigation', anchor: 'startedAt', dimensions: ['personAgeGroup', 'minorityLanguage'] },
  // Relatives (not legal representatives outside the family, H2) in those investigations.
  { id: 'relatives', section: 'relatives', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  { id: 'childRelatives', section: 'relatives', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  { id: 'relativesInvolved', section: 'relatives', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  { id: 'relativesNotInvolved', section: 'relatives', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  { id: 'relativesUndecided', section: 'relatives', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  // Step 2, from the relatives' own records.
  { id: 'informationGiven', section: 'equip', unit: 'relative', anchor: 'event', dimensions: rel },
  { id: 'referredToAnhorigkonsulent', section: 'equip', unit: 'relative', anchor: 'event', dimensions: rel },
  { id: 'helpWithContactOffered', section: 'equip', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  { id: 'ownConversationOffered', section: 'equip', unit: 'relative', anchor: 'event', dimensions: rel },
  { id: 'ownConversationAccepted', section: 'equip', unit: 'relative', anchor: 'event', dimensions: rel },
  // Steps 3 and 4.
  { id: 'meetingJoint', section: 'involve', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  { id: 'meetingSeparate', section: 'involve', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  { id: 'relativeInterpreter', section: 'involve', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  { id: 'relativeCommunicationSupport', section: 'involve', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  { id: 'relativeMinorityLanguage', section: 'involve', unit: 'relative', anchor: 'startedAt', dimensions: withLanguage },
  { id: 'wantsToGiveSupport', section: 'involve', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  { id: 'canGiveSupport', section: 'involve', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  { id: 'wantsAndCan', section: 'involve', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  { id: 'supportAvailable', section: 'involve', unit: 'relative', anchor: 'startedAt', dimensions: rel },
  // Indirect support.
  { id: 'indirectProposals', section: 'indirect', unit: 'proposal', anchor: 'startedAt', dimensions: withType },
  { id: 'indirectDecisions', section: 'indirect', unit: 'decision', anchor: 'event', dimensions: withType },
  { id: 'reliefGoals', section: 'indirect', unit: 'decision', anchor: 'event', dimensions: withType },
  // Own support, consent, violence.
  { id: 'ownApplicationRequests', section: 'ownSupport', unit: 'request', anchor: 'event', dimensions: rel },
  { id: 'consentsWithdrawn', section: 'ownSupport', unit: 'consent', anchor: 'event', dimensions: rel },
  { id: 'violenceConcerns', section: 'ownSupport', unit: 'concern', anchor: 'event', dimensions: rel },
];

/** `relief.<scale step id>`: one figure per step of the catalogue's follow-up scale, and one for unknown steps. */
export const reliefFigureId = (stepId: string): string => `relief.${stepId}`;

/** The report's layout for a catalogue: its support types and follow-up scale become categories and figures. */
export const buildLayout = (catalogue: Catalogue): Layout => {
  const relief: FigureDef[] = [
    ...catalogue.followUpScale.map((step) => ({ id: reliefFigureId(step.id), label: step.label })),
    { id: reliefFigureId(OTHER) },
  ].map((f) => ({ ...f, section: 'followUp' as const, unit: 'goalResult' as const, anchor: 'event' as const, dimensions: rel }));
  return {
    figures: [...fixedFigures(), ...relief],
    categories: {
      gender: [...GENDERS, NOT_ASKED],
      ageBand: [...AGE_BANDS, NOT_ASKED],
      relation: RELATION_CATEGORIES,
      personAgeGroup: ['adult', 'minor'],
      supportType: [...catalogue.supportTypes.map((t) => t.id), OTHER],
      minorityLanguage: MINORITY_LANGUAGES,
    },
    partitions: [{ whole: 'relatives', parts: ['relativesInvolved', 'relativesNotInvolved', 'relativesUndecided'] }],
  };
};
