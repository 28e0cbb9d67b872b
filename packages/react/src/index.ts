/**
 * React components for the anhorig elements, made with `@lit/react`'s `createComponent`.
 *
 * Properties (`record`, `relativeRecords`, `catalogue`, `caseworker`, `decidedSupport`, `today`,
 * `readonly`) are passed as React props and set as DOM properties, not attributes, so objects arrive
 * intact. The `anhorig-…` DOM events are typed `onAnhorig…` props.
 *
 * Importing this module registers every element (`@anhorig/elements/define`): it is the one module
 * of this package with a side effect (see `sideEffects` in package.json).
 *
 * ```ts
 * import { AnhorigInvestigation } from '@anhorig/react';
 * <AnhorigInvestigation record={saved} caseworker={user} onAnhorigChange={(e) => save(e.detail.record)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '@anhorig/elements/define';
import {
  AnhorigConsentPanel as AnhorigConsentPanelElement,
  AnhorigInformationLog as AnhorigInformationLogElement,
  AnhorigInvestigation as AnhorigInvestigationElement,
  AnhorigOwnSupport as AnhorigOwnSupportElement,
  AnhorigStepAssessment as AnhorigStepAssessmentElement,
  AnhorigStepAssignment as AnhorigStepAssignmentElement,
  AnhorigStepEquip as AnhorigStepEquipElement,
  AnhorigStepFollowUp as AnhorigStepFollowUpElement,
  AnhorigStepGather as AnhorigStepGatherElement,
  AnhorigStepInvolve as AnhorigStepInvolveElement,
  AnhorigStepNav as AnhorigStepNavElement,
  AnhorigStepRelatives as AnhorigStepRelativesElement,
  AnhorigSummary as AnhorigSummaryElement,
  type AnhorigAssignmentIssuedEvent,
  type AnhorigChangeEvent,
  type AnhorigCompleteEvent,
  type AnhorigConsentChangeEvent,
  type AnhorigErrorEvent,
  type AnhorigOwnApplicationRequestEvent,
  type AnhorigStepChangeEvent,
} from '@anhorig/elements';

export type {
  AnhorigAssignmentIssuedDetail,
  AnhorigAssignmentIssuedEvent,
  AnhorigChangeDetail,
  AnhorigChangeEvent,
  AnhorigCompleteDetail,
  AnhorigCompleteEvent,
  AnhorigConsentChangeDetail,
  AnhorigConsentChangeEvent,
  AnhorigErrorDetail,
  AnhorigErrorEvent,
  AnhorigErrorSource,
  AnhorigEventMap,
  AnhorigOwnApplicationRequestDetail,
  AnhorigOwnApplicationRequestEvent,
  AnhorigStepChangeDetail,
  AnhorigStepChangeEvent,
} from '@anhorig/elements';

/**
 * The event props every component has (prop name → DOM event name). Step elements standing alone
 * own their statechart and fire the same events as `<anhorig-investigation>`; inside it, the
 * investigation fires them. (A type, not an interface: `@lit/react` wants an index-compatible map.)
 */
export type AnhorigEventProps = {
  onAnhorigChange: EventName<AnhorigChangeEvent>;
  onAnhorigStepChange: EventName<AnhorigStepChangeEvent>;
  onAnhorigConsentChange: EventName<AnhorigConsentChangeEvent>;
  onAnhorigOwnApplicationRequest: EventName<AnhorigOwnApplicationRequestEvent>;
  onAnhorigAssignmentIssued: EventName<AnhorigAssignmentIssuedEvent>;
  onAnhorigComplete: EventName<AnhorigCompleteEvent>;
  onAnhorigError: EventName<AnhorigErrorEvent>;
};

export const anhorigEvents: AnhorigEventProps = {
  onAnhorigChange: 'anhorig-change' as EventName<AnhorigChangeEvent>,
  onAnhorigStepChange: 'anhorig-step-change' as EventName<AnhorigStepChangeEvent>,
  onAnhorigConsentChange: 'anhorig-consent-change' as EventName<AnhorigConsentChangeEvent>,
  onAnhorigOwnApplicationRequest: 'anhorig-own-application-request' as EventName<AnhorigOwnApplicationRequestEvent>,
  onAnhorigAssignmentIssued: 'anhorig-assignment-issued' as EventName<AnhorigAssignmentIssuedEvent>,
  onAnhorigComplete: 'anhorig-complete' as EventName<AnhorigCompleteEvent>,
  onAnhorigError: 'anhorig-error' as EventName<AnhorigErrorEvent>,
};

// The return type (ReactWebComponent<I, AnhorigEventProps>) is inferred: annotating it makes tsc
// compare the two generic types structurally, which costs ~15 s of type checking for nothing.
const wrap = <I extends HTMLElement>(tagName: string, elementClass: new () => I, displayName: string) =>
  createComponent({ react: React, tagName, elementClass, events: anhorigEvents, displayName });

/** `<anhorig-investigation>`: the whole flow. */
export const AnhorigInvestigation = wrap('anhorig-investigation', AnhorigInvestigationElement, 'AnhorigInvestigation');
export const AnhorigStepRelatives = wrap('anhorig-step-relatives', AnhorigStepRelativesElement, 'AnhorigStepRelatives');
export const AnhorigStepEquip = wrap('anhorig-step-equip', AnhorigStepEquipElement, 'AnhorigStepEquip');
export const AnhorigStepInvolve = wrap('anhorig-step-involve', AnhorigStepInvolveElement, 'AnhorigStepInvolve');
export const AnhorigStepGather = wrap('anhorig-step-gather', AnhorigStepGatherElement, 'AnhorigStepGather');
export const AnhorigStepAssessment = wrap('anhorig-step-assessment', AnhorigStepAssessmentElement, 'AnhorigStepAssessment');
export const AnhorigStepAssignment = wrap('anhorig-step-assignment', AnhorigStepAssignmentElement, 'AnhorigStepAssignment');
export const AnhorigStepFollowUp = wrap('anhorig-step-follow-up', AnhorigStepFollowUpElement, 'AnhorigStepFollowUp');
export const AnhorigStepNav = wrap('anhorig-step-nav', AnhorigStepNavElement, 'AnhorigStepNav');
export const AnhorigConsentPanel = wrap('anhorig-consent-panel', AnhorigConsentPanelElement, 'AnhorigConsentPanel');
export const AnhorigInformationLog = wrap('anhorig-information-log', AnhorigInformationLogElement, 'AnhorigInformationLog');
export const AnhorigSummary = wrap('anhorig-summary', AnhorigSummaryElement, 'AnhorigSummary');
export const AnhorigOwnSupport = wrap('anhorig-own-support', AnhorigOwnSupportElement, 'AnhorigOwnSupport');
