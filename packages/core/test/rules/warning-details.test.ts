/**
 * "Guide, don't obstruct": what a warning tells the view beyond where it belongs (its parameters),
 * and the warnings step-warnings.test.ts does not reach (a child in step 2, SIP to consider, why an
 * assignment is outdated). Written against the survivors of mutation testing (docs/mutation-testing.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stepWarnings } from '../../src/rules/index.js';
import type { InvestigationRecord, RelativeRecord } from '../../src/schema/index.js';
import {
  TODAY,
  caseworker,
  makeRecord,
  makeRelativeRecord,
  readyRecord,
  testCatalogue,
  withConsent,
  withProposal,
  withRelative,
  withStatement,
  withdraw,
  withAssignmentOn,
} from '../fixtures/records.js';

type Step = keyof ReturnType<typeof stepWarnings>;
const of = (record: InvestigationRecord, step: Step, code: string, relativeRecords: RelativeRecord[] = []) =>
  stepWarnings(record, relativeRecords, testCatalogue, TODAY)[step].filter((w) => w.code === code);

describe('Step 2: the child perspective for a child relative in step 2 (C11, H4)', () => {
  it('C11: a child relative in step 2 is to be guided to own support until their own record says so', () => {
    const r = withRelative(makeRecord(), { id: 'kim', name: 'Kim', isChild: true });
    assert.deepEqual(of(r, 'equip', 'childOwnSupport'), [{ code: 'childOwnSupport', params: { name: 'Kim' }, relativeId: 'kim' }]);
    assert.deepEqual(of(r, 'equip', 'childOwnSupport', [makeRelativeRecord({ relativeId: 'kim', childGuidedToOwnSupport: false })]).length, 1);
    assert.deepEqual(of(r, 'equip', 'childOwnSupport', [makeRelativeRecord({ relativeId: 'kim', childGuidedToOwnSupport: true })]), []);
    assert.deepEqual(of(withRelative(makeRecord(), { id: 'eva' }), 'equip', 'childOwnSupport'), [], 'an adult relative is not prompted');
  });
  it('step 2 warnings name the relative', () => {
    const r = withRelative(makeRecord(), { id: 'eva', name: 'Eva', chosenName: 'Evi' });
    assert.deepEqual(of(r, 'equip', 'equipReferral'), [{ code: 'equipReferral', params: { name: 'Evi' }, relativeId: 'eva' }]);
  });
});

describe('Step 3: what a joint-meeting warning says', () => {
  it('C4: the warning about a joint plan carries the judgement\'s reason; one about an earlier invitation carries the day joint meetings were ruled out', () => {
    const judged = { direction: 'unclear' as const, routineFollowed: true, raisedAt: '2026-01-20', judgement: { text: 'Var för sig.', allowsParticipation: true, date: '2026-02-01', recordedBy: caseworker } };
    let r = withConsent(withRelative(makeRecord(), { id: 'eva', name: 'Eva', violenceConcern: judged }), { scope: 'participate', relativeId: 'eva' });
    r = { ...r, meetingPlans: [{ relativeId: 'eva', format: 'joint', personWantsCompany: false, invitationSentAt: '2026-02-01', jointRuledOutAt: '2026-02-01' }] };
    const [joint] = of(r, 'involve', 'jointMeetingViolence');
    assert.deepEqual(joint?.params, { name: 'Eva', reason: { code: 'violence.separateOnly', params: { name: 'Eva', date: '2026-02-01' } } });
    const [ruledOut] = of(r, 'involve', 'jointInvitationRuledOut');
    assert.deepEqual(ruledOut?.params, { name: 'Eva', date: '2026-02-01' });
  });
  it('C4: a joint meeting ruled out with no invitation sent is not an invitation to redo', () => {
    const r = withConsent(withRelative(makeRecord(), { id: 'eva' }), { scope: 'participate', relativeId: 'eva' });
    const plan = { ...r, meetingPlans: [{ relativeId: 'eva', format: 'separate' as const, personWantsCompany: false, jointRuledOutAt: '2026-02-01' }] };
    assert.deepEqual(of(plan, 'involve', 'jointInvitationRuledOut'), []);
  });
  it('step 3: a blank suitability judgement is no judgement', () => {
    const r = withConsent({ ...withRelative(makeRecord(), { id: 'eva' }), expressionSupport: { needs: [], supporterRelativeId: 'eva', suitabilityJudgement: '  ' } }, { scope: 'supportInInvestigation', relativeId: 'eva' });
    assert.deepEqual(of(r, 'involve', 'supporterSuitability').length, 1);
  });
  it('step 3: a need of support without any reflection written is warned about', () => {
    const r = { ...makeRecord(), expressionSupport: { needs: ['valuingOptions' as const] } };
    assert.deepEqual(of(r, 'involve', 'expressionReflection').length, 1);
  });
});

describe('Step 4: what the gather warnings say', () => {
  it('the life areas without statements are named, the marker area never', () => {
    const r = withStatement(makeRecord(), { id: 's', lifeAreaId: 'd6' });
    assert.deepEqual(of(r, 'gather', 'lifeAreaEmpty')[0]?.params, { lifeAreas: ['Personlig vård', 'Känsla av trygghet'] });
  });
  it('C10: a statement without a valid basis carries the basis refusal, also for a professional', () => {
    let r = withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
    r = withStatement(r, { id: 's-pro', source: { kind: 'professional', name: 'Ann', role: 'Sjuksköterska' }, basis: { kind: 'own' }, toPersonalFile: false });
    assert.deepEqual(of(r, 'gather', 'statementBasis'), [
      { code: 'statementBasis', params: { reason: { code: 'statement.basisMissing', params: { name: 'Ann' } } }, path: 'statements.0.basis' },
    ]);
  });
  it('H4, C14: a relative who coordinates care prompts a SIP until it was considered', () => {
    const r = withRelative(makeRecord(), { id: 'eva', name: 'Eva', coordinatesCare: true });
    assert.deepEqual(of(r, 'gather', 'sipConsider'), [{ code: 'sipConsider', params: { name: 'Eva' }, path: 'relatives.0.sipConsidered', relativeId: 'eva' }]);
    const considered = { ...r, relatives: r.relatives.map((x) => ({ ...x, sipConsidered: { date: '2026-02-01', outcome: 'notNeeded' as const } })) };
    assert.deepEqual(of(considered, 'gather', 'sipConsider'), []);
    assert.deepEqual(of(withRelative(makeRecord(), { id: 'eva' }), 'gather', 'sipConsider'), []);
  });
  it('C13: a relative who gives support but does not take part is not asked for a stance', () => {
    const r = withRelative(makeRecord(), { id: 'eva', givesSupport: true });
    assert.deepEqual(of(r, 'gather', 'stanceMissing'), []);
  });
  it('C6: the incomplete-proposal warning lists what is missing; the living-together warning names the support type', () => {
    const r = withProposal(withRelative(makeRecord(), { id: 'eva', name: 'Eva' }), { id: 'is-1', relativeId: 'eva', supportTypeId: 'avlosning', personView: '' });
    assert.deepEqual(of(r, 'gather', 'indirectSupportIncomplete')[0]?.params, {
      name: 'Eva',
      missing: [
        { code: 'indirect.personConsent', params: {} },
        { code: 'indirect.relativeConsent', params: { name: 'Eva' } },
        { code: 'indirect.personViews', params: {} },
      ],
    });
    assert.deepEqual(of(r, 'gather', 'indirectSupportLivingTogether')[0]?.params, { name: 'Eva', supportType: 'Avlösning i hemmet' });
  });
  it('C6: a proposal of a support type the catalogue lacks raises no living-together warning', () => {
    const r = withProposal(withRelative(makeRecord(), { id: 'eva' }), { id: 'is-1', relativeId: 'eva', supportTypeId: 'okand' });
    assert.deepEqual(of(r, 'gather', 'indirectSupportLivingTogether'), []);
  });
  it('C11: a child relative\'s blank views are no views', () => {
    const r = withProposal(withRelative(makeRecord(), { id: 'kim', isChild: true }), { id: 'is-1', relativeId: 'kim', childViews: ' ' });
    assert.equal(of(r, 'gather', 'indirectSupportChildViews').length, 1);
    const none = withProposal(withRelative(makeRecord(), { id: 'kim', isChild: true }), { id: 'is-1', relativeId: 'kim' });
    assert.equal(of(none, 'gather', 'indirectSupportChildViews').length, 1);
  });
});

describe('Assessment, assignment and follow-up: what the warnings say', () => {
  it('a decision without a goal at all, and an assessment without a needs assessment, are warned about', () => {
    const r = readyRecord();
    const noGoal = { ...r, assessment: { ...r.assessment!, needsAssessment: undefined as unknown as string, decisions: [{ ...r.assessment!.decisions[0]!, goal: undefined }] } };
    assert.deepEqual(stepWarnings(noGoal, [], testCatalogue, TODAY).assessment.map((w) => w.code), ['needsAssessmentMissing', 'goalMissing']);
  });
  it('M4: a plan without any "how" or "when" is warned about at both fields', () => {
    const r = readyRecord();
    const bare = { ...r, assignmentPlan: { ...r.assignmentPlan!, followUpHow: undefined as unknown as string, followUpWhen: undefined } };
    assert.deepEqual(stepWarnings(bare, [], testCatalogue, TODAY).assignment, [
      { code: 'followUpHowMissing', params: {}, path: 'assignmentPlan.followUpHow' },
      { code: 'followUpWhenMissing', params: {}, path: 'assignmentPlan.followUpWhen' },
    ]);
  });
  it('C3: why the assignment is outdated: a withdrawal, the 18th birthday, or a consent that ran out', () => {
    const issued = withAssignmentOn(readyRecord(), '2026-02-25');
    const cause = (r: InvestigationRecord) => of(r, 'assignment', 'assignmentOutdated').map((w) => w.params);
    assert.deepEqual(cause(withdraw(issued, 'c-share', '2026-03-01')), [{ cause: 'withdrawn', issuedAt: '2026-02-25' }]);
    const byDate = { ...issued, consents: issued.consents.map((c) => (c.id === 'c-share' ? { ...c, withdrawnAt: '2026-03-01' } : c)) };
    assert.deepEqual(cause(byDate), [{ cause: 'withdrawn', issuedAt: '2026-02-25' }]);
    const expired = { ...issued, consents: issued.consents.map((c) => (c.id === 'c-share' ? { ...c, validUntil: '2026-03-01' } : c)) };
    assert.deepEqual(cause(expired), [{ cause: 'expired', issuedAt: '2026-02-25' }]);
    const both = { ...expired, consents: expired.consents.map((c) => (c.id === 'c-info' ? { ...c, status: 'withdrawn' as const, withdrawnAt: '2026-03-02' } : c)) };
    assert.deepEqual(cause(both), [{ cause: 'withdrawn', issuedAt: '2026-02-25' }], 'a withdrawal is named first');
  });
  it('T1: the assignment is outdated because the person turned 18, only once the birthday has come', () => {
    let minor = readyRecord();
    minor = {
      ...minor,
      person: { ...minor.person, ageGroup: 'minor' },
      consents: minor.consents.map((c) => (c.givenBy === 'relative' ? c : { ...c, givenBy: 'guardian' as const, givenUnder: { ageGroup: 'minor' as const, canTakePosition: 'yes' as const } })),
    };
    const issued = withAssignmentOn(minor, '2026-02-25');
    const turned = (adultFrom: string) => ({ ...issued, person: { ...issued.person, ageGroup: 'adult' as const, adultFrom } });
    assert.deepEqual(of(turned('2026-03-01'), 'assignment', 'assignmentOutdated').map((w) => w.params), [{ cause: 'turned18', issuedAt: '2026-02-25' }]);
    assert.deepEqual(of(turned('2026-03-20'), 'assignment', 'assignmentOutdated'), []);
    const withExpired = turned('2026-03-01');
    const mixed = { ...withExpired, consents: [...withExpired.consents.map((c) => (c.id === 'c-info' ? { ...c, givenBy: 'person' as const, givenUnder: { ageGroup: 'adult' as const, canTakePosition: 'yes' as const }, validUntil: '2026-03-05' } : c))] };
    assert.deepEqual(of(mixed, 'assignment', 'assignmentOutdated').map((w) => w.params), [{ cause: 'turned18', issuedAt: '2026-02-25' }], 'one of the ended consents is the guardian\'s');
  });
  it('C3: a relative\'s own consent behind the marker is judged as the relative\'s (no 18th birthday applies to it)', () => {
    let minor = readyRecord();
    minor = { ...minor, person: { ...minor.person, ageGroup: 'adult', adultFrom: '2026-01-01' } };
    const issued = withAssignmentOn(minor, '2026-02-25');
    assert.deepEqual(of(issued, 'assignment', 'assignmentOutdated'), []);
  });
  it('C3: a consent given today that the assignment cites is not "ended"', () => {
    const r = readyRecord();
    const today = { ...r, consents: r.consents.map((c) => (c.id === 'c-share' ? { ...c, date: TODAY } : c)) };
    const issued = withAssignmentOn(today, TODAY);
    assert.deepEqual(of(issued, 'assignment', 'assignmentOutdated'), []);
  });
  it('H5: a version issued on the day the follow-up started counts as sent before it', () => {
    const issued = withAssignmentOn(readyRecord(), '2026-02-25');
    const followUp = {
      startedAt: '2026-02-25', invitations: [], relativeViews: [], outcomeActions: ['updatedAssignment' as const],
      person: { supportGiven: 'yes' as const, stillWantsRelativeSupport: [{ relativeId: 'eva', answer: 'yes' as const }] },
    };
    assert.deepEqual(of({ ...issued, followUp }, 'assignment', 'assignmentUpdateRequested'), [{ code: 'assignmentUpdateRequested', params: {} }]);
  });
  it('C8: a follow-up warning about consent carries the gate\'s reason', () => {
    const r: InvestigationRecord = {
      ...readyRecord(),
      followUp: {
        startedAt: '2026-09-01', invitations: [{ relativeId: 'eva', sentAt: '2026-08-20' }], outcomeActions: ['none'],
        person: { supportGiven: 'yes', stillWantsRelativeSupport: [{ relativeId: 'eva', answer: 'yes' }] },
        relativeViews: [{ relativeId: 'eva', consentId: 'c-share', goalResults: [{ decisionId: 'b-avlosning', resultId: 'uppnatt' }] }],
      },
    };
    const reason = { code: 'consent.missing', params: { scope: 'participateInFollowUp', name: 'Eva Andersson', subject: 'person', judgementRecorded: false } };
    assert.deepEqual(of(r, 'followUp', 'followUpInvitationConsent')[0]?.params, { reason });
    assert.deepEqual(of(r, 'followUp', 'followUpViewConsent')[0]?.params, { reason });
  });
  it('C8: a relative\'s view rating only some of the relief goals still leaves the rest to ask about', () => {
    let r = readyRecord();
    r = {
      ...r,
      assessment: { ...r.assessment!, decisions: [...r.assessment!.decisions, { id: 'b-avlosning-2', lifeAreaId: 'd5', supportTypeId: 'avlosning', outcome: 'granted', goal: 'Mål.', indirectSupportId: 'is-1' }] },
    };
    r = withConsent(r, { scope: 'participateInFollowUp', relativeId: 'eva' });
    const followUp = {
      startedAt: '2026-09-01', invitations: [], outcomeActions: ['none' as const],
      person: { supportGiven: 'yes' as const, stillWantsRelativeSupport: [{ relativeId: 'eva', answer: 'yes' as const }] },
      relativeViews: [{ relativeId: 'eva', consentId: 'c', goalResults: [{ decisionId: 'b-avlosning', resultId: 'uppnatt' }, { decisionId: 'b-hemtjanst', resultId: 'uppnatt' }] }],
    };
    assert.deepEqual(of({ ...r, followUp }, 'followUp', 'followUpRelief'), [{ code: 'followUpRelief', params: { name: 'Eva Andersson' }, relativeId: 'eva' }]);
    const all = { ...followUp, relativeViews: [{ ...followUp.relativeViews[0]!, goalResults: [...followUp.relativeViews[0]!.goalResults, { decisionId: 'b-avlosning-2', resultId: 'uppnatt' }] }] };
    assert.deepEqual(of({ ...r, followUp: all }, 'followUp', 'followUpRelief'), []);
  });
});
