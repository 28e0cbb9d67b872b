import { expect } from '@open-wc/testing';
import { computeAccessibleName } from 'dom-accessibility-api';
import { sendKeys } from '@web/test-runner-commands';
import { canGatherFrom, consentGate, type Catalogue, type InvestigationRecord, type Relative } from '@anhorig/core';
import '../src/step-gather/define.js';
import type { AnhorigStepGather } from '../src/step-gather/anhorig-step-gather.js';
import type { AnhorigChangeDetail } from '../src/events/events.js';
import {
  makeRecord,
  readyRecord,
  withConsent,
  withProposal,
  withRelative,
  withStatement,
  withdraw,
} from '../../core/test/fixtures/records.js';
import { allByRole, byRole, choose, deepElements, mount, press, queryByRole, settle, testCatalogue, textOf, TODAY, typeInto, type Mounted } from './helpers.js';
import { sv } from '../../core/test/support/sv.js';

const catalogue: Catalogue = {
  ...testCatalogue,
  questionPrompts: [
    { id: 'fraga-enskild', audience: 'person', text: 'Vad är viktigast för dig att få hjälp med?' },
    { id: 'fraga-anhorig', audience: 'relative', text: 'Vad hjälper du till med i vardagen?' },
  ],
};

const gatherRecord = (): InvestigationRecord => makeRecord({ progress: { step: 'gather', phase: 'investigation' } });
const withEva = (record = gatherRecord(), extra: Partial<Relative> = {}) =>
  withRelative(record, { id: 'eva', name: 'Eva Andersson', relation: 'granne', ...extra });

/** The person consents to the relative taking part in the investigation's meetings: the relative takes part (branch involve). */
const takingPart = (record: InvestigationRecord, relativeId = 'eva') => withConsent(record, { scope: 'participate', relativeId });

const mountGather = (record: InvestigationRecord, props: { readonly?: boolean; lang?: string } = {}) =>
  mount<AnhorigStepGather>('anhorig-step-gather', { record, catalogue, ...props });

const lastRecord = (mounted: Mounted<AnhorigStepGather>): InvestigationRecord | undefined =>
  mounted.of<AnhorigChangeDetail>('anhorig-change').at(-1)?.detail.record;

/** Open a disclosure (<details>) by keyboard on its summary. */
const openDisclosure = async (root: Element, name: RegExp): Promise<void> => {
  const summary = deepElements(root).find((e) => e.tagName === 'SUMMARY' && name.test(e.textContent ?? '')) as HTMLElement | undefined;
  if (!summary) throw new Error(`No disclosure ${String(name)}`);
  await press(summary, 'Enter');
  await settle(root);
};

/** Fill in life area and text of the statement form. */
const draftStatement = async (el: AnhorigStepGather, text: string, area = 'Hemliv'): Promise<void> => {
  await choose(byRole(el, 'combobox', 'Livsområde'), area);
  await typeInto(byRole(el, 'textbox', 'Uppgiften'), text);
  await settle(el);
};

const save = async (el: AnhorigStepGather, button = 'Spara uppgiften'): Promise<void> => {
  await press(byRole(el, 'button', button));
  await settle(el);
};

describe('<anhorig-step-gather>', () => {
  it('shows the step heading and a section per life area that holds statements (never the marker area); empty areas are named once, in the warnings, and passes axe', async () => {
    const { el } = await mountGather(withStatement(gatherRecord(), { id: 's-1', lifeAreaId: 'd6' }));
    expect(byRole(el, 'heading', 'Steg 4 av 6: Inhämta uppgifter').tagName).to.equal('H2');
    expect(queryByRole(el, 'region', 'Hemliv')).to.exist;
    for (const area of ['Personlig vård', 'Känsla av trygghet']) expect(queryByRole(el, 'region', area), area).to.equal(undefined);
    expect(textOf(byRole(el, 'region', 'Att tänka på i det här steget'))).to.include('Inga uppgifter är dokumenterade för: Personlig vård, Känsla av trygghet.');
    expect(queryByRole(el, 'region', 'Personligt stöd från person som vårdar eller stödjer en närstående')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it("records the person's own statement in a life area by keyboard, with source the person and basis own", async () => {
    const mounted = await mountGather(gatherRecord());
    const { el } = mounted;
    await draftStatement(el, 'Sven vill klara morgonen själv men behöver hjälp med att duscha.', 'Personlig vård');
    await save(el);
    const [statement] = lastRecord(mounted)?.statements ?? [];
    expect(statement).to.deep.include({
      lifeAreaId: 'd5',
      kind: 'need',
      text: 'Sven vill klara morgonen själv men behöver hjälp med att duscha.',
      source: { kind: 'person' },
      basis: { kind: 'own' },
      recordedAt: TODAY,
    });
    expect(byRole(el, 'status').textContent).to.include('Uppgiften är sparad under Personlig vård.');
    expect(textOf(byRole(el, 'region', 'Personlig vård'))).to.include('Egen uppgift');
    await expect(el).to.be.accessible();
  });

  it('C1: without consent to gather from a relative, the consent basis says which consent is missing, and a volunteered statement can still be documented, marked as volunteered', async () => {
    const record = withEva();
    const mounted = await mountGather(record);
    const { el } = mounted;
    await draftStatement(el, 'Eva berättar att Sven ofta glömmer att äta.');
    await press(byRole(el, 'radio', 'Eva Andersson (granne)'));
    await settle(el);
    const gate = canGatherFrom(record, 'eva', TODAY);
    expect(gate.allowed).to.equal(false);
    const consentOption = byRole<HTMLInputElement>(el, 'radio', 'Jag frågade, med den enskildes samtycke');
    expect(consentOption.disabled, 'the consent option is shown, not removed, and not available').to.equal(true);
    expect(textOf(byRole(el, 'group', 'Hur kom uppgiften fram?'))).to.include(gate.allowed ? '' : sv(gate.reason));
    expect(textOf(el)).to.include('Registrera samtycket här');
    await expect(el).to.be.accessible();

    await press(byRole(el, 'radio', 'Den anhöriga berättade självmant, utan att ha blivit tillfrågad'));
    await save(el);
    const [statement] = lastRecord(mounted)?.statements ?? [];
    expect(statement?.source).to.deep.equal({ kind: 'relative', relativeId: 'eva' });
    expect(statement?.basis).to.deep.equal({ kind: 'volunteered' });
    expect(textOf(byRole(el, 'region', 'Hemliv'))).to.include('Lämnat självmant, utan att ha blivit tillfrågad');
    await expect(el).to.be.accessible();
  });

  it('C1: the missing consent can be recorded in place, and the statement is then gathered under it', async () => {
    const mounted = await mountGather(withEva());
    const { el } = mounted;
    await draftStatement(el, 'Eva ser att Sven har svårt att hålla ordning på sina mediciner.');
    await press(byRole(el, 'radio', 'Eva Andersson (granne)'));
    await settle(el);
    await openDisclosure(el, /^Registrera samtycket här$/);
    await press(byRole(el, 'radio', 'Ja'));
    await press(byRole(el, 'radio', 'Muntligt'));
    await press(byRole(el, 'button', 'Registrera'));
    await settle(el);
    const consent = lastRecord(mounted)?.consents.at(-1);
    expect(consent).to.deep.include({ scope: 'provideInformation', relativeId: 'eva', givenBy: 'person', status: 'given' });
    const consentOption = byRole<HTMLInputElement>(el, 'radio', 'Jag frågade, med den enskildes samtycke');
    expect(consentOption.disabled).to.equal(false);
    expect(consentOption.checked).to.equal(true);
    await save(el);
    expect(lastRecord(mounted)?.statements[0]?.basis).to.deep.equal({ kind: 'consent', consentId: consent?.id });
    await expect(el).to.be.accessible();
  });

  it("C1: a relative's statement with neither a consent nor 'volunteered' is refused with the core's reason", async () => {
    const mounted = await mountGather(withEva());
    const { el } = mounted;
    await draftStatement(el, 'Eva tycker att Sven behöver mer hjälp.');
    await press(byRole(el, 'radio', 'Eva Andersson (granne)'));
    await save(el);
    expect(mounted.of('anhorig-change')).to.have.length(0);
    expect(byRole(el, 'alert').textContent).to.include('behöver ange samtycket den hämtades in med, eller att den lämnades självmant');
    await expect(el).to.be.accessible();
  });

  it('C1, C10: with a consent in force the statement is stored with basis consent and the consent named', async () => {
    const record = withConsent(withEva(), { id: 'c-info', scope: 'provideInformation', relativeId: 'eva' });
    const mounted = await mountGather(record);
    const { el } = mounted;
    await draftStatement(el, 'Eva handlar och lagar mat varje dag.');
    await choose(byRole(el, 'combobox', 'Vad handlar uppgiften om?'), 'Stöd som anhöriga ger i dag');
    await press(byRole(el, 'radio', 'Eva Andersson (granne)'));
    await settle(el);
    expect(byRole<HTMLInputElement>(el, 'radio', 'Jag frågade, med den enskildes samtycke').checked).to.equal(true);
    await save(el);
    const [statement] = lastRecord(mounted)?.statements ?? [];
    expect(statement).to.deep.include({ kind: 'supportGiven', basis: { kind: 'consent', consentId: 'c-info' }, source: { kind: 'relative', relativeId: 'eva' } });
    expect(textOf(byRole(el, 'region', 'Hemliv'))).to.include('Med samtycke: Lämna uppgifter om den enskilde, lämnat 2026-01-15');
    await expect(el).to.be.accessible();
  });

  it('C10: a statement from a relative is not put into the personal file without the quality confirmation; with it, it is stored', async () => {
    const record = withConsent(withEva(), { id: 'c-info', scope: 'provideInformation', relativeId: 'eva' });
    const mounted = await mountGather(record);
    const { el } = mounted;
    await draftStatement(el, 'Eva städar hos Sven varje vecka.');
    await press(byRole(el, 'radio', 'Eva Andersson (granne)'));
    await settle(el);
    expect(textOf(el)).to.include('den enskilde kan läsa sin akt');
    await press(byRole(el, 'checkbox', 'Förs in i personakten'));
    await save(el);
    expect(mounted.of('anhorig-change')).to.have.length(0);
    const alert = byRole(el, 'alert');
    expect(alert.textContent).to.include('Bekräfta att uppgiften är saklig, väsentlig och inte nedsättande');
    await expect(el).to.be.accessible();

    await press(byRole(el, 'checkbox', 'Jag har kontrollerat att uppgiften är saklig, väsentlig och inte nedsättande'));
    await save(el);
    const [statement] = lastRecord(mounted)?.statements ?? [];
    expect(statement).to.deep.include({ toPersonalFile: true, qualityConfirmed: true, text: 'Eva städar hos Sven varje vecka.' });
    expect(queryByRole(el, 'alert')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('C10: putting an existing statement from a relative into the personal file unchecked is refused, and the box shows the record again', async () => {
    let record = withConsent(withEva(), { id: 'c-info', scope: 'provideInformation', relativeId: 'eva' });
    record = withStatement(record, {
      id: 's-1',
      text: 'Eva oroar sig för Sven på nätterna.',
      source: { kind: 'relative', relativeId: 'eva' },
      basis: { kind: 'consent', consentId: 'c-info' },
      toPersonalFile: false,
    });
    const mounted = await mountGather(record);
    const { el } = mounted;
    const item = deepElements(el).find((e) => e.matches('li.statement')) as HTMLElement;
    const toFile = byRole<HTMLInputElement>(item, 'checkbox', 'Förs in i personakten');
    await press(toFile);
    await settle(el);
    expect(mounted.of('anhorig-change')).to.have.length(0);
    expect(toFile.checked).to.equal(false);
    expect(textOf(byRole(item, 'alert'))).to.include('Bekräfta att uppgiften är saklig');
    await expect(el).to.be.accessible();

    await press(byRole(item, 'checkbox', 'Jag har kontrollerat att uppgiften är saklig, väsentlig och inte nedsättande'));
    await settle(el);
    await press(byRole(item, 'checkbox', 'Förs in i personakten'));
    await settle(el);
    expect(lastRecord(mounted)?.statements[0]).to.deep.include({ qualityConfirmed: true, toPersonalFile: true });
    await press(byRole(item, 'checkbox', 'Stämd av med den enskilde'));
    await settle(el);
    expect(lastRecord(mounted)?.statements[0]?.checkedWithPerson).to.equal(true);
  });

  it('C3: a statement gathered under a consent later withdrawn stays, marked', async () => {
    let record = withConsent(withEva(), { id: 'c-info', scope: 'provideInformation', relativeId: 'eva' });
    record = withStatement(record, {
      id: 's-1',
      text: 'Eva hjälper Sven med tvätten.',
      source: { kind: 'relative', relativeId: 'eva' },
      basis: { kind: 'consent', consentId: 'c-info' },
      qualityConfirmed: true,
    });
    record = withStatement(record, { id: 's-2', text: 'Sven vill ha hjälp med tvätten.' });
    record = withdraw(record, 'c-info', '2026-03-01');
    const { el } = await mountGather(record);
    const items = deepElements(el).filter((e) => e.matches('li.statement'));
    expect(items).to.have.length(2);
    const tag = 'Samtycket har återkallats – uppgiften finns kvar men används inte i nya uppdrag';
    expect(textOf(items[0]!)).to.include('Eva hjälper Sven med tvätten.').and.to.include(tag);
    expect(textOf(items[1]!)).to.not.include(tag);
    await expect(el).to.be.accessible();
  });

  it('L4: an answer to a question to the person is stored as the person’s own statement, and can be edited', async () => {
    const mounted = await mountGather(gatherRecord());
    const { el } = mounted;
    await openDisclosure(el, /^Frågor till den enskilde/);
    await expect(el).to.be.accessible();
    await typeInto(byRole(el, 'textbox', 'Vad är viktigast för dig att få hjälp med?'), 'Att kunna duscha själv.');
    await settle(el);
    const answer = () => lastRecord(mounted)?.statements.find((s) => s.kind === 'promptAnswer');
    expect(answer()).to.include({ promptId: 'fraga-enskild', text: 'Att kunna duscha själv.', toPersonalFile: false });
    expect(answer()?.source).to.deep.equal({ kind: 'person' });
    expect(textOf(el)).to.include('Frågor till den enskilde (1 av 1 besvarade)');
    await typeInto(byRole(el, 'textbox', 'Vad är viktigast för dig att få hjälp med?'), 'Att kunna duscha och klä mig själv.');
    await settle(el);
    expect(lastRecord(mounted)?.statements.filter((s) => s.kind === 'promptAnswer').map((s) => s.text)).to.deep.equal(['Att kunna duscha och klä mig själv.']);
  });

  it('C1, L4: without consent to gather, a relative’s answer can only be recorded as volunteered; the consent option says what is missing', async () => {
    const record = takingPart(withEva());
    const mounted = await mountGather(record);
    const { el } = mounted;
    await openDisclosure(el, /^Frågor till Eva Andersson/);
    const gate = canGatherFrom(record, 'eva', TODAY);
    expect(gate.allowed).to.equal(false);
    expect(textOf(el)).to.include(gate.allowed ? '' : sv(gate.reason));
    const group = byRole(el, 'group', 'Hur kom Eva Anderssons svar fram?');
    expect(byRole<HTMLInputElement>(group, 'radio', 'Jag frågade, med den enskildes samtycke').disabled).to.equal(true);
    await press(byRole(group, 'radio', 'Den anhöriga berättade självmant, utan att ha blivit tillfrågad'));
    await typeInto(byRole(el, 'textbox', 'Vad hjälper du till med i vardagen?'), 'Handlar och lagar mat.');
    await settle(el);
    const stored = lastRecord(mounted)?.statements.find((s) => s.kind === 'promptAnswer');
    expect(stored?.basis).to.deep.equal({ kind: 'volunteered' });
    await expect(el).to.be.accessible();
  });

  it("C1, L4: with consent to gather, a relative's answer is stored as that relative's statement, under the consent", async () => {
    const record = withConsent(withEva(), { id: 'c-info', scope: 'provideInformation', relativeId: 'eva' });
    // Consent to give information is a way of taking part: Eva has her block in step 4.
    const mounted = await mountGather(record);
    const { el } = mounted;
    await openDisclosure(el, /^Frågor till Eva Andersson/);
    await typeInto(byRole(el, 'textbox', 'Vad hjälper du till med i vardagen?'), 'Handlar och lagar mat.');
    await settle(el);
    const stored = lastRecord(mounted)?.statements.find((s) => s.kind === 'promptAnswer');
    expect(stored).to.include({ promptId: 'fraga-anhorig', text: 'Handlar och lagar mat.', qualityConfirmed: false, toPersonalFile: false });
    expect(stored?.source).to.deep.equal({ kind: 'relative', relativeId: 'eva' });
    expect(stored?.basis).to.deep.equal({ kind: 'consent', consentId: 'c-info' });
    await expect(el).to.be.accessible();
  });

  it('C13: a relative who wants and can give support, and whom the person wants support from, is counted as available; asked separately', async () => {
    const mounted = await mountGather(takingPart(withEva()));
    const { el } = mounted;
    expect(textOf(el)).to.include('Inställningen är inte dokumenterad än.');
    const answer = async (question: string, label: string) => {
      await press(byRole(byRole(el, 'group', question), 'radio', label));
      await settle(el);
    };
    await answer('Vill Eva Andersson ge stöd eller omsorg?', 'Ja');
    await answer('Kan Eva Andersson ge stöd eller omsorg (har möjlighet och ork)?', 'Ja');
    await answer('Vill den enskilde ta emot stöd från Eva Andersson?', 'Ja');
    await press(byRole(byRole(el, 'group', 'Inom vilka livsområden ger Eva Andersson stöd?'), 'checkbox', 'Hemliv'));
    await settle(el);
    expect(lastRecord(mounted)?.stances).to.deep.equal([
      { relativeId: 'eva', wantsToGiveSupport: 'yes', canGiveSupport: 'yes', personWantsSupportFromRelative: 'yes', lifeAreaIds: ['d6'] },
    ]);
    expect(textOf(el)).to.include('Räknas som tillgängligt stöd i bedömningen: Eva Andersson vill och kan ge stöd');
    await expect(el).to.be.accessible();

    await answer('Kan Eva Andersson ge stöd eller omsorg (har möjlighet och ork)?', 'Nej');
    expect(lastRecord(mounted)?.stances[0]).to.deep.include({ wantsToGiveSupport: 'yes', canGiveSupport: 'no', personWantsSupportFromRelative: 'yes' });
    expect(textOf(el)).to.include('Räknas inte som tillgängligt stöd i bedömningen.');
    expect(textOf(el)).to.not.include('Räknas som tillgängligt stöd');
    await expect(el).to.be.accessible();
  });

  it("C6: an indirect-support proposal is saved with both views and the goal, and the core's status says what is missing", async () => {
    const record = withEva();
    const mounted = await mountGather(record);
    const { el } = mounted;
    await choose(byRole(el, 'combobox', 'Insats'), 'Avlösning i hemmet – brukar kunna avlasta anhöriga');
    await choose(byRole(el, 'combobox', 'Livsområde för insatsen'), 'Hemliv');
    await choose(byRole(el, 'combobox', 'Vilken anhörig avlastas?'), 'Eva Andersson (granne)');
    await settle(el);
    await typeInto(byRole(el, 'textbox', 'Den enskildes synpunkter'), 'Sven vill att Eva får vila.');
    await typeInto(byRole(el, 'textbox', 'Eva Anderssons synpunkter'), 'Eva vill ha två lediga eftermiddagar.');
    await typeInto(byRole(el, 'textbox', 'Mål för avlastningen, utifrån Eva Anderssons perspektiv'), 'Eva har tid för sig själv två eftermiddagar i veckan.');
    await save(el, 'Spara förslaget');
    const [proposal] = lastRecord(mounted)?.indirectSupport ?? [];
    expect(proposal).to.deep.include({
      supportTypeId: 'avlosning',
      lifeAreaId: 'd6',
      relativeId: 'eva',
      personView: 'Sven vill att Eva får vila.',
      relativeView: 'Eva vill ha två lediga eftermiddagar.',
      goal: 'Eva har tid för sig själv två eftermiddagar i veckan.',
    });
    expect(byRole(el, 'status').textContent).to.include('Förslaget om indirekt stöd är sparat.');
    const card = byRole(el, 'region', 'Avlösning i hemmet (Hemliv) – avlastar Eva Andersson');
    const text = textOf(card);
    expect(text).to.include('Insatsen markeras inte som indirekt stöd ännu.');
    const personGate = consentGate(lastRecord(mounted)!, 'eva', 'indirectSupport', TODAY);
    expect(personGate.allowed, 'fixture: the person has not consented to indirect support').to.equal(false);
    expect(text).to.include(sv(personGate.allowed ? undefined : personGate.reason));
    // H6: both consents can be recorded right here.
    expect(text).to.include('Registrera den enskildes samtycke här').and.to.include('Registrera Eva Anderssons eget samtycke här');
    // What is missing is listed once, at the top of the step.
    expect(textOf(byRole(el, 'region', 'Att tänka på i det här steget'))).to.include('den enskildes samtycke till att insatsen också är ett indirekt stöd');
    expect(textOf(el)).to.include('Om den anhöriga säger nej kan insatsen ändå beslutas');
    await expect(el).to.be.accessible();
  });

  it('C6: when the person and the relative disagree, the status says so and the continued search is recorded', async () => {
    let record = withEva(gatherRecord(), { livesWithPerson: true });
    record = withConsent(record, { id: 'c-ind-person', scope: 'indirectSupport', relativeId: 'eva' });
    record = withConsent(record, { id: 'c-ind-eva', scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative', status: 'declined' });
    record = withProposal(record, { id: 'is-1', relativeId: 'eva' });
    const mounted = await mountGather(record);
    const { el } = mounted;
    const status = textOf(deepElements(el).find((e) => e.matches('[part="indirect-support-status"]'))!);
    expect(status).to.include('Den enskilde och Eva Andersson är inte överens.');
    expect(status).to.include('Insatsen kan ändå beslutas; bara markeringen som indirekt stöd faller bort.');
    await typeInto(byRole(el, 'textbox', 'Om ni inte är överens: hur fortsätter ni att söka en lösning?'), 'Nytt samtal med båda i april.');
    await settle(el);
    expect(lastRecord(mounted)?.indirectSupport[0]?.continuedSearch).to.equal('Nytt samtal med båda i april.');
    await expect(el).to.be.accessible();
  });

  it("C6, C11: for a child relative the child's views are asked for, and the child perspective is raised", async () => {
    let record = withRelative(gatherRecord(), { id: 'alva', name: 'Alva Svensson', relation: 'dotter', isChild: true });
    record = withProposal(record, { id: 'is-1', relativeId: 'alva', relativeView: undefined });
    const mounted = await mountGather(record);
    const { el } = mounted;
    const text = textOf(el);
    expect(text).to.include('Alva Svensson är under 18 år. Överväg att vägleda barnet till stöd för egen del');
    expect(text).to.include('barnets (Alva Svenssons) synpunkter');
    await typeInto(byRole(el, 'textbox', 'Barnets synpunkter, på ett sätt som passar ålder och mognad'), 'Alva vill gärna att pappa får hjälp på dagarna.');
    await settle(el);
    expect(lastRecord(mounted)?.indirectSupport[0]?.childViews).to.equal('Alva vill gärna att pappa får hjälp på dagarna.');
    await expect(el).to.be.accessible();
  });

  it("H4: hearing a relative who lives with the person (the core's relativesToHear) is answered in place: the button makes them the statement's source and moves focus to the form; once documented, the prompt goes", async () => {
    const mounted = await mountGather(takingPart(withEva(gatherRecord(), { livesWithPerson: true })));
    const { el } = mounted;
    const warnings = byRole(el, 'region', 'Att tänka på i det här steget');
    expect(textOf(warnings)).to.include('Eva Andersson bor med den enskilde.').and.to.include('behöver Eva Andersson få komma till tals');
    expect(textOf(el).split('Eva Andersson bor med den enskilde.'), 'said in full once, in the warnings').to.have.length(2);
    const block = byRole(el, 'region', 'Eva Andersson (granne)');
    expect(block.id).to.equal('gather-relative-eva');
    // The list at the top links to where it is done.
    byRole(warnings, 'link', 'Eva Andersson (granne)').click();
    expect(el.shadowRoot!.activeElement).to.equal(byRole(block, 'heading', 'Eva Andersson (granne)'));
    await press(byRole(block, 'button', 'Dokumentera en uppgift från Eva Andersson'));
    await settle(el);
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Dokumentera en uppgift');
    expect(byRole<HTMLInputElement>(byRole(el, 'group', 'Vem lämnade uppgiften?'), 'radio', 'Eva Andersson (granne)').checked).to.equal(true);
    await expect(el).to.be.accessible();

    await draftStatement(el, 'Eva berättar att hon vill vara med när hemtjänsten kommer.');
    await press(byRole(el, 'radio', 'Den anhöriga berättade självmant, utan att ha blivit tillfrågad'));
    await save(el);
    expect(lastRecord(mounted)?.statements).to.have.length(1);
    expect(textOf(el)).to.not.include('Eva Andersson bor med den enskilde.');
    expect(queryByRole(el, 'button', 'Dokumentera en uppgift från Eva Andersson')).to.equal(undefined);
  });

  it('C10: a statement from a professional is stored as volunteered when the handläggare says so', async () => {
    const mounted = await mountGather(gatherRecord());
    const { el } = mounted;
    await draftStatement(el, 'Distriktssköterskan ringde och berättade att Sven har fallit två gånger.');
    await press(byRole(el, 'radio', 'En yrkesperson'));
    await settle(el);
    await typeInto(byRole(el, 'textbox', 'Yrkespersonens namn'), 'Dana Berg');
    await typeInto(byRole(el, 'textbox', 'Yrkesroll och verksamhet'), 'Distriktssköterska, vårdcentralen');
    await press(byRole(byRole(el, 'group', 'Hur kom uppgiften fram?'), 'radio', 'Lämnat självmant'));
    await settle(el);
    expect(queryByRole(el, 'textbox', 'Referens i verksamhetssystemet (frivilligt)'), 'a reference belongs to a consent in the case system').to.equal(undefined);
    await save(el);
    const [statement] = lastRecord(mounted)?.statements ?? [];
    expect(statement).to.deep.include({
      source: { kind: 'professional', name: 'Dana Berg', role: 'Distriktssköterska, vårdcentralen' },
      basis: { kind: 'volunteered' },
    });
    expect(textOf(byRole(el, 'region', 'Hemliv'))).to.include('Lämnat självmant, utan att ha blivit tillfrågad');
    await expect(el).to.be.accessible();
  });

  it("C10: a statement from a professional is stored under the person's consent documented in the case system, with its reference", async () => {
    const mounted = await mountGather(gatherRecord());
    const { el } = mounted;
    await draftStatement(el, 'Enligt vårdcentralen behöver Sven hjälp med medicinerna.');
    await press(byRole(el, 'radio', 'En yrkesperson'));
    await settle(el);
    await typeInto(byRole(el, 'textbox', 'Yrkespersonens namn'), 'Dana Berg');
    await typeInto(byRole(el, 'textbox', 'Yrkesroll och verksamhet'), 'Distriktssköterska, vårdcentralen');
    await press(byRole(el, 'radio', 'Med den enskildes samtycke, dokumenterat i verksamhetssystemet'));
    await settle(el);
    await typeInto(byRole(el, 'textbox', 'Referens i verksamhetssystemet (frivilligt)'), 'Dnr 2026-0142');
    await save(el);
    const [statement] = lastRecord(mounted)?.statements ?? [];
    expect(statement).to.deep.include({
      source: { kind: 'professional', name: 'Dana Berg', role: 'Distriktssköterska, vårdcentralen' },
      basis: { kind: 'caseSystemConsent', reference: 'Dnr 2026-0142' },
    });
    expect(textOf(byRole(el, 'region', 'Hemliv'))).to.include('dokumenterat i verksamhetssystemet (referens: Dnr 2026-0142)');
    await expect(el).to.be.accessible();
  });

  it("C10: a professional's statement without saying how it came is refused with the core's reason, and nothing is assumed", async () => {
    const mounted = await mountGather(gatherRecord());
    const { el } = mounted;
    await draftStatement(el, 'Hemtjänstens gruppledare säger att Sven äter dåligt.');
    await press(byRole(el, 'radio', 'En yrkesperson'));
    await settle(el);
    await typeInto(byRole(el, 'textbox', 'Yrkespersonens namn'), 'Gustav Ek');
    await typeInto(byRole(el, 'textbox', 'Yrkesroll och verksamhet'), 'Gruppledare, hemtjänsten');
    await save(el);
    expect(mounted.of('anhorig-change')).to.have.length(0);
    expect(byRole(el, 'alert').textContent).to.include('Uppgiften från Gustav Ek behöver ange samtycket den hämtades in med, eller att den lämnades självmant.');
    expect(byRole<HTMLTextAreaElement>(el, 'textbox', 'Uppgiften').value, 'the draft is kept').to.equal('Hemtjänstens gruppledare säger att Sven äter dåligt.');
    await expect(el).to.be.accessible();
  });

  it('privacy: a kept statement draft names its relative by id, so it still points at that relative when the list changes', async () => {
    const olle = { id: 'olle', name: 'Olle Berg', relation: 'son' };
    const mounted = await mountGather(withRelative(withEva(), olle));
    const { el } = mounted;
    await draftStatement(el, 'Eva berättar att Sven inte vill ha hjälp av Olle.');
    await press(byRole(el, 'radio', 'Eva Andersson (granne)'));
    await press(byRole(el, 'radio', 'Den anhöriga berättade självmant, utan att ha blivit tillfrågad'));
    await settle(el);
    // The host passes the same investigation with the relatives in another order: Olle first.
    (el as unknown as { record: InvestigationRecord }).record = withEva(withRelative(gatherRecord(), olle));
    await settle(el);
    expect(byRole<HTMLInputElement>(el, 'radio', 'Eva Andersson (granne)').checked).to.equal(true);
    expect(byRole<HTMLInputElement>(el, 'radio', 'Olle Berg (son)').checked).to.equal(false);
    await save(el);
    expect(lastRecord(mounted)?.statements[0]?.source).to.deep.equal({ kind: 'relative', relativeId: 'eva' });

    // Eva is no longer in the investigation: a draft naming her is refused, never given to someone else.
    await draftStatement(el, 'Eva ringde igen.');
    await press(byRole(el, 'radio', 'Eva Andersson (granne)'));
    await press(byRole(el, 'radio', 'Den anhöriga berättade självmant, utan att ha blivit tillfrågad'));
    await settle(el);
    const changes = mounted.of('anhorig-change').length;
    const withoutEva = lastRecord(mounted)!;
    (el as unknown as { record: InvestigationRecord }).record = { ...withoutEva, relatives: withoutEva.relatives.filter((r) => r.id !== 'eva'), statements: [] };
    await settle(el);
    expect(byRole<HTMLInputElement>(el, 'radio', 'Olle Berg (son)').checked).to.equal(false);
    await save(el);
    expect(mounted.of('anhorig-change').slice(changes).flatMap((e) => (e.detail as AnhorigChangeDetail).record.statements)).to.deep.equal([]);
    expect(byRole(el, 'alert').textContent).to.include('Uppgiften anger en anhörig som inte finns i utredningen.');
  });

  it('privacy: a kept indirect-support draft names its relative by id, so it still points at that relative when the list changes', async () => {
    const olle = { id: 'olle', name: 'Olle Berg', relation: 'son' };
    const mounted = await mountGather(withRelative(withEva(), olle));
    const { el } = mounted;
    await choose(byRole(el, 'combobox', 'Insats'), 'Avlösning i hemmet – brukar kunna avlasta anhöriga');
    await choose(byRole(el, 'combobox', 'Livsområde för insatsen'), 'Hemliv');
    await choose(byRole(el, 'combobox', 'Vilken anhörig avlastas?'), 'Olle Berg (son)');
    await settle(el);
    // The host passes the same investigation with the relatives in another order: Olle first.
    (el as unknown as { record: InvestigationRecord }).record = withEva(withRelative(gatherRecord(), olle));
    await settle(el);
    const select = byRole<HTMLSelectElement>(el, 'combobox', 'Vilken anhörig avlastas?');
    expect(select.selectedOptions[0]?.textContent?.trim()).to.equal('Olle Berg (son)');
    await save(el, 'Spara förslaget');
    expect(lastRecord(mounted)?.indirectSupport[0]?.relativeId).to.equal('olle');
  });

  it('readonly: everything is shown and nothing can be changed', async () => {
    const record = withStatement(readyRecord(), { id: 's-own', text: 'Sven vill klara sig själv så länge det går.' });
    const recordWithAnswers = withStatement(record, { id: 's-answer', kind: 'promptAnswer', promptId: 'fraga-enskild', lifeAreaId: undefined, text: 'Att kunna bo kvar hemma.' });
    const { el, of } = await mountGather(recordWithAnswers, { readonly: true });
    for (const role of ['textbox', 'combobox', 'checkbox', 'radio', 'button']) expect(allByRole(el, role), role).to.have.length(0);
    expect(deepElements(el).some((e) => e.tagName === 'FORM')).to.equal(false);
    const text = textOf(el);
    expect(text).to.include('Eva lagar mat och handlar varje dag.');
    expect(text).to.include('Sven vill klara sig själv så länge det går.');
    expect(text).to.include('Att kunna bo kvar hemma.');
    expect(text).to.include('Villkoren är uppfyllda: insatsen kan markeras som indirekt stöd i uppdraget.');
    expect(of('anhorig-change')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('renders in English with lang="en"', async () => {
    const { el } = await mountGather(withEva(), { lang: 'en' });
    expect(queryByRole(el, 'heading', 'Information per life area')).to.exist;
    expect(queryByRole(el, 'button', 'Save the information')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<anhorig-step-gather>: the handläggare’s day (H1–H6, structure, words)', () => {
  /** Eva takes part; Olle was asked and does not; Gustav is a god man outside the family (H2). */
  const family = (): InvestigationRecord => {
    let record = takingPart(withEva());
    record = withRelative(record, { id: 'olle', name: 'Olle Berg', relation: 'son' });
    record = withRelative(record, {
      id: 'gustav',
      name: 'Gustav Ek',
      relation: 'god man',
      isRelative: false,
      legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt och förvalta egendom', coversPersonalMatters: false },
    });
    return record;
  };

  it('Length, H2: only a relative who takes part gets a block with stance and questions; the others are in one collapsed disclosure; a god man outside the family is nowhere', async () => {
    const { el } = await mountGather(family());
    const eva = byRole(el, 'region', 'Eva Andersson (granne)');
    expect(eva.id).to.equal('gather-relative-eva');
    expect(eva.dataset.relativeId).to.equal('eva');
    expect(queryByRole(eva, 'group', 'Vill Eva Andersson ge stöd eller omsorg?')).to.exist;
    expect(queryByRole(el, 'group', 'Vill Olle Berg ge stöd eller omsorg?'), 'no stance for a relative who does not take part').to.equal(undefined);
    expect(textOf(el)).to.include('Frågor till Eva Andersson').and.not.to.include('Frågor till Olle Berg');
    const others = deepElements(el).find((e) => e.tagName === 'SUMMARY' && e.textContent?.trim() === 'Övriga anhöriga (1)') as HTMLElement;
    expect((others.parentElement as HTMLDetailsElement).open, 'collapsed').to.equal(false);
    expect(queryByRole(el, 'region', 'Olle Berg (son)'), 'no block for a relative the step does not concern').to.equal(undefined);
    await press(others);
    await settle(el);
    expect(textOf(others.parentElement!)).to.include('Olle Berg (son)');
    expect(textOf(el), 'H2: the god man is not in step 4').not.to.include('Gustav Ek');
    expect(Array.from(byRole<HTMLSelectElement>(el, 'combobox', 'Vilken anhörig avlastas?').options).map((o) => o.value)).not.to.include('gustav');
    // One list of things to consider, at the top: no other notice box with a heading.
    const boxes = Array.from(el.shadowRoot!.querySelectorAll('.notice')).filter((n) => n.querySelector('h3, h4, h5'));
    expect(boxes.map((b) => b.getAttribute('part'))).to.deep.equal(['warnings']);
    await expect(el).to.be.accessible();
  });

  it('H4, C11: for a relative under 18 the step records that the child was guided to own support, shows it done, and the prompt goes', async () => {
    const record = takingPart(withRelative(gatherRecord(), { id: 'alva', name: 'Alva Svensson', relation: 'barnbarn', isChild: true }), 'alva');
    const mounted = await mountGather(record);
    const { el } = mounted;
    expect(textOf(byRole(el, 'region', 'Att tänka på i det här steget'))).to.include('Alva Svensson är under 18 år.');
    await press(byRole(el, 'button', 'Barnet har vägletts till stöd för egen del (Alva Svensson)'));
    await settle(el);
    const own = mounted.of<AnhorigChangeDetail>('anhorig-change').at(-1)?.detail.relativeRecords.find((r) => r.relativeId === 'alva');
    expect(own?.childGuidedToOwnSupport).to.equal(true);
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Barnet har vägletts till stöd för egen del.');
    expect(queryByRole(el, 'button', /^Barnet har vägletts/)).to.equal(undefined);
    expect(textOf(el), 'the warning is gone').not.to.include('Alva Svensson är under 18 år.');
    await expect(el).to.be.accessible();
  });

  it('H4, C14: a relative who coordinates care is asked about a SIP with two answers; the answer is recorded, shown, and the warning goes', async () => {
    const mounted = await mountGather(takingPart(withEva(gatherRecord(), { coordinatesCare: true })));
    const { el } = mounted;
    expect(textOf(byRole(el, 'region', 'Att tänka på i det här steget'))).to.include('Överväg en samordnad individuell plan (SIP)');
    const block = byRole(el, 'region', 'Eva Andersson (granne)');
    expect(queryByRole(block, 'button', 'SIP behövs inte nu (Eva Andersson)')).to.exist;
    await press(byRole(block, 'button', 'En SIP ska tas initiativ till (Eva Andersson)'));
    await settle(el);
    expect(lastRecord(mounted)?.relatives[0]?.sipConsidered).to.deep.equal({ date: TODAY, outcome: 'initiate' });
    expect(el.shadowRoot!.activeElement?.textContent).to.equal(`SIP: en SIP ska tas initiativ till (${TODAY}).`);
    expect(textOf(el)).not.to.include('Överväg en samordnad individuell plan');
    await expect(el).to.be.accessible();
  });

  it('H4, C12: a relative’s need of own support is recorded in step 4, in the relative’s own record, under an outline that fits', async () => {
    const mounted = await mountGather(takingPart(withEva()));
    const { el } = mounted;
    await openDisclosure(el, /^Stöd för egen del för Eva Andersson/);
    const own = deepElements(el).find((e) => e.tagName === 'ANHORIG-OWN-SUPPORT')!;
    await settle(own);
    expect(own.shadowRoot!.querySelector('h5')?.textContent).to.equal('Stöd för egen del – Eva Andersson');
    await openDisclosure(own, /^Dokumentera ett behov av stöd för egen del för Eva Andersson/);
    await typeInto(byRole(own, 'textbox', 'Vad behöver den anhöriga stöd med?'), 'Någon att prata med om oron för Sven.');
    await press(byRole(own, 'button', 'Lägg till behovet'));
    await settle(el);
    const record = mounted.of<AnhorigChangeDetail>('anhorig-change').at(-1)?.detail.relativeRecords.find((r) => r.relativeId === 'eva');
    expect(record?.ownSupportNeeds.map((n) => n.description)).to.deep.equal(['Någon att prata med om oron för Sven.']);
    expect(textOf(el)).to.include('Stöd för egen del för Eva Andersson (1 behov dokumenterat)');
    await expect(el).to.be.accessible();
  });

  it('H6, C6: both consents to an indirect support are recorded where the proposal is — the person’s and the relative’s own — and the marker then applies', async () => {
    const mounted = await mountGather(withProposal(takingPart(withEva(gatherRecord(), { livesWithPerson: true })), { id: 'is-1', relativeId: 'eva' }));
    const { el } = mounted;
    const record = async (summary: RegExp) => {
      await openDisclosure(el, summary);
      const panel = deepElements(el).find((e) => e.tagName === 'ANHORIG-CONSENT-PANEL')!;
      await press(byRole(panel, 'radio', 'Ja'));
      await press(byRole(panel, 'radio', 'Muntligt'));
      await press(byRole(panel, 'button', 'Registrera'));
      await settle(el);
      return panel;
    };
    await record(/^Registrera den enskildes samtycke här$/);
    const own = await openDisclosure(el, /^Registrera Eva Anderssons eget samtycke här$/).then(() => deepElements(el).find((e) => e.tagName === 'ANHORIG-CONSENT-PANEL')!);
    expect(queryByRole(own, 'group', /^Vem lämnar/), 'the relative’s own answer: nobody else to choose').to.equal(undefined);
    await press(byRole(own, 'radio', 'Ja'));
    await press(byRole(own, 'radio', 'Muntligt'));
    await press(byRole(own, 'button', 'Registrera'));
    await settle(el);
    const consents = lastRecord(mounted)?.consents.filter((c) => c.scope === 'indirectSupport').map((c) => ({ givenBy: c.givenBy, status: c.status }));
    expect(consents).to.deep.equal([
      { givenBy: 'person', status: 'given' },
      { givenBy: 'relative', status: 'given' },
    ]);
    const card = byRole(el, 'region', 'Avlösning i hemmet (Hemliv) – avlastar Eva Andersson');
    expect(textOf(card)).to.include('Villkoren är uppfyllda').and.to.include('Båda har samtyckt.');
    await expect(el).to.be.accessible();
  });

  it('structure: groups repeated per relative name the relative, every group name is unique, and no name has a space before a colon', async () => {
    let record = takingPart(withRelative(takingPart(withEva()), { id: 'hans', name: 'Hans Berg', chosenName: 'Hans', relation: 'son' }), 'hans');
    record = withRelative(record, { id: 'alva', name: 'Alva Svensson', relation: 'barnbarn', isChild: true, coordinatesCare: true });
    record = withProposal(record, { id: 'is-1', relativeId: 'hans' });
    record = withStatement(withStatement(record, { id: 's-1' }), { id: 's-2' });
    const { el } = await mountGather(record);
    await openDisclosure(el, /^Frågor till Eva Andersson/);
    await openDisclosure(el, /^Frågor till Hans \(son\)/);
    expect(queryByRole(el, 'group', 'Inom vilka livsområden ger Eva Andersson stöd?')).to.exist;
    expect(queryByRole(el, 'group', 'Inom vilka livsområden ger Hans stöd?')).to.exist;
    expect(queryByRole(el, 'group', 'Hur kom Hans svar fram?')).to.exist;
    // Genitive of a name ending in s: "Hans", never "Hanss".
    expect(queryByRole(el, 'textbox', 'Anteckning om Hans inställning (frivilligt)')).to.exist;
    expect(textOf(el)).not.to.include('Hanss');
    const groups = allByRole(el.shadowRoot!.firstElementChild!, 'group').map((g) => (g.querySelector('legend')?.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(groups.filter((name, i) => groups.indexOf(name) !== i), 'repeated group names').to.deep.equal([]);
    const names = deepElements(el)
      .filter((e) => e.matches('h2, h3, h4, h5, h6, fieldset, summary, button, a, input, select, textarea, section[aria-labelledby]'))
      .map((e) => computeAccessibleName(e));
    expect(names).to.include.members(['Barnet har vägletts till stöd för egen del (Alva Svensson)', 'SIP behövs inte nu (Alva Svensson)']);
    expect(names.filter((n) => /\s:/.test(n))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('words: no rule codes in what is shown, "verksamhetssystemet", and "saklig, väsentlig och inte nedsättande", in Swedish and in English', async () => {
    const record = withProposal(takingPart(withRelative(withEva(), { id: 'alva', name: 'Alva Svensson', relation: 'barnbarn', isChild: true, coordinatesCare: true })), { id: 'is-1', relativeId: 'eva' });
    for (const lang of ['sv', 'en']) {
      const { el } = await mountGather(record, lang === 'en' ? { lang } : {});
      await press(byRole(el, 'radio', lang === 'en' ? 'A professional' : 'En yrkesperson'));
      await settle(el);
      const text = textOf(el);
      expect(text.match(/\((?:[CRMHLT]\d+[–-]?)+\)|\b[CRMHLT]\d\b/g), `rule codes (${lang})`).to.equal(null);
      for (const word of ['ärendesystem', 'kallelse', 'stödperson', 'kränkande', 'Anhöriga att uppmärksamma']) expect(text, word).not.to.include(word);
      if (lang === 'sv') expect(text).to.include('saklig, väsentlig och inte nedsättande');
    }
  });
});
