/**
 * The stories as tests compose them, as Storybook does: meta args, then story args (then any
 * overrides); the story's decorators inside the meta's; the story's render or the meta's. (Storybook's
 * own `composeStories` pulls CommonJS testing libraries the test runner cannot load, and our stories
 * use nothing beyond args, decorators and render.)
 */
import * as investigation from '../../../stories/anhorig-investigation.stories.js';
import * as stepRelatives from '../../../stories/elements/anhorig-step-relatives.stories.js';
import * as stepEquip from '../../../stories/elements/anhorig-step-equip.stories.js';
import * as stepInvolve from '../../../stories/elements/anhorig-step-involve.stories.js';
import * as stepGather from '../../../stories/elements/anhorig-step-gather.stories.js';
import * as stepAssessment from '../../../stories/elements/anhorig-step-assessment.stories.js';
import * as stepAssignment from '../../../stories/elements/anhorig-step-assignment.stories.js';
import * as stepFollowUp from '../../../stories/elements/anhorig-step-follow-up.stories.js';
import * as consentPanel from '../../../stories/elements/anhorig-consent-panel.stories.js';
import * as informationLog from '../../../stories/elements/anhorig-information-log.stories.js';
import * as summary from '../../../stories/elements/anhorig-summary.stories.js';
import * as stepNav from '../../../stories/elements/anhorig-step-nav.stories.js';
import * as report from '../../../stories/report/anhorig-report.stories.js';

type Args = Record<string, unknown>;
type Render = (args: Args) => unknown;
type Decorator = (story: () => unknown) => unknown;
export interface StoryAnnotations {
  args?: Args;
  render?: Render;
  decorators?: Decorator[];
}
export interface StoryMeta extends StoryAnnotations {
  component?: string;
}

export const composeStory = (meta: StoryMeta, story: StoryAnnotations, overrides: Args = {}) => {
  const args = { ...meta.args, ...story.args, ...overrides };
  const render = story.render ?? meta.render;
  if (!render) throw new Error('story without render');
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
  return decorators.reduce<() => unknown>((inner, decorate) => () => decorate(inner), () => render(args))() as never;
};

export const STORY_MODULES = { investigation, stepRelatives, stepEquip, stepInvolve, stepGather, stepAssessment, stepAssignment, stepFollowUp, consentPanel, informationLog, summary, stepNav, report };

/** Every story of a module, with its meta. */
export const storiesOf = (module: unknown): { meta: StoryMeta; stories: [string, StoryAnnotations][] } => {
  const { default: meta, ...stories } = module as { default: StoryMeta } & Record<string, StoryAnnotations>;
  return { meta, stories: Object.entries(stories) };
};
