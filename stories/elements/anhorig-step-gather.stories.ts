import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, scenarioArgTypes, type ElementArgs } from '../support.js';

/** Step 4 on its own: statements per life area with source and consent, prompts, stances (C13), indirect support (C6). */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-step-gather',
  component: 'anhorig-step-gather',
  argTypes: scenarioArgTypes,
  args: { scenario: 'indirectSupportDisagreement', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-step-gather', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'Indirekt stöd där parterna är oense', args: { scenario: 'indirectSupportDisagreement' } };
export const Gathered: Story = { name: 'Uppgifter inhämtade', args: { scenario: 'assigned' } };
export const Withdrawn: Story = { name: 'Samtycke återkallat: uppgifter markerade (C3)', args: { scenario: 'consentWithdrawnAfterAssignment' } };
