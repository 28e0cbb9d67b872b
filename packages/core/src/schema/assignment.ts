/**
 * The assignment to the provider (uppdrag till utförare) — SPEC §5. Its own JSON document,
 * derived from the record; immutable once issued, later changes yield a new version.
 */
import * as z from 'zod/mini';
import { Caseworker, id, isoDate, isoDateTime, note, schemaVersion, text } from './primitives.js';
import { ConsentScope } from './consent.js';
import { RelationCategory } from './relative.js';

/** A relative in R1–R5, which leave only under `shareWithProvider` (C7). */
const RelativeRef = z.strictObject({
  relativeId: id(),
  /** The relationship in the person's own words (may name the relative; shared under consent only). */
  relation: text(),
  relationCategory: RelationCategory,
});

export const AssignmentItem = z.strictObject({
  decisionId: id(),
  lifeAreaId: id(),
  lifeAreaName: text(),
  supportTypeId: id(),
  supportTypeName: text(),
  extent: note(),
  /**
   * M2: the support is also meant to relieve a relative (marker life area, the relationship only).
   * L3: the relationship as a category; the person's own words only under `shareWithProvider`.
   */
  indirectSupport: z.optional(
    z.strictObject({
      markerLifeAreaId: id(),
      markerLifeAreaName: text(),
      relationCategory: RelationCategory,
      relation: z.optional(text()),
    }),
  ),
});

export const AssignmentGoal = z.strictObject({
  decisionId: id(),
  text: text(),
  /** M3: for indirect support, tagged with the overall goal for relatives who care. */
  overallGoalId: z.optional(id()),
  overallGoalText: z.optional(text()),
});

export const R_FIELDS = ['R1', 'R2', 'R3', 'R4', 'R5'] as const;
export const RField = z.enum(R_FIELDS);
export type RField = z.infer<typeof RField>;

export const RelativePerspective = z.strictObject({
  /** R1 */
  livesWithPerson: z.array(RelativeRef),
  /** R2 */
  supportGiven: z.array(
    z.strictObject({ ...RelativeRef.shape, lifeAreaIds: z.array(id()), lifeAreaNames: z.array(text()), description: note() }),
  ),
  /** R3 */
  coordination: z.array(
    z.strictObject({ ...RelativeRef.shape, relativeWish: note(), personWish: note() }),
  ),
  /** R4 */
  participation: z.array(
    z.strictObject({ ...RelativeRef.shape, inPlanning: z.boolean(), inFollowUp: z.boolean() }),
  ),
  /** R5 */
  views: z.array(z.strictObject({ ...RelativeRef.shape, view: text() })),
});
export type RelativePerspective = z.infer<typeof RelativePerspective>;

/** R6: for each R-field present, the consents that allow it. */
export const ConsentBasis = z.strictObject({
  field: RField,
  relativeId: id(),
  consentId: id(),
  scope: ConsentScope,
  /** The date the consent was given, so the provider's copy stands on its own. */
  date: isoDate(),
});

export const Assignment = z.strictObject({
  schemaVersion: schemaVersion(),
  documentType: z.literal('assignment'),
  id: id(),
  investigationId: id(),
  version: z.int().check(z.minimum(1)),
  previousVersionId: z.optional(id()),
  issuedAt: isoDate(),
  issuedBy: Caseworker,
  person: z.strictObject({ id: id(), displayName: text() }),
  /** M1 */
  needsAssessment: text(),
  /** M2 */
  includes: z.array(AssignmentItem),
  /** M3 */
  goals: z.array(AssignmentGoal),
  /** M4 */
  followUp: z.strictObject({ how: text(), when: z.optional(isoDate()) }),
  /** R1–R5, present only under `shareWithProvider` consent. */
  relativePerspective: RelativePerspective,
  /** R6 */
  consentBasis: z.array(ConsentBasis),
  /** What changed since the previous version, in Swedish, for the handläggare and the provider. */
  changes: z.array(text()),
  /** T3: the references in force on `issuedAt`. */
  legalReferences: z.array(z.strictObject({ id: id(), citation: text() })),
  generatedAt: z.optional(isoDateTime()),
});
export type Assignment = z.infer<typeof Assignment>;
export type AssignmentItem = z.infer<typeof AssignmentItem>;
