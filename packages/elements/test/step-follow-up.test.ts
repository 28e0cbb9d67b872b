import { expect } from '@open-wc/testing';
import { computeAccessibleName } from 'dom-accessibility-api';
import '../src/step-follow-up/define.js';
import type { AnhorigStepFollowUp } from '../src/step-follow-up/anhorig-step-follow-up.js';
import { defaultCatalogue, issueAssignment, type FollowUp, type InvestigationRecord, type RelativeRecord } from '@anhorig/core';
import { caseworker, makeRelativeRecord, readyRecord, testCatalogue, withConsent, withPlan, withRelative } from '../../core/test/fixtures/records.js';
import { allByRole, byRole, mount, press, queryByRole, settle, textOf, TODAY, typeInto, deepElements } from './helpers.js';

type Change = { record: InvestigationRecord; relativeRecords: RelativeRecord[] };

/** The catalogue's follow-up scale decides the options; this one has the default four steps. */
const catalogue = { ...testCatalogue, followUpScale: defaultCatalogue.followUpScale };

const completeRecord = (): InvestigationRecord => ({ ...readyRecord(), progress: { step: 'followUp', phase: 'complete', completedAt: '2026-03-01' } });

const startedFollowUp = (overrides: Partial<FollowUp> = {}): FollowUp => ({
  startedAt: '2026-03-10',
  invitations: [],
  person: { supportGiven: 'unknown', stillWantsRelativeSupport: [] },
  relativeViews: [],
  outcomeActions: [],
  ...overrides,
});

const inFollowUp = (record: InvestigationRecord = completeRecord(), followUp: FollowUp = startedFollowUp()): InvestigationRecord => ({
  ...record,
  followUp,
  progress: { ...record.progress, phase: 'followUp' },
});

const withFollowUpConsent = (record: InvestigationRecord): InvestigationRecord =>
  withConsent(record, { id: 'c-follow-up', scope: 'participateInFollowUp', relativeId: 'eva' });

const last = (of: <T>(type: string) => CustomEvent<T>[]): Change | undefined => of<Change>('anhorig-change').at(-1)?.detail;

/** A radio or checkbox inside the group (fieldset) with this legend. */
const inGroup = (el: Element, group: string | RegExp, role: 'radio' | 'checkbox', option: string): HTMLElement => {
  const found = allByRole(byRole(el, 'group', group), role, option)[0];
  if (!found) throw new Error(`No ${role} "${option}" in group ${String(group)}`);
  return found;
};

describe('<anhorig-step-follow-up>', () => {
  it('before the investigation is complete, explains when follow-up opens and offers no start', async () => {
    const record = { ...readyRecord(), progress: { step: 'followUp' as const, phase: 'investigation' as const } };
    const { el } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record, catalogue });
    expect(byRole(el, 'heading', 'Steg 6 av 6: Följa upp')).to.exist;
    expect(textOf(el)).to.include('när uppdraget är skickat till utföraren eller ansökan är avslagen');
    expect(queryByRole(el, 'button', 'Påbörja uppföljningen')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('starts the follow-up, a later phase on the same record', async () => {
    const { el, of } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record: completeRecord(), catalogue });
    expect(textOf(el)).not.to.include('Uppföljningen öppnas när');
    await expect(el).to.be.accessible();
    await press(byRole(el, 'button', 'Påbörja uppföljningen'));
    await settle(el);
    const record = last(of)?.record;
    expect(record?.followUp?.startedAt).to.equal(TODAY);
    expect(record?.progress.phase).to.equal('followUp');
    expect(record?.statements).to.have.length(1); // the investigation stays as it was
    expect(byRole(el, 'heading', 'Uppföljning med den enskilde')).to.exist;
    expect(textOf(el)).to.include('Uppföljningssamtal med Sven.');
    await expect(el).to.be.accessible();
  });

  it('asks the person whether the support was given with good quality and whether they still want the relative’s support', async () => {
    const { el, of } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record: inFollowUp(), catalogue });
    await press(inGroup(el, 'Har den enskilde fått den beviljade insatsen?', 'radio', 'Ja'));
    await typeInto(byRole(el, 'textbox', 'Den enskildes syn på insatsen och på dess kvalitet'), 'Nöjd med hemtjänsten.');
    await press(inGroup(el, /^Vill den enskilde fortfarande ta emot stöd från Eva Andersson/, 'radio', 'Ja'));
    await settle(el);
    expect(last(of)?.record.followUp?.person).to.deep.equal({
      supportGiven: 'yes',
      qualityView: 'Nöjd med hemtjänsten.',
      stillWantsRelativeSupport: [{ relativeId: 'eva', answer: 'yes' }],
    });
    await expect(el).to.be.accessible();
  });

  it('C8: without consent to take part in the follow-up, the relative’s view of the support is not offered; the missing consent is shown', async () => {
    const { el, of } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record: inFollowUp(), catalogue });
    const text = textOf(el);
    expect(text).to.include('Samtycke saknas');
    expect(text).to.include('Registrera samtycke till att delta i uppföljningen');
    expect(el.shadowRoot?.querySelector('anhorig-consent-request[scope="participateInFollowUp"][relative-id="eva"]')).to.exist;
    expect(queryByRole(el, 'radio', 'Delvis uppnått')).to.equal(undefined);
    expect(queryByRole(el, 'textbox', 'Synpunkter på insatsens kvalitet (frivilligt)')).to.equal(undefined);
    expect(queryByRole(el, 'button', /^Spara synpunkterna/)).to.equal(undefined);
    expect(queryByRole(el, 'button', /^Registrera att inbjudan är skickad/)).to.equal(undefined);
    expect(of('anhorig-change')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('C8: recording the missing consent in place opens the relative’s part of the follow-up', async () => {
    const { el } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record: inFollowUp(), catalogue });
    const summary = deepElements(el).find((e) => e.tagName === 'SUMMARY' && e.textContent?.includes('Registrera samtycke')) as HTMLElement;
    await press(summary);
    await settle(el);
    // H1: nothing is preselected; the handläggare chooses the answer and the form.
    const panel = deepElements(el).find((e) => e.tagName === 'ANHORIG-CONSENT-PANEL')!;
    await press(byRole(panel, 'radio', 'Ja'));
    await press(byRole(panel, 'radio', 'Muntligt'));
    await press(byRole(panel, 'button', 'Registrera'));
    await settle(el);
    expect(byRole(el, 'radio', 'Delvis uppnått')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('C8: with consent, the relative is invited and rates the relief on the catalogue’s scale; the view names the consent', async () => {
    const { el, of } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record: inFollowUp(withFollowUpConsent(completeRecord())), catalogue });
    expect(textOf(el)).to.include('Mål för avlastningen: Eva får två lediga eftermiddagar i veckan.');
    await expect(el).to.be.accessible();

    await press(byRole(el, 'button', 'Registrera att inbjudan är skickad: Eva Andersson'));
    await settle(el);
    expect(last(of)?.record.followUp?.invitations).to.deep.equal([{ relativeId: 'eva', sentAt: TODAY }]);
    expect(textOf(el)).to.include('Inbjuden till uppföljningsmötet 15 mars 2026.');

    const scale = byRole(el, 'group', 'Har avlösning i hemmet gett den avsedda avlastningen?');
    expect(allByRole(scale, 'radio').map((r) => r.nextElementSibling?.textContent)).to.deep.equal(['Uppnått', 'Delvis uppnått', 'Inte uppnått', 'Kan ej bedömas']);
    await press(inGroup(el, 'Har avlösning i hemmet gett den avsedda avlastningen?', 'radio', 'Delvis uppnått'));
    await typeInto(byRole(el, 'textbox', 'Den anhörigas syn på avlastningen från avlösning i hemmet (frivilligt)'), 'Hinner handla men inte vila.');
    await typeInto(byRole(el, 'textbox', 'Synpunkter på insatsens kvalitet (frivilligt)'), 'Personalen byts ofta.');
    await typeInto(byRole(el, 'textbox', 'Hur insatsen har påverkat den enskildes liv och det egna livet (frivilligt)'), 'Sven är gladare.');
    await press(byRole(el, 'button', 'Spara synpunkterna: Eva Andersson'));
    await settle(el);

    const [view] = last(of)?.record.followUp?.relativeViews ?? [];
    expect(view).to.deep.equal({
      relativeId: 'eva',
      consentId: 'c-follow-up',
      goalResults: [{ decisionId: 'b-avlosning', resultId: 'delvis-uppnatt', view: 'Hinner handla men inte vila.' }],
      qualityView: 'Personalen byts ofta.',
      effectView: 'Sven är gladare.',
    });
    expect(byRole(el, 'status').textContent).to.include('Synpunkterna är sparade');
    await expect(el).to.be.accessible();
  });

  it('C8: the relative’s own situation is recorded without consent, in the relative’s own record, apart from the person’s', async () => {
    const { el, of } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record: inFollowUp(), catalogue });
    expect(textOf(el)).to.include('hålls isär från uppföljningen av den enskildes insats');
    await press(inGroup(el, /^Har Eva Andersson fortfarande möjlighet och vill fortsätta/, 'radio', 'Nej'));
    await typeInto(byRole(el, 'textbox', 'Nytt behov av stöd för egen del (frivilligt)'), 'Behöver en anhöriggrupp.');
    await press(byRole(el, 'button', 'Spara den anhörigas egen situation: Eva Andersson'));
    await settle(el);

    const change = last(of);
    const own = change?.relativeRecords.find((r) => r.relativeId === 'eva');
    expect(own?.ownSituationFollowUp).to.deep.equal([{ date: TODAY, stillAbleAndWilling: 'no', newNeed: 'Behöver en anhöriggrupp.' }]);
    expect(JSON.stringify(change?.record)).not.to.include('Behöver en anhöriggrupp.');
    expect(change?.record.consents.some((c) => c.scope === 'participateInFollowUp')).to.equal(false);
    expect(byRole(el, 'status').textContent).to.include('sparad i hens egen journal');
    expect(textOf(el)).to.include('Nytt behov: Behöver en anhöriggrupp.');
    await expect(el).to.be.accessible();
  });

  it('keeps earlier conversations about the relative’s own situation and appends a new one', async () => {
    const relativeRecords = [makeRelativeRecord({ relativeId: 'eva', ownSituationFollowUp: [{ date: '2026-03-11', stillAbleAndWilling: 'yes' }] })];
    const { el, of } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record: inFollowUp(), relativeRecords, catalogue });
    expect(textOf(el)).to.include('11 mars 2026: kan och vill fortsätta: Ja');
    await press(byRole(el, 'button', 'Spara den anhörigas egen situation: Eva Andersson'));
    await settle(el);
    expect(last(of)?.relativeRecords.find((r) => r.relativeId === 'eva')?.ownSituationFollowUp).to.deep.equal([
      { date: '2026-03-11', stillAbleAndWilling: 'yes' },
      { date: TODAY, stillAbleAndWilling: 'unknown' },
    ]);
  });

  it('outcome “updated assignment” prompts to send an updated assignment in step 5', async () => {
    const { el, of } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record: inFollowUp(), catalogue });
    expect(queryByRole(el, 'button', 'Gå till steg 5 och skicka det uppdaterade uppdraget')).to.equal(undefined);
    await press(inGroup(el, 'Åtgärder efter uppföljningen', 'checkbox', 'Ett uppdaterat uppdrag till utföraren'));
    await press(inGroup(el, 'Åtgärder efter uppföljningen', 'checkbox', 'Den anhöriga ansöker om stöd för egen del'));
    await settle(el);
    expect(last(of)?.record.followUp?.outcomeActions).to.deep.equal(['updatedAssignment', 'relativeOwnSupport']);
    expect(textOf(el)).to.include('ändrar du det som uppföljningen ledde till, till exempel nästa uppföljning');
    expect(textOf(el)).to.include('Inget om den enskilde följer med ansökan');
    await expect(el).to.be.accessible();

    await typeInto(byRole(el, 'textbox', 'Anteckning om uppföljningen (frivilligt)'), 'Ny uppföljning om ett halvår.');
    expect(last(of)?.record.followUp?.note).to.equal('Ny uppföljning om ett halvår.');

    await press(byRole(el, 'button', 'Gå till steg 5 och skicka det uppdaterade uppdraget'));
    await settle(el);
    const [stepChange] = of<{ step: string }>('anhorig-step-change');
    expect(stepChange?.detail.step).to.equal('assignment');
  });

  it('readonly: shows the follow-up and offers nothing to change', async () => {
    const record = inFollowUp(
      withFollowUpConsent(completeRecord()),
      startedFollowUp({
        invitations: [{ relativeId: 'eva', sentAt: '2026-03-11' }],
        person: { supportGiven: 'yes', qualityView: 'Nöjd.', stillWantsRelativeSupport: [{ relativeId: 'eva', answer: 'yes' }] },
        relativeViews: [
          { relativeId: 'eva', consentId: 'c-follow-up', goalResults: [{ decisionId: 'b-avlosning', resultId: 'uppnatt' }], qualityView: 'Bra personal.' },
        ],
        outcomeActions: ['updatedAssignment'],
        note: 'Uppdraget uppdateras.',
      }),
    );
    const relativeRecords = [makeRelativeRecord({ relativeId: 'eva', ownSituationFollowUp: [{ date: '2026-03-12', stillAbleAndWilling: 'yes', newNeed: 'Vill gå i anhöriggrupp.' }] })];
    const { el } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record, relativeRecords, catalogue, readonly: true });
    const text = textOf(el);
    expect(text).to.include('Nöjd.');
    expect(text).to.include('Inbjuden till uppföljningsmötet 11 mars 2026.');
    expect(text).to.include('Uppnått');
    expect(text).to.include('Bra personal.');
    expect(text).to.include('Nytt behov: Vill gå i anhöriggrupp.');
    expect(text).to.include('Ett uppdaterat uppdrag till utföraren');
    expect(text).to.include('Uppdraget uppdateras.');
    expect(allByRole(el, 'button')).to.have.length(0);
    expect(allByRole(el, 'textbox')).to.have.length(0);
    expect(allByRole(el, 'radio')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('readonly before the follow-up has started offers no start', async () => {
    const { el } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record: completeRecord(), catalogue, readonly: true });
    expect(textOf(el)).to.include('Uppföljningen är inte påbörjad.');
    expect(allByRole(el, 'button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const { el } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record: inFollowUp(), catalogue, lang: 'en' });
    expect(byRole(el, 'heading', 'Follow-up with the person')).to.exist;
    expect(byRole(el, 'heading', 'The relative’s own situation')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('H2: a legal representative who is not a relative is not asked about as a relative', async () => {
    const record = withRelative(inFollowUp(), {
      id: 'nils',
      name: 'Nils Berg',
      relation: 'god man',
      isRelative: false,
      legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt och sörja för person', coversPersonalMatters: true },
    });
    const { el } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record, catalogue });
    expect(byRole(el, 'group', /^Vill den enskilde fortfarande ta emot stöd från Eva Andersson/)).to.exist;
    expect(queryByRole(el, 'group', /Nils Berg/), 'no question about his support, nor whether he can continue').to.equal(undefined);
    expect(textOf(el)).not.to.include('Nils Berg');
    await expect(el).to.be.accessible();
  });

  it('H7: interpreter and communication support noted for the person and the relative are shown at each conversation', async () => {
    const base = withFollowUpConsent(completeRecord());
    const record = inFollowUp({
      ...base,
      person: { ...base.person, communication: { interpreterLanguage: 'finska', supports: ['aac'] } },
      relatives: base.relatives.map((r) => ({ ...r, communication: { supports: ['signLanguage' as const], minorityLanguage: 'meankieli' as const } })),
    });
    const { el } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record, catalogue });
    const person = byRole(el, 'heading', 'Uppföljning med den enskilde').closest('section')!;
    expect(textOf(person)).to.include('Tolk och kommunikationsstöd vid samtal med den enskilde Tolk: finska · AKK');
    const meeting = byRole(el, 'heading', 'Anhöriga i uppföljningen av den enskildes insats').closest('section')!;
    const own = byRole(el, 'heading', 'Den anhörigas egen situation').closest('section')!;
    for (const conversation of [meeting, own])
      expect(textOf(conversation)).to.include('Tolk och kommunikationsstöd vid samtal med Eva Andersson Teckenspråkstolk · Minoritetsspråk: meänkieli');
    await expect(el).to.be.accessible();
  });

  it('words: how and when the follow-up was planned read as two sentences, not "…samtycker., senast"', async () => {
    const record = inFollowUp(withPlan(completeRecord(), { followUpHow: 'Samtal med Sven, och med Eva om Sven samtycker.', followUpWhen: '2026-09-01' }));
    const { el } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record, catalogue });
    const text = textOf(el);
    expect(text).to.include('Samtal med Sven, och med Eva om Sven samtycker.');
    expect(text).to.include('Senast 1 september 2026.');
    expect(text).not.to.include('samtycker., senast');
  });

  it('H5: once the updated assignment is sent, the follow-up says which version went out and no longer asks to send it', async () => {
    const first = issueAssignment(readyRecord(), testCatalogue, caseworker, '2026-03-01');
    if (!first.ok) throw new Error('not sent');
    const second = issueAssignment(withPlan(first.record, { followUpWhen: '2027-03-01' }), testCatalogue, caseworker, TODAY);
    if (!second.ok) throw new Error('not sent');
    const record = inFollowUp(
      { ...second.record, progress: { step: 'followUp', phase: 'complete', completedAt: '2026-03-01' } },
      startedFollowUp({ assignmentsAtStart: 1, outcomeActions: ['updatedAssignment'] }),
    );
    const { el } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record, catalogue });
    expect(textOf(el)).to.include('Det uppdaterade uppdraget, version 2, skickades till utföraren 15 mars 2026.');
    expect(queryByRole(el, 'button', 'Gå till steg 5 och skicka det uppdaterade uppdraget')).to.equal(undefined);
  });

  it('words: a button’s name says for whom without a stray space before the colon', async () => {
    const { el } = await mount<AnhorigStepFollowUp>('anhorig-step-follow-up', { record: inFollowUp(withFollowUpConsent(completeRecord())), catalogue });
    const names = allByRole(el, 'button').map((b) => computeAccessibleName(b));
    expect(names).to.include.members(['Registrera att inbjudan är skickad: Eva Andersson', 'Spara synpunkterna: Eva Andersson', 'Spara den anhörigas egen situation: Eva Andersson']);
    expect(names.filter((n) => /\s:/.test(n))).to.deep.equal([]);
  });

  it('H5: the whole way in the investigation: "updated assignment" leads to step 5 with the next follow-up proposed, and ends in a new version sent', async () => {
    await import('../src/investigation/define.js');
    const sent = issueAssignment(readyRecord(), testCatalogue, caseworker, '2026-03-01');
    if (!sent.ok) throw new Error('not sent');
    const record = inFollowUp({ ...sent.record, progress: { step: 'followUp', phase: 'complete', completedAt: '2026-03-01' } }, startedFollowUp({ startedAt: '2026-09-01', assignmentsAtStart: 1 }));
    const { el, of } = await mount<HTMLElement>('anhorig-investigation', { record, catalogue, today: '2026-09-02' });
    await press(inGroup(el, 'Åtgärder efter uppföljningen', 'checkbox', 'Ett uppdaterat uppdrag till utföraren'));
    await settle(el);
    await press(byRole(el, 'button', 'Gå till steg 5 och skicka det uppdaterade uppdraget'));
    await settle(el);
    expect((byRole(el, 'textbox', 'När följs insatsen upp?') as HTMLInputElement).value).to.equal('2027-03-05');
    expect(textOf(el)).not.to.match(/inget har ändrats|behövs inte/);
    await press(byRole(el, 'button', 'Skicka uppdraget till utföraren'));
    await settle(el);
    const issued = of<{ assignment: { version: number; followUp: { when?: string } } }>('anhorig-assignment-issued');
    expect(issued.map((e) => [e.detail.assignment.version, e.detail.assignment.followUp.when])).to.deep.equal([[2, '2027-03-05']]);
  });
});
