import { expect } from '@open-wc/testing';
import '../src/step-involve/define.js';
import type { AnhorigStepInvolve } from '../src/step-involve/anhorig-step-involve.js';
import type { AnhorigChangeDetail, AnhorigOwnApplicationRequestDetail } from '../src/events/events.js';
import { relativesInStep, type Catalogue, type InvestigationRecord } from '@anhorig/core';
import { makeRecord, makeRelativeRecord, testCatalogue, withConsent, withRelative } from '../../core/test/fixtures/records.js';
import { allByRole, byRole, choose, deepElements, mount, openDisclosure, press, queryByRole, settle, textOf, TODAY, typeInto } from './helpers.js';

const catalogue: Catalogue = {
  ...testCatalogue,
  ownSupportOffers: [
    { id: 'stodsamtal', name: 'Stödsamtal', kind: 'general', description: 'Kräver ingen ansökan.' },
    { id: 'anhoriggrupper', name: 'Anhöriggrupper', kind: 'general' },
    { id: 'bistand', name: 'Ansökan om bistånd för egen del', kind: 'application', description: 'Ansökan görs i hemkommunen.' },
  ],
};

const withEva = (record = makeRecord()) => withRelative(record, { id: 'eva', name: 'Eva Andersson', relation: 'granne' });

/** Eva takes part: the person consented to her taking part in the meetings. */
const involvedRecord = (): InvestigationRecord => withConsent(withEva(), { scope: 'participate', relativeId: 'eva' });

const lastChange = (of: (type: string) => CustomEvent<AnhorigChangeDetail>[]) => {
  const change = of('anhorig-change').at(-1);
  if (!change) throw new Error('no anhorig-change');
  return change.detail;
};

describe('<anhorig-step-involve>: support to express their will', () => {
  it('saves whether the person needs support to express their will, with the handläggare’s own reflection', async () => {
    const { el, of } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record: involvedRecord(), catalogue });
    expect(byRole(el, 'heading', 'Steg 3 av 6: Om den enskilde vill att anhöriga deltar')).to.exist;
    await expect(el).to.be.accessible();
    await press(byRole(el, 'checkbox', 'Att kommunicera'));
    await press(byRole(el, 'checkbox', 'Att värdera insatser'));
    await typeInto(byRole(el, 'textbox', 'Din egen reflektion: kan du ge det stödet, eller behövs en annan lösning?'), 'Bildstöd behövs; jag bokar logoped.');
    await press(byRole(el, 'button', 'Spara'));
    await settle(el);
    expect(lastChange(of).record.expressionSupport).to.deep.equal({
      needs: ['communication', 'valuingOptions'],
      caseworkerReflection: 'Bildstöd behövs; jag bokar logoped.',
      suitabilityJudgement: '',
    });
    expect(byRole(el, 'status').textContent).to.include('Stödet att uttrycka sin vilja är sparat.');
    await expect(el).to.be.accessible();
  });

  it('C1: a supporter chosen without the consent supportInInvestigation shows which consent is missing and offers to record it', async () => {
    const { el, of } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record: involvedRecord(), catalogue });
    await choose(byRole<HTMLSelectElement>(el, 'combobox', 'Vem har den enskilde valt som stöd i utredningen? (frivilligt)'), 'Eva Andersson (granne)');
    await settle(el);
    const text = textOf(el);
    expect(text).to.include('Samtycke saknas: den enskilde har inte samtyckt till att Eva Andersson stödjer den enskilde i utredningen.');
    expect(text).to.include('Registrera samtycket här');
    expect(text).to.include('Den som ger stöd i utredningen stödjer den enskilde och bestämmer inte åt hen.');
    await expect(el).to.be.accessible();

    await typeInto(byRole(el, 'textbox', 'Din bedömning av att den som ger stöd i utredningen är lämplig'), 'Eva känner Sven väl och förstår sin roll.');
    await press(byRole(el, 'button', 'Spara'));
    await settle(el);
    expect(lastChange(of).record.expressionSupport).to.include({
      supporterRelativeId: 'eva',
      suitabilityJudgement: 'Eva känner Sven väl och förstår sin roll.',
    });
    // Saved, and the missing consent is still said (guide, don't obstruct).
    expect(textOf(el)).to.include('Samtycke saknas: den enskilde har inte samtyckt till att Eva Andersson stödjer den enskilde i utredningen.');
    await expect(el).to.be.accessible();
  });

  it('C1: with the consent in force, the supporter needs no consent notice', async () => {
    const record = withConsent(involvedRecord(), { scope: 'supportInInvestigation', relativeId: 'eva', date: '2026-02-01' });
    const { el } = await mount<AnhorigStepInvolve>('anhorig-step-involve', {
      record: { ...record, expressionSupport: { needs: ['communication'], caseworkerReflection: 'Ok', supporterRelativeId: 'eva', suitabilityJudgement: 'Lämplig' } },
      catalogue,
    });
    const text = textOf(el);
    expect(text).to.include('Den enskilde har samtyckt till stödet (2026-02-01).');
    expect(text).not.to.include('Samtycke saknas');
    await expect(el).to.be.accessible();
  });
});

describe('<anhorig-step-involve>: meeting plan', () => {
  it('saves the meeting plan for a relative who takes part', async () => {
    const { el, of } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record: involvedRecord(), catalogue });
    expect(byRole(el, 'heading', 'Eva Andersson (granne)')).to.exist;
    await press(byRole(el, 'radio', 'Tillsammans med den enskilde'));
    await press(byRole(el, 'checkbox', 'Den enskilde vill ha med sig någon som är viktig för hen vid mötet'));
    await settle(el);
    await typeInto(byRole(el, 'textbox', 'Vem, och annat att tänka på (frivilligt)'), 'Sonen Karl');
    await typeInto(byRole(el, 'textbox', 'Tolk för den enskilde: vilket språk? (frivilligt)'), 'finska');
    await typeInto(byRole(el, 'textbox', 'Kommunikationsstöd för Eva Andersson (frivilligt)'), 'Skrivtolk');
    await press(byRole(el, 'button', 'Spara samtalsplanen'));
    await settle(el);
    expect(lastChange(of).record.meetingPlans).to.deep.equal([
      {
        relativeId: 'eva',
        format: 'joint',
        personWantsCompany: true,
        companyNote: 'Sonen Karl',
        interpreterForPerson: 'finska',
        communicationSupportForPerson: '',
        communicationSupportForRelative: 'Skrivtolk',
      },
    ]);
    expect(byRole(el, 'status').textContent).to.include('Samtalsplanen är sparad.');
    await expect(el).to.be.accessible();
  });

  it('a meeting plan without a choice of joint or separate conversation is refused, with the reason linked to the choice', async () => {
    const { el, of } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record: involvedRecord(), catalogue });
    await press(byRole(el, 'button', 'Spara samtalsplanen'));
    await settle(el);
    expect(of('anhorig-change')).to.have.length(0);
    expect(byRole(el, 'alert').textContent).to.include('Välj ett av alternativen.');
    expect(byRole(el, 'link', 'Välj ett av alternativen.')).to.exist;
    await expect(el).to.be.accessible();
  });

  /** Eva, sambo, under a violence concern without a judgement, with the person's consent of one scope. */
  const underConcern = (scope: 'participate' | 'provideInformation') =>
    withConsent(
      withRelative(makeRecord(), {
        id: 'eva',
        name: 'Eva Andersson',
        relation: 'sambo',
        violenceConcern: { direction: 'personAtRisk', description: '', routineFollowed: true, raisedAt: '2026-01-20' },
      }),
      { scope, relativeId: 'eva' },
    );

  it('C4: a joint meeting with a relative under a violence concern is not offered, and the core’s reason is shown', async () => {
    const record = underConcern('participate');
    const { el } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record, catalogue });
    expect(byRole(el, 'heading', 'Eva Andersson (sambo)')).to.exist;
    expect(queryByRole(el, 'radio', 'Tillsammans med den enskilde')).to.equal(undefined);
    expect(queryByRole(el, 'button', 'Spara samtalsplanen')).to.equal(undefined);
    const text = textOf(el);
    expect(text).to.include('Det finns en oro för våld, hot eller tvång i relationen med Eva Andersson.');
    expect(text).to.include('kan inte delta i utredningen förrän en bedömning är dokumenterad');
    await expect(el).to.be.accessible();
  });

  it('C4: a relative the person wants involved in any form, whose part waits for a judgement, is listed as the core lists step 3, with the C4 reason', async () => {
    const record = underConcern('provideInformation');
    expect(relativesInStep(record, 'involve', TODAY).map((r) => r.id)).to.deep.equal(['eva']);
    const { el } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record, catalogue });
    expect(byRole(el, 'heading', 'Eva Andersson (sambo)')).to.exist;
    expect(queryByRole(el, 'button', 'Spara samtalsplanen')).to.equal(undefined);
    const text = textOf(el);
    expect(text).to.not.include('Just nu deltar ingen anhörig i utredningen.');
    expect(text).to.include('Den enskilde har samtyckt till att den här anhöriga deltar, men en bedömning behövs först.');
    expect(text).to.include('Det finns en oro för våld, hot eller tvång i relationen med Eva Andersson.');
    await expect(el).to.be.accessible();
  });

  const judgedRecord = (allowsJointMeeting: boolean) =>
    withConsent(
      withRelative(makeRecord(), {
        id: 'eva',
        name: 'Eva Andersson',
        violenceConcern: {
          direction: 'unclear',
          description: '',
          routineFollowed: true,
          raisedAt: '2026-01-20',
          judgement: { text: 'Bedömt med relationsvåldsteamet.', allowsParticipation: true, allowsJointMeeting, date: '2026-01-25', recordedBy: { id: 'hl-1', name: 'Handläggare Hanna' } },
        },
      }),
      { scope: 'participate', relativeId: 'eva' },
    );

  it('C4: a judgement that allows participation opens separate conversations only, and says why there is no joint one', async () => {
    const { el } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record: judgedRecord(false), catalogue });
    expect(byRole(el, 'radio', 'Var för sig')).to.exist;
    expect(queryByRole(el, 'radio', 'Tillsammans med den enskilde')).to.equal(undefined);
    expect(textOf(el)).to.include('bara i samtal var för sig');
    await expect(el).to.be.accessible();
  });

  it('C4: a judgement that says joint conversations are safe too offers both', async () => {
    const { el } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record: judgedRecord(true), catalogue });
    expect(byRole(el, 'radio', 'Tillsammans med den enskilde')).to.exist;
    expect(byRole(el, 'radio', 'Var för sig')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('C1: with the consent to take part missing, the missing consent is shown instead of the meeting plan', async () => {
    const record = withConsent(withEva(), { scope: 'provideInformation', relativeId: 'eva' });
    const { el } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record, catalogue });
    expect(byRole(el, 'heading', 'Eva Andersson (granne)')).to.exist;
    expect(queryByRole(el, 'button', 'Spara samtalsplanen')).to.equal(undefined);
    expect(queryByRole(el, 'radio', 'Var för sig')).to.equal(undefined);
    expect(textOf(el)).to.include('Samtycke saknas: den enskilde har inte samtyckt till att Eva Andersson deltar i utredningen.');
    await expect(el).to.be.accessible();

    const summary = deepElements(el).find((s) => s.tagName === 'SUMMARY' && s.textContent?.includes('Registrera samtycket här')) as HTMLElement | undefined;
    expect(summary).to.exist;
    await press(summary!);
    await settle(el);
    expect(byRole(el, 'heading', /Registrera samtycke: Delta i utredningens samtal/)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('a relative who does not want to take part is told apart: their effort is voluntary', async () => {
    const record = withConsent(involvedRecord(), { scope: 'participate', relativeId: 'eva', givenBy: 'relative', status: 'declined', date: '2026-02-01' });
    const { el } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record, catalogue });
    expect(queryByRole(el, 'button', 'Spara samtalsplanen')).to.equal(undefined);
    expect(textOf(el)).to.include('Eva Andersson vill inte delta i utredningen. Anhörigas medverkan är frivillig.');
    await expect(el).to.be.accessible();
  });

  it('with no relative taking part it says so calmly', async () => {
    const record = withConsent(withEva(), { scope: 'participate', relativeId: 'eva', status: 'declined' });
    const { el } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record, catalogue });
    expect(textOf(el)).to.include('Just nu deltar ingen anhörig i utredningen.');
    expect(queryByRole(el, 'heading', 'Eva Andersson (granne)')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('<anhorig-step-involve>: own support (C12)', () => {
  it('C12: a need of own support is recorded as the relative’s, and an own application request carries nothing about the person', async () => {
    const record = involvedRecord();
    const { el, of } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record, catalogue });
    expect(textOf(el)).to.include('Den anhöriga kan vara anonym där.');
    await openDisclosure(el, /^Dokumentera ett behov av stöd för egen del/);
    await typeInto(byRole(el, 'textbox', 'Vad behöver den anhöriga stöd med?'), 'Avlastning och någon att prata med.');
    await press(byRole(el, 'checkbox', 'Generellt stöd utan behovsprövning'));
    await press(byRole(el, 'checkbox', 'Information om hur man ansöker om stöd för egen del'));
    await press(byRole(el, 'checkbox', 'Stödsamtal'));
    await choose(byRole<HTMLSelectElement>(el, 'combobox', 'Vilken form av ansökan gäller det? (frivilligt)'), 'Ansökan om bistånd för egen del');
    await press(byRole(el, 'button', 'Lägg till behovet'));
    await settle(el);

    const detail = lastChange(of);
    const need = detail.relativeRecords.find((r) => r.relativeId === 'eva')?.ownSupportNeeds[0];
    expect(need).to.deep.include({
      description: 'Avlastning och någon att prata med.',
      offered: ['generalSupport', 'applicationInformation'],
      offerIds: ['stodsamtal'],
      applicationFormId: 'bistand',
      appliesForSupport: false,
      recordedAt: TODAY,
    });
    expect(JSON.stringify(detail.record)).not.to.include('Avlastning');
    expect(byRole(el, 'status').textContent).to.include('Behovet är dokumenterat i den anhörigas egen journal.');
    await expect(el).to.be.accessible();

    await typeInto(byRole(el, 'textbox', 'Den anhörigas hemkommun'), 'Borås');
    await press(byRole(el, 'button', 'Den anhöriga vill ansöka'));
    await settle(el);

    const [request] = of<AnhorigOwnApplicationRequestDetail>('anhorig-own-application-request');
    expect(request, 'own-application request').to.exist;
    expect(request!.detail).to.include({
      relativeId: 'eva',
      needId: need!.id,
      homeMunicipality: 'Borås',
      description: 'Avlastning och någon att prata med.',
      applicationFormId: 'bistand',
    });
    const json = JSON.stringify(request!.detail);
    expect(json).not.to.include('Sven Svensson');
    expect(json).not.to.include(record.person.id);
    expect(textOf(el)).to.include('Begäran om en egen ansökan är skickad till verksamhetssystemet.');
    expect(textOf(el)).to.include(`Begäran skickades ${TODAY} till verksamhetssystemet (hemkommun: Borås).`);
    expect(queryByRole(el, 'button', 'Den anhöriga vill ansöka')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('C12: an own application without the home municipality is refused with the reason, and nothing is sent to the host', async () => {
    const relativeRecords = [
      makeRelativeRecord({
        relativeId: 'eva',
        ownSupportNeeds: [{ id: 'behov-1', description: 'Stödsamtal', offered: [], offerIds: [], appliesForSupport: false, recordedAt: '2026-02-01' }],
      }),
    ];
    const { el, of } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record: involvedRecord(), relativeRecords, catalogue });
    await press(byRole(el, 'button', 'Den anhöriga vill ansöka'));
    await settle(el);
    expect(of('anhorig-own-application-request')).to.have.length(0);
    expect(byRole(el, 'alert').textContent).to.include('Ange den anhörigas hemkommun, där ansökan görs.');
    await expect(el).to.be.accessible();
  });
});

describe('<anhorig-step-involve>: review mode', () => {
  it('shows what is recorded and offers no changing controls', async () => {
    let record = involvedRecord();
    record = {
      ...record,
      expressionSupport: { needs: ['understandingInformation'], caseworkerReflection: 'Lätt svenska.', supporterRelativeId: 'eva', suitabilityJudgement: 'Lämplig.' },
      meetingPlans: [{ relativeId: 'eva', format: 'separate', personWantsCompany: false, interpreterForRelative: 'arabiska', invitationSentAt: '2026-03-01' }],
    };
    const relativeRecords = [
      makeRelativeRecord({
        relativeId: 'eva',
        ownSupportNeeds: [{ id: 'behov-1', description: 'Någon att prata med', offered: ['generalSupport'], offerIds: [], appliesForSupport: false, recordedAt: '2026-02-01' }],
      }),
    ];
    const { el } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record, relativeRecords, catalogue, readonly: true });
    for (const role of ['button', 'textbox', 'checkbox', 'radio', 'combobox']) expect(allByRole(el, role), role).to.have.length(0);
    const text = textOf(el);
    expect(text).to.include('Att förstå den information som ges');
    expect(text).to.include('Var för sig');
    expect(text).to.include('arabiska');
    expect(text).to.include('Någon att prata med');
    // The missing consent is still said, but not offered for recording.
    expect(text).to.include('Samtycke saknas: den enskilde har inte samtyckt till att Eva Andersson stödjer den enskilde i utredningen.');
    expect(text).not.to.include('Registrera samtycket här');
    await expect(el).to.be.accessible();
  });
});

describe('<anhorig-step-involve>: the handläggare’s day', () => {
  it('H7: interpreter and communication support noted in step 1 are shown at the meeting plan and start a new plan’s interpreter fields', async () => {
    const base = involvedRecord();
    const record: InvestigationRecord = {
      ...base,
      person: { ...base.person, communication: { interpreterLanguage: 'arabiska', supports: [] } },
      relatives: base.relatives.map((r) => ({ ...r, communication: { interpreterLanguage: 'finska', supports: ['aac' as const] } })),
    };
    const { el, of } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record, catalogue });
    const text = textOf(el);
    expect(text).to.include('Tolk och kommunikationsstöd vid samtal med den enskilde Tolk: arabiska');
    expect(text).to.include('Tolk och kommunikationsstöd vid samtal med Eva Andersson Tolk: finska · AKK');
    expect((byRole(el, 'textbox', 'Tolk för Eva Andersson: vilket språk? (frivilligt)') as HTMLInputElement).value).to.equal('finska');
    await press(byRole(el, 'radio', 'Var för sig'));
    await press(byRole(el, 'button', 'Spara samtalsplanen'));
    await settle(el);
    const [plan] = lastChange(of).record.meetingPlans;
    expect([plan?.interpreterForPerson, plan?.interpreterForRelative]).to.deep.equal(['arabiska', 'finska']);
    await expect(el).to.be.accessible();
  });

  it('H2: a legal representative who is not a relative is never listed in step 3, nor offered as support in the investigation', async () => {
    const record = withConsent(
      withRelative(involvedRecord(), {
        id: 'nils',
        name: 'Nils Berg',
        relation: 'god man',
        isRelative: false,
        legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt', coversPersonalMatters: false },
      }),
      { scope: 'participate', relativeId: 'nils' },
    );
    const { el } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record, catalogue });
    expect(byRole(el, 'heading', 'Eva Andersson (granne)')).to.exist;
    expect(textOf(el)).not.to.include('Nils Berg');
  });

  it('words: "inbjudan", not "kallelse"; "stöd i utredningen", not "stödperson"', async () => {
    const { el } = await mount<AnhorigStepInvolve>('anhorig-step-involve', { record: involvedRecord(), catalogue });
    expect(byRole(el, 'textbox', 'Datum då inbjudan skickades (frivilligt)')).to.exist;
    await choose(byRole(el, 'combobox', /^Vem har den enskilde valt som stöd i utredningen/) as HTMLSelectElement, 'Eva Andersson (granne)');
    await settle(el);
    expect(textOf(el)).not.to.match(/[Kk]allelse|[Ss]tödperson/);
  });
});
