/**
 * Public API of @anhorig/elements (docs/decisions.md, "A deliberate public API"; the API report is
 * etc/elements.api.md): the element classes, unregistered (import `@anhorig/elements/define` to
 * register them), the `anhorig-…` events with their details, and the core's types a host needs to
 * set the elements' properties and read their events. The core's functions (createRecord,
 * validateRecord, defaultCatalogue, …) are imported from `@anhorig/core`.
 */
export { AnhorigInvestigation, type Landmark } from './investigation/anhorig-investigation.js';
export { AnhorigStepNav } from './step-nav/anhorig-step-nav.js';
export { AnhorigConsentPanel } from './consent-panel/anhorig-consent-panel.js';
export { AnhorigConsentRequest } from './consent-panel/anhorig-consent-request.js';
export { AnhorigInformationLog } from './information-log/anhorig-information-log.js';
export { AnhorigSummary } from './summary/anhorig-summary.js';
export { AnhorigOwnSupport } from './own-support/anhorig-own-support.js';
export { AnhorigStepRelatives } from './step-relatives/anhorig-step-relatives.js';
export { AnhorigStepEquip } from './step-equip/anhorig-step-equip.js';
export { AnhorigStepInvolve } from './step-involve/anhorig-step-involve.js';
export { AnhorigStepGather } from './step-gather/anhorig-step-gather.js';
export { AnhorigStepAssessment } from './step-assessment/anhorig-step-assessment.js';
export { AnhorigStepAssignment } from './step-assignment/anhorig-step-assignment.js';
export { AnhorigStepFollowUp } from './step-follow-up/anhorig-step-follow-up.js';
// The base class holds the properties every element shares (record, relativeRecords, catalogue,
// caseworker, decidedSupport, today, readonly): a type, for host code that handles any of them.
// Not a value: the elements are not meant to be subclassed.
export type { InvestigationElement } from './base/investigation-element.js';

export type {
  AnhorigChangeDetail,
  AnhorigChangeEvent,
  AnhorigStepChangeDetail,
  AnhorigStepChangeEvent,
  AnhorigConsentChangeDetail,
  AnhorigConsentChangeEvent,
  AnhorigOwnApplicationRequestDetail,
  AnhorigOwnApplicationRequestEvent,
  AnhorigAssignmentIssuedDetail,
  AnhorigAssignmentIssuedEvent,
  AnhorigCompleteDetail,
  AnhorigCompleteEvent,
  AnhorigErrorDetail,
  AnhorigErrorEvent,
  AnhorigErrorSource,
  AnhorigEventMap,
} from './events/events.js';

// The core's types in the elements' properties and event details, so a host can type them with
// this package alone. Types only: for the functions, depend on @anhorig/core.
export type {
  Assessment,
  Assignment,
  Caseworker,
  Catalogue,
  Consent,
  ConsentGiver,
  ConsentScope,
  InvestigationRecord,
  OwnApplicationRequest,
  RelativeRecord,
  StepId,
  ValidationIssue,
} from '@anhorig/core';
