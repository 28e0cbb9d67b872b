import { expect } from '@open-wc/testing';
import { computeAccessibleName } from 'dom-accessibility-api';
import '../src/step-nav/define.js';
import '../src/step-involve/define.js';
import '../src/step-equip/define.js';
import type { AnhorigStepNav } from '../src/step-nav/anhorig-step-nav.js';
import { relativesInStep, STEP_IDS, stepWarnings, type InvestigationRecord } from '@anhorig/core';
import { makeRecord, testCatalogue, withConsent, withRelative } from '../../core/test/fixtures/records.js';
import { allByRole, byRole, mount, queryByRole, settle, textOf, TODAY } from './helpers.js';
import { sv } from '../../core/test/support/sv.js';

/** The navigator's entry for a step, found by its number and title as the handläggare hears them. */
const entry = (el: HTMLElement, n: number, title: string): HTMLElement =>
  byRole(byRole(el, 'navigation', 'Utredningens steg'), 'button', new RegExp(`^Steg ${n}: ${title}`));

/** A relative the person has not been asked about yet. */
const notAsked = (record: InvestigationRecord, id: string): InvestigationRecord => ({
  ...record,
  relatives: record.relatives.map((r) => {
    if (r.id !== id) return r;
    const { involvementAskedAt: _asked, ...rest } = r;
    return rest;
  }),
});

/** Eva under a violence concern (no judgement yet) whom the person consented to give information; Olle, whom the person does not want involved; Ali, asked about nothing yet. */
const mixedRecord = (): InvestigationRecord => {
  let record = withRelative(makeRecord(), {
    id: 'eva',
    name: 'Eva Andersson',
    relation: 'sambo',
    violenceConcern: { direction: 'personAtRisk', description: '', routineFollowed: true, raisedAt: '2026-01-20' },
  });
  record = withConsent(record, { scope: 'provideInformation', relativeId: 'eva' });
  record = withRelative(record, { id: 'olle', name: 'Olle Berg', relation: 'son' });
  record = withConsent(record, { scope: 'participate', relativeId: 'olle', status: 'declined' });
  return notAsked(withRelative(record, { id: 'ali', name: 'Ali Hassan', relation: 'granne' }), 'ali');
};

describe('<anhorig-step-nav>', () => {
  it("names the relatives of steps 2 and 3 as the core's relativesInStep lists them (as the steps and Next do), and those not asked yet", async () => {
    const record = mixedRecord();
    const { el } = await mount<AnhorigStepNav>('anhorig-step-nav', { record });
    const names = (step: 'equip' | 'involve') => relativesInStep(record, step, TODAY).map((r) => r.chosenName ?? r.name).join(', ');
    expect(names('involve')).to.equal('Eva Andersson');
    expect(names('equip')).to.equal('Eva Andersson, Olle Berg');
    expect(textOf(entry(el, 3, 'Om den enskilde vill att anhöriga deltar'))).to.include(`Anhöriga: ${names('involve')}`);
    expect(textOf(entry(el, 2, 'Om den enskilde inte vill att anhöriga deltar'))).to.include(`Anhöriga: ${names('equip')}`);
    expect(textOf(entry(el, 1, 'Ta reda på om den enskilde vill att anhöriga deltar'))).to.include('Inte tillfrågade: Ali Hassan');
    await expect(el).to.be.accessible();
  });

  it('agrees with step 3 about who is there', async () => {
    const record = mixedRecord();
    const { el: nav } = await mount<AnhorigStepNav>('anhorig-step-nav', { record });
    const { el: involve } = await mount<HTMLElement>('anhorig-step-involve', { record });
    expect(textOf(entry(nav, 3, 'Om den enskilde vill att anhöriga deltar'))).to.include('Anhöriga: Eva Andersson');
    expect(queryByRole(involve, 'heading', 'Eva Andersson (sambo)')).to.exist;
    expect(queryByRole(involve, 'heading', 'Olle Berg (son)')).to.equal(undefined);
    expect(queryByRole(involve, 'heading', 'Ali Hassan (granne)')).to.equal(undefined);
  });

  it('H2: a god man outside the family is never listed as a relative not asked about', async () => {
    let record = withRelative(makeRecord(), {
      id: 'birgitta',
      name: 'Birgitta Berg',
      relation: 'god man',
      isRelative: false,
      legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt och sörja för person', coversPersonalMatters: true },
    });
    record = notAsked(notAsked(withRelative(record, { id: 'ali', name: 'Ali Hassan' }), 'ali'), 'birgitta');
    const { el } = await mount<AnhorigStepNav>('anhorig-step-nav', { record });
    const text = textOf(entry(el, 1, 'Ta reda på om den enskilde vill att anhöriga deltar'));
    expect(text).to.include('Inte tillfrågade: Ali Hassan');
    expect(text).to.not.include('Birgitta');
    expect(textOf(el)).to.not.include('Birgitta');
  });

  it('says nothing about relatives for a per-relative step that has none', async () => {
    const { el } = await mount<AnhorigStepNav>('anhorig-step-nav', { record: notAsked(withRelative(makeRecord(), { id: 'ali', name: 'Ali Hassan' }), 'ali') });
    expect(textOf(entry(el, 3, 'Om den enskilde vill att anhöriga deltar'))).to.not.include('Anhöriga:');
    expect(textOf(entry(el, 2, 'Om den enskilde inte vill att anhöriga deltar'))).to.not.include('Anhöriga:');
  });
});

describe('<anhorig-step-nav>: things to consider', () => {
  it('names how many things there are to consider per step, in words, and lists none of them (each step lists its own once, at its top)', async () => {
    const record = mixedRecord();
    const { el } = await mount<AnhorigStepNav>('anhorig-step-nav', { record });
    const nav = byRole(el, 'navigation', 'Utredningens steg');
    const warnings = stepWarnings(record, [], testCatalogue, TODAY);
    const relatives = warnings.relatives.length;
    expect(relatives, 'the fixture has things to consider in step 1').to.be.greaterThan(0);
    expect(textOf(entry(el, 1, 'Ta reda på om den enskilde vill att anhöriga deltar'))).to.include(relatives === 1 ? '1 sak att tänka på' : `${relatives} saker att tänka på`);
    // One list item per step, no list of warnings inside, no warning's text repeated in the navigator.
    expect(nav.querySelectorAll('li')).to.have.length(STEP_IDS.length);
    expect(nav.querySelectorAll('ul')).to.have.length(0);
    const text = textOf(nav);
    for (const warning of Object.values(warnings).flat()) expect(text).to.not.include(sv(warning));
    await expect(el).to.be.accessible();
  });

  it('each entry’s name (as the W3C computation gives it) has no space before a colon and no rule code', async () => {
    const { el } = await mount<AnhorigStepNav>('anhorig-step-nav', { record: mixedRecord() });
    const names = allByRole(el, 'button').map((b) => computeAccessibleName(b));
    expect(names[0]).to.match(/^Steg 1: Ta reda på om den enskilde vill att anhöriga deltar/);
    for (const name of names) {
      expect(name, name).to.not.match(/\s[:.,]/);
      expect(name, name).to.not.match(/\b[CLRMHT]\d+\b/);
    }
  });

  it('follows a language switch on its own at once', async () => {
    const { el } = await mount<AnhorigStepNav>('anhorig-step-nav', { record: mixedRecord() });
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(byRole(el, 'navigation', 'Steps of the investigation')).to.exist;
    expect(byRole(el, 'button', /^Step 1: Find out whether the person wants relatives to take part/)).to.exist;
  });
});
