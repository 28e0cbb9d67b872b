/**
 * Scenario records for Storybook, the story tests, the demo and the benchmark. Each is built by
 * driving the real statechart with the events a handläggare would send, so every scenario is a
 * record the element itself could have produced (valid by construction). All names are invented.
 */
import { createActor } from 'xstate';
import {
  createRecord,
  defaultCatalogue,
  investigationMachine,
  trySend,
  type InvestigationEvent,
  type InvestigationRecord,
  type Person,
  type RelativeRecord,
} from '@anhorig/core';

export const SCENARIO_TODAY = '2026-11-25';
export const caseworker = { id: 'hl-0042', name: 'Maria Handläggare' };

export interface Scenario {
  record: InvestigationRecord;
  relativeRecords: RelativeRecord[];
}

const person: Person = { id: 'person-1', displayName: 'Gunnar Exempelsson', ageGroup: 'adult', canTakePosition: 'yes' };

/** Run events against a fresh record; throws if the machine refuses one (a broken scenario is a bug). */
export const play = (events: InvestigationEvent[], base: Partial<Person> = {}, today = SCENARIO_TODAY): Scenario => {
  const record = createRecord({ ...person, ...base }, '2026-10-01', 'utredning-exempel');
  const actor = createActor(investigationMachine, { input: { record, catalogue: defaultCatalogue, caseworker, today } }).start();
  for (const event of events) {
    const rejection = trySend(actor, event);
    if (rejection) {
      const refused = JSON.stringify(rejection.reason) + rejection.issues.map((i) => ` ${i.path}: ${i.code} ${JSON.stringify(i.params)}`).join('');
      actor.stop();
      throw new Error(`Scenario event ${event.type} refused: ${refused}`);
    }
  }
  const { context } = actor.getSnapshot();
  actor.stop();
  // Every event was accepted, so the machine is ready and holds the record.
  return { record: context.record!, relativeRecords: context.relativeRecords };
};

const relative = (name: string, relation: string, extra: Record<string, unknown> = {}): InvestigationEvent =>
  ({
    type: 'relative.add',
    relative: {
      name,
      relation,
      givesSupport: false,
      supportLifeAreas: [],
      worriesAboutPerson: false,
      livesWithPerson: false,
      isChild: false,
      informedOfPossibility: true,
      ...extra,
    },
  }) as InvestigationEvent;

const consent = (relativeId: string, scope: string, extra: Record<string, unknown> = {}): InvestigationEvent =>
  ({
    type: 'consent.record',
    consent: { relativeId, scope, givenBy: 'person', form: 'oral', date: '2026-10-05', status: 'given', ...extra },
  }) as InvestigationEvent;

const asked = (relativeId: string): InvestigationEvent => ({ type: 'relative.markAsked', relativeId });

/** Eva (dotter, lives with Gunnar, gives support) is involved; Olle (granne) is not. */
const twoRelativesEvents = (): InvestigationEvent[] => [
  relative('Eva Exempelsson', 'dotter', { givesSupport: true, supportLifeAreas: ['d5', 'd6'], livesWithPerson: true, worriesAboutPerson: true }),
  relative('Olle Granne', 'granne, vän sedan länge', { worriesAboutPerson: true }),
  asked('anhorig-1'),
  asked('anhorig-2'),
  consent('anhorig-1', 'participate'),
  consent('anhorig-1', 'provideInformation'),
  consent('anhorig-1', 'shareWithProvider', { form: 'written' }),
  consent('anhorig-2', 'participate', { status: 'declined' }),
];

const gatheredEvents = (): InvestigationEvent[] => [
  { type: 'meetingPlan.set', plan: { relativeId: 'anhorig-1', format: 'joint', personWantsCompany: false, invitationSentAt: '2026-10-06' } },
  { type: 'statement.add', statement: { lifeAreaId: 'd6', kind: 'need', text: 'Behöver hjälp med städning och tvätt.', source: { kind: 'person' }, basis: { kind: 'own' }, toPersonalFile: true, qualityConfirmed: false, checkedWithPerson: true } },
  { type: 'statement.add', statement: { lifeAreaId: 'd6', kind: 'supportGiven', text: 'Eva handlar och lagar middag varje dag.', source: { kind: 'relative', relativeId: 'anhorig-1' }, basis: { kind: 'consent', consentId: 'samtycke-2' }, toPersonalFile: true, qualityConfirmed: true, checkedWithPerson: true } },
  { type: 'stance.set', stance: { relativeId: 'anhorig-1', wantsToGiveSupport: 'yes', canGiveSupport: 'yes', personWantsSupportFromRelative: 'yes', lifeAreaIds: ['d6'] } },
];

const indirectSupportEvents = (): InvestigationEvent[] => [
  consent('anhorig-1', 'indirectSupport'),
  consent('anhorig-1', 'indirectSupport', { givenBy: 'relative' }),
  consent('anhorig-1', 'participateInFollowUp'),
  {
    type: 'indirectSupport.propose',
    proposal: { supportTypeId: 'avlosning', lifeAreaId: 'd6', relativeId: 'anhorig-1', personView: 'Vill att Eva får vila ibland.', relativeView: 'Behöver två lediga eftermiddagar i veckan.', goal: 'Eva har två lediga eftermiddagar i veckan.' },
  },
];

const decidedEvents = (): InvestigationEvent[] => [
  {
    type: 'assessment.set',
    assessment: {
      needsAssessment: 'Gunnar behöver stöd med städning, tvätt och personlig hygien. Eva behöver avlastning för att orka fortsätta.',
      source: 'element',
      decidedAt: '2026-11-01',
      decisions: [
        { id: 'beslut-1', lifeAreaId: 'd6', supportTypeId: 'hemtjanst', outcome: 'granted', extent: '4 timmar per vecka', goal: 'Gunnar har ett rent hem och rena kläder.' },
        { id: 'beslut-2', lifeAreaId: 'd6', supportTypeId: 'avlosning', outcome: 'granted', extent: '2 eftermiddagar per vecka', goal: 'Gunnar känner sig trygg när Eva är ledig.', indirectSupportId: 'indirekt-1' },
      ],
    },
  },
  {
    type: 'assignmentPlan.set',
    plan: {
      followUpHow: 'Uppföljningssamtal med Gunnar och, om han vill, med Eva.',
      followUpWhen: '2027-03-01',
      collaboration: [{ relativeId: 'anhorig-1', relativeWish: 'Vill stämma av veckans planering på måndagar.', personWish: 'Per telefon, med Gunnar med i samtalet.' }],
      participation: [{ relativeId: 'anhorig-1', inPlanning: true, inFollowUp: true }],
      relativeViews: [{ relativeId: 'anhorig-1', view: 'Avlösningen fungerar bäst på eftermiddagar.' }],
    },
  },
];

export const scenarios = {
  /** A new investigation: nothing recorded yet. */
  emptyStart: (): Scenario => ({ record: createRecord(person, '2026-11-25', 'utredning-ny'), relativeRecords: [] }),
  /** Two relatives: Eva involved (step 3), Olle not (step 2). */
  oneInvolvedOneNot: (): Scenario =>
    play([
      ...twoRelativesEvents(),
      { type: 'relativeRecord.update', relativeId: 'anhorig-2', patch: { informationGiven: [{ what: 'Kommunens anhörigstöd och anhöriggrupper', date: '2026-10-06', channel: 'meeting' }] } },
      { type: 'nav.goTo', step: 'involve' },
    ]),
  /** The person does not want any relative to take part: both are equipped for the future (step 2). */
  personDeclinesAll: (): Scenario =>
    play([
      relative('Eva Exempelsson', 'dotter', { givesSupport: true, supportLifeAreas: ['d6'] }),
      relative('Olle Granne', 'granne'),
      consent('anhorig-1', 'participate', { status: 'declined' }),
      consent('anhorig-1', 'provideInformation', { status: 'declined' }),
      consent('anhorig-2', 'participate', { status: 'declined' }),
      { type: 'nav.goTo', step: 'equip' },
    ]),
  /** A concern about violence in the relationship with a relative, without a documented judgement yet (C4). */
  violenceConcern: (): Scenario =>
    play([
      relative('Kim Exempelsson', 'sambo', { livesWithPerson: true }),
      asked('anhorig-1'),
      consent('anhorig-1', 'participate'),
      { type: 'relative.raiseViolenceConcern', relativeId: 'anhorig-1', concern: { direction: 'personAtRisk', description: 'Gunnar berättar att han är rädd när Kim blir arg.', routineFollowed: false, raisedAt: '2026-10-05' } },
    ]),
  /** The person cannot take a position; a god man whose mandate covers personal matters consents (C5). */
  legalRepresentative: (): Scenario =>
    play(
      [
        relative('Birgitta Berg', 'god man och syster', { legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt, förvalta egendom och sörja för person', coversPersonalMatters: true } }),
        relative('Eva Exempelsson', 'dotter'),
        consent('anhorig-2', 'participate', { givenBy: 'legalRepresentative', givenByName: 'Birgitta Berg' }),
      ],
      { canTakePosition: 'no' },
    ),
  /** A relative under 18 (C11). */
  childRelative: (): Scenario =>
    play([
      relative('Alva Exempelsson', 'barnbarn, bor hos Gunnar varannan vecka', { isChild: true, livesWithPerson: true, givesSupport: true, supportLifeAreas: ['d6'] }),
      asked('anhorig-1'),
      consent('anhorig-1', 'participate'),
    ]),
  /** Indirect support where the person and the relative disagree (C6): both views and the continued search recorded. */
  indirectSupportDisagreement: (): Scenario =>
    play([
      ...twoRelativesEvents(),
      consent('anhorig-1', 'indirectSupport'),
      consent('anhorig-1', 'indirectSupport', { givenBy: 'relative', status: 'declined' }),
      {
        type: 'indirectSupport.propose',
        proposal: {
          supportTypeId: 'dagverksamhet',
          lifeAreaId: 'd9',
          relativeId: 'anhorig-1',
          personView: 'Vill gå till dagverksamheten så att Eva får egen tid.',
          relativeView: 'Vill inte att det ska kallas stöd till mig; jag klarar mig.',
          continuedSearch: 'Vi ses igen om en månad och pratar om hur Eva har det.',
        },
      },
      { type: 'nav.goTo', step: 'gather' },
    ]),
  /** The assignment was issued; later the person withdrew the consent to share information about Eva (C3). */
  consentWithdrawnAfterAssignment: (): Scenario =>
    play([
      ...twoRelativesEvents(),
      ...gatheredEvents(),
      ...indirectSupportEvents(),
      ...decidedEvents(),
      { type: 'nav.goTo', step: 'assignment' },
      { type: 'assignment.issue' },
      { type: 'consent.withdraw', consentId: 'samtycke-3' },
    ]),
  /** Everything gathered and decided, the assignment planned but not yet issued (step 5). */
  readyToIssue: (): Scenario =>
    play([...twoRelativesEvents(), ...gatheredEvents(), ...indirectSupportEvents(), ...decidedEvents(), { type: 'nav.goTo', step: 'assignment' }]),
  /** An issued assignment, with everything gathered: the investigation is complete. */
  assigned: (): Scenario =>
    play([...twoRelativesEvents(), ...gatheredEvents(), ...indirectSupportEvents(), ...decidedEvents(), { type: 'nav.goTo', step: 'assignment' }, { type: 'assignment.issue' }]),
  /** Follow-up: relief for Eva partly attained. */
  followUpPartlyAttained: (): Scenario =>
    play([
      ...twoRelativesEvents(),
      ...gatheredEvents(),
      ...indirectSupportEvents(),
      ...decidedEvents(),
      { type: 'assignment.issue' },
      { type: 'followUp.start' },
      { type: 'followUp.invite', relativeId: 'anhorig-1' },
      { type: 'followUp.recordRelativeView', view: { relativeId: 'anhorig-1', goalResults: [{ decisionId: 'beslut-2', resultId: 'delvis-uppnatt', view: 'Jag får vila ibland, men inte varje vecka.' }], qualityView: 'Personalen är vänlig.', effectView: 'Jag sover bättre.' } },
      { type: 'followUp.update', patch: { person: { supportGiven: 'yes', qualityView: 'Bra, men olika personal varje gång.', stillWantsRelativeSupport: [{ relativeId: 'anhorig-1', answer: 'yes' }] }, outcomeActions: ['contactProvider'] } },
    ]),
};

export type ScenarioName = keyof typeof scenarios;

/** The follow-up led to an updated assignment, not yet sent (H5). */
export const followUpAskedForUpdate = (): Scenario => {
  const scenario = scenarios.followUpPartlyAttained();
  const followUp = scenario.record.followUp!;
  return { ...scenario, record: { ...scenario.record, followUp: { ...followUp, outcomeActions: ['updatedAssignment'] } } };
};

/** Not a record at all: what a broken host integration might pass. */
export const badRecord = { schemaVersion: 1, documentType: 'investigation', person: { displayName: 42 } };

/**
 * Information given over time (C9, L5), recorded through the machine: general information and his own
 * rights as a national minority to Olle, who is not involved (no consent needed); the person's own
 * rights to Eva, under the person's consent that she receives information.
 */
export const informationGiven = (): Scenario =>
  play([
    ...twoRelativesEvents(),
    consent('anhorig-1', 'receiveInformation'),
    { type: 'information.log', entry: { relativeId: 'anhorig-2', date: '2026-10-06', items: ['supportOffers', 'minorityLanguageRights'], channel: 'meeting', understood: true } },
    { type: 'information.log', entry: { relativeId: 'anhorig-1', date: '2026-10-08', items: ['personRights', 'sip'], channel: 'meeting', understood: true } },
  ]);
