/**
 * Lookups shared by the rules, and the parameters their messages name relatives by. The rules say
 * nothing in words: the sentences (with the Swedish genitive) are in `@anhorig/core/messages/sv` and `/en`.
 */
import type { InvestigationRecord, Relative, RelationCategory } from '../schema/index.js';

export const findRelative = (record: InvestigationRecord, relativeId: string): Relative | undefined =>
  record.relatives.find((r) => r.id === relativeId);

/** The name the relative goes by (chosen name first); undefined when the relative is not known. */
export const relativeName = (relative: Relative | undefined): string | undefined => (relative ? (relative.chosenName ?? relative.name) : undefined);

/** `{ name }` for a message's parameters: the relative's name, left out when the relative is not known. */
export const nameParam = (relative: Relative | undefined): { name?: string } => {
  const name = relativeName(relative);
  return name === undefined ? {} : { name };
};

/** A free-text field with something in it (not only spaces). */
export const isFilled = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

/**
 * L3: how M2 and the change list name a relationship when the person's own words may not leave. The
 * assignment is a Swedish document to the provider, so these stay Swedish (docs/decisions.md).
 */
export const RELATION_CATEGORY_NAMES: Record<RelationCategory, string> = {
  partner: 'make, maka, sambo eller partner',
  child: 'barn',
  parent: 'förälder',
  sibling: 'syskon',
  grandchild: 'barnbarn',
  otherFamily: 'annan släkting',
  friend: 'vän',
  neighbour: 'granne',
  other: 'annan anhörig',
};

/** A relationship as an assignment shows it: the person's words where shared, else the category. */
export const relationshipText = (ref: { relation?: string; relationCategory: RelationCategory }): string =>
  ref.relation ?? RELATION_CATEGORY_NAMES[ref.relationCategory];
