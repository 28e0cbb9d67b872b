import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, scenarioArgTypes, type ElementArgs } from '../support.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { caseworker, scenarios, SCENARIO_TODAY, type Scenario } from '../scenarios.js';

/** Step 6 on its own: follow-up of the person's support with the relative's view (C8), kept apart from the relative's own situation. */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-step-follow-up',
  component: 'anhorig-step-follow-up',
  argTypes: scenarioArgTypes,
  args: { scenario: 'followUpPartlyAttained', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-step-follow-up', args),
};
export default meta;

/** The element with a record made for the story (from a scenario, or played through the statechart). */
const renderRecord = (tag: string, args: ElementArgs, { record, relativeRecords }: Scenario) => {
  const name = unsafeStatic(tag);
  return staticHtml`<${name}
    .record=${record}
    .relativeRecords=${relativeRecords}
    .caseworker=${caseworker}
    today=${SCENARIO_TODAY}
    ?readonly=${args.readonly}
    lang=${args.lang}
  ></${name}>`;
};

/** The follow-up led to an updated assignment, not yet sent (H5). */
const updateAsked = (): Scenario => {
  const scenario = scenarios.followUpPartlyAttained();
  const followUp = scenario.record.followUp!;
  return { ...scenario, record: { ...scenario.record, followUp: { ...followUp, outcomeActions: ['updatedAssignment'] } } };
};

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'Avlastning delvis uppnådd', args: { scenario: 'followUpPartlyAttained' } };
export const NotYet: Story = { name: 'Utredningen är inte klar', args: { scenario: 'oneInvolvedOneNot' } };

/** H5: the follow-up led to an updated assignment, with the way to step 5. */
export const UpdateAsked: Story = { name: 'Uppdaterat uppdrag', render: (args) => renderRecord('anhorig-step-follow-up', args, updateAsked()) };
