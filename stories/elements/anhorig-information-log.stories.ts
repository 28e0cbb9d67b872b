import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { activeConsent, type InformationLogEntry } from '@anhorig/core';
import { renderElement, scenarioArgTypes, type ElementArgs } from '../support.js';
import { caseworker, scenarios, SCENARIO_TODAY } from '../scenarios.js';

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
 * person's consent that she receives information (information about the person).
 */
export const WithEntries: Story = {
  name: 'Given information, också om minoritetsspråk',
  render: (args) => {
    const { record, relativeRecords } = scenarios.oneInvolvedOneNot();
    const entry = (id: string, relativeId: string, date: string, items: InformationLogEntry['items']): InformationLogEntry => ({
      id,
      relativeId,
      date,
      items,
      channel: 'meeting',
      understood: true,
      recordedBy: caseworker,
    });
    const evaMayHear = activeConsent(record, 'anhorig-1', 'receiveInformation', SCENARIO_TODAY) !== undefined;
    const informationLog = [
      ...record.informationLog,
      entry('information-story-1', 'anhorig-2', '2026-10-06', ['supportOffers', 'minorityLanguageRights']),
      ...(evaMayHear ? [entry('information-story-2', 'anhorig-1', '2026-10-08', ['personRights', 'sip'])] : []),
    ];
    return html`<anhorig-information-log
      .record=${{ ...record, informationLog }}
      .relativeRecords=${relativeRecords}
      .caseworker=${caseworker}
      today=${SCENARIO_TODAY}
      ?readonly=${args.readonly}
      lang=${args.lang}
    ></anhorig-information-log>`;
  },
};
