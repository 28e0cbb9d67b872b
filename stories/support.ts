/** What every story shares: scenario records as a control, and rendering an element the way a host does. */
import { html, type TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { badRecord, caseworker, scenarios, SCENARIO_TODAY, type ScenarioName } from './scenarios.js';

export interface ElementArgs {
  scenario: ScenarioName | 'badRecord' | 'none';
  readonly: boolean;
  lang: 'sv' | 'en';
}

export const scenarioArgTypes = {
  scenario: { control: 'select', options: [...Object.keys(scenarios), 'badRecord', 'none'], description: 'Which record the host passes in (story data, not a property).' },
  readonly: { control: 'boolean' },
  lang: { control: 'inline-radio', options: ['sv', 'en'] },
} as const;

const recordFor = (scenario: ElementArgs['scenario']) => {
  if (scenario === 'none') return { record: undefined, relativeRecords: [] };
  if (scenario === 'badRecord') return { record: badRecord, relativeRecords: [] };
  return scenarios[scenario]();
};

/**
 * `<tag .record .relativeRecords .caseworker today readonly lang>` with a record made for the story (from
 * a scenario, or played through the statechart). The tag is one of ours, never user input.
 */
export const renderRecord = (
  tag: string,
  args: ElementArgs,
  { record, relativeRecords }: { record: unknown; relativeRecords: unknown },
  extra: TemplateResult | string = '',
): TemplateResult => {
  const name = unsafeStatic(tag);
  return staticHtml`<${name}
    .record=${record}
    .relativeRecords=${relativeRecords}
    .caseworker=${caseworker}
    today=${SCENARIO_TODAY}
    ?readonly=${args.readonly}
    lang=${args.lang}
  >${extra}</${name}>`;
};

/** The element with the record of the scenario chosen in the controls. */
export const renderElement = (tag: string, args: ElementArgs, extra: TemplateResult | string = ''): TemplateResult =>
  renderRecord(tag, args, recordFor(args.scenario), extra);

export const plain = (template: TemplateResult) => html`${template}`;
