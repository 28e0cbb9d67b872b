/**
 * Every story is also a test: each story is composed as Storybook composes it (./support/stories.ts),
 * rendered in real Chromium, and checked with axe. A story that throws, renders an error it should not,
 * or has an accessibility violation fails `npm test`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../packages/elements/src/define.js';
import { settle, allByRole } from '../../packages/elements/test/helpers.js';
import { composeStory, STORY_MODULES, storiesOf } from './support/stories.js';

/** Stories that show an error on purpose, and what it says. */
const EXPECTED_ERROR: Record<string, string> = { ErrorFromBadRecord: 'kunde inte läsas in', BadPeriod: 'Perioden ska börja' };

for (const [file, module] of Object.entries(STORY_MODULES)) {
  describe(`stories: ${file}`, () => {
    const { meta, stories } = storiesOf(module);
    for (const [name, story] of stories) {
      it(`${name} renders and passes axe`, async () => {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        render(composeStory(meta, story), container);
        const element = container.querySelector('[lang]') ?? container.firstElementChild!;
        await settle(element);
        const alerts = allByRole(container, 'alert').map((a) => a.textContent ?? '');
        if (EXPECTED_ERROR[name]) expect(alerts.join(' ')).to.include(EXPECTED_ERROR[name]);
        else expect(alerts, `unexpected error shown: ${alerts.join(' | ')}`).to.deep.equal([]);
        await expect(container).to.be.accessible();
      });
    }
  });
}
