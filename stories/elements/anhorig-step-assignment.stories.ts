import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, renderRecord, scenarioArgTypes, type ElementArgs } from '../support.js';
import { followUpAskedForUpdate, scenarios } from '../scenarios.js';

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

/** H3: no plan saved yet; what step 4 holds is proposed for the handläggare to edit. */
export const Proposed: Story = {
  name: 'Förslag från steg 4',
  render: (args) => {
    const { assignmentPlan: _omit, ...record } = scenarios.readyToIssue().record;
    return renderRecord('anhorig-step-assignment', args, { record, relativeRecords: [] });
  },
};
/** H5: the follow-up led to an updated assignment; the step says what to change. */
export const UpdateAsked: Story = { name: 'Uppföljningen ledde till ett uppdaterat uppdrag', render: (args) => renderRecord('anhorig-step-assignment', args, followUpAskedForUpdate()) };
