import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { relativeBranch, stepWarnings } from '../../src/rules/index.js';
import type { InvestigationRecord } from '../../src/schema/index.js';
import { STEP_IDS } from '../../src/schema/index.js';
import {
  TODAY, caseworker, makeRecord, makeRelativeRecord, readyRecord, testCatalogue, withConsent, withRelative, withdraw,
} from '../fixtures/records.js';
import { deriveAssignment } from '../../src/assignment/index.js';
import { sv } from '../support/sv.js';

const codes = (record: InvestigationRecord, step: (typeof STEP_IDS)[number], relativeRecords = [] as ReturnType<typeof makeRelativeRecord>[]) =>
  stepWarnings(record, relativeRecords, testCatalogue, TODAY)[step].map((w) => w.code);

describe('Steps 2/3: the person\'s decision puts each relative in a branch', () => {
  it('undecided before the person is asked', () => {
    assert.equal(relativeBranch(withRelative(makeRecord(), { id: 'eva', involvementAskedAt: undefined }), 'eva', TODAY), 'undecided');
  });
  it('equip when asked and no consent to take part', () => {
    assert.equal(relativeBranch(withRelative(makeRecord(), { id: 'eva' }), 'eva', TODAY), 'equip');
  });
  it('a relative moves from equip to involve when the person later consents', () => {
    const r = withConsent(withRelative(makeRecord(), { id: 'eva' }), { scope: 'participate', relativeId: 'eva', date: '2026-03-10' });
    assert.equal(relativeBranch(r, 'eva', '2026-03-09'), 'equip');
    assert.equal(relativeBranch(r, 'eva', TODAY), 'involve');
  });
});

describe('stepWarnings: what is left, per step; never a block', () => {
  it('returns every step', () => {
    assert.deepEqual(Object.keys(stepWarnings(makeRecord(), [], testCatalogue, TODAY)).sort(), [...STEP_IDS].sort());
  });
  it('relatives: a relative not asked, a violence concern without judgement, a minor without views, no capacity judgement', () => {
    let r = makeRecord({ person: { id: 'p', displayName: 'Kim', ageGroup: 'minor', canTakePosition: 'yes' } });
    r = withRelative(r, { id: 'eva', involvementAskedAt: undefined, violenceConcern: { direction: 'unclear', routineFollowed: true, raisedAt: '2026-01-20' } });
    assert.deepEqual(codes(r, 'relatives').sort(), ['childViewsMissing', 'relativeNotAsked', 'violenceJudgementMissing']);
    const cannot = makeRecord({ person: { id: 'p', displayName: 'Sven', ageGroup: 'adult', canTakePosition: 'no' } });
    assert.ok(codes(cannot, 'relatives').includes('capacityJudgementMissing'));
    const judged = makeRecord({
      person: { ...cannot.person, capacityJudgement: { likelyWish: 'Vill ha Eva med.', consulted: ['Eva'], date: '2026-01-12', recordedBy: caseworker } },
    });
    assert.ok(!codes(judged, 'relatives').includes('capacityJudgementMissing'));
  });
  it('equip: a relative in step 2 without information or an offered own conversation', () => {
    const r = withRelative(makeRecord(), { id: 'eva' });
    assert.ok(codes(r, 'equip').includes('equipInformation'));
    assert.ok(codes(r, 'equip').includes('equipOwnConversation'));
    const done = makeRelativeRecord({
      relativeId: 'eva', referredToAnhorigkonsulent: '2026-02-01',
      informationGiven: [{ what: 'Anhörigstöd i kommunen', date: '2026-02-01', channel: 'meeting' }],
      ownConversations: [{ id: 'oc', offeredAt: '2026-02-01', answer: 'declined', duringFollowUp: false }],
    });
    assert.deepEqual(codes(r, 'equip', [done]), []);
  });
  it('involve: a relative in step 3 without a meeting plan', () => {
    const r = withConsent(withRelative(makeRecord(), { id: 'eva' }), { scope: 'participate', relativeId: 'eva' });
    assert.ok(codes(r, 'involve').includes('meetingPlanMissing'));
    const planned = { ...r, meetingPlans: [{ relativeId: 'eva', format: 'separate' as const, personWantsCompany: false, invitationSentAt: '2026-02-01' }] };
    assert.deepEqual(codes(planned, 'involve'), []);
  });
  it('gather: a life area with no statement is named in a warning', () => {
    const w = stepWarnings(makeRecord(), [], testCatalogue, TODAY).gather.find((x) => x.code === 'lifeAreaEmpty');
    assert.ok(w);
    assert.match(sv(w), /Hemliv/);
    assert.doesNotMatch(sv(w), /Personligt stöd från person/, 'the marker area is not a need area');
  });
  it('assessment: missing needs assessment and decisions', () => {
    assert.deepEqual(codes(makeRecord(), 'assessment').sort(), ['decisionsMissing', 'needsAssessmentMissing']);
    assert.deepEqual(codes(readyRecord(), 'assessment'), []);
  });
  it('assignment: follow-up how and when missing', () => {
    assert.deepEqual(codes(makeRecord(), 'assignment').sort(), ['followUpHowMissing', 'followUpWhenMissing']);
  });
  it('assignment: a consent withdrawn after the last issued assignment prompts "skicka ett uppdaterat uppdrag"', () => {
    const issued = deriveAssignment(readyRecord(), testCatalogue, { issuedBy: caseworker, today: '2026-02-25' });
    assert.ok(issued.ok);
    const r = { ...readyRecord(), assignments: [issued.assignment] };
    assert.ok(!codes(r, 'assignment').includes('assignmentOutdated'));
    const after = withdraw(r, 'c-share', '2026-03-01');
    const w = stepWarnings(after, [], testCatalogue, TODAY).assignment.find((x) => x.code === 'assignmentOutdated');
    assert.match(sv(w) ?? '', /Skicka ett uppdaterat uppdrag/);
  });
  it('followUp: a relative\'s view recorded without consent to take part in follow-up is flagged', () => {
    const r: InvestigationRecord = {
      ...readyRecord(),
      followUp: {
        startedAt: '2026-09-01', invitations: [],
        person: { supportGiven: 'yes', stillWantsRelativeSupport: [{ relativeId: 'eva', answer: 'yes' }] },
        relativeViews: [{ relativeId: 'eva', consentId: 'c-share', goalResults: [{ decisionId: 'b-avlosning', resultId: 'uppnatt' }] }],
        outcomeActions: ['none'],
      },
    };
    assert.deepEqual(codes(r, 'followUp'), ['followUpViewConsent']);
    const consented = withConsent(r, { scope: 'participateInFollowUp', relativeId: 'eva' });
    assert.deepEqual(codes(consented, 'followUp'), []);
  });
});
