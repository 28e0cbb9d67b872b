/** Public API: element classes (unregistered — import `@anhorig/elements/define` to register), event types, and the core. */
export { AnhorigInvestigation } from './investigation/anhorig-investigation.js';
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
export type * from './events/events.js';
export { InvestigationElement } from './base/investigation-element.js';
export { StepElement } from './base/step-element.js';
export * from '@anhorig/core';
