import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, scenarioArgTypes, type ElementArgs } from '../support.js';

/** The consent panel on its own: every consent as data; record, decline, withdraw (C2, C3, C14). */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-consent-panel',
  component: 'anhorig-consent-panel',
  argTypes: scenarioArgTypes,
  args: { scenario: 'oneInvolvedOneNot', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-consent-panel', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'Samtycken', args: { scenario: 'oneInvolvedOneNot' } };
export const Withdrawn: Story = { name: 'Återkallat samtycke', args: { scenario: 'consentWithdrawnAfterAssignment' } };
export const Readonly: Story = { name: 'Granskning', args: { scenario: 'assigned', readonly: true } };
