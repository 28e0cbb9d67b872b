import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, renderRecord, scenarioArgTypes, type ElementArgs } from '../support.js';
import { followUpAskedForUpdate } from '../scenarios.js';

/** Step 6 on its own: follow-up of the person's support with the relative's view (C8), kept apart from the relative's own situation. */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-step-follow-up',
  component: 'anhorig-step-follow-up',
  argTypes: scenarioArgTypes,
  args: { scenario: 'followUpPartlyAttained', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-step-follow-up', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'Avlastning delvis uppnådd', args: { scenario: 'followUpPartlyAttained' } };
export const NotYet: Story = { name: 'Utredningen är inte klar', args: { scenario: 'oneInvolvedOneNot' } };

/** H5: the follow-up led to an updated assignment, with the way to step 5. */
export const UpdateAsked: Story = { name: 'Uppdaterat uppdrag', render: (args) => renderRecord('anhorig-step-follow-up', args, followUpAskedForUpdate()) };
