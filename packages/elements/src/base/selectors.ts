/**
 * Derived views of the machine's context that several elements render (warnings, branches, gates).
 * Computed by the core; memoised per context object, which XState replaces on every change.
 */
import {
  relativeBranch,
  stepWarnings,
  type InvestigationContext,
  type RelativeBranch,
  type StepWarnings,
} from '@anhorig/core';

/** `compute` once per context object. */
export const memo = <T>(compute: (context: InvestigationContext) => T) => {
  const cache = new WeakMap<InvestigationContext, T>();
  return (context: InvestigationContext): T => {
    if (!cache.has(context)) cache.set(context, compute(context));
    return cache.get(context) as T;
  };
};

export const warningsOf = memo<StepWarnings>((c) => stepWarnings(c.record, c.relativeRecords, c.catalogue, c.today));

export const branchesOf = memo<Map<string, RelativeBranch>>(
  (c) => new Map(c.record.relatives.map((r) => [r.id, relativeBranch(c.record, r.id, c.today)])),
);

/** The name a relative goes by (chosen name first), for headings and labels. */
export const displayName = (relative: { name: string; chosenName?: string | undefined }): string => relative.chosenName ?? relative.name;

/** "Eva Andersson (granne)": the name the relative goes by and the relation in the person's own words. */
export const relativeLabel = (relative: { name: string; chosenName?: string | undefined; relation: string }): string =>
  `${displayName(relative)} (${relative.relation})`;
