/**
 * XSS (issue: "names, notes and catalogue strings with HTML/script payloads render as text
 * everywhere, including print and summary"). A record built by the real statechart (as
 * stories/scenarios.ts `play()` does) carries payloads in every free-text field a handläggare or
 * host can fill, and a catalogue carries them in its names; the element is shown in every step, in
 * the consent, log and summary views, read-only, with the assignment document, and in print media.
 * No payload may run, no payload may become an element, and every payload must be readable as text.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { createActor } from 'xstate';
import { createRecord, defaultCatalogue, investigationMachine, trySend, type Catalogue, type InvestigationEvent } from '@anhorig/core';
import '../../packages/elements/src/define.js';
import type { AnhorigInvestigation } from '../../packages/elements/src/investigation/anhorig-investigation.js';
import { deepElements, mount, settle, textOf } from '../../packages/elements/test/helpers.js';
import { SCENARIO_TODAY } from '../../stories/scenarios.js';
import { sv } from '../../packages/core/test/support/sv.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const X = {
  img: `<img src=x onerror="window.__xss=1">`,
  script: `<script>window.__xss=1</script>`,
  svg: `"><svg onload=window.__xss=1>`,
} as const;

/** Every free text in the record and the catalogue, each carrying a payload. */
const P = {
  personName: `Gunnar ${X.img}`,
  chosenName: `Gurra ${X.script}`,
  pronouns: `han ${X.svg}`,
  caseworker: `Maria ${X.svg}`,
  evaName: `Eva ${X.img}`,
  evaRelation: `dotter ${X.script}`,
  evaContact: `070-000 00 00 ${X.svg}`,
  olleName: `Olle ${X.script}`,
  olleRelation: `granne ${X.svg}`,
  kimName: `Kim ${X.svg}`,
  kimRelation: `sambo ${X.img}`,
  consentNote: `Muntligt ${X.script}`,
  declineNote: `Vill inte ${X.img}`,
  concern: `Oro ${X.img}`,
  judgement: `Bedömning ${X.script}`,
  olleInformation: `Anhöriggrupper ${X.svg}`,
  olleConversation: `Egen situation ${X.img}`,
  olleNeed: `Behöver egen tid ${X.script}`,
  logNote: `Loggnotering ${X.svg}`,
  reflection: `Reflektion ${X.img}`,
  companyNote: `Sällskap ${X.script}`,
  interpreter: `finska ${X.svg}`,
  personStatement: `Behöver hjälp ${X.img}`,
  evaStatement: `Eva lagar mat ${X.script}`,
  promptAnswer: `Svar ${X.svg}`,
  stanceNote: `Inställning ${X.img}`,
  personView: `Enskildes syn ${X.script}`,
  relativeView: `Evas syn ${X.svg}`,
  indirectGoal: `Avlastningsmål ${X.img}`,
  needsAssessment: `Behovsbedömning ${X.script}`,
  extent: `Omfattning ${X.svg}`,
  goal: `Mål ${X.img}`,
  reliefGoal: `Avlösningsmål ${X.script}`,
  followUpHow: `Uppföljning ${X.svg}`,
  relativeWish: `Samarbete ${X.img}`,
  personWish: `Per telefon ${X.script}`,
  r5: `Eftermiddagar ${X.svg}`,
  fuQuality: `Kvalitet ${X.img}`,
  fuRelativeView: `Vilar ibland ${X.script}`,
  fuEffect: `Sover bättre ${X.svg}`,
  fuNote: `Anteckning ${X.img}`,
  // Catalogue
  d6: `Hemliv ${X.script}`,
  hemtjanst: `Hemtjänst ${X.img}`,
  avlosning: `Avlösning ${X.svg}`,
  konsulent: `Konsulent ${X.img}`,
  konsulentContact: `Ring ${X.script}`,
  personPrompt: `Fråga till den enskilde ${X.svg}`,
  relativePrompt: `Fråga till anhörig ${X.img}`,
  indirectOverallGoal: `Underlätta ${X.script}`,
  scaleAttained: `Uppnått ${X.svg}`,
  municipality: `Kommun ${X.img}`,
} as const;

const hostileCatalogue = (): Catalogue => {
  const c = structuredClone(defaultCatalogue) as Catalogue;
  c.municipality = P.municipality;
  c.lifeAreas = c.lifeAreas.map((a) => (a.id === 'd6' ? { ...a, name: P.d6 } : a));
  c.supportTypes = c.supportTypes.map((s) =>
    s.id === 'hemtjanst' ? { ...s, name: P.hemtjanst } : s.id === 'avlosning' ? { ...s, name: P.avlosning, eligibilityNote: `Not ${X.svg}` } : s,
  );
  c.anhorigkonsulent = { name: P.konsulent, contact: P.konsulentContact };
  c.questionPrompts = c.questionPrompts.map((q) =>
    q.id === 'fraga-enskild-1' ? { ...q, text: P.personPrompt } : q.id === 'fraga-anhorig-1' ? { ...q, text: P.relativePrompt } : q,
  );
  c.overallGoals = c.overallGoals.map((g) => (g.forIndirectSupport ? { ...g, text: P.indirectOverallGoal } : g));
  c.followUpScale = c.followUpScale.map((s, i) => (i === 0 ? { ...s, label: P.scaleAttained } : s));
  c.legalReferences = c.legalReferences.map((r) => ({ ...r, citation: `${r.citation} ${X.svg}` }));
  return c;
};

const rel = (name: string, relation: string, extra: Record<string, unknown> = {}): InvestigationEvent =>
  ({
    type: 'relative.add',
    relative: { name, relation, givesSupport: false, supportLifeAreas: [], worriesAboutPerson: false, livesWithPerson: false, isChild: false, informedOfPossibility: true, ...extra },
  }) as InvestigationEvent;
const consent = (relativeId: string, scope: string, extra: Record<string, unknown> = {}): InvestigationEvent =>
  ({ type: 'consent.record', consent: { relativeId, scope, givenBy: 'person', form: 'oral', date: '2026-10-05', status: 'given', ...extra } }) as InvestigationEvent;

/** The events a handläggare would send, every text with a payload. Eva anhorig-1, Olle anhorig-2, Kim anhorig-3. */
const EVENTS: InvestigationEvent[] = [
  { type: 'person.update', patch: { chosenName: P.chosenName, pronouns: P.pronouns } },
  rel(P.evaName, P.evaRelation, { givesSupport: true, supportLifeAreas: ['d6'], livesWithPerson: true, contact: P.evaContact }),
  rel(P.olleName, P.olleRelation),
  rel(P.kimName, P.kimRelation),
  consent('anhorig-1', 'participate', { note: P.consentNote }),
  consent('anhorig-1', 'provideInformation'),
  consent('anhorig-1', 'shareWithProvider', { form: 'written', note: P.consentNote }),
  consent('anhorig-1', 'indirectSupport'),
  consent('anhorig-1', 'indirectSupport', { givenBy: 'relative' }),
  consent('anhorig-1', 'participateInFollowUp'),
  consent('anhorig-2', 'participate', { status: 'declined', note: P.declineNote }),
  consent('anhorig-3', 'participate'),
  { type: 'relative.raiseViolenceConcern', relativeId: 'anhorig-3', concern: { direction: 'both', description: P.concern, routineFollowed: true, raisedAt: '2026-10-05' } },
  { type: 'relative.recordViolenceJudgement', relativeId: 'anhorig-3', text: P.judgement, allowsParticipation: true, allowsJointMeeting: false },
  { type: 'relativeRecord.update', relativeId: 'anhorig-2', patch: { informationGiven: [{ what: P.olleInformation, date: '2026-10-06', channel: 'meeting' }] } },
  { type: 'relativeRecord.addConversation', relativeId: 'anhorig-2', conversation: { offeredAt: '2026-10-06', answer: 'accepted', notes: P.olleConversation, duringFollowUp: false } },
  { type: 'relativeRecord.addOwnSupportNeed', relativeId: 'anhorig-2', need: { description: P.olleNeed, offered: ['generalSupport'], offerIds: [], appliesForSupport: false } },
  { type: 'information.log', entry: { relativeId: 'anhorig-2', items: ['supportOffers'], date: '2026-10-06', channel: 'phone', understood: true, note: P.logNote } },
  { type: 'expressionSupport.set', value: { needs: ['communication'], caseworkerReflection: P.reflection, suitabilityJudgement: '' } },
  {
    type: 'meetingPlan.set',
    plan: { relativeId: 'anhorig-1', format: 'joint', personWantsCompany: true, companyNote: P.companyNote, interpreterForRelative: P.interpreter, invitationSentAt: '2026-10-06' },
  },
  { type: 'statement.add', statement: { lifeAreaId: 'd6', kind: 'need', text: P.personStatement, source: { kind: 'person' }, basis: { kind: 'own' }, toPersonalFile: true, qualityConfirmed: false, checkedWithPerson: true } },
  {
    type: 'statement.add',
    statement: { lifeAreaId: 'd6', kind: 'supportGiven', text: P.evaStatement, source: { kind: 'relative', relativeId: 'anhorig-1' }, basis: { kind: 'consent', consentId: 'samtycke-2' }, toPersonalFile: true, qualityConfirmed: true, checkedWithPerson: true },
  },
  {
    type: 'statement.add',
    statement: { kind: 'promptAnswer', promptId: 'fraga-enskild-1', text: P.promptAnswer, source: { kind: 'person' }, basis: { kind: 'own' }, toPersonalFile: false, qualityConfirmed: false, checkedWithPerson: false },
  },
  { type: 'stance.set', stance: { relativeId: 'anhorig-1', wantsToGiveSupport: 'yes', canGiveSupport: 'yes', personWantsSupportFromRelative: 'yes', lifeAreaIds: ['d6'], note: P.stanceNote } },
  { type: 'indirectSupport.propose', proposal: { supportTypeId: 'avlosning', lifeAreaId: 'd6', relativeId: 'anhorig-1', personView: P.personView, relativeView: P.relativeView, goal: P.indirectGoal } },
  {
    type: 'assessment.set',
    assessment: {
      needsAssessment: P.needsAssessment,
      source: 'element',
      decidedAt: '2026-11-01',
      decisions: [
        { id: 'beslut-1', lifeAreaId: 'd6', supportTypeId: 'hemtjanst', outcome: 'granted', extent: P.extent, goal: P.goal },
        { id: 'beslut-2', lifeAreaId: 'd6', supportTypeId: 'avlosning', outcome: 'granted', extent: P.extent, goal: P.reliefGoal, indirectSupportId: 'indirekt-1' },
      ],
    },
  },
  {
    type: 'assignmentPlan.set',
    plan: {
      followUpHow: P.followUpHow,
      followUpWhen: '2027-03-01',
      collaboration: [{ relativeId: 'anhorig-1', relativeWish: P.relativeWish, personWish: P.personWish }],
      participation: [{ relativeId: 'anhorig-1', inPlanning: true, inFollowUp: true }],
      relativeViews: [{ relativeId: 'anhorig-1', view: P.r5 }],
    },
  },
  { type: 'assignment.issue' },
  { type: 'followUp.start' },
  { type: 'followUp.invite', relativeId: 'anhorig-1' },
  {
    type: 'followUp.recordRelativeView',
    view: { relativeId: 'anhorig-1', goalResults: [{ decisionId: 'beslut-2', resultId: 'uppnatt', view: P.fuRelativeView }], qualityView: P.fuQuality, effectView: P.fuEffect },
  },
  { type: 'followUp.update', patch: { person: { supportGiven: 'yes', qualityView: P.fuQuality, stillWantsRelativeSupport: [{ relativeId: 'anhorig-1', answer: 'yes' }] }, note: P.fuNote } },
];

/** Run the events with the hostile catalogue (as `play()` does); a refused event is a broken fixture. */
const hostileScenario = () => {
  const catalogue = hostileCatalogue();
  const record = createRecord({ id: 'person-1', displayName: P.personName, ageGroup: 'adult', canTakePosition: 'yes' }, '2026-10-01', 'utredning-xss');
  const actor = createActor(investigationMachine, { input: { record, catalogue, caseworker: { id: 'hl-1', name: P.caseworker }, today: SCENARIO_TODAY } }).start();
  for (const event of EVENTS) {
    const rejection = trySend(actor, event);
    if (rejection) throw new Error(`${event.type} refused: ${sv(rejection.reason)} ${rejection.issues.map((i) => `${i.path}: ${sv(i)}`).join('; ')}`);
  }
  const { record: built, relativeRecords } = actor.getSnapshot().context;
  actor.stop();
  return { record: built, relativeRecords, catalogue, caseworker: { id: 'hl-1', name: P.caseworker } };
};

const DANGEROUS = new Set(['IMG', 'SCRIPT', 'SVG', 'IFRAME', 'OBJECT', 'EMBED']);

/** Everything that would show a payload ran or became markup. */
const assertInert = (el: Element, where: string) => {
  expect(window.__xss, `${where}: a payload ran`).to.equal(undefined);
  const all = deepElements(el);
  const made = all.filter((e) => DANGEROUS.has(e.tagName.toUpperCase()));
  expect(made.map((e) => e.outerHTML.slice(0, 80)), `${where}: payload elements`).to.deep.equal([]);
  const handlers = all.flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on')).map((n) => `${e.tagName}[${n}]`));
  expect(handlers, `${where}: inline handlers`).to.deep.equal([]);
};

/** The payload strings that must be readable as text here. */
const assertShown = (el: Element, where: string, keys: (keyof typeof P)[]) => {
  const text = textOf(el);
  const missing = keys.filter((k) => !text.includes(P[k]));
  expect(missing, `${where}: not shown as text`).to.deep.equal([]);
};

/** The payload strings that must be in form fields as their value (a field shows its value as text). */
const assertInFields = (el: Element, where: string, keys: (keyof typeof P)[]) => {
  const values = deepElements(el)
    .filter((e): e is HTMLInputElement | HTMLTextAreaElement => e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement)
    .map((e) => e.value);
  const missing = keys.filter((k) => !values.includes(P[k]));
  expect(missing, `${where}: not in a field`).to.deep.equal([]);
};

/** Open a step's disclosures (a disclosure's content is rendered once it is opened). */
const openDisclosures = async (step: Element) => {
  const closed = Array.from(step.shadowRoot!.querySelectorAll('details')).filter((d) => !d.open);
  const toggled = closed.map((d) => oneEvent(d, 'toggle'));
  for (const details of closed) details.open = true;
  await Promise.all(toggled);
  await settle(step);
};

const navButtons = (el: HTMLElement) => Array.from(el.shadowRoot!.querySelector('anhorig-step-nav')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.step'));
const headerButton = (el: HTMLElement, name: RegExp) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')).find((b) => name.test(b.textContent ?? ''))!;

/** What each step must show, by the step's navigator position. */
const BY_STEP: [string, (keyof typeof P)[]][] = [
  ['relatives', ['personName', 'chosenName', 'evaName', 'evaRelation', 'evaContact', 'olleName', 'olleRelation', 'kimName', 'kimRelation', 'concern', 'judgement', 'd6', 'caseworker']],
  ['equip', ['olleName', 'olleRelation', 'olleInformation', 'olleConversation', 'olleNeed', 'konsulent', 'konsulentContact']],
  ['involve', ['evaName', 'evaRelation', 'kimName']],
  ['gather', ['personStatement', 'evaStatement', 'd6', 'evaName', 'personPrompt', 'avlosning', 'relativePrompt']],
  ['assessment', ['evaName']],
  ['assignment', ['needsAssessment', 'hemtjanst', 'avlosning', 'goal', 'reliefGoal', 'indirectGoal', 'indirectOverallGoal', 'followUpHow', 'relativeWish', 'personWish', 'r5', 'evaRelation', 'd6', 'caseworker']],
  ['followUp', ['followUpHow', 'scaleAttained', 'evaName', 'evaRelation']],
];

/** What each step must show in its form fields. */
const FIELDS_BY_STEP: Record<string, (keyof typeof P)[]> = {
  relatives: ['chosenName', 'pronouns', 'evaName', 'evaRelation', 'evaContact'],
  involve: ['reflection', 'companyNote', 'interpreter'],
  gather: ['promptAnswer', 'stanceNote', 'personView', 'relativeView', 'indirectGoal'],
  assignment: ['followUpHow', 'relativeWish', 'personWish', 'r5'],
  followUp: ['fuQuality', 'fuRelativeView', 'fuEffect', 'fuNote'],
};

describe('XSS: payloads in the record and the catalogue render as text everywhere', () => {
  const scenario = hostileScenario();

  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    delete window.__xss;
  });

  it('in every step, chosen in the navigator', async () => {
    const { el } = await mount<AnhorigInvestigation>('anhorig-investigation', { ...scenario, today: SCENARIO_TODAY });
    expect(navButtons(el)).to.have.length(7);
    for (const [index, [step, keys]] of BY_STEP.entries()) {
      navButtons(el)[index]!.click();
      await settle(el);
      const stepElement = el.shadowRoot!.querySelector(`anhorig-step-${step.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
      expect(stepElement, step).to.exist;
      if (step === 'gather') await openDisclosures(stepElement!);
      assertInert(el, step);
      assertShown(el, step, keys);
      if (FIELDS_BY_STEP[step]) assertInFields(el, step, FIELDS_BY_STEP[step]!);
    }
    // The person's name in the header and the consent notes in the consent view.
    assertShown(el, 'header', ['chosenName']);
  });

  it('in the consent panel, the information log and the summary view', async () => {
    const { el } = await mount<AnhorigInvestigation>('anhorig-investigation', { ...scenario, today: SCENARIO_TODAY });
    headerButton(el, /^Samtycken/).click();
    await settle(el);
    assertInert(el, 'consents');
    assertShown(el, 'consents', ['evaName', 'olleName', 'kimName', 'consentNote', 'declineNote', 'caseworker']);
    headerButton(el, /^Informationslogg/).click();
    await settle(el);
    assertInert(el, 'log');
    assertShown(el, 'log', ['olleName', 'logNote']);
    headerButton(el, /^Sammanfattning/).click();
    await settle(el);
    assertInert(el, 'summary');
    assertShown(el, 'summary', ['personName', 'pronouns', 'evaName', 'evaRelation', 'olleName', 'kimName', 'consentNote', 'personStatement', 'evaStatement', 'needsAssessment', 'goal', 'fuQuality', 'd6', 'hemtjanst']);
  });

  it('read-only (review mode)', async () => {
    const { el } = await mount<AnhorigInvestigation>('anhorig-investigation', { ...scenario, today: SCENARIO_TODAY, readonly: true });
    assertInert(el, 'readonly');
    // The concern's description stays in step 1 by design (section-relatives.ts); the summary says one is recorded.
    assertShown(el, 'readonly', ['chosenName', 'pronouns', 'evaName', 'evaRelation', 'olleName', 'kimName', 'consentNote', 'personStatement', 'evaStatement', 'needsAssessment', 'goal', 'followUpHow', 'fuQuality', 'd6', 'hemtjanst', 'avlosning']);
  });

  it('the assignment document and its issued version, on screen and in print', async () => {
    const { el } = await mount<AnhorigInvestigation>('anhorig-investigation', { ...scenario, today: SCENARIO_TODAY });
    navButtons(el)[5]!.click();
    await settle(el);
    const step = el.shadowRoot!.querySelector('anhorig-step-assignment')!;
    for (const details of Array.from(step.shadowRoot!.querySelectorAll('details'))) details.open = true;
    await settle(el);
    const keys: (keyof typeof P)[] = ['needsAssessment', 'hemtjanst', 'avlosning', 'goal', 'reliefGoal', 'indirectGoal', 'followUpHow', 'relativeWish', 'personWish', 'r5', 'evaRelation', 'd6'];
    assertInert(el, 'assignment');
    assertShown(el, 'assignment', keys);

    await emulateMedia({ media: 'print' });
    await settle(el);
    expect(matchMedia('print').matches, 'print media is emulated').to.equal(true);
    assertInert(el, 'assignment, print');
    // In print the document is what shows: each payload is in a rendered text node there.
    const area = step.shadowRoot!.querySelector<HTMLElement>('.print-area')!;
    expect(area.checkVisibility(), 'the document prints').to.equal(true);
    const printed = (value: string) =>
      deepElements(area).some(
        (e) => Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').includes(value)) && e.checkVisibility(),
      );
    const notPrinted = keys.filter((k) => !printed(P[k]));
    expect(notPrinted, 'payloads printed as text').to.deep.equal([]);
  });

  it('the summary in print media', async () => {
    const { el } = await mount<AnhorigInvestigation>('anhorig-investigation', { ...scenario, today: SCENARIO_TODAY, readonly: true });
    await emulateMedia({ media: 'print' });
    await settle(el);
    assertInert(el, 'summary, print');
    const summary = el.shadowRoot!.querySelector('anhorig-summary')!;
    expect(summary.checkVisibility(), 'the summary prints').to.equal(true);
    const visible = (value: string) =>
      deepElements(summary).some((e) => Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').includes(value)) && e.checkVisibility());
    const keys: (keyof typeof P)[] = ['personName', 'evaName', 'olleName', 'consentNote', 'evaStatement', 'needsAssessment', 'goal', 'fuQuality'];
    expect(keys.filter((k) => !visible(P[k])), 'payloads printed as text').to.deep.equal([]);
  });

  it('a hostile catalogue set as a property after mounting renders as text too', async () => {
    const { el } = await mount<AnhorigInvestigation>('anhorig-investigation', { ...scenario, catalogue: undefined, today: SCENARIO_TODAY });
    el.catalogue = scenario.catalogue;
    await settle(el);
    navButtons(el)[0]!.click();
    await settle(el);
    assertInert(el, 'after catalogue change');
    assertShown(el, 'after catalogue change', ['d6', 'evaName']);
  });
});
