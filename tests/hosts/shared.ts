/**
 * What the framework hosts share: the record they start from (a scenario in step 5, ready to issue)
 * and where they put what the element hands them, for the test to read (`window.__hostResult`).
 */
import type { AnhorigCompleteDetail } from '@anhorig/elements';
import { SCENARIO_TODAY, caseworker, scenarios } from '../../stories/scenarios.js';

declare global {
  interface Window {
    /** The detail of the `anhorig-complete` event, once it arrived. */
    __hostResult?: AnhorigCompleteDetail;
    /** How many `anhorig-change` events the host received (and passed back as its state). */
    __hostChanges?: number;
  }
}

export const start = () => ({ ...scenarios.readyToIssue(), caseworker, today: SCENARIO_TODAY });

export const reportComplete = (detail: AnhorigCompleteDetail): void => {
  window.__hostResult = detail;
};

export const countChange = (): void => {
  window.__hostChanges = (window.__hostChanges ?? 0) + 1;
};
