import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, scenarioArgTypes, type ElementArgs } from '../support.js';

/** Step 2 on its own: information, referral and an own conversation for relatives who do not take part; nothing about the person. */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-step-equip',
  component: 'anhorig-step-equip',
  argTypes: scenarioArgTypes,
  args: { scenario: 'personDeclinesAll', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-step-equip', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'Den enskilde vill inte att anhöriga deltar', args: { scenario: 'personDeclinesAll' } };
export const Readonly: Story = { name: 'Granskning', args: { scenario: 'personDeclinesAll', readonly: true } };
