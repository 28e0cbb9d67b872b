import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, scenarioArgTypes, type ElementArgs } from '../support.js';

/** Step 5 on its own: the assignment as the provider receives it, M- and R-fields marked, printable. */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-step-assignment',
  component: 'anhorig-step-assignment',
  argTypes: scenarioArgTypes,
  args: { scenario: 'assigned', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-step-assignment', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'Uppdrag skickat', args: { scenario: 'assigned' } };
export const Withdrawn: Story = { name: 'Samtycke återkallat: skicka nytt uppdrag (C3)', args: { scenario: 'consentWithdrawnAfterAssignment' } };
export const Incomplete: Story = { name: 'Minimiinnehåll saknas', args: { scenario: 'oneInvolvedOneNot' } };
