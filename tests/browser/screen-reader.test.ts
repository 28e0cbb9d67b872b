/**
 * What a screen-reader user hears on the main path, with @guidepup/virtual-screen-reader in Chromium
 * (through `support/shadow-screen-reader.ts`, which lets it into our shadow roots): when a step
 * changes, when a consent gate refuses, when an error summary appears. Driven by the keyboard.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/define.js';
import type { AnhorigInvestigation } from '../../packages/elements/src/investigation/anhorig-investigation.js';
import { byRole, choose, mount, settle } from '../../packages/elements/test/helpers.js';
import { scenarios, SCENARIO_TODAY } from '../../stories/scenarios.js';
import { ShadowScreenReader } from './support/shadow-screen-reader.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const mountScenario = async (name: keyof typeof scenarios) => {
  const { record, relativeRecords } = scenarios[name]();
  return mount<AnhorigInvestigation>('anhorig-investigation', { record, relativeRecords, catalogue: undefined, today: SCENARIO_TODAY });
};

/** Focus a control as Tab would, forget what was said so far, then press a key. */
const pressOn = async (sr: ShadowScreenReader, el: HTMLElement, control: HTMLElement, key: string) => {
  control.focus();
  await sr.clear();
  await sendKeys({ press: key });
  await settle(el);
  await frame();
  await settle(el);
};

describe('screen reader (virtual, Chromium): the main path', () => {
  let sr: ShadowScreenReader;
  beforeEach(() => {
    sr = new ShadowScreenReader();
  });
  afterEach(async () => {
    await sr.stop();
  });

  it('a step change: focus lands on the new step heading, which is spoken with its level, and the live region says the step', async () => {
    const { el } = await mountScenario('oneInvolvedOneNot');
    sr.start(el);
    await pressOn(sr, el, byRole(el, 'button', /^Nästa: Inhämta uppgifter/), 'Enter');
    const spoken = await sr.spoken();
    // Focus on the heading (the reader speaks the focused element) and the polite live region.
    expect(spoken, spoken.join('\n')).to.include('heading, Steg 4 av 6: Inhämta uppgifter, level 2');
    expect(spoken, spoken.join('\n')).to.include('polite: Nu visas Steg 4 av 6: Inhämta uppgifter.');
    expect(spoken.filter((p) => p.startsWith('heading, ')), 'only the new step’s heading gets focus').to.have.length(1);
    expect(spoken.filter((p) => p.startsWith('polite: ')), 'the step is announced once').to.have.length(1);

    // And back: the same for the previous step.
    await pressOn(sr, el, byRole(el, 'button', /^Föregående: /), 'Enter');
    const back = await sr.spoken();
    expect(back, back.join('\n')).to.include('heading, Steg 3 av 6: Om den enskilde vill att anhöriga deltar, level 2');
    expect(back).to.include('polite: Nu visas Steg 3 av 6: Om den enskilde vill att anhöriga deltar.');
  });

  it('a consent gate refuses: the core’s reason is announced as soon as the choice closes the gate, and again in the alert when saving anyway', async () => {
    const { el } = await mountScenario('oneInvolvedOneNot');
    sr.start(el);
    await pressOn(sr, el, byRole(el, 'button', /^Informationslogg/), 'Enter');
    const opened = await sr.spoken();
    expect(opened, opened.join('\n')).to.include('heading, Information till anhöriga, level 2');
    expect(opened).to.include('polite: Nu visas Informationslogg (0).');

    // Olle, a neighbour the person does not want involved: no consent to him receiving information.
    await choose(byRole(el, 'combobox', 'Till vem gavs informationen?'), 'Olle Granne (granne, vän sedan länge)');
    await settle(el);
    await pressOn(sr, el, byRole(el, 'checkbox', /^Den enskildes särskilda rättigheter/), 'Space');
    const gate = await sr.spoken();
    const reason = gate.find((p) => p.startsWith('polite: Samtycke saknas'));
    expect(reason, gate.join('\n')).to.match(/^polite: Samtycke saknas: .*Olle Granne/);
    expect(gate.filter((p) => p.startsWith('polite: ')), 'said once, politely').to.have.length(1);

    await pressOn(sr, el, byRole(el, 'button', 'Registrera informationen'), 'Enter');
    const refused = await sr.spoken();
    expect(refused[0], refused.join('\n')).to.equal('alert');
    expect(refused[1]).to.match(/^heading, Informationen kunde inte registreras\./);
    expect(refused, 'the core’s reason, read in the alert').to.include(reason!.replace(/^polite: /, ''));
    expect(refused.at(-1)).to.equal('end of alert');
  });

  it('an error summary appears: its heading and each item, a link to the field, are read in the alert', async () => {
    const { el } = await mountScenario('oneInvolvedOneNot');
    sr.start(el);
    await pressOn(sr, el, byRole(el, 'button', /^Informationslogg/), 'Enter');
    // A relative, but nothing ticked: the core refuses, naming the field.
    await choose(byRole(el, 'combobox', 'Till vem gavs informationen?'), 'Eva Exempelsson (dotter)');
    await pressOn(sr, el, byRole(el, 'button', 'Registrera informationen'), 'Enter');
    const spoken = await sr.spoken();
    expect(spoken[0], spoken.join('\n')).to.equal('alert');
    expect(spoken[1]).to.match(/^heading, Informationen kunde inte registreras\..*, level 4$/);
    const links = spoken.filter((p) => p.startsWith('link, '));
    expect(links.length, spoken.join('\n')).to.be.greaterThan(0);
    expect(links[0], 'the item names its field').to.match(/^link, Information som gavs: \S/);
    expect(spoken.filter((p) => p.startsWith('listitem, level 1, position 1, '))).to.have.length(1);
    expect(spoken.filter((p) => p.startsWith('listitem, level 1'))).to.have.length(links.length);
    expect(spoken.at(-1)).to.equal('end of alert');
    // The link moves focus to the field (a group's first choice), which is spoken.
    const link = byRole(el, 'link', /./);
    await pressOn(sr, el, link, 'Enter');
    const field = await sr.spoken();
    expect(field, field.join('\n')).to.include('checkbox, Vilket stöd kommunen och andra aktörer kan erbjuda anhöriga, not checked');
  });
});
