import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, renderRecord, scenarioArgTypes, type ElementArgs } from '../support.js';
import { play } from '../scenarios.js';

/** Step 2 on its own: information, referral and an own conversation for relatives who do not take part; nothing about the person. */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-step-equip',
  component: 'anhorig-step-equip',
  argTypes: scenarioArgTypes,
  args: { scenario: 'personDeclinesAll', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-step-equip', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'Den enskilde vill inte att anhöriga deltar', args: { scenario: 'personDeclinesAll' } };
export const Readonly: Story = { name: 'Granskning', args: { scenario: 'personDeclinesAll', readonly: true } };

/** H4, H7: a grandchild the person does not want involved: the child perspective with its answer in place, and her interpreter. */
export const Child: Story = {
  name: 'Barn som anhörig',
  render: (args) =>
    renderRecord(
      'anhorig-step-equip',
      args,
      play([
        {
          type: 'relative.add',
          relative: {
            name: 'Alva Exempelsson',
            relation: 'barnbarn',
            givesSupport: true,
            supportLifeAreas: ['d6'],
            worriesAboutPerson: true,
            livesWithPerson: false,
            isChild: true,
            contact: '',
            informedOfPossibility: true,
            communication: { interpreterLanguage: 'finska', supports: [], minorityLanguage: 'finnish' },
          },
        },
        { type: 'relative.markAsked', relativeId: 'anhorig-1' },
        { type: 'consent.record', consent: { relativeId: 'anhorig-1', scope: 'participate', givenBy: 'person', form: 'oral', date: '2026-10-05', status: 'declined' } },
      ]),
    ),
};
