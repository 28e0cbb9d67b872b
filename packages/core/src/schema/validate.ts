/**
 * Validation entry points. Each returns a result object, never throws, and reports issues with
 * a dotted field path and a Swedish message, ready to show to a handläggare or log on a server.
 */
import type * as z from 'zod/mini';
import { swedishErrorMap } from './messages.js';
import { InvestigationRecord as InvestigationRecordSchema, type InvestigationRecord } from './investigation.js';
import { RelativeRecord } from './relative-record.js';
import { Assignment } from './assignment.js';
import { Catalogue } from './catalogue.js';
import { findReferenceIssues } from './references.js';

export interface ValidationIssue {
  /** Dotted path to the field, e.g. `relatives.0.name`; empty for the whole document. */
  path: string;
  /** Swedish, human-readable. */
  message: string;
  code: string;
}

export type ValidationResult<T> =
  | { ok: true; value: T }
  | { ok: false; issues: ValidationIssue[] };

export const formatPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

const toIssues = (error: z.core.$ZodError): ValidationIssue[] =>
  error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message, code: issue.code }));

const validateWith =
  <S extends z.ZodMiniType>(schema: S) =>
  (input: unknown): ValidationResult<z.infer<S>> => {
    const result = schema.safeParse(input, { error: swedishErrorMap });
    return result.success ? { ok: true, value: result.data as z.infer<S> } : { ok: false, issues: toIssues(result.error) };
  };

/** Validate an investigation record: shape first, then references between its parts. */
export const validateRecord = (input: unknown): ValidationResult<InvestigationRecord> => {
  const shape = validateWith(InvestigationRecordSchema)(input);
  if (!shape.ok) return shape;
  const references = findReferenceIssues(shape.value);
  return references.length ? { ok: false, issues: references } : shape;
};

export const validateRelativeRecord = validateWith(RelativeRecord);
export const validateAssignment = validateWith(Assignment);
export const validateCatalogue = validateWith(Catalogue);
