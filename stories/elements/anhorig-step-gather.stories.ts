import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { InvestigationEvent } from '@anhorig/core';
import { renderElement, renderRecord, scenarioArgTypes, type ElementArgs } from '../support.js';
import { play } from '../scenarios.js';

/** Step 4 on its own: statements per life area with source and consent, prompts, a block per relative who takes part (stance, questions, own support), indirect support with both consents. */
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
export const Withdrawn: Story = { name: 'Samtycke återkallat: uppgifter markerade', args: { scenario: 'consentWithdrawnAfterAssignment' } };

const relative = (name: string, relation: string, extra: Record<string, unknown> = {}): InvestigationEvent =>
  ({
    type: 'relative.add',
    relative: { name, relation, givesSupport: false, supportLifeAreas: [], worriesAboutPerson: false, livesWithPerson: false, isChild: false, informedOfPossibility: true, ...extra },
  }) as InvestigationEvent;

const consent = (relativeId: string, scope: string, status = 'given'): InvestigationEvent =>
  ({ type: 'consent.record', consent: { relativeId, scope, givenBy: 'person', form: 'oral', date: '2026-10-05', status } }) as InvestigationEvent;

/**
 * The day: a wife who lives with Gunnar, gives daily care and coordinates care with health care;
 * a son Gunnar does not want involved; a teenage grandchild who helps; a neighbour who is his god man.
 */
const fourRelatives = () =>
  play([
    relative('Karin Exempelsson', 'maka', { livesWithPerson: true, givesSupport: true, supportLifeAreas: ['d5', 'd6'], coordinatesCare: true }),
    relative('Per Exempelsson', 'son'),
    relative('Alva Exempelsson', 'barnbarn', { isChild: true, givesSupport: true, supportLifeAreas: ['d9'] }),
    relative('Gustav Granne', 'granne och god man', {
      isRelative: false,
      legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt och förvalta egendom', coversPersonalMatters: false },
    }),
    ...['anhorig-1', 'anhorig-2', 'anhorig-3'].map((id): InvestigationEvent => ({ type: 'relative.markAsked', relativeId: id })),
    consent('anhorig-1', 'participate'),
    consent('anhorig-1', 'provideInformation'),
    consent('anhorig-2', 'participate', 'declined'),
    consent('anhorig-3', 'participate'),
    { type: 'nav.goTo', step: 'gather' },
  ]);

export const FourRelatives: Story = {
  name: 'Fyra anhöriga: två deltar, en gör det inte, en god man',
  render: (args) => renderRecord('anhorig-step-gather', args, fourRelatives()),
};
