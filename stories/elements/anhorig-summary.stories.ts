import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, renderRecord, scenarioArgTypes, type ElementArgs } from '../support.js';
import { play } from '../scenarios.js';

/** The summary on its own, like GOV.UK's check answers. */
const meta: Meta<ElementArgs> = {
  title: 'Element/anhorig-summary',
  component: 'anhorig-summary',
  argTypes: scenarioArgTypes,
  args: { scenario: 'assigned', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-summary', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = { name: 'Med ändra-länkar', args: { scenario: 'assigned' } };
export const Readonly: Story = { name: 'Granskning', args: { scenario: 'followUpPartlyAttained', readonly: true } };

/** H2: a god man outside the family, shown with his role, not as a relative who was not asked. */
export const RepresentativeNotRelative: Story = {
  name: 'God man utanför familjen',
  render: (args) =>
    renderRecord(
      'anhorig-summary',
      args,
      play([
        { type: 'relative.add', relative: { name: 'Eva Exempelsson', relation: 'dotter', givesSupport: true, supportLifeAreas: ['d6'], worriesAboutPerson: true, livesWithPerson: false, isChild: false, contact: '', informedOfPossibility: true } },
        {
          type: 'relative.add',
          relative: {
            name: 'Nils Berg',
            relation: 'god man',
            isRelative: false,
            legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt och förvalta egendom', coversPersonalMatters: false },
            givesSupport: false,
            supportLifeAreas: [],
            worriesAboutPerson: false,
            livesWithPerson: false,
            isChild: false,
            contact: '',
            informedOfPossibility: false,
          },
        },
      ]),
    ),
};
