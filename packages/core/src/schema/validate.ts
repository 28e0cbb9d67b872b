/**
 * Validation entry points. Each returns a result object, never throws, and reports issues with a
 * dotted field path, a code and its parameters: `formatMessage(sv, issue)` from
 * `@anhorig/core/messages/sv` (or `/en`) gives the sentence for a handläggare or a server log.
 */
import type * as z from 'zod/mini';
import { issueMessage } from './issues.js';
import type { Message } from '../messages/codes.js';
import { InvestigationRecord as InvestigationRecordSchema, type InvestigationRecord } from './investigation.js';
import { RelativeRecord } from './relative-record.js';
import { Assignment } from './assignment.js';
import { Catalogue } from './catalogue.js';
import { findReferenceIssues } from './references.js';

/** A validation issue: a code (zod's, or `reference`, `schema_version`, `M1`–`M4`, `catalogue`) with its parameters, and where. */
export type ValidationIssue = Message & {
  /** Dotted path to the field, e.g. `relatives.0.name`; empty for the whole document. */
  path: string;
};

export type ValidationResult<T> =
  | { ok: true; value: T }
  | { ok: false; issues: ValidationIssue[] };

const formatPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** zod's issues (from a parse with `reportInput: true`) as validation issues. */
export const toValidationIssues = (error: z.core.$ZodError): ValidationIssue[] =>
  error.issues.map((issue) => ({ ...issueMessage(issue), path: formatPath(issue.path) }));

const validateWith =
  <S extends z.ZodMiniType>(schema: S) =>
  (input: unknown): ValidationResult<z.infer<S>> => {
    const result = schema.safeParse(input, { reportInput: true });
    return result.success ? { ok: true, value: result.data as z.infer<S> } : { ok: false, issues: toValidationIssues(result.error) };
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
