/**
 * The core speaks in codes (issue 11): every code has a Swedish and an English sentence (the compiler
 * checks the tables; this renders each with sample parameters), and what the core returns (warnings,
 * gate refusals, validation issues, the machine's refusals) holds codes and parameters, no sentences.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CONSENT_SCOPES, validateRecord, type MessageCode, type MessageParams } from '../src/index.js';
import { canGatherFrom, canInvolveInMeetings, canTakePartInSip, stepWarnings, withdrawalImpact, childPerspective } from '../src/rules/index.js';
import { formatMessage, sv, type MessageTable } from '../src/messages/sv.js';
import { en } from '../src/messages/en.js';
import { TODAY, makeRecord, readyRecord, testCatalogue, withConsent, withRelative } from './fixtures/records.js';
import { start } from './machine/harness.js';

/** Sample parameters for every code (a code left out, or wrong parameters, does not compile). */
const SAMPLES: { [C in MessageCode]: readonly MessageParams[C][] } = {
  'relative.unknown': [{}],
  'consent.entitlementEnded': [{ scope: 'provideInformation', name: 'Hans', date: '2026-03-01', subject: 'guardian' }],
  'consent.declined': [{ scope: 'provideInformation', name: 'Hans', giver: 'legalRepresentative' }],
  'consent.withdrawn': [{ scope: 'provideInformation', name: 'Hans', date: '2026-03-01' }],
  'consent.expired': [{ scope: 'provideInformation', name: 'Hans', validUntil: '2026-03-01' }],
  'consent.unentitledGiver': [{ scope: 'provideInformation', name: 'Hans', subject: 'guardian' }],
  'consent.noRepresentative': [{ scope: 'provideInformation', name: 'Hans', judgementRecorded: true }],
  'consent.missing': [{ scope: 'provideInformation', name: 'Hans', subject: 'guardian', judgementRecorded: true }],
  'consent.relativeDecidesOwnOnly': [{ scope: 'provideInformation', name: 'Hans', subject: 'guardian' }],
  'consent.guardianForAdult': [{}],
  'consent.personIsMinor': [{}],
  'consent.personCannotTakePosition': [{}],
  'consent.representativeNotRegistered': [{ givenByName: 'x-1' }],
  'consent.representativeNotNamed': [{}],
  'representative.notRegistered': [{ name: 'Eva' }, {}],
  'representative.personIsMinor': [{}],
  'representative.personCanTakePosition': [{ name: 'Eva' }, {}],
  'representative.mandateNotPersonal': [{ name: 'Eva' }, {}],
  'relative.declined': [{ name: 'Eva', activity: 'investigation' }],
  'violence.concern': [{ name: 'Eva' }, {}],
  'violence.judgementExcludes': [{ name: 'Eva', date: '2026-03-01' }],
  'violence.separateOnly': [{ name: 'Eva', date: '2026-03-01' }],
  'sip.objection': [{ name: 'Eva', subject: 'guardian' }],
  'statement.personBasisOwn': [{}],
  'statement.unknownRelative': [{}],
  'statement.basisMissing': [{ name: 'Eva' }, {}],
  'statement.basisNotRecorded': [{ name: 'Eva' }, {}],
  'statement.caseSystemConsent': [{ name: 'Eva' }, {}],
  'statement.consentNotFound': [{}],
  'statement.noValidConsent': [{ name: 'Eva', recordedAt: '2026-03-01' }],
  'statement.qualityFirst': [{}],
  'statement.notFound': [{}],
  'assignment.minimumMissing': [{}],
  'assignment.unchanged': [{ version: 2 }],
  'relatives.closed': [{}],
  'relative.hasReferences': [{}],
  'followUp.notOpen': [{}],
  'followUp.notStarted': [{}],
  'followUp.noActionWithOthers': [{}],
  'followUp.consentMissing': [{}],
  'application.grantedExists': [{}],
  'investigation.complete': [{}],
  'action.notAllowed': [{}],
  'edit.invalid': [{}],
  'record.notLoaded': [{}],
  'nav.noSuchStep': [{}],
  'nav.noNext': [{}],
  'nav.noPrevious': [{}],
  'caseworker.missing': [{}],
  'violence.noConcern': [{}],
  'consent.recordWithdrawn': [{}],
  'consent.dateInFuture': [{ date: '2026-03-01' }],
  'consent.validUntilBeforeDate': [{}],
  'consent.notFound': [{}],
  'consent.decisionEmpty': [{}],
  'consent.decisionOtherRelative': [{}],
  'consent.alreadyExpired': [{ validUntil: '2026-03-01' }],
  'consent.nothingToWithdraw': [{}],
  'consent.withdrawalInFuture': [{ date: '2026-03-01' }],
  'consent.withdrawalBeforeDate': [{}],
  'ownApplication.homeMunicipalityMissing': [{}],
  'ownApplication.needNotFound': [{}],
  'indirectSupport.notFound': [{}],
  'laterContact.consentMissing': [{}],
  'laterContact.dateInPast': [{ today: '2026-03-01' }],
  'laterContact.notFound': [{}],
  'host.restore': [{}],
  'host.setCatalogue': [{}],
  'host.setAssessment': [{}],
  'host.setCaseworker': [{}],
  'host.setToday': [{}],
  'review.turned18': [{ scope: 'provideInformation', name: 'Hans', adultFrom: '2026-03-01', given: '2026-03-01', reviewBy: 'capacityJudgement' }],
  'review.cannotTakePosition': [{ scope: 'provideInformation', name: 'Hans', given: '2026-03-01', reviewBy: 'capacityJudgement' }],
  'review.canTakePositionAgain': [{ scope: 'provideInformation', name: 'Hans', given: '2026-03-01', reviewBy: 'capacityJudgement' }],
  'review.mandateEnded': [{ scope: 'provideInformation', name: 'Hans', representative: 'x-1', given: '2026-03-01', reviewBy: 'capacityJudgement' }],
  'withdrawal.effective': [{ scope: 'provideInformation', name: 'Hans', date: '2026-03-01' }],
  'withdrawal.fieldLeaves': [{ name: 'Eva', field: 'R4' }],
  'withdrawal.supportTextLeaves': [{ name: 'Eva' }, {}],
  'withdrawal.markerLeaves': [{ name: 'Eva', supportType: 'x-1' }],
  'withdrawal.statementsMarked': [{ count: 2 }],
  'withdrawal.sendUpdate': [{}],
  'indirect.personConsent': [{}],
  'indirect.relativeConsent': [{ name: 'Eva' }, {}],
  'indirect.childDeclined': [{ name: 'Eva' }, {}],
  'indirect.personViews': [{}],
  'indirect.relativeViews': [{ name: 'Eva', child: true }],
  'child.perspective': [{ name: 'Eva' }, {}],
  childViewsMissing: [{}],
  capacityUnknown: [{}],
  capacityJudgementMissing: [{}],
  consentReview: [{ review: { code: 'relative.declined', params: { name: 'Max', activity: 'sip' } } }],
  violenceJudgementMissing: [{ name: 'Eva' }, {}],
  violenceRoutine: [{ name: 'Eva' }, {}],
  relativeNotAsked: [{ name: 'Eva' }, {}],
  relativeNotInformed: [{ name: 'Eva' }, {}],
  equipInformation: [{ name: 'Eva' }, {}],
  equipOwnConversation: [{ name: 'Eva' }, {}],
  equipReferral: [{ name: 'Eva' }, {}],
  childOwnSupport: [{ name: 'Eva' }, {}],
  meetingPlanMissing: [{ name: 'Eva' }, {}],
  invitationNotSent: [{ name: 'Eva' }, {}],
  jointMeetingViolence: [{ name: 'Eva', reason: { code: 'relative.declined', params: { name: 'Max', activity: 'sip' } } }],
  jointInvitationRuledOut: [{ name: 'Eva', date: '2026-03-01' }],
  expressionReflection: [{}],
  supporterConsent: [{}],
  supporterSuitability: [{}],
  lifeAreaEmpty: [{ lifeAreas: ['Hemliv', 'Hälsa'] }],
  statementBasis: [{ reason: { code: 'relative.declined', params: { name: 'Max', activity: 'sip' } } }],
  statementQuality: [{}],
  hearCohabitant: [{ name: 'Eva' }, {}],
  stanceMissing: [{ name: 'Eva' }, {}],
  sipConsider: [{ name: 'Eva' }, {}],
  indirectSupportIncomplete: [{ name: 'Eva', missing: [{ code: 'indirect.personConsent', params: {} }, { code: 'indirect.relativeViews', params: { name: 'Inez', child: true } }] }],
  indirectSupportDisagreement: [{ name: 'Eva' }, {}],
  indirectSupportChildViews: [{ name: 'Eva' }, {}],
  indirectSupportLivingTogether: [{ name: 'Eva', supportType: 'x-1' }],
  needsAssessmentMissing: [{}],
  decisionsMissing: [{}],
  goalMissing: [{}],
  followUpHowMissing: [{}],
  followUpWhenMissing: [{}],
  assignmentOutdated: [{ cause: 'withdrawn', issuedAt: '2026-03-01' }],
  assignmentUpdateRequested: [{}],
  followUpSupportGiven: [{}],
  followUpInvitationConsent: [{ reason: { code: 'relative.declined', params: { name: 'Max', activity: 'sip' } } }],
  followUpViewConsent: [{ reason: { code: 'relative.declined', params: { name: 'Max', activity: 'sip' } } }],
  followUpStillWants: [{ name: 'Eva' }, {}],
  followUpRelief: [{ name: 'Eva' }, {}],
  followUpOutcome: [{}],
  invalid_type: [{ expected: 'string', missing: true }, { expected: 'array', missing: false }, { list: 'relativeRecords' }],
  too_small: [{ origin: 'string', minimum: 1 }, { origin: 'array', minimum: 2 }, { origin: 'number', minimum: 0 }],
  too_big: [{ origin: 'string', maximum: 20000 }, { origin: 'array', maximum: 2 }, { origin: 'number', maximum: 9 }],
  invalid_format: [{ format: 'blank' }, { format: 'date' }, { format: 'datetime' }, { format: 'regex' }],
  invalid_value: [{ values: ['"yes"', '"no"'], empty: true }, { values: ['"yes"'], empty: false }, { values: ['"yes"', '"no"'], empty: false }],
  unrecognized_keys: [{ keys: ['Hemliv', 'Hälsa'] }],
  invalid_union: [{}],
  invalid_key: [{}],
  invalid_element: [{}],
  not_multiple_of: [{}],
  custom: [{}],
  reference: [
    { rule: 'duplicateId', id: 'x-1' },
    { rule: 'retiredId', id: 'x-1' },
    { rule: 'unknownRelative', id: 'x-1' },
    { rule: 'unknownConsent', id: 'x-1' },
    { rule: 'unknownProposal', id: 'x-1' },
    { rule: 'unknownDecision', id: 'x-1' },
    { rule: 'relativeConsentWithSituation' },
    { rule: 'consentSituationMissing' },
    { rule: 'consentSeq' },
    { rule: 'withdrawnSeqWithoutDate' },
    { rule: 'representativeWithoutMandate' },
    { rule: 'ageBand' },
    { rule: 'promptId' },
    { rule: 'statementUnrecorded' },
    { rule: 'notRecordedBasis' },
    { rule: 'statementSeq' },
    { rule: 'personBasis' },
    { rule: 'otherBasis' },
    { rule: 'catalogueLifeArea', id: 'x-1' },
    { rule: 'catalogueSupportType', id: 'x-1' },
    { rule: 'ownRecordUnknownRelative', id: 'x-1' },
    { rule: 'ownRecordOtherInvestigation' },
    { rule: 'ownRecordDuplicate', id: 'x-1' },
  ],
  schema_version: [
    { document: 'record', problem: 'notObject', actual: 'list' },
    { document: 'relativeRecord', problem: 'missing' },
    { document: 'assignment', problem: 'invalid', value: 'abc' },
    { document: 'record', problem: 'newer', version: 4, current: 2 },
    { document: 'record', problem: 'noMigration', version: 1 },
  ],
  M1: [{}],
  M2: [{}],
  M3: [{ supportType: 'x-1', indirect: true }],
  M4: [{}],
  catalogue: [{ missing: 'lifeArea', id: 'x-1' }, { missing: 'supportType', id: 'x-1' }, { missing: 'markerArea' }, { missing: 'indirectGoal' }],};

const TABLES: [string, MessageTable][] = [
  ['sv', sv],
  ['en', en],
];

const render = (table: MessageTable, code: MessageCode, params: unknown): string => formatMessage(table, { code, params } as never);

describe('message tables: every code in Swedish and English', () => {
  for (const [lang, table] of TABLES)
    it(`${lang}: each code with sample parameters gives a plain sentence`, () => {
      const codes = Object.keys(SAMPLES) as MessageCode[];
      assert.deepEqual(Object.keys(table).sort(), [...codes].sort(), 'the table has exactly the codes');
      for (const code of codes)
        for (const params of SAMPLES[code] as readonly unknown[]) {
          const text = render(table, code, params);
          assert.ok(text.trim().length > 0, `${code}: empty`);
          assert.doesNotMatch(text, /undefined|null|NaN|\[object|\$\{/, `${code}: ${text}`);
          assert.equal(text, text.trim(), `${code}: stray spaces: "${text}"`);
        }
    });
  it('every consent scope has its phrase, in both languages', () => {
    for (const scope of CONSENT_SCOPES)
      for (const [, table] of TABLES)
        assert.doesNotMatch(render(table, 'consent.missing', { scope, name: 'Eva', subject: 'person', judgementRecorded: false }), /undefined/);
  });
  it('Swedish names take their proper genitive; a relative not known is "den anhöriga"', () => {
    assert.match(render(sv, 'representative.mandateNotPersonal', { name: 'Eva' }), /^Evas uppdrag/);
    assert.match(render(sv, 'representative.mandateNotPersonal', { name: 'Hans' }), /^Hans uppdrag/);
    assert.match(render(sv, 'stanceMissing', {}), /^den anhörigas egen inställning/);
    assert.match(render(en, 'representative.mandateNotPersonal', { name: 'Eva' }), /^Eva's mandate/);
    assert.match(render(en, 'representative.mandateNotPersonal', { name: 'Hans' }), /^Hans' mandate/);
  });
  it('English keeps the Swedish legal term where it helps', () => {
    assert.match(render(en, 'consent.personCannotTakePosition', {}), /legal representative \(god man or förvaltare\)/);
    assert.match(render(en, 'consent.missing', { scope: 'participate', name: 'Eva', subject: 'guardian', judgementRecorded: false }), /guardian \(vårdnadshavare\)/);
  });
});

/** Every object and string in a value, with its path. */
const walk = (value: unknown, path: string, visit: (value: unknown, path: string) => void): void => {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`, visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, visit);
};

/** A sentence: five or more words ending in a full stop (a name, a date, an id or a catalogue name is not). */
const SENTENCE = /(\S+\s+){4,}\S+[.!?]$/;

const assertNoSentences = (output: unknown, what: string) => {
  walk(output, what, (value, path) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const key of ['message', 'messages', 'prompt'])
        if (key in value) assert.equal(typeof (value as Record<string, unknown>)[key], 'object', `${path}.${key} is a sentence field`);
      if ('code' in value && 'params' in value) assert.ok((value as { code: string }).code in sv, `${path}: unknown code ${(value as { code: string }).code}`);
    }
    if (typeof value === 'string') assert.doesNotMatch(value, SENTENCE, `${path} holds a sentence: ${value}`);
  });
};

describe("the core's output holds codes and parameters, no sentences", () => {
  it('step warnings, gate refusals, a withdrawal preview and the child perspective', () => {
    const record = withRelative(withRelative(makeRecord({ person: { ...makeRecord().person, ageGroup: 'minor' } }), { id: 'eva', name: 'Eva', isChild: true }), {
      id: 'hans',
      name: 'Hans',
      violenceConcern: { direction: 'relativeAtRisk', description: '', routineFollowed: false, raisedAt: TODAY },
    });
    const warnings = stepWarnings(record, [], testCatalogue, TODAY);
    assert.ok(Object.values(warnings).flat().length > 5, 'the record has warnings');
    assertNoSentences(warnings, 'warnings');
    const gates = [canGatherFrom(record, 'eva', TODAY), canInvolveInMeetings(record, 'hans', TODAY), canTakePartInSip(record, 'nobody', TODAY)];
    assert.ok(gates.every((g) => !g.allowed));
    assertNoSentences(gates, 'gates');
    assertNoSentences(childPerspective(record), 'childPerspective');
    const ready = readyRecord();
    assertNoSentences(withdrawalImpact(ready, ready.consents[0]!.id, testCatalogue, TODAY), 'withdrawalImpact');
    assertNoSentences(withConsent(record, { scope: 'participate', relativeId: 'eva' }).consents, 'consents');
  });
  it('validation issues for a bad record', () => {
    const bad = { ...makeRecord(), person: { ...makeRecord().person, id: '' }, relatives: [{ id: 'x', name: ' ' }], extra: true };
    const result = validateRecord(bad);
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.ok(result.issues.length >= 3);
      assertNoSentences(result.issues, 'issues');
      for (const issue of result.issues) assert.deepEqual(Object.keys(issue).sort(), ['code', 'params', 'path']);
    }
  });
  it("the machine's refusals (a guard, an edit, a host input)", () => {
    const h = start({ record: readyRecord() });
    h.send({ type: 'nav.back' });
    h.send({ type: 'consent.withdraw', consentId: 'nope' });
    h.send({ type: 'host.restore', record: { schemaVersion: 99 } });
    const rejections = h.of('rejected');
    assert.equal(rejections.length, 3);
    for (const rejection of rejections) assert.ok(rejection.reason.code in sv && typeof rejection.reason.params === 'object');
    assertNoSentences(rejections.map(({ input: _input, ...rest }) => rest), 'rejections');
  });
});
