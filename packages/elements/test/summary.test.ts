import { expect } from '@open-wc/testing';
import '../src/summary/define.js';
import type { AnhorigSummary } from '../src/summary/anhorig-summary.js';
import type { InvestigationRecord } from '@anhorig/core';
import {
  makeRecord,
  makeRelativeRecord,
  readyRecord,
  withRelative,
  withStance,
  withStatement,
  withConsent,
  withdraw,
} from '../../core/test/fixtures/records.js';
import { allByRole, byRole, deepElements, mount, press, queryByRole, settle, textOf } from './helpers.js';

const INJECTION = '<img src=x onerror=alert(1)>';

/** The list item (in the shadow trees) that shows this text, e.g. one statement. */
const itemWith = (el: Element, text: string): HTMLElement => {
  const found = deepElements(el).find((e) => e.tagName === 'LI' && (e.textContent ?? '').includes(text));
  if (!found) throw new Error(`No list item with "${text}"`);
  return found as HTMLElement;
};

const sectionNamed = (el: Element, name: string): HTMLElement => {
  const heading = byRole(el, 'heading', name);
  const section = heading.closest('section');
  if (!section) throw new Error(`No section for ${name}`);
  return section;
};

describe('<anhorig-summary>', () => {
  it('shows the person, the relatives with their relation, each consent with its scope, the statements and the decisions', async () => {
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record: readyRecord() });
    const text = textOf(el);
    expect(byRole(el, 'heading', 'Sammanfattning av utredningen')).to.exist;
    expect(textOf(sectionNamed(el, 'Den enskilde'))).to.include('Sven Svensson');
    const relatives = sectionNamed(el, 'Anhöriga');
    expect(byRole(relatives, 'heading', 'Eva Andersson')).to.exist;
    expect(textOf(relatives)).to.include('sambo');
    expect(textOf(relatives)).to.include('Hemliv'); // support life area by its catalogue name
    expect(textOf(relatives)).to.include('Deltar (steg 3)'); // she gives information with consent
    const consents = textOf(sectionNamed(el, 'Samtycken'));
    expect(consents).to.include('Uppgifter om den anhöriga lämnas till utföraren');
    expect(consents).to.include('Lämna uppgifter om den enskilde');
    expect(consents).to.include('Insatsen är också ett stöd till den anhöriga (indirekt stöd)');
    expect(consents).to.include('Den anhöriga själv');
    expect(consents).to.include('Handläggare Hanna');
    expect(consents).not.to.include('Återkallat');
    expect(text).to.include('Eva lagar mat och handlar varje dag.');
    expect(text).to.include('Med samtycke: Lämna uppgifter om den enskilde (2026-01-15)');
    expect(itemWith(el, 'Eva lagar mat').textContent).not.to.include('Markerad');
    const assessment = sectionNamed(el, 'Bedömning och beslut');
    expect(byRole(assessment, 'heading', 'Hemtjänst (Hemliv)')).to.exist;
    expect(byRole(assessment, 'heading', 'Avlösning i hemmet (Hemliv)')).to.exist;
    expect(textOf(assessment)).to.include('Sven behöver stöd i hemlivet och med personlig vård.');
    expect(textOf(assessment)).to.include('2 eftermiddagar per vecka');
    expect(textOf(assessment)).to.include('Beviljad');
    await expect(el).to.be.accessible();
  });

  it('C3: a withdrawn consent is shown as withdrawn with its date, and the statement gathered under it is marked', async () => {
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record: withdraw(readyRecord(), 'c-info', '2026-03-01') });
    const consent = itemWith(sectionNamed(el, 'Samtycken'), 'Lämna uppgifter om den enskilde');
    expect(consent.classList.contains('withdrawn')).to.equal(true);
    expect(consent.textContent).to.include('Återkallat 2026-03-01');
    const statement = itemWith(sectionNamed(el, 'Uppgifter per livsområde'), 'Eva lagar mat och handlar varje dag.');
    expect(statement.textContent).to.include('Markerad');
    expect(statement.textContent).to.include('Samtycket återkallades 2026-03-01');
    // The other consents are not marked.
    expect(itemWith(el, 'Uppgifter om den anhöriga lämnas till utföraren').textContent).not.to.include('Återkallat');
    await expect(el).to.be.accessible();
  });

  it('C2: a consent past its validUntil is shown as no longer in force', async () => {
    const record = withConsent(readyRecord(), { id: 'c-old', scope: 'participate', relativeId: 'eva', validUntil: '2026-02-01' });
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record });
    const consent = itemWith(sectionNamed(el, 'Samtycken'), 'Delta i utredningens samtal');
    expect(consent.classList.contains('inactive')).to.equal(true);
    expect(consent.textContent).to.include('Gäller inte längre, gällde till och med 2026-02-01');
    expect(consent.textContent).not.to.include('Återkallat');
    // The consents in force are not marked.
    expect(itemWith(el, 'Uppgifter om den anhöriga lämnas till utföraren').textContent).not.to.include('Gäller inte');
    await expect(el).to.be.accessible();
  });

  it('C2, C5: the judgement of the likely wish is asked for where no one may consent, not where a representative may', async () => {
    const base = makeRecord();
    const cannot = { ...base, person: { ...base.person, canTakePosition: 'no' as const } };
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record: cannot });
    expect(textOf(sectionNamed(el, 'Den enskilde'))).to.include('Bedömning av vad den enskilde troligen vill');
    const represented = withRelative(cannot, {
      id: 'gm',
      name: 'Gun Man',
      legalRepresentative: { kind: 'godMan', mandate: 'Sörja för person', coversPersonalMatters: true },
    });
    const withRepresentative = await mount<AnhorigSummary>('anhorig-summary', { record: represented });
    expect(textOf(sectionNamed(withRepresentative.el, 'Den enskilde'))).not.to.include('Bedömning av vad den enskilde troligen vill');
    await expect(withRepresentative.el).to.be.accessible();
  });

  it('C6: shows whether an indirect support proposal may be marked in the assignment, as the core decides', async () => {
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record: readyRecord() });
    const section = sectionNamed(el, 'Indirekt stöd');
    expect(byRole(section, 'heading', 'Avlösning i hemmet, också ett stöd till Eva Andersson')).to.exist;
    expect(textOf(section)).to.include('Ja. Båda har samtyckt');
    const withdrawn = await mount<AnhorigSummary>('anhorig-summary', { record: withdraw(readyRecord(), 'c-ind-eva', '2026-03-01') });
    expect(textOf(sectionNamed(withdrawn.el, 'Indirekt stöd'))).to.include('Inte ännu. Det som saknas: Eva Anderssons eget samtycke');
    await expect(withdrawn.el).to.be.accessible();
  });

  it('C13: a relative’s support counts in the assessment only where the relative wants and can and the person wants it', async () => {
    let record = withStance(readyRecord(), { relativeId: 'eva', wantsToGiveSupport: 'yes', canGiveSupport: 'no', lifeAreaIds: ['d6'] });
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record });
    expect(textOf(sectionNamed(el, 'Anhörigas egen inställning till att ge stöd'))).to.include('Nej. Anhörigas insatser är frivilliga');
    record = withStance(readyRecord(), { relativeId: 'eva' });
    const willing = await mount<AnhorigSummary>('anhorig-summary', { record });
    expect(textOf(sectionNamed(willing.el, 'Anhörigas egen inställning till att ge stöd'))).to.include('Ja: den anhöriga vill och kan');
    await expect(willing.el).to.be.accessible();
  });

  it('C4: a violence concern is shown calmly: only that there is one and whether a judgement is documented', async () => {
    const record = withRelative(makeRecord(), {
      id: 'eva',
      name: 'Eva Andersson',
      violenceConcern: { direction: 'personAtRisk', description: 'Hotfulla sms under hösten.', routineFollowed: true, raisedAt: '2026-01-20' },
    });
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record });
    const text = textOf(sectionNamed(el, 'Anhöriga'));
    expect(text).to.include('En oro som gäller relationen är registrerad (2026-01-20).');
    expect(text).to.include('En bedömning är ännu inte dokumenterad.');
    expect(textOf(el)).not.to.include('Hotfulla sms');
    await expect(el).to.be.accessible();
  });

  it('the relative’s own record is kept apart: step 2 shows what was offered and when, never the relative’s notes', async () => {
    const record = withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' });
    const relativeRecords = [
      makeRelativeRecord({
        relativeId: 'eva',
        informationGiven: [
          { what: 'Anhörigcentrets samtalsgrupp', date: '2026-01-20', channel: 'meeting' },
          { what: 'Broschyr om avlösning', date: '2026-02-02', channel: 'letter' },
        ],
        referredToAnhorigkonsulent: '2026-01-21',
        helpWithContactOffered: true,
        ownConversations: [
          { id: 'ss-1', offeredAt: '2026-01-20', answer: 'accepted', heldAt: '2026-01-28', notes: 'Eva berättar att hon sover dåligt.', duringFollowUp: false },
        ],
        ownSupportNeeds: [
          { id: 'b-1', description: 'Behöver egen avlastning på helger.', offered: ['generalSupport'], offerIds: [], appliesForSupport: false, recordedAt: '2026-01-28' },
        ],
      }),
    ];
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record, relativeRecords });
    const section = textOf(sectionNamed(el, 'Anhöriga som inte deltar i utredningen'));
    expect(section).to.include('2 gånger (2026-01-20, 2026-02-02)');
    expect(section).to.include('2026-01-21');
    expect(section).to.include('1 gång (2026-01-20)');
    expect(section).to.include('förs i en egen handling');
    const all = textOf(el);
    expect(all).not.to.include('sover dåligt');
    expect(all).not.to.include('avlastning på helger');
    expect(all).not.to.include('Anhörigcentrets samtalsgrupp');
    await expect(el).to.be.accessible();
  });

  it('offers a change link per section; "Ändra" for the relatives section, by keyboard, sends the flow back to step 1', async () => {
    const record: InvestigationRecord = { ...readyRecord(), progress: { step: 'assignment', phase: 'investigation' } };
    const { el, of } = await mount<AnhorigSummary>('anhorig-summary', { record });
    const selected: CustomEvent<{ step: string }>[] = [];
    el.addEventListener('anhorig-nav-select', (e) => selected.push(e as CustomEvent<{ step: string }>));
    expect(byRole(el, 'button', 'Ändra den enskilde (steg 1)')).to.exist;
    expect(byRole(el, 'button', 'Ändra anhörigas egen inställning till att ge stöd (steg 4)')).to.exist;
    expect(byRole(el, 'button', 'Ändra bedömning och beslut (mellan steg 4 och 5)')).to.exist;
    expect(byRole(el, 'button', 'Ändra uppdraget till utföraren (steg 5)')).to.exist;
    // Follow-up opens only after the investigation is complete.
    expect(queryByRole(el, 'button', /uppföljning/)).to.equal(undefined);
    await expect(el).to.be.accessible();
    await press(byRole(el, 'button', 'Ändra anhöriga (steg 1)'));
    await settle(el);
    const [change] = of<{ step: string; previousStep: string }>('anhorig-step-change');
    expect(change?.detail.step).to.equal('relatives');
    expect(change?.detail.previousStep).to.equal('assignment');
    expect(selected.map((e) => e.detail.step)).to.deep.equal(['relatives']);
    expect(selected[0]?.bubbles).to.equal(true);
    expect(selected[0]?.composed).to.equal(false);
  });

  it('in review mode (readonly) there are no change links and no buttons, and the record is still shown', async () => {
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record: readyRecord(), readonly: true });
    expect(allByRole(el, 'button')).to.have.length(0);
    expect(deepElements(el).filter((e) => e.matches('input, select, textarea, form'))).to.have.length(0);
    expect(textOf(el)).to.include('Eva lagar mat och handlar varje dag.');
    expect(textOf(el)).to.include('Uppgifterna kan inte ändras här.');
    await expect(el).to.be.accessible();
  });

  it('shows user text as text: markup in what was typed is never turned into elements', async () => {
    let record = withRelative(makeRecord(), { id: 'eva', name: INJECTION, relation: INJECTION, contact: INJECTION });
    record = withConsent(record, { id: 'c-info', scope: 'provideInformation', relativeId: 'eva', note: INJECTION });
    record = withStatement(record, {
      id: 's-1',
      text: INJECTION,
      source: { kind: 'relative', relativeId: 'eva' },
      basis: { kind: 'volunteered' },
    });
    record = withStance(record, { relativeId: 'eva', note: INJECTION });
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record });
    const text = textOf(el);
    expect(text.split(INJECTION).length - 1).to.be.greaterThanOrEqual(5);
    expect(deepElements(el).filter((e) => e.tagName === 'IMG')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('an empty record shows "Inget registrerat" in each part rather than hiding it', async () => {
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record: makeRecord() });
    for (const name of [
      'Anhöriga',
      'Samtycken',
      'Anhöriga som inte deltar i utredningen',
      'Anhöriga som deltar i utredningen',
      'Uppgifter per livsområde',
      'Anhörigas egen inställning till att ge stöd',
      'Indirekt stöd',
      'Information till anhöriga och planerade kontakter',
      'Bedömning och beslut',
      'Uppdraget till utföraren',
      'Uppföljning',
    ])
      expect(textOf(sectionNamed(el, name)), name).to.include('Inget registrerat');
    // The person's optional fields too (no chosen name given).
    expect(textOf(sectionNamed(el, 'Den enskilde'))).to.include('Inget registrerat');
    await expect(el).to.be.accessible();
  });

  it('focusHeading() moves focus to the summary heading', async () => {
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record: readyRecord() });
    el.focusHeading();
    expect(el.shadowRoot?.activeElement?.id).to.equal('summary-heading');
  });

  it('speaks English when the host asks for it', async () => {
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record: makeRecord(), lang: 'en' });
    expect(byRole(el, 'heading', 'Summary of the investigation')).to.exist;
    expect(textOf(el)).to.include('Nothing recorded');
    expect(byRole(el, 'button', 'Change relatives (step 1)')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('H2: a legal representative who is not a relative is shown with role and mandate, never as a relative "Inte tillfrågad"', async () => {
    const record = withRelative(readyRecord(), {
      id: 'nils',
      name: 'Nils Berg',
      relation: 'god man',
      isRelative: false,
      legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt och sörja för person', coversPersonalMatters: true },
    });
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record });
    const nils = byRole(sectionNamed(el, 'Anhöriga'), 'heading', 'Nils Berg').closest('.item') as HTMLElement;
    const text = textOf(nils);
    expect(text).to.include('Roll Ställföreträdare (god man), inte anhörig');
    // The same name for the field as step 1 gives it.
    expect(text).to.include('Uppdraget omfattar den enskildes personliga angelägenheter (sörja för person) Ja');
    expect(text).not.to.match(/Inte tillfrågad|Deltagande i utredningen|Ger stöd eller omsorg/);
    await expect(el).to.be.accessible();
  });

  it('words: "Skickade uppdrag", "inbjudan", a genitive without an extra s, in both languages', async () => {
    const base = readyRecord();
    const record = {
      ...base,
      relatives: base.relatives.map((r) => ({ ...r, chosenName: 'Hans' })),
      meetingPlans: [{ relativeId: 'eva', format: 'joint' as const, personWantsCompany: false, communicationSupportForPerson: '', communicationSupportForRelative: '', invitationSentAt: '2026-02-01' }],
    };
    const { el } = await mount<AnhorigSummary>('anhorig-summary', { record });
    expect(byRole(el, 'heading', 'Skickade uppdrag')).to.exist;
    const text = textOf(el);
    expect(text).to.include('Hans syn på hur stödet ska ges');
    expect(text).to.include('Inbjudan skickad');
    expect(text).not.to.match(/Hanss|[Uu]tfärda|[Kk]allelse|ärendesystemet|[Ss]tödperson/);
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(byRole(el, 'heading', 'Assignments sent')).to.exist;
    expect(textOf(el)).not.to.match(/[Ii]ssued/);
  });
});
