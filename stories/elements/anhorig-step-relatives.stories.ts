import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, scenarioArgTypes, type ElementArgs } from '../support.js';

/** Step 1 on its own: the person, the relatives, the person's decision, violence concern (C4), representative (C5), child relative (C11). */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-step-relatives',
  component: 'anhorig-step-relatives',
  argTypes: scenarioArgTypes,
  args: { scenario: 'oneInvolvedOneNot', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-step-relatives', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'Två anhöriga', args: { scenario: 'oneInvolvedOneNot' } };
export const ViolenceConcern: Story = { name: 'Oro för våld (C4)', args: { scenario: 'violenceConcern' } };
export const LegalRepresentative: Story = { name: 'Ställföreträdare (C5)', args: { scenario: 'legalRepresentative' } };
export const ChildRelative: Story = { name: 'Anhörig under 18 år (C11)', args: { scenario: 'childRelative' } };
export const Empty: Story = { name: 'Inga anhöriga ännu', args: { scenario: 'emptyStart' } };
