/**
 * One language at a time (issue 11), on a fresh page where English has not been loaded yet: a module
 * that registers its English table while the switch is loading (a neighbour prefetched when idle)
 * must not send the step on screen back to its placeholder while the header is already English.
 */
import { expect } from '@open-wc/testing';
import '../src/investigation/define.js';
import type { AnhorigInvestigation } from '../src/investigation/anhorig-investigation.js';
import { languageLoading, registerLanguageLoader } from '../src/localization/localize.js';
import { scenarios, SCENARIO_TODAY } from '../../../stories/scenarios.js';
import { mount } from './helpers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('<anhorig-investigation>: switching to English', () => {
  it('a table registered while English loads (a neighbour prefetched meanwhile) does not hold back the step on screen', async () => {
    const { record, relativeRecords } = scenarios.oneInvolvedOneNot();
    const { el } = await mount<AnhorigInvestigation>('anhorig-investigation', { record, relativeRecords, catalogue: undefined, today: SCENARIO_TODAY });
    const landmarkName = () => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label');
    const stepHeading = () => el.shadowRoot!.querySelector('anhorig-step-involve')?.shadowRoot?.querySelector('h2')?.textContent ?? '';
    expect(stepHeading()).to.match(/^Steg 3 av 6/);

    el.setAttribute('lang', 'en');
    for (let i = 0; i < 1000 && !languageLoading(); i += 1) await Promise.resolve();
    expect(languageLoading(), 'the English tables are loading').to.not.equal(undefined);
    let release: () => void = () => undefined;
    registerLanguageLoader('en', () => new Promise<void>((resolve) => (release = resolve)));
    try {
      for (let i = 0; i < 300 && landmarkName() !== 'Relatives in the investigation'; i += 1) await frame();
      expect(landmarkName(), 'the header switched').to.equal('Relatives in the investigation');
      expect(stepHeading(), 'the step shown switches with the header').to.match(/^Step 3 of 6/);
    } finally {
      release();
    }
  });
});
