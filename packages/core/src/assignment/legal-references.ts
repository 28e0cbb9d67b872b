/**
 * Legal references are catalogue data with dates. T3: each document cites, per topic, the reference
 * in force on its own date (an assignment version: its issue date; the investigation view: today),
 * validFrom <= date < validTo; where two overlap, the most recent validFrom wins. Topics a
 * municipality's catalogue lacks are simply not cited.
 */
import type { Catalogue, LegalReference } from '../schema/index.js';

/** Topics an assignment cites: its documentation rule and the support it concerns. */
export const ASSIGNMENT_TOPICS = ['assignmentDocumentation', 'personalNeedsSupport', 'socialServicesSecrecy'] as const;
/** Cited in addition when R1–R5 are shared (consent and secrecy). */
export const SHARING_TOPICS = ['consentAndSecrecy'] as const;
/** Cited in addition when a support is marked as indirect support. */
export const INDIRECT_SUPPORT_TOPICS = ['supportToRelatives'] as const;

export const inForce = (reference: LegalReference, date: string): boolean =>
  reference.validFrom <= date && (reference.validTo === undefined || date < reference.validTo);

export const referenceInForce = (catalogue: Catalogue, topic: string, date: string): LegalReference | undefined =>
  catalogue.legalReferences
    .filter((r) => r.topic === topic && inForce(r, date))
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0))
    .at(-1);

export const referencesInForce = (
  catalogue: Catalogue,
  topics: readonly string[],
  date: string,
): { id: string; citation: string }[] =>
  topics.flatMap((topic) => {
    const reference = referenceInForce(catalogue, topic, date);
    return reference ? [{ id: reference.id, citation: reference.citation }] : [];
  });
