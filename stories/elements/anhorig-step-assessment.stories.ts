import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, scenarioArgTypes, type ElementArgs } from '../support.js';

/** The assessment and decided support, between steps 4 and 5. */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-step-assessment',
  component: 'anhorig-step-assessment',
  argTypes: scenarioArgTypes,
  args: { scenario: 'assigned', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-step-assessment', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'Beslut registrerat', args: { scenario: 'assigned' } };
export const Empty: Story = { name: 'Inget beslut ännu', args: { scenario: 'oneInvolvedOneNot' } };
