/**
 * issueAssignment: derive the next version and append it to the record. Earlier versions are kept
 * as they are (same objects, never edited); the returned record is a new object.
 */
import type { Assignment, Caseworker, Catalogue, InvestigationRecord, ValidationIssue } from '../schema/index.js';
import { deriveAssignment } from './derive.js';

export type IssueResult =
  | { ok: true; record: InvestigationRecord; assignment: Assignment }
  | { ok: false; issues: ValidationIssue[] };

/** Two versions say the same to the provider (ignoring id, version, date, who issued it and the change list). */
export const sameAssignmentContent = (a: Assignment, b: Assignment): boolean => {
  const content = ({ id: _id, version: _v, previousVersionId: _p, issuedAt: _d, issuedBy: _b, changes: _c, generatedAt: _g, ...rest }: Assignment) => rest;
  return JSON.stringify(content(a)) === JSON.stringify(content(b));
};

export const issueAssignment = (
  record: InvestigationRecord,
  catalogue: Catalogue,
  issuedBy: Caseworker,
  today: string,
): IssueResult => {
  const result = deriveAssignment(record, catalogue, { issuedBy, today });
  if (!result.ok) return result;
  return { ok: true, assignment: result.assignment, record: { ...record, assignments: [...record.assignments, result.assignment] } };
};
