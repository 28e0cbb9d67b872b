export { deriveAssignment, assignmentId, type AssignmentResult, type DeriveOptions } from './derive.js';
export { issueAssignment, sameAssignmentContent, type IssueResult } from './issue.js';
export { assignmentReadiness } from './readiness.js';
export { assignmentItems, grantedDecisions } from './items.js';
export { assignmentGoals } from './goals.js';
export { relativePerspective, rFieldsByRelative, type ConsentBasisEntry, type RelativePerspectiveData } from './perspective.js';
export { describeChanges } from './changes.js';
export { proposedPlan, proposedFollowUp, updateRequestedByFollowUp, type RelativePlanProposal } from './plan-proposal.js';
export {
  referencesInForce,
  referenceInForce,
  ASSIGNMENT_TOPICS,
  SHARING_TOPICS,
  INDIRECT_SUPPORT_TOPICS,
} from './legal-references.js';
