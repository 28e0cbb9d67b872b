import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, renderRecord, scenarioArgTypes, type ElementArgs } from '../support.js';
import { informationGiven } from '../scenarios.js';

/** The information log on its own: what was given to whom, when and how; planned later contacts. */
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
export const English: Story = { name: 'English', args: { scenario: 'oneInvolvedOneNot', lang: 'en' } };

/**
 * Information given over time: general information to Olle, who is not involved (no consent needed),
 * including his own rights as a national minority; the person's own rights to Eva only under the
 * person's consent that she receives information (the machine refuses it otherwise).
 */
export const WithEntries: Story = {
  name: 'Given information, också om minoritetsspråk',
  render: (args) => renderRecord('anhorig-information-log', args, informationGiven()),
};
