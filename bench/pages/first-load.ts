/**
 * First-load page: what a host page loads to show step 1 of a new case, and nothing of the bench's
 * own (bench/run.ts counts every JS response from the network until step 1's controls are there).
 * Like a vendor's page: import the element, create an empty record with the core, set the properties.
 */
import '../../packages/elements/src/investigation/define.js';
import { createRecord } from '@anhorig/core';

const TODAY = '2026-11-25';
const el = document.createElement('anhorig-investigation');
el.caseworker = { id: 'hl-1', name: 'Handläggare Exempel' };
el.today = TODAY;
el.relativeRecords = [];
el.record = createRecord({ id: 'person-1', displayName: 'Gunnar Exempelsson', ageGroup: 'adult', canTakePosition: 'yes' }, TODAY, 'utredning-ny');
document.body.append(el);

/** Step 1's controls are rendered: the moment the bench stops counting. */
const ready = () => !!el.shadowRoot?.querySelector('anhorig-step-relatives')?.shadowRoot?.querySelector('input, button');
const poll = () => {
  if (ready()) {
    // When it showed: bench/run.ts counts the JS requests started before this (resource timing).
    document.body.dataset.step1At = String(performance.now());
    document.body.dataset.step1 = 'true';
  }
  else requestAnimationFrame(poll);
};
poll();
