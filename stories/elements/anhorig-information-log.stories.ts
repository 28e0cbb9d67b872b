import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, scenarioArgTypes, type ElementArgs } from '../support.js';

/** The information log on its own: what was given to whom, when and how; planned later contacts (C9). */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-information-log',
  component: 'anhorig-information-log',
  argTypes: scenarioArgTypes,
  args: { scenario: 'oneInvolvedOneNot', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-information-log', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'Informationslogg', args: { scenario: 'oneInvolvedOneNot' } };
export const Readonly: Story = { name: 'Granskning', args: { scenario: 'oneInvolvedOneNot', readonly: true } };
