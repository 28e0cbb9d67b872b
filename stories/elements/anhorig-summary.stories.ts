import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, scenarioArgTypes, type ElementArgs } from '../support.js';

/** The summary on its own, like GOV.UK's check answers. */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-summary',
  component: 'anhorig-summary',
  argTypes: scenarioArgTypes,
  args: { scenario: 'assigned', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-summary', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'Med ändra-länkar', args: { scenario: 'assigned' } };
export const Readonly: Story = { name: 'Granskning', args: { scenario: 'followUpPartlyAttained', readonly: true } };
