/**
 * Every story is also a test: each story is composed as Storybook composes it (meta args, then story
 * args; story decorators inside meta decorators; the story's render or the meta's), rendered in real
 * Chromium, and checked with axe. A story that throws, renders an error it should not, or has an
 * accessibility violation fails `npm test`. (Storybook's own `composeStories` pulls CommonJS testing
 * libraries the test runner cannot load, and our stories use nothing beyond args, decorators and render.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../packages/elements/src/define.js';
import * as investigation from '../../stories/anhorig-investigation.stories.js';
import * as stepRelatives from '../../stories/elements/anhorig-step-relatives.stories.js';
import * as stepEquip from '../../stories/elements/anhorig-step-equip.stories.js';
import * as stepInvolve from '../../stories/elements/anhorig-step-involve.stories.js';
import * as stepGather from '../../stories/elements/anhorig-step-gather.stories.js';
import * as stepAssessment from '../../stories/elements/anhorig-step-assessment.stories.js';
import * as stepAssignment from '../../stories/elements/anhorig-step-assignment.stories.js';
import * as stepFollowUp from '../../stories/elements/anhorig-step-follow-up.stories.js';
import * as consentPanel from '../../stories/elements/anhorig-consent-panel.stories.js';
import * as informationLog from '../../stories/elements/anhorig-information-log.stories.js';
import * as summary from '../../stories/elements/anhorig-summary.stories.js';
import * as stepNav from '../../stories/elements/anhorig-step-nav.stories.js';
import { settle, allByRole } from '../../packages/elements/test/helpers.js';

type Args = Record<string, unknown>;
type Render = (args: Args) => unknown;
type Decorator = (story: () => unknown) => unknown;
interface StoryAnnotations {
  args?: Args;
  render?: Render;
  decorators?: Decorator[];
}
interface StoryMeta extends StoryAnnotations {
  component?: string;
}

const composeStory = (meta: StoryMeta, story: StoryAnnotations) => {
  const args = { ...meta.args, ...story.args };
  const render = story.render ?? meta.render;
  if (!render) throw new Error('story without render');
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
  return decorators.reduce<() => unknown>((inner, decorate) => () => decorate(inner), () => render(args))() as never;
};

const modules = { investigation, stepRelatives, stepEquip, stepInvolve, stepGather, stepAssessment, stepAssignment, stepFollowUp, consentPanel, informationLog, summary, stepNav };

/** Stories that show an error on purpose. */
const EXPECTED_ERROR = new Set(['ErrorFromBadRecord']);

for (const [file, module] of Object.entries(modules)) {
  describe(`stories: ${file}`, () => {
    const { default: meta, ...stories } = module as unknown as { default: StoryMeta } & Record<string, StoryAnnotations>;
    for (const [name, story] of Object.entries(stories)) {
      it(`${name} renders and passes axe`, async () => {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        render(composeStory(meta, story), container);
        const element = container.querySelector('[lang]') ?? container.firstElementChild!;
        await settle(element);
        const alerts = allByRole(container, 'alert').map((a) => a.textContent ?? '');
        if (EXPECTED_ERROR.has(name)) expect(alerts.join(' ')).to.include('kunde inte läsas in');
        else expect(alerts, `unexpected error shown: ${alerts.join(' | ')}`).to.deep.equal([]);
        await expect(container).to.be.accessible();
      });
    }
  });
}
