import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, scenarioArgTypes, type ElementArgs } from '../support.js';

/** The step navigator on its own. */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-step-nav',
  component: 'anhorig-step-nav',
  argTypes: scenarioArgTypes,
  args: { scenario: 'oneInvolvedOneNot', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-step-nav', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'Stegnavigering', args: { scenario: 'oneInvolvedOneNot' } };
