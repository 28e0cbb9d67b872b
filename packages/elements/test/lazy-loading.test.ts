/**
 * Load what the handläggare opens (issue 11): this file imports only `<anhorig-investigation>`'s own
 * define module, as a host page does, so every step and view module and every English table is
 * fetched by the element itself. Which modules were fetched is read from the browser's resource
 * timing entries (the test server serves each source module as its own request).
 */
import { expect } from '@open-wc/testing';
import '../src/investigation/define.js';
import type { AnhorigInvestigation } from '../src/investigation/anhorig-investigation.js';
import { scenarios, SCENARIO_TODAY } from '../../../stories/scenarios.js';
import { byRole, mount, press, queryByRole, settle } from './helpers.js';

// The source modules imported above already filled the default buffer (250 entries): make room.
performance.setResourceTimingBufferSize(100_000);

const fetched = (path: string): boolean =>
  performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(path));

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const until = async (ready: () => boolean, what: string, ms = 5000) => {
  const end = performance.now() + ms;
  while (!ready()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const mountScenario = (name: keyof typeof scenarios) => {
  const { record, relativeRecords } = scenarios[name]();
  return mount<AnhorigInvestigation>('anhorig-investigation', { record, relativeRecords, catalogue: undefined, today: SCENARIO_TODAY });
};

describe('<anhorig-investigation>: steps and English load when needed', () => {
  it('fetches only the current step\'s module for the first render, and prefetches the next step when idle', async () => {
    expect(fetched('/step-involve/define.ts'), 'nothing fetched before the element is shown').to.equal(false);
    const { el } = await mountScenario('oneInvolvedOneNot');
    // Step 3 is shown (mount waits for updateComplete, which waits for the step's module).
    expect(byRole(el, 'heading', /^Steg 3 av 6/)).to.exist;
    expect(fetched('/step-involve/define.ts'), 'step 3').to.equal(true);
    for (const later of ['step-assessment', 'step-assignment', 'step-follow-up', 'summary', 'information-log'])
      expect(fetched(`/${later}/define.ts`), later).to.equal(false);
    expect(fetched('.terms.en.ts'), 'no English').to.equal(false);

    // Idle: the next step (4) is prefetched and defined, so Next renders it without a fetch.
    await until(() => customElements.get('anhorig-step-gather') !== undefined, 'step 4 prefetched');
    expect(fetched('/step-gather/define.ts')).to.equal(true);
    expect(fetched('/step-follow-up/define.ts'), 'not the steps further on').to.equal(false);
    await press(byRole(el, 'button', /^Nästa: Inhämta uppgifter/));
    await settle(el);
    expect(byRole(el, 'heading', /^Steg 4 av 6: Inhämta uppgifter$/)).to.exist;

    // A view loads when it is opened; until then it was not fetched.
    expect(fetched('/summary/define.ts')).to.equal(false);
    await press(byRole(el, 'button', 'Sammanfattning'));
    await settle(el);
    expect(fetched('/summary/define.ts')).to.equal(true);
    expect(byRole(el, 'heading', /^Sammanfattning/)).to.exist;
  });

  it('lang="en" loads the English tables then, and everything switches in one frame; a step opened in English is English at once', async () => {
    const { el } = await mountScenario('oneInvolvedOneNot');
    expect(fetched('/investigation.terms.en.ts')).to.equal(false);
    const landmarkName = () => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label');
    const stepHeading = () => el.shadowRoot!.querySelector('anhorig-step-involve')?.shadowRoot?.querySelector('h2')?.textContent ?? '';
    const english = () => [landmarkName() === 'Relatives in the investigation', /^Step 3 of 6/.test(stepHeading())];

    el.setAttribute('lang', 'en');
    // Every frame until it is English: the header and the step are never in two languages.
    const frames: boolean[][] = [english()];
    for (let i = 0; i < 200 && !frames.at(-1)!.every(Boolean); i += 1) {
      await frame();
      frames.push(english());
    }
    expect(frames.at(-1), 'English in the end').to.deep.equal([true, true]);
    for (const [header, step] of frames) expect(header, 'header and step in one language').to.equal(step);
    expect(fetched('/investigation.terms.en.ts')).to.equal(true);
    expect(fetched('/step-involve.terms.en.ts')).to.equal(true);
    expect(fetched('/summary.terms.en.ts'), 'the summary was loaded in the test before: its English too').to.equal(true);
    expect(fetched('/step-follow-up.terms.en.ts'), 'not the English of what is not loaded').to.equal(false);

    // The information log is opened in English: its module and its English table load before it shows.
    await press(byRole(el, 'button', /^Information log/));
    await settle(el);
    expect(byRole(el, 'heading', 'Information to relatives')).to.exist;
    expect(queryByRole(el, 'heading', 'Information till anhöriga')).to.equal(undefined);
    expect(fetched('/information-log.terms.en.ts')).to.equal(true);
  });
});
