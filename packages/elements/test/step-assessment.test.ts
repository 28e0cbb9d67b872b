import { expect } from '@open-wc/testing';
import type { InvestigationRecord } from '@anhorig/core';
import '../src/step-assessment/define.js';
import type { AnhorigStepAssessment } from '../src/step-assessment/anhorig-step-assessment.js';
import { makeRecord, readyRecord, withAssessment, withRelative, withStance } from '../../core/test/fixtures/records.js';
import { allByRole, byRole, choose, mount, press, queryByRole, settle, textOf, TODAY, typeInto } from './helpers.js';

type Change = { record: InvestigationRecord };

/** readyRecord() before the decision: relatives, consents and the indirect-support proposal, no assessment. */
const beforeDecision = (record: InvestigationRecord = readyRecord()): InvestigationRecord => {
  const { assessment: _omit, ...rest } = record;
  return rest;
};

/** The radio option in the group (fieldset) with this name. */
const inGroup = (el: HTMLElement, group: string, option: string): HTMLElement => byRole(byRole(el, 'group', group), 'radio', option);

const sectionText = (el: HTMLElement, selector: string): string =>
  (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ');

describe('<anhorig-step-assessment>', () => {
  it('M1, M3: a needs assessment and two decisions recorded by keyboard reach the host as record.assessment', async () => {
    const { el, of } = await mount<AnhorigStepAssessment>('anhorig-step-assessment', { record: makeRecord() });
    expect(textOf(el)).to.include('Bedöma och besluta');
    await typeInto(byRole(el, 'textbox', 'Bedömning av den enskildes behov'), 'Sven behöver stöd i hemmet.');

    await press(byRole(el, 'button', 'Lägg till ett beslut'));
    await settle(el);
    await choose(byRole(el, 'combobox', 'Livsområde'), 'Hemliv');
    await choose(byRole(el, 'combobox', 'Insats'), 'Hemtjänst');
    await typeInto(byRole(el, 'textbox', 'Omfattning'), '3 timmar per vecka');
    await typeInto(byRole(el, 'textbox', 'Mål för insatsen'), 'Sven har ett städat hem.');

    await press(byRole(el, 'button', 'Lägg till ett beslut'));
    await settle(el);
    await choose(allByRole(el, 'combobox', 'Livsområde')[1] as HTMLSelectElement, 'Personlig vård');
    await choose(allByRole(el, 'combobox', 'Insats')[1] as HTMLSelectElement, 'Avlösning i hemmet');
    // Each decision's group is named after its decision (no two groups share a name).
    expect(allByRole(el, 'group', /^Beslut om insats/).map((g) => g.querySelector('legend')!.textContent)).to.deep.equal([
      'Beslut om insats 1: Hemtjänst',
      'Beslut om insats 2: Avlösning i hemmet',
    ]);
    await press(inGroup(el, 'Beslut om insats 2: Avlösning i hemmet', 'Avslås'));
    await settle(el);
    await expect(el).to.be.accessible();

    await press(byRole(el, 'button', 'Spara bedömning och beslut'));
    await settle(el);
    const assessment = of<Change>('anhorig-change').at(-1)!.detail.record.assessment;
    expect(assessment).to.deep.equal({
      needsAssessment: 'Sven behöver stöd i hemmet.',
      decisions: [
        { id: 'beslut-1', lifeAreaId: 'd6', supportTypeId: 'hemtjanst', outcome: 'granted', extent: '3 timmar per vecka', goal: 'Sven har ett städat hem.' },
        { id: 'beslut-2', lifeAreaId: 'd5', supportTypeId: 'avlosning', outcome: 'refused' },
      ],
      decidedAt: TODAY,
      source: 'element',
    });
    expect(byRole(el, 'status').textContent).to.include('Bedömning och beslut är sparade.');
    await expect(el).to.be.accessible();
  });

  it('a decision row can be removed, and a new one takes the first free id', async () => {
    const record = withAssessment(makeRecord(), [{ id: 'beslut-1' }, { id: 'beslut-3', supportTypeId: 'avlosning' }]);
    const { el, of } = await mount<AnhorigStepAssessment>('anhorig-step-assessment', { record });
    await press(byRole(el, 'button', 'Ta bort beslut 1'));
    await settle(el);
    await press(byRole(el, 'button', 'Lägg till ett beslut'));
    await settle(el);
    await choose(allByRole(el, 'combobox', 'Livsområde')[1] as HTMLSelectElement, 'Känsla av trygghet');
    await choose(allByRole(el, 'combobox', 'Insats')[1] as HTMLSelectElement, 'Hemtjänst');
    await press(byRole(el, 'button', 'Spara bedömning och beslut'));
    await settle(el);
    const decisions = of<Change>('anhorig-change').at(-1)!.detail.record.assessment!.decisions;
    expect(decisions.map((d) => d.id)).to.deep.equal(['beslut-3', 'beslut-2']);
  });

  it('a decision without life area is refused, and the error summary names and links the field', async () => {
    const { el, of } = await mount<AnhorigStepAssessment>('anhorig-step-assessment', { record: makeRecord() });
    await press(byRole(el, 'button', 'Lägg till ett beslut'));
    await settle(el);
    await choose(byRole(el, 'combobox', 'Insats'), 'Hemtjänst');
    await press(byRole(el, 'button', 'Spara bedömning och beslut'));
    await settle(el);
    expect(of('anhorig-change')).to.have.length(0);
    const link = byRole(el, 'link', /Beslut 1, livsområde/);
    expect(link.getAttribute('href')).to.equal('#decision-0-life-area');
    expect(byRole(el, 'combobox', 'Livsområde').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('C6: a decision is linked to an indirect-support proposal, and the marker is applied once both consents and views are there', async () => {
    const { el, of } = await mount<AnhorigStepAssessment>('anhorig-step-assessment', { record: beforeDecision() });
    await typeInto(byRole(el, 'textbox', 'Bedömning av den enskildes behov'), 'Sven behöver stöd i vardagen.');
    await press(byRole(el, 'button', 'Lägg till ett beslut'));
    await settle(el);
    await choose(byRole(el, 'combobox', 'Livsområde'), 'Hemliv');
    await choose(byRole(el, 'combobox', 'Insats'), 'Avlösning i hemmet');
    await typeInto(byRole(el, 'textbox', 'Mål för insatsen'), 'Sven får sällskap på eftermiddagarna.');
    await choose(
      byRole(el, 'combobox', 'Är insatsen också tänkt att avlasta en anhörig?'),
      'Avlösning i hemmet som också avlastar Eva Andersson (sambo)',
    );
    await settle(el);
    const marker = sectionText(el, '.marker');
    expect(marker).to.include('I uppdraget markeras insatsen som indirekt stöd (Personligt stöd från person som vårdar eller stödjer en närstående) till sambo.');
    await expect(el).to.be.accessible();

    await press(byRole(el, 'button', 'Spara bedömning och beslut'));
    await settle(el);
    const [decision] = of<Change>('anhorig-change').at(-1)!.detail.record.assessment!.decisions;
    expect(decision).to.include({ lifeAreaId: 'd6', supportTypeId: 'avlosning', indirectSupportId: 'is-1' });
  });

  it('C6: without the relative’s own consent the support can be linked, but the marker waits and says what is missing', async () => {
    const ready = beforeDecision();
    const record = { ...ready, consents: ready.consents.filter((c) => c.id !== 'c-ind-eva') };
    const { el } = await mount<AnhorigStepAssessment>('anhorig-step-assessment', { record });
    await press(byRole(el, 'button', 'Lägg till ett beslut'));
    await settle(el);
    await choose(
      byRole(el, 'combobox', 'Är insatsen också tänkt att avlasta en anhörig?'),
      'Avlösning i hemmet som också avlastar Eva Andersson (sambo)',
    );
    await settle(el);
    const marker = sectionText(el, '.marker');
    expect(marker).to.include('markeras som indirekt stöd i uppdraget först när både den enskilde och den anhöriga har samtyckt');
    expect(marker).to.include('Eva Anderssons eget samtycke till det indirekta stödet');
    expect(marker).not.to.include('I uppdraget markeras insatsen');
    await expect(el).to.be.accessible();
  });

  it('a decision made in the host’s case system is shown read-only, saying it comes from there', async () => {
    const record = withAssessment(readyRecord(), [{ id: 'b-hemtjanst' }], { source: 'host', needsAssessment: 'Bedömd i verksamhetssystemet.' });
    const { el } = await mount<AnhorigStepAssessment>('anhorig-step-assessment', { record });
    const text = textOf(el);
    expect(text).to.include('Beslutet kommer från verksamhetssystemet');
    expect(text).to.include('Bedömd i verksamhetssystemet.');
    expect(text).to.include('Hemtjänst (Hemliv)');
    expect(text).to.include('Beviljad');
    expect(text).to.include('Sven har ett städat hem.');
    expect(Boolean(queryByRole(el, 'textbox', 'Bedömning av den enskildes behov')), 'no field to edit the decision').to.equal(false);
    expect(Boolean(queryByRole(el, 'button', 'Spara bedömning och beslut'))).to.equal(false);
    expect(Boolean(queryByRole(el, 'button', 'Lägg till ett beslut'))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('C13: only the support of a relative who wants and can, and whom the person wants it from, is counted on — with the reminder that it is voluntary', async () => {
    let record = withRelative(readyRecord(), { id: 'olle', name: 'Olle Berg', relation: 'son' });
    record = withStance(record, { relativeId: 'eva', lifeAreaIds: ['d6'] });
    record = withStance(record, { relativeId: 'olle', canGiveSupport: 'unknown', lifeAreaIds: ['d5'] });
    const { el } = await mount<AnhorigStepAssessment>('anhorig-step-assessment', { record });
    const available = sectionText(el, '.available');
    expect(available).to.include('Anhörigas stöd som kan räknas med');
    expect(available).to.include('Anhörigas insatser är frivilliga.');
    expect(available).to.include('Eva Andersson (sambo): Livsområden: Hemliv');
    expect(available, 'can give support: not known yet').not.to.include('Olle');
    await expect(el).to.be.accessible();
  });

  it('C13: with no relative who wants and can, no relative’s support is counted on', async () => {
    const record = withStance(readyRecord(), { relativeId: 'eva', wantsToGiveSupport: 'no', lifeAreaIds: ['d6'] });
    const { el } = await mount<AnhorigStepAssessment>('anhorig-step-assessment', { record });
    expect(sectionText(el, '.available')).to.include('Ingen anhörigs stöd kan räknas med just nu.');
  });

  it('refusing the application while a support is granted is refused, with the machine’s reason', async () => {
    const { el, of } = await mount<AnhorigStepAssessment>('anhorig-step-assessment', { record: readyRecord() });
    await press(byRole(el, 'button', 'Avslå ansökan'));
    await settle(el);
    expect(of('anhorig-complete')).to.have.length(0);
    expect(byRole(el, 'alert').textContent).to.include('Det finns beviljade insatser. Gör ett uppdrag till utföraren i stället för att registrera avslag.');
    await expect(el).to.be.accessible();
  });

  it('refusing the application with nothing granted completes the investigation with outcome refused', async () => {
    const record = withAssessment(makeRecord(), [{ id: 'b-1', outcome: 'refused' }]);
    const { el, of } = await mount<AnhorigStepAssessment>('anhorig-step-assessment', { record });
    await typeInto(byRole(el, 'textbox', 'Anteckning om avslaget (frivilligt)'), 'Behovet tillgodoses på annat sätt.');
    await press(byRole(el, 'button', 'Avslå ansökan'));
    await settle(el);
    const complete = of<{ outcome: string; record: InvestigationRecord }>('anhorig-complete');
    expect(complete).to.have.length(1);
    expect(complete[0]!.detail.outcome).to.equal('refused');
    expect(complete[0]!.detail.record.refusal).to.deep.equal({ date: TODAY, note: 'Behovet tillgodoses på annat sätt.' });
    expect(byRole(el, 'status').textContent).to.include(`Ansökan avslogs ${TODAY}.`);
    expect(Boolean(queryByRole(el, 'button', 'Avslå ansökan')), 'refused once').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('readonly: shows the assessment and decisions, nothing that changes data', async () => {
    const { el } = await mount<AnhorigStepAssessment>('anhorig-step-assessment', { record: readyRecord(), readonly: true });
    const text = textOf(el);
    expect(text).to.include('Sven behöver stöd i hemlivet och med personlig vård.');
    expect(text).to.include('Avlösning i hemmet (Hemliv)');
    expect(text).not.to.include('Beslutet kommer från verksamhetssystemet');
    expect(allByRole(el, 'textbox')).to.have.length(0);
    expect(allByRole(el, 'button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
