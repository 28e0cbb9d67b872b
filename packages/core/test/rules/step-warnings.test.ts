/**
 * "Guide, don't obstruct": what each step warns about, for whom and where (code, path, relative).
 * Written against the survivors of mutation testing (docs/mutation-testing.md); the wording of each
 * warning is the message tables' business, so these tests pin what a view needs to place it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stepWarnings, type Warning } from '../../src/rules/index.js';
import type { Catalogue, InvestigationRecord, RelativeRecord } from '../../src/schema/index.js';
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
  withStance,
  withStatement,
  withdraw,
  withAssignmentOn,
} from '../fixtures/records.js';

type Step = keyof ReturnType<typeof stepWarnings>;
const view = (w: Warning) => ({ code: w.code, ...(w.path !== undefined ? { path: w.path } : {}), ...(w.relativeId !== undefined ? { relativeId: w.relativeId } : {}) });
const warnings = (record: InvestigationRecord, step: Step, relativeRecords: RelativeRecord[] = [], catalogue: Catalogue = testCatalogue, today = TODAY) =>
  stepWarnings(record, relativeRecords, catalogue, today)[step].map(view);
const codes = (record: InvestigationRecord, step: Step, relativeRecords: RelativeRecord[] = []) => warnings(record, step, relativeRecords).map((w) => w.code);
const concern = { direction: 'unclear' as const, routineFollowed: true, raisedAt: '2026-01-20' };

describe('Step 1: who is asked, violence concerns, the child\'s views, capacity to consent', () => {
  it('C2: an adult whose capacity to consent is not assessed is a warning at that field; a minor\'s is not', () => {
    const unknown = makeRecord({ person: { ...makeRecord().person, canTakePosition: 'unknown' } });
    assert.deepEqual(warnings(unknown, 'relatives'), [{ code: 'capacityUnknown', path: 'person.canTakePosition' }]);
    const minor = makeRecord({ person: { ...makeRecord().person, ageGroup: 'minor', canTakePosition: 'unknown', childViews: 'Vill ha mormor med.' } });
    assert.deepEqual(warnings(minor, 'relatives'), []);
  });
  it('a minor\'s own views are asked for until documented; an adult has none to document', () => {
    const minor = makeRecord({ person: { ...makeRecord().person, ageGroup: 'minor' } });
    assert.deepEqual(warnings(minor, 'relatives'), [{ code: 'childViewsMissing', path: 'person.childViews' }]);
    assert.deepEqual(warnings(makeRecord(), 'relatives'), []);
  });
  it('C2, C5: a capacity judgement is asked for at its field while no one can consent', () => {
    const cannot = makeRecord({ person: { ...makeRecord().person, canTakePosition: 'no' } });
    assert.deepEqual(warnings(cannot, 'relatives'), [{ code: 'capacityJudgementMissing', path: 'person.capacityJudgement' }]);
  });
  it('T1: a consent to review is warned about at its own place in the record, for its relative', () => {
    let r = withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
    r = withConsent(r, { scope: 'laterContact', relativeId: 'eva', givenBy: 'relative' });
    r = withConsent(r, { scope: 'participate', relativeId: 'eva' });
    r = { ...r, person: { ...r.person, canTakePosition: 'no', capacityJudgement: { likelyWish: 'Vill ha Eva med.', consulted: ['Eva'], date: '2026-03-01', recordedBy: caseworker } } };
    assert.deepEqual(warnings(r, 'relatives'), [{ code: 'consentReview', path: 'consents.1', relativeId: 'eva' }]);
  });
  it('C4: a concern asks for a judgement and for the routine, each at its field, until done', () => {
    let r = withRelative(makeRecord(), { id: 'olle', name: 'Olle' });
    r = withRelative(r, { id: 'eva', name: 'Eva', violenceConcern: { ...concern, routineFollowed: false } });
    assert.deepEqual(warnings(r, 'relatives'), [
      { code: 'violenceJudgementMissing', path: 'relatives.1.violenceConcern.judgement', relativeId: 'eva' },
      { code: 'violenceRoutine', path: 'relatives.1.violenceConcern.routineFollowed', relativeId: 'eva' },
    ]);
    const done = withRelative(makeRecord(), {
      id: 'eva', violenceConcern: { ...concern, judgement: { text: 'Bedömt.', allowsParticipation: false, date: '2026-02-01', recordedBy: caseworker } },
    });
    assert.deepEqual(warnings(done, 'relatives'), []);
  });
  it('step 1: a relative not yet asked about, and one not told they may take part, are warnings for that relative', () => {
    let r = withRelative(makeRecord(), { id: 'olle', name: 'Olle' });
    r = withRelative(r, { id: 'eva', name: 'Eva', involvementAskedAt: undefined, informedOfPossibility: false });
    assert.deepEqual(warnings(r, 'relatives'), [
      { code: 'relativeNotAsked', path: 'relatives.1.involvementAskedAt', relativeId: 'eva' },
      { code: 'relativeNotInformed', path: 'relatives.1.informedOfPossibility', relativeId: 'eva' },
    ]);
  });
  it('step 1: a decision recorded on any one form of taking part counts as asked', () => {
    const r = withConsent(withRelative(makeRecord(), { id: 'eva', involvementAskedAt: undefined }), { scope: 'receiveInformation', relativeId: 'eva', status: 'declined' });
    assert.deepEqual(warnings(r, 'relatives'), []);
  });
  it('H2: a legal representative who is not a relative is not asked about, but a concern about them is still warned', () => {
    const r = withRelative(makeRecord(), {
      id: 'gm', name: 'Gun Man', isRelative: false, involvementAskedAt: undefined, informedOfPossibility: false,
      legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt', coversPersonalMatters: false },
      violenceConcern: concern,
    });
    assert.deepEqual(warnings(r, 'relatives').map((w) => w.code), ['violenceJudgementMissing']);
  });
});

describe('Step 2: a relative the person did not consent for is equipped for the future', () => {
  it('C9: information, an own conversation and a referral are each asked for, per relative, until recorded in their own record', () => {
    let r = withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
    r = withRelative(r, { id: 'olle', name: 'Olle' });
    const evaInformed = makeRelativeRecord({ relativeId: 'eva', informationGiven: [{ what: 'Anhörigstöd', date: '2026-02-01', channel: 'meeting' }] });
    assert.deepEqual(warnings(r, 'equip', [evaInformed]), [
      { code: 'equipOwnConversation', relativeId: 'eva' },
      { code: 'equipReferral', relativeId: 'eva' },
      { code: 'equipInformation', relativeId: 'olle' },
      { code: 'equipOwnConversation', relativeId: 'olle' },
      { code: 'equipReferral', relativeId: 'olle' },
    ]);
    const evaDone = makeRelativeRecord({
      relativeId: 'eva', referredToAnhorigkonsulent: '2026-02-02',
      ownConversations: [{ id: 'oc', offeredAt: '2026-02-01', answer: 'declined', duringFollowUp: false }],
    });
    assert.deepEqual(warnings(withRelative(makeRecord(), { id: 'eva' }), 'equip', [evaDone]).map((w) => w.code), ['equipInformation']);
  });
  it('a relative the person consented for is not in step 2', () => {
    const r = withConsent(withRelative(makeRecord(), { id: 'eva' }), { scope: 'participate', relativeId: 'eva' });
    assert.deepEqual(warnings(r, 'equip'), []);
  });
});

describe('Step 3: a relative the person consented for is involved', () => {
  const involved = () => {
    let r = withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
    r = withRelative(r, { id: 'olle', name: 'Olle' });
    r = withConsent(r, { scope: 'participate', relativeId: 'eva' });
    return withConsent(r, { scope: 'participate', relativeId: 'olle' });
  };
  it('a missing meeting plan and an invitation not sent are warned about, each for its relative and field', () => {
    const r = { ...involved(), meetingPlans: [{ relativeId: 'olle', format: 'separate' as const, personWantsCompany: false }] };
    assert.deepEqual(warnings(r, 'involve'), [
      { code: 'meetingPlanMissing', path: 'meetingPlans', relativeId: 'eva' },
      { code: 'invitationNotSent', path: 'meetingPlans.0.invitationSentAt', relativeId: 'olle' },
    ]);
  });
  it('C4: a joint plan a judgement rules out is warned about at its format; a separate one is not', () => {
    const judged = { ...concern, judgement: { text: 'Bara var för sig.', allowsParticipation: true, date: '2026-02-01', recordedBy: caseworker } };
    let r = withConsent(withRelative(makeRecord(), { id: 'eva', violenceConcern: judged }), { scope: 'participate', relativeId: 'eva' });
    const plan = { relativeId: 'eva', format: 'joint' as const, personWantsCompany: false, invitationSentAt: '2026-02-05' };
    r = { ...r, meetingPlans: [plan] };
    assert.deepEqual(warnings(r, 'involve'), [{ code: 'jointMeetingViolence', path: 'meetingPlans.0.format', relativeId: 'eva' }]);
    assert.deepEqual(warnings({ ...r, meetingPlans: [{ ...plan, format: 'separate' }] }, 'involve'), []);
    const safe = { ...judged, judgement: { ...judged.judgement, allowsJointMeeting: true } };
    assert.deepEqual(warnings({ ...r, relatives: r.relatives.map((x) => ({ ...x, violenceConcern: safe })) }, 'involve'), []);
  });
  it('C4: an invitation sent on or before a joint meeting was ruled out is flagged; one sent after is not', () => {
    const base = withConsent(withRelative(makeRecord(), { id: 'eva' }), { scope: 'participate', relativeId: 'eva' });
    const plan = (invitationSentAt?: string) => ({
      ...base,
      meetingPlans: [{ relativeId: 'eva', format: 'separate' as const, personWantsCompany: false, jointRuledOutAt: '2026-02-10', ...(invitationSentAt ? { invitationSentAt } : {}) }],
    });
    assert.deepEqual(warnings(plan('2026-02-10'), 'involve'), [{ code: 'jointInvitationRuledOut', path: 'meetingPlans.0.invitationSentAt', relativeId: 'eva' }]);
    assert.deepEqual(warnings(plan('2026-02-11'), 'involve'), []);
    assert.deepEqual(warnings(plan(), 'involve').map((w) => w.code), ['invitationNotSent']);
  });
  it('step 3: the person\'s need of support to express their will asks for the handläggare\'s reflection', () => {
    const r = { ...makeRecord(), expressionSupport: { needs: ['communication' as const], caseworkerReflection: '  ' } };
    assert.deepEqual(warnings(r, 'involve'), [{ code: 'expressionReflection', path: 'expressionSupport.caseworkerReflection' }]);
    assert.deepEqual(warnings({ ...r, expressionSupport: { needs: [], caseworkerReflection: '' } }, 'involve'), []);
    assert.deepEqual(warnings({ ...r, expressionSupport: { needs: ['communication' as const], caseworkerReflection: 'Jag kan stödja.' } }, 'involve'), []);
  });
  it('step 3: a chosen supporter needs the person\'s consent and the handläggare\'s judgement that they are suitable', () => {
    const r = { ...withRelative(makeRecord(), { id: 'eva' }), expressionSupport: { needs: [], supporterRelativeId: 'eva' } };
    assert.deepEqual(warnings(r, 'involve'), [
      { code: 'supporterConsent', path: 'expressionSupport.supporterRelativeId', relativeId: 'eva' },
      { code: 'supporterSuitability', path: 'expressionSupport.suitabilityJudgement' },
    ]);
    const consented = withConsent({ ...r, expressionSupport: { ...r.expressionSupport, suitabilityJudgement: 'Lämplig.' } }, { scope: 'supportInInvestigation', relativeId: 'eva' });
    assert.deepEqual(warnings(consented, 'involve'), []);
  });
});

describe('Step 4: gather information', () => {
  const areas = (r: InvestigationRecord) => ['d5', 'd6', 'trygghet'].reduce((x, lifeAreaId, i) => withStatement(x, { id: `s-${lifeAreaId}`, lifeAreaId, recordedAt: `2026-02-0${i + 1}` }), r);
  it('a life area without any statement is warned about, and none when every need area has one', () => {
    assert.deepEqual(warnings(makeRecord(), 'gather'), [{ code: 'lifeAreaEmpty', path: 'statements' }]);
    assert.deepEqual(warnings(areas(makeRecord()), 'gather'), []);
  });
  it('C10: a relative\'s statement without a valid basis or quality check is warned about at its field, for that relative; the person\'s own never', () => {
    let r = areas(withRelative(makeRecord(), { id: 'eva' }));
    r = withStatement(r, { id: 's-own-odd', basis: { kind: 'volunteered' }, toPersonalFile: true });
    r = withStatement(r, { id: 's-eva', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'own' }, toPersonalFile: true });
    r = withStatement(r, { id: 's-eva-note', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'volunteered' }, toPersonalFile: false });
    r = withStatement(r, { id: 's-pro', source: { kind: 'professional', name: 'Distriktssköterskan', role: 'Sjuksköterska' }, basis: { kind: 'caseSystemConsent' }, toPersonalFile: true });
    assert.deepEqual(warnings(r, 'gather'), [
      { code: 'statementBasis', path: 'statements.4.basis', relativeId: 'eva' },
      { code: 'statementQuality', path: 'statements.4.qualityConfirmed', relativeId: 'eva' },
      { code: 'statementQuality', path: 'statements.6.qualityConfirmed' },
    ]);
  });
  it('a relative who shares the home is to be heard; C11 a child relative is to be guided to own support; both for that relative', () => {
    let r = areas(withRelative(makeRecord(), { id: 'eva', livesWithPerson: true }));
    r = withRelative(r, { id: 'kim', isChild: true });
    assert.deepEqual(warnings(r, 'gather', [makeRelativeRecord({ relativeId: 'eva', childGuidedToOwnSupport: true })]), [
      { code: 'hearCohabitant', path: 'statements', relativeId: 'eva' },
      { code: 'childOwnSupport', path: 'relatives.1.isChild', relativeId: 'kim' },
    ]);
    assert.deepEqual(warnings(r, 'gather', [makeRelativeRecord({ relativeId: 'kim', childGuidedToOwnSupport: true })]).map((w) => w.code), ['hearCohabitant']);
  });
  it('C13: the stance of an involved relative who gives support is asked for until recorded for that relative', () => {
    let r = areas(withRelative(makeRecord(), { id: 'olle', givesSupport: true }));
    r = withRelative(r, { id: 'eva', givesSupport: true });
    r = withConsent(withConsent(r, { scope: 'participate', relativeId: 'eva' }), { scope: 'participate', relativeId: 'olle' });
    r = withStance(r, { relativeId: 'olle' });
    assert.deepEqual(warnings(r, 'gather'), [{ code: 'stanceMissing', path: 'stances', relativeId: 'eva' }]);
    assert.deepEqual(warnings(withStance(r, { relativeId: 'eva' }), 'gather'), []);
    const noSupport = { ...r, relatives: r.relatives.map((x) => ({ ...x, givesSupport: false })) };
    assert.deepEqual(warnings(noSupport, 'gather'), []);
  });
  it('H2: a legal representative outside the family is not asked for a stance or prompted as a child', () => {
    let r = areas(withRelative(makeRecord(), {
      id: 'gm', isRelative: false, givesSupport: true, isChild: true,
      legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt', coversPersonalMatters: false },
    }));
    r = withConsent(r, { scope: 'participate', relativeId: 'gm' });
    assert.deepEqual(warnings(r, 'gather'), []);
  });
  it('C6: an indirect-support proposal that lacks a consent or a view, or where the parties disagree, is warned about at its place', () => {
    let r = areas(withRelative(makeRecord(), { id: 'eva', livesWithPerson: true }));
    r = withStatement(r, { id: 's-eva', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'volunteered' }, toPersonalFile: false });
    r = withProposal(r, { id: 'is-0', relativeId: 'eva', supportTypeId: 'hemtjanst' });
    r = withConsent(r, { scope: 'indirectSupport', relativeId: 'eva' });
    r = withConsent(r, { scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative' });
    assert.deepEqual(warnings(r, 'gather'), [], 'both consent, both views: nothing left');
    const declined = withConsent(r, { scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative', status: 'declined', date: '2026-02-01' });
    assert.deepEqual(warnings(declined, 'gather'), [
      { code: 'indirectSupportIncomplete', path: 'indirectSupport.0', relativeId: 'eva' },
      { code: 'indirectSupportDisagreement', path: 'indirectSupport.0.continuedSearch', relativeId: 'eva' },
    ]);
    const searching = (continuedSearch: string) => ({ ...declined, indirectSupport: declined.indirectSupport.map((p) => ({ ...p, continuedSearch })) });
    assert.deepEqual(warnings(searching('   '), 'gather').map((w) => w.code), ['indirectSupportIncomplete', 'indirectSupportDisagreement']);
    assert.deepEqual(warnings(searching('Nytt samtal.'), 'gather').map((w) => w.code), ['indirectSupportIncomplete']);
  });
  it('C6, C11: a child relative\'s views are asked for until recorded, blank views are not views', () => {
    let r = areas(withRelative(makeRecord(), { id: 'kim', isChild: true, livesWithPerson: true }));
    r = withStatement(r, { id: 's-kim', source: { kind: 'relative', relativeId: 'kim' }, basis: { kind: 'volunteered' }, toPersonalFile: false });
    r = withConsent(r, { scope: 'indirectSupport', relativeId: 'kim' });
    r = withProposal(r, { id: 'is-0', relativeId: 'kim', relativeView: '', childViews: '  ' });
    const guided = [makeRelativeRecord({ relativeId: 'kim', childGuidedToOwnSupport: true })];
    assert.deepEqual(warnings(r, 'gather', guided).filter((w) => w.code !== 'indirectSupportIncomplete'), [
      { code: 'indirectSupportChildViews', path: 'indirectSupport.0.childViews', relativeId: 'kim' },
    ]);
    const heard = { ...r, indirectSupport: r.indirectSupport.map((p) => ({ ...p, childViews: 'Vill ha mer tid med kompisar.' })) };
    assert.deepEqual(warnings(heard, 'gather', guided), []);
    const adult = withRelative(withProposal(areas(makeRecord()), { id: 'is-0', relativeId: 'eva', supportTypeId: 'hemtjanst' }), { id: 'eva', livesWithPerson: true });
    assert.ok(!warnings(adult, 'gather').some((w) => w.code === 'indirectSupportChildViews'), 'an adult relative has no child views to record');
  });
  it('a support the municipality gives only to those living together is flagged for a relative who lives apart', () => {
    let r = areas(withRelative(makeRecord(), { id: 'eva', livesWithPerson: false }));
    r = withConsent(withConsent(r, { scope: 'indirectSupport', relativeId: 'eva' }), { scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative' });
    const avlosning = withProposal(r, { id: 'is-0', relativeId: 'eva', supportTypeId: 'avlosning' });
    assert.deepEqual(warnings(avlosning, 'gather'), [{ code: 'indirectSupportLivingTogether', path: 'indirectSupport.0.supportTypeId', relativeId: 'eva' }]);
    assert.deepEqual(warnings(withProposal(r, { id: 'is-0', relativeId: 'eva', supportTypeId: 'hemtjanst' }), 'gather'), []);
    const together = { ...avlosning, relatives: avlosning.relatives.map((x) => ({ ...x, livesWithPerson: true })) };
    assert.deepEqual(warnings(together, 'gather').map((w) => w.code), ['hearCohabitant']);
  });
});

describe('Assessment and assignment', () => {
  it('a blank needs assessment, no decisions, and a granted decision without a goal are warned about; a refusal needs no goal', () => {
    const r = readyRecord();
    const blank = { ...r, assessment: { ...r.assessment!, needsAssessment: '  ', decisions: [] } };
    assert.deepEqual(warnings(blank, 'assessment'), [
      { code: 'needsAssessmentMissing', path: 'assessment.needsAssessment' },
      { code: 'decisionsMissing', path: 'assessment.decisions' },
    ]);
    const goals = { ...r, assessment: { ...r.assessment!, decisions: [{ ...r.assessment!.decisions[0]!, outcome: 'refused' as const, goal: '' }, { ...r.assessment!.decisions[1]!, goal: ' ' }] } };
    assert.deepEqual(warnings(goals, 'assessment'), [{ code: 'goalMissing', path: 'assessment.decisions.1.goal' }]);
  });
  it('M4: a blank "how" of the follow-up is warned about', () => {
    const r = readyRecord();
    assert.deepEqual(warnings({ ...r, assignmentPlan: { ...r.assignmentPlan!, followUpHow: '  ' } }, 'assignment'), [{ code: 'followUpHowMissing', path: 'assignmentPlan.followUpHow' }]);
  });

  it('C3: the relative\'s own consent behind a marker, withdrawn since, makes the assignment outdated', () => {
    assert.deepEqual(codes(withdraw(withAssignmentOn(readyRecord(), '2026-02-25'), 'c-ind-eva', '2026-03-01'), 'assignment'), ['assignmentOutdated']);
  });
  it('C3: the person\'s consent behind a marker, withdrawn since, makes the assignment outdated even though R6 does not cite it', () => {
    assert.deepEqual(codes(withdraw(withAssignmentOn(readyRecord(), '2026-02-25'), 'c-ind-person', '2026-03-01'), 'assignment'), ['assignmentOutdated']);
  });
  it('C3: a consent ended that the assignment does not rely on changes nothing', () => {
    let r = withConsent(readyRecord(), { id: 'c-later', scope: 'laterContact', relativeId: 'eva' });
    r = withdraw(withAssignmentOn(r, '2026-02-25'), 'c-later', '2026-03-01');
    assert.deepEqual(codes(r, 'assignment'), []);
  });
  it('C3: a consent the assignment cites that runs out makes it outdated; a "no", or a withdrawal dated ahead, does not', () => {
    const r = withAssignmentOn(readyRecord(), '2026-02-25');
    const expiring = { ...r, consents: r.consents.map((c) => (c.id === 'c-share' ? { ...c, validUntil: '2026-03-01' } : c)) };
    assert.deepEqual(codes(expiring, 'assignment'), ['assignmentOutdated']);
    const ahead = withdraw(r, 'c-share', '2026-04-01');
    assert.deepEqual(codes(ahead, 'assignment'), []);
    const declinedLater = { ...r, consents: r.consents.map((c) => (c.id === 'c-share' ? { ...c, status: 'declined' as const } : c)) };
    assert.deepEqual(codes(declinedLater, 'assignment'), []);
  });
  it('C3: a cited consent dated after today (a restored record) does not make the assignment outdated', () => {
    const r = withAssignmentOn(readyRecord(), '2026-02-25');
    const future = { ...r, consents: r.consents.map((c) => (c.id === 'c-share' ? { ...c, date: '2026-04-01' } : c)) };
    assert.deepEqual(codes(future, 'assignment'), []);
  });
  it('H5: a follow-up that asked for an updated assignment reminds until a new version is issued', () => {
    const r = withAssignmentOn(readyRecord(), '2026-02-25');
    const followUp = {
      startedAt: '2026-03-01', invitations: [], relativeViews: [], outcomeActions: ['updatedAssignment' as const],
      person: { supportGiven: 'yes' as const, stillWantsRelativeSupport: [{ relativeId: 'eva', answer: 'yes' as const }] },
    };
    assert.deepEqual(codes({ ...r, followUp }, 'assignment'), ['assignmentUpdateRequested']);
    assert.deepEqual(codes({ ...r, followUp: { ...followUp, assignmentsAtStart: 1 } }, 'assignment'), ['assignmentUpdateRequested']);
    assert.deepEqual(codes(withAssignmentOn({ ...r, followUp }, TODAY), 'assignment'), []);
    assert.deepEqual(codes({ ...r, followUp: { ...followUp, startedAt: '2026-02-24' } }, 'assignment'), [], 'the version issued after the follow-up started is the update');
    assert.deepEqual(codes({ ...r, followUp: { ...followUp, outcomeActions: ['none' as const] } }, 'assignment'), []);
  });
});

describe('Step 6: follow-up', () => {
  const followingUp = (extra: Partial<NonNullable<InvestigationRecord['followUp']>> = {}): InvestigationRecord => {
    let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', givesSupport: true });
    r = withRelative(r, { id: 'gm', isRelative: false, givesSupport: true, legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt', coversPersonalMatters: false } });
    return {
      ...r,
      followUp: {
        startedAt: '2026-09-01', invitations: [], relativeViews: [], outcomeActions: ['none'],
        person: { supportGiven: 'yes', stillWantsRelativeSupport: [{ relativeId: 'eva', answer: 'yes' }, { relativeId: 'olle', answer: 'no' }] },
        ...extra,
      },
    };
  };
  it('no follow-up, no follow-up warnings', () => {
    assert.deepEqual(warnings(readyRecord(), 'followUp'), []);
  });
  it('C8: an invitation or a view without consent to take part is warned about at its place', () => {
    const r = followingUp({
      invitations: [{ relativeId: 'olle', sentAt: '2026-08-20' }],
      relativeViews: [{ relativeId: 'eva', consentId: 'c-share', goalResults: [{ decisionId: 'b-avlosning', resultId: 'uppnatt' }] }],
    });
    assert.deepEqual(warnings(r, 'followUp'), [
      { code: 'followUpInvitationConsent', path: 'followUp.invitations.0', relativeId: 'olle' },
      { code: 'followUpViewConsent', path: 'followUp.relativeViews.0', relativeId: 'eva' },
    ]);
    const consented = withConsent(withConsent(r, { scope: 'participateInFollowUp', relativeId: 'olle' }), { scope: 'participateInFollowUp', relativeId: 'eva' });
    assert.deepEqual(warnings(consented, 'followUp'), []);
  });
  it('the person is asked whether the support was given, whether they still want each supporting relative\'s support, and what follows', () => {
    const r = followingUp({
      outcomeActions: [],
      person: { supportGiven: 'unknown', stillWantsRelativeSupport: [{ relativeId: 'olle', answer: 'yes' }] },
      relativeViews: [{ relativeId: 'eva', consentId: 'c-x', goalResults: [{ decisionId: 'b-avlosning', resultId: 'uppnatt' }] }],
    });
    const consented = withConsent(r, { scope: 'participateInFollowUp', relativeId: 'eva' });
    assert.deepEqual(warnings(consented, 'followUp'), [
      { code: 'followUpSupportGiven', path: 'followUp.person.supportGiven' },
      { code: 'followUpStillWants', path: 'followUp.person.stillWantsRelativeSupport', relativeId: 'eva' },
      { code: 'followUpOutcome', path: 'followUp.outcomeActions' },
    ]);
  });
  it('C8: the relief a support was meant to give a relative is asked about until that relative rated that support', () => {
    assert.deepEqual(warnings(followingUp(), 'followUp'), [{ code: 'followUpRelief', relativeId: 'eva' }]);
    const otherGoal = followingUp({ relativeViews: [{ relativeId: 'eva', consentId: 'c-x', goalResults: [{ decisionId: 'b-hemtjanst', resultId: 'uppnatt' }] }] });
    assert.deepEqual(warnings(withConsent(otherGoal, { scope: 'participateInFollowUp', relativeId: 'eva' }), 'followUp'), [{ code: 'followUpRelief', relativeId: 'eva' }]);
    const otherRelative = followingUp({ relativeViews: [{ relativeId: 'olle', consentId: 'c-x', goalResults: [{ decisionId: 'b-avlosning', resultId: 'uppnatt' }] }] });
    assert.deepEqual(warnings(withConsent(otherRelative, { scope: 'participateInFollowUp', relativeId: 'olle' }), 'followUp'), [{ code: 'followUpRelief', relativeId: 'eva' }]);
  });
});
