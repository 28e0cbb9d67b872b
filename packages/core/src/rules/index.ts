export { type Gate, type GateCode, type Warning } from './types.js';
export {
  activeConsent,
  activeRelativeConsent,
  consentGate,
  consentState,
  currentSituation,
  defaultPersonSideGiver,
  guardianCoverEnds,
  isPersonSideInEffect,
  isWithdrawable,
  type ConsentState,
  isEntitledPersonSideGiver,
  isInEffect,
  latestPersonSideDecision,
  latestRelativeDecision,
  mayGiveConsent,
  relativeHasDeclined,
  RELATIVE_OWN_SCOPES,
} from './consent.js';
export { consentsToReview, type ConsentReview, type ReviewReason } from './entitlement.js';
export { canGatherFrom, canInvolveInMeetings, canShareInformationWith } from './gates.js';
export { isMarkedAfterWithdrawal, withdrawalImpact, type WithdrawalImpact, type WithdrawalLeaving } from './withdrawal.js';
export { canPlanJointMeeting, jointMeetingViolenceGate, violenceGate } from './violence.js';
export { capacityJudgementNeeded, consentingRepresentative, representativeMayConsent, representatives } from './representative.js';
export { indirectSupportStatus, type IndirectSupportStatus } from './indirect-support.js';
export { canShareWithProvider } from './provider.js';
export { canTakePartInFollowUp, reliefGoals } from './follow-up.js';
export { canPlanLaterContact } from './later-contact.js';
export { checkStatementBasis, mayEnterPersonalFile, mayReachProvider } from './statements.js';
export { childPerspective, type ChildPerspectiveFlag } from './child.js';
export { ownApplicationRequest, type OwnApplicationRequest } from './own-application.js';
export { availableRelativeSupport, isRelativeSupportAvailable } from './voluntary.js';
export { canTakePartInSip } from './sip.js';
export { INVOLVEMENT_SCOPES, relativeBranch, relativesInStep, relativesNotAsked, type RelativeBranch } from './branch.js';
export { relativeRecordDigest, type RelativeRecordDigest } from './relative-record.js';
export { relativesToHear } from './hear-relatives.js';
export { findRelative, isFilled, nameParam, RELATION_CATEGORY_NAMES, relationshipText, relativeName } from './names.js';
export { stepWarnings, type StepWarnings } from './warnings.js';
