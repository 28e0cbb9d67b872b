import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@anhorig/report/element';
import { computeReport } from '@anhorig/report';
import { generateCases, type GeneratedCase } from './generate-records.js';

/**
 * `<anhorig-report>`: the yearly follow-up for the unit manager, from generated investigations of
 * realistic shape (driven through the statechart; see generate-records.ts). Small numbers show as
 * "< 5", and some other counts are hidden so that a small one cannot be worked out.
 */
interface ReportArgs {
  cases: number;
  from: string;
  to: string;
  lang: 'sv' | 'en';
  dimension: 'gender' | 'ageBand' | 'relation' | 'personAgeGroup';
}

const cache = new Map<number, GeneratedCase[]>();
const casesFor = (n: number): GeneratedCase[] => {
  if (!cache.has(n)) cache.set(n, generateCases(n, 1));
  return cache.get(n)!;
};

const meta: Meta<ReportArgs> = {
  title: 'Report/anhorig-report',
  component: 'anhorig-report',
  argTypes: {
    cases: { control: { type: 'number', min: 0, max: 400 }, description: 'Generated investigations (story data, not a property).' },
    from: { control: 'text' },
    to: { control: 'text' },
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    dimension: { control: 'select', options: ['gender', 'ageBand', 'relation', 'personAgeGroup'] },
  },
  args: { cases: 120, from: '2026-01-01', to: '2026-12-31', lang: 'sv', dimension: 'gender' },
  render: (args) => {
    const cases = casesFor(args.cases);
    return html`<anhorig-report
      .records=${cases.map((c) => c.record)}
      .relativeRecords=${cases.flatMap((c) => c.relativeRecords)}
      from=${args.from}
      to=${args.to}
      dimension=${args.dimension}
      lang=${args.lang}
    ></anhorig-report>`;
  },
};
export default meta;

type Story = StoryObj<ReportArgs>;

export const ByGender: Story = { name: 'Efter kön (120 utredningar)' };
export const ByRelation: Story = { name: 'Efter relation', args: { dimension: 'relation' } };
export const English: Story = { name: 'In English', args: { lang: 'en', dimension: 'ageBand' } };
export const FewRecords: Story = { name: 'Få utredningar: nästan allt dolt', args: { cases: 12 } };
export const HalfYear: Story = { name: 'Första halvåret', args: { from: '2026-01', to: '2026-06' } };
export const FromComputedReport: Story = {
  name: 'Från en rapport beräknad på servern',
  render: (args) => {
    const cases = casesFor(args.cases);
    const report = computeReport({ records: cases.map((c) => c.record), relativeRecords: cases.flatMap((c) => c.relativeRecords), from: '2026-01', to: '2026-12' });
    return html`<anhorig-report .report=${report} lang=${args.lang}></anhorig-report>`;
  },
};
export const BadPeriod: Story = { name: 'Fel: perioden är inte hela månader', args: { from: '2026-01-15', cases: 5 } };
