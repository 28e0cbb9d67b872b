import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, scenarioArgTypes, type ElementArgs } from '../support.js';

/** Step 3 on its own: support to express one's will and the meeting plan per relative. */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-step-involve',
  component: 'anhorig-step-involve',
  argTypes: scenarioArgTypes,
  args: { scenario: 'oneInvolvedOneNot', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-step-involve', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'En anhörig deltar', args: { scenario: 'oneInvolvedOneNot' } };
export const ViolenceConcern: Story = { name: 'Oro för våld: inget gemensamt samtal (C4)', args: { scenario: 'violenceConcern' } };
