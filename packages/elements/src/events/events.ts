/**
 * DOM events the elements fire for the host. All bubble and are composed, so a host can listen
 * on any ancestor, from any framework. Details carry full documents, never partial diffs, so a
 * host that persists every `anhorig-change` can always restore exactly.
 */
import type {
  Assignment,
  Message,
  Consent,
  InvestigationRecord,
  OwnApplicationRequest,
  RelativeRecord,
  StepId,
  ValidationIssue,
} from '@anhorig/core';

export interface AnhorigChangeDetail {
  record: InvestigationRecord;
  /** One per relative, to be filed apart from the person's case (or not at all, when anonymous). */
  relativeRecords: RelativeRecord[];
  /** The record passed full validation (shape and references). */
  valid: boolean;
}
export interface AnhorigStepChangeDetail {
  step: StepId;
  previousStep: StepId;
}
export interface AnhorigConsentChangeDetail {
  consent: Consent;
  change: 'given' | 'declined' | 'withdrawn';
}
/** C12: built from the relative's own record only; nothing about the person, not even the investigation id. */
export type AnhorigOwnApplicationRequestDetail = OwnApplicationRequest;
export interface AnhorigAssignmentIssuedDetail {
  assignment: Assignment;
}
export interface AnhorigCompleteDetail {
  record: InvestigationRecord;
  outcome: 'assigned' | 'refused';
}
export type AnhorigErrorSource = 'record' | 'catalogue' | 'caseworker' | 'today' | 'decidedSupport';

export interface AnhorigErrorDetail {
  /** Which property the rejected input came from. */
  source: AnhorigErrorSource;
  /** Why, as the core's code with parameters (`host.restore`, …). */
  reason: Message;
  /** The reason as the element shows it, in the element's language. */
  message: string;
  /** Each issue's code, parameters and path, with `message`: its sentence in the element's language. */
  issues: (ValidationIssue & { message: string })[];
  /** The rejected input, untouched, so nothing is lost. */
  input: unknown;
}

export type AnhorigChangeEvent = CustomEvent<AnhorigChangeDetail>;
export type AnhorigStepChangeEvent = CustomEvent<AnhorigStepChangeDetail>;
export type AnhorigConsentChangeEvent = CustomEvent<AnhorigConsentChangeDetail>;
export type AnhorigOwnApplicationRequestEvent = CustomEvent<AnhorigOwnApplicationRequestDetail>;
export type AnhorigAssignmentIssuedEvent = CustomEvent<AnhorigAssignmentIssuedDetail>;
export type AnhorigCompleteEvent = CustomEvent<AnhorigCompleteDetail>;
export type AnhorigErrorEvent = CustomEvent<AnhorigErrorDetail>;

export interface AnhorigEventMap {
  'anhorig-change': AnhorigChangeEvent;
  'anhorig-step-change': AnhorigStepChangeEvent;
  'anhorig-consent-change': AnhorigConsentChangeEvent;
  'anhorig-own-application-request': AnhorigOwnApplicationRequestEvent;
  'anhorig-assignment-issued': AnhorigAssignmentIssuedEvent;
  'anhorig-complete': AnhorigCompleteEvent;
  'anhorig-error': AnhorigErrorEvent;
}

export const fire = <K extends keyof AnhorigEventMap>(
  target: EventTarget,
  type: K,
  detail: AnhorigEventMap[K]['detail'],
): void => {
  // A host listener that throws is reported by the browser (window 'error'), never propagated into
  // the element: dispatchEvent catches listener exceptions, so the flow carries on.
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
};

declare global {
  interface GlobalEventHandlersEventMap extends AnhorigEventMap {}
}
