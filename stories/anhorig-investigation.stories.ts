import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderElement, scenarioArgTypes, type ElementArgs } from './support.js';
import { caseworker, scenarios, SCENARIO_TODAY, type ScenarioName } from './scenarios.js';

/**
 * `<anhorig-investigation>`: the whole flow, as a handläggare meets it inside a case system.
 * Each story is one scenario a designer must see; the record comes from `stories/scenarios.ts`.
 */
const meta: Meta<ElementArgs> = {
  title: 'Utredning/anhorig-investigation',
  component: 'anhorig-investigation',
  argTypes: scenarioArgTypes,
  args: { scenario: 'emptyStart', readonly: false, lang: 'sv' },
  render: (args) => renderElement('anhorig-investigation', args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const EmptyStart: Story = { name: 'Tom start' };
export const OneInvolvedOneNot: Story = { name: 'En anhörig deltar, en deltar inte', args: { scenario: 'oneInvolvedOneNot' } };
export const PersonDeclinesAll: Story = { name: 'Den enskilde vill inte att anhöriga deltar', args: { scenario: 'personDeclinesAll' } };
export const ViolenceConcern: Story = { name: 'Oro för våld i relationen (C4)', args: { scenario: 'violenceConcern' } };
export const LegalRepresentative: Story = { name: 'Ställföreträdare (C5)', args: { scenario: 'legalRepresentative' } };
export const ChildRelative: Story = { name: 'Anhörig under 18 år (C11)', args: { scenario: 'childRelative' } };
export const IndirectSupportDisagreement: Story = {
  name: 'Indirekt stöd: den enskilde och den anhöriga är oense (C6)',
  args: { scenario: 'indirectSupportDisagreement' },
};
export const ConsentWithdrawnAfterAssignment: Story = {
  name: 'Samtycke återkallat efter uppdraget (C3)',
  args: { scenario: 'consentWithdrawnAfterAssignment' },
};
export const FollowUpPartlyAttained: Story = { name: 'Uppföljning: avlastningen delvis uppnådd', args: { scenario: 'followUpPartlyAttained' } };
export const ReadOnlyReview: Story = { name: 'Granskningsläge (readonly)', args: { scenario: 'assigned', readonly: true } };
export const ErrorFromBadRecord: Story = { name: 'Fel: ogiltig utredning från värdsystemet', args: { scenario: 'badRecord' } };
export const EnglishLocale: Story = { name: 'English', args: { scenario: 'oneInvolvedOneNot', lang: 'en' } };

/**
 * For a host page without a `main` of its own: `landmark="main"` makes the element the page's main
 * landmark (by default it is a region named "Anhöriga i utredningen" inside the host's main).
 */
export const MainLandmark: Story = {
  name: 'Sidans huvudinnehåll (landmark="main")',
  args: { scenario: 'oneInvolvedOneNot' },
  render: (args) => {
    const { record, relativeRecords } = scenarios[args.scenario as ScenarioName]();
    return html`<anhorig-investigation
      landmark="main"
      .record=${record}
      .relativeRecords=${relativeRecords}
      .caseworker=${caseworker}
      today=${SCENARIO_TODAY}
      ?readonly=${args.readonly}
      lang=${args.lang}
    ></anhorig-investigation>`;
  },
};

const DARK_THEME = [
  '--anhorig-font-family: Georgia, serif',
  '--anhorig-color-text: #f1f3f5',
  '--anhorig-color-text-muted: #c3c8d0',
  '--anhorig-color-background: #15171c',
  '--anhorig-color-surface: #20242b',
  '--anhorig-color-border: #8b93a1',
  '--anhorig-color-primary: #8cc4ff',
  '--anhorig-color-on-primary: #0b1620',
  '--anhorig-color-focus: #ffb36b',
  '--anhorig-color-error: #ff9b9b',
  '--anhorig-color-warning-background: #3a2f12',
  '--anhorig-color-warning-border: #ffcf66',
  '--anhorig-color-info-background: #16263a',
  '--anhorig-color-success: #7ee2a0',
  '--anhorig-radius: 10px',
  'display: block',
  'padding: 1rem',
  'background: #15171c',
].join(';');

/** A dark brand theme through the `--anhorig-*` tokens only: no global CSS, no `::part` needed. */
export const DarkBrandTheme: Story = {
  name: 'Mörkt tema via tokens',
  args: { scenario: 'oneInvolvedOneNot' },
  decorators: [(story) => html`<div style=${DARK_THEME}>${story()}</div>`],
  parameters: { backgrounds: { default: 'dark' } },
};
