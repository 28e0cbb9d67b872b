/**
 * deriveAssignment: the assignment to the provider as a pure function of the record (SPEC §5).
 * Returns a result union rather than throwing: `{ ok: false, issues }` when the minimum content
 * M1–M4 is missing (see readiness.ts) or, defensively, when the result does not validate.
 * Version = issued count + 1; previousVersionId = the last issued; id is deterministic.
 */
import {
  SCHEMA_VERSION,
  validateAssignment,
  type Assignment,
  type Caseworker,
  type Catalogue,
  type InvestigationRecord,
  type ValidationIssue,
} from '../schema/index.js';
import { assignmentReadiness } from './readiness.js';
import { assignmentItems } from './items.js';
import { assignmentGoals } from './goals.js';
import { relativePerspective } from './perspective.js';
import { describeChanges } from './changes.js';
import { ASSIGNMENT_TOPICS, INDIRECT_SUPPORT_TOPICS, SHARING_TOPICS, referencesInForce } from './legal-references.js';

export type AssignmentResult = { ok: true; assignment: Assignment } | { ok: false; issues: ValidationIssue[] };

export interface DeriveOptions {
  issuedBy: Caseworker;
  today: string;
}

export const assignmentId = (recordId: string, version: number): string => `${recordId}-uppdrag-${version}`;

export const deriveAssignment = (record: InvestigationRecord, catalogue: Catalogue, { issuedBy, today }: DeriveOptions): AssignmentResult => {
  const issues = assignmentReadiness(record, catalogue, today);
  if (issues.length) return { ok: false, issues };
  const previous = record.assignments.at(-1);
  const version = record.assignments.length + 1;
  const includes = assignmentItems(record, catalogue, today);
  const { relativePerspective: perspective, consentBasis } = relativePerspective(record, catalogue, today);
  const plan = record.assignmentPlan;
  const topics = [
    ...ASSIGNMENT_TOPICS,
    ...(consentBasis.length ? SHARING_TOPICS : []),
    ...(includes.some((i) => i.indirectSupport) ? INDIRECT_SUPPORT_TOPICS : []),
  ];
  const draft: Assignment = {
    schemaVersion: SCHEMA_VERSION,
    documentType: 'assignment',
    id: assignmentId(record.id, version),
    investigationId: record.id,
    version,
    ...(previous ? { previousVersionId: previous.id } : {}),
    issuedAt: today,
    issuedBy,
    // The provider addresses the person by the name they chose, when they gave one.
    person: { id: record.person.id, displayName: record.person.chosenName ?? record.person.displayName },
    needsAssessment: (record.assessment?.needsAssessment ?? '').trim(),
    includes,
    goals: assignmentGoals(record, catalogue, today),
    followUp: {
      how: (plan?.followUpHow ?? '').trim(),
      ...(plan?.followUpWhen !== undefined ? { when: plan.followUpWhen } : {}),
    },
    relativePerspective: perspective,
    consentBasis,
    changes: [],
    // T3: the law in force on the day this version is issued, not on the investigation's start date.
    legalReferences: referencesInForce(catalogue, topics, today),
  };
  const assignment: Assignment = { ...draft, changes: describeChanges(previous, draft, record, today) };
  const valid = validateAssignment(assignment);
  return valid.ok ? { ok: true, assignment: valid.value } : { ok: false, issues: valid.issues };
};
