import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderElement, scenarioArgTypes, type ElementArgs } from '../support.js';
import { caseworker, scenarios, SCENARIO_TODAY } from '../scenarios.js';

/** The consent panel on its own: every consent as data; record, decline, withdraw; SIP by objection. */
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

/** One consent where the step needs it, the giver preset: the relative's own answer to indirect support, one short form. */
export const RelativesOwnAnswer: Story = {
  name: 'Den anhörigas eget besked om indirekt stöd',
  render: (args) => {
    const { record, relativeRecords } = scenarios.oneInvolvedOneNot();
    return html`<anhorig-consent-panel
      .record=${record}
      .relativeRecords=${relativeRecords}
      .caseworker=${caseworker}
      today=${SCENARIO_TODAY}
      relative-id="anhorig-1"
      scope="indirectSupport"
      given-by="relative"
      ?readonly=${args.readonly}
      lang=${args.lang}
    ></anhorig-consent-panel>`;
  },
};
