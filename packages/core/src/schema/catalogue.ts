/**
 * The municipality's catalogue — SPEC §6. Defaults ship with the core; the host may replace it.
 * Legal references are data with valid-from dates, so a municipality updates them without a release.
 */
import * as z from 'zod/mini';
import { id, isoDate, note, text } from './primitives.js';

export const LifeArea = z.strictObject({
  id: id(),
  name: text(),
  /** ICF chapter code (d1–d9), absent for areas IBIC adds (Känsla av trygghet, the marker). */
  icf: z.optional(z.string().check(z.regex(/^d[1-9]$/))),
  /** The marker area for indirect support; not a need area in the grid. */
  isIndirectSupportMarker: z.boolean(),
});
export type LifeArea = z.infer<typeof LifeArea>;

export const SupportType = z.strictObject({
  id: id(),
  name: text(),
  /** Can typically relieve a relative (avlösning, ledsagning, korttid …). */
  canRelieveRelative: z.boolean(),
  /** Only where the relative lives with the person (seed 001). */
  requiresLivingTogether: z.boolean(),
  eligibilityNote: note(),
});
export type SupportType = z.infer<typeof SupportType>;

export const OwnSupportOffer = z.strictObject({
  id: id(),
  name: text(),
  /** General support without needs assessment, or a form of application. */
  kind: z.enum(['general', 'application']),
  description: note(),
});
export type OwnSupportOffer = z.infer<typeof OwnSupportOffer>;

export const QuestionPrompt = z.strictObject({
  id: id(),
  audience: z.enum(['person', 'relative']),
  text: text(),
  lifeAreaId: z.optional(id()),
});
export type QuestionPrompt = z.infer<typeof QuestionPrompt>;

export const OverallGoal = z.strictObject({
  id: id(),
  text: text(),
  /** The goal used to tag indirect support (M3). */
  forIndirectSupport: z.boolean(),
});
export type OverallGoal = z.infer<typeof OverallGoal>;

export const ScaleStep = z.strictObject({ id: id(), label: text() });

export const LegalReference = z.strictObject({
  id: id(),
  /** What the reference is about, stable across statute changes (e.g. `supportToRelatives`). */
  topic: id(),
  citation: text(),
  validFrom: isoDate(),
  validTo: z.optional(isoDate()),
  note: note(),
});
export type LegalReference = z.infer<typeof LegalReference>;

export const Catalogue = z.strictObject({
  schemaVersion: z.literal(1),
  id: id(),
  municipality: z.optional(text()),
  lifeAreas: z.array(LifeArea).check(z.minLength(1)),
  supportTypes: z.array(SupportType).check(z.minLength(1)),
  ownSupportOffers: z.array(OwnSupportOffer),
  anhorigkonsulent: z.optional(z.strictObject({ name: text(), contact: text() })),
  questionPrompts: z.array(QuestionPrompt),
  overallGoals: z.array(OverallGoal),
  followUpScale: z.array(ScaleStep).check(z.minLength(2)),
  legalReferences: z.array(LegalReference),
});
export type Catalogue = z.infer<typeof Catalogue>;
