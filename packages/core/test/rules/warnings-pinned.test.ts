/**
 * "Guide, don't obstruct": behaviour of the step warnings and gates that no other test pinned —
 * which reason a follow-up refusal gives, when an invitation counts as one to a ruled-out joint
 * meeting, which consents an issued assignment relies on and why it is outdated. Written against
 * the survivors of mutation testing (docs/mutation-testing.md); the wording of each warning is the
 * message tables' business, so these tests pin codes, places and parameters.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canPlanJointMeeting, canTakePartInFollowUp, canTakePartInSip, stepWarnings } from '../../src/rules/index.js';
import { validateRecord } from '../../src/schema/validate.js';
import type { FollowUp, InvestigationRecord } from '../../src/schema/index.js';
import {
  TODAY,
  makeRecord,
  readyRecord,
  testCatalogue,
  withConsent,
  withProposal,
  withRelative,
  withdraw,
  withAssignmentOn,
} from '../fixtures/records.js';
import { sv } from '../support/sv.js';

type Step = keyof ReturnType<typeof stepWarnings>;
const of = (record: InvestigationRecord, step: Step, code: string, today = TODAY) =>
  stepWarnings(record, [], testCatalogue, today)[step].filter((w) => w.code === code);
const codes = (record: InvestigationRecord, step: Step, today = TODAY) => stepWarnings(record, [], testCatalogue, today)[step].map((w) => w.code);

const outdated = (record: InvestigationRecord, today = TODAY) => of(record, 'assignment', 'assignmentOutdated', today).map((w) => w.params);
const changeConsent = (record: InvestigationRecord, id: string, change: Record<string, unknown>): InvestigationRecord => ({
  ...record,
  consents: record.consents.map((c) => (c.id === id ? { ...c, ...change } : c)),
});

describe('C8: the reason a relative may not take part in the follow-up', () => {
  const followUp = (relativeId: string): FollowUp => ({
    startedAt: '2026-03-01',
    invitations: [{ relativeId, sentAt: '2026-03-02' }],
    person: { supportGiven: 'yes', stillWantsRelativeSupport: [] },
    relativeViews: [],
    outcomeActions: [],
  });
  it('C8: without the person\'s consent the refusal names the missing consent (so it can be recorded there), even while a C4 concern also stands', () => {
    const concern = { direction: 'unclear' as const, routineFollowed: true, raisedAt: '2026-01-20' };
    const r = { ...withRelative(makeRecord(), { id: 'eva', name: 'Eva', violenceConcern: concern }), followUp: followUp('eva') };
    const gate = canTakePartInFollowUp(r, 'eva', TODAY);
    assert.ok(!gate.allowed);
    assert.equal(gate.code, 'consentMissing');
    assert.equal(gate.missingScope, 'participateInFollowUp');
    const [invitation] = of(r, 'followUp', 'followUpInvitationConsent');
    assert.equal((invitation?.params as { reason: { code: string } }).reason.code, 'consent.missing');
    assert.equal(invitation?.path, 'followUp.invitations.0');
    assert.equal(invitation?.relativeId, 'eva');
  });
  it('C8: without the person\'s consent the refusal names the missing consent even when the relative also said no', () => {
    let r = withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
    r = withConsent(r, { scope: 'participateInFollowUp', relativeId: 'eva', givenBy: 'relative', status: 'declined' });
    const gate = canTakePartInFollowUp(r, 'eva', TODAY);
    assert.ok(!gate.allowed);
    assert.equal(gate.code, 'consentMissing');
    assert.equal(gate.missingScope, 'participateInFollowUp');
  });
});

describe('C4, C14: a gate asked about a relative who is not in the record', () => {
  it('C4, C14: a joint meeting or a SIP for a relative not in the record is refused as an unknown relative, in words the handläggare can read', () => {
    const r = withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
    for (const gate of [canPlanJointMeeting(r, 'okand', TODAY), canTakePartInSip(r, 'okand', TODAY)]) {
      assert.ok(!gate.allowed);
      assert.equal(gate.code, 'unknownRelative');
      assert.deepEqual(gate.reason, { code: 'relative.unknown', params: {} });
      assert.equal(sv(gate.reason), 'Den anhöriga finns inte i utredningen.');
    }
  });
});

describe('C4: an invitation to a joint meeting that was ruled out', () => {
  it('C4: an invitation sent after joint meetings were ruled out is one to the separate meeting, not one to redo', () => {
    const r = withConsent(withRelative(makeRecord(), { id: 'eva', name: 'Eva' }), { scope: 'participate', relativeId: 'eva' });
    const plan = (invitationSentAt: string) => ({
      ...r,
      meetingPlans: [{ relativeId: 'eva', format: 'separate' as const, personWantsCompany: false, invitationSentAt, jointRuledOutAt: '2026-02-01' }],
    });
    assert.deepEqual(of(plan('2026-02-10'), 'involve', 'jointInvitationRuledOut'), []);
    assert.deepEqual(of(plan('2026-01-25'), 'involve', 'jointInvitationRuledOut').map((w) => ({ params: w.params, path: w.path, relativeId: w.relativeId })), [
      { params: { name: 'Eva', date: '2026-02-01' }, path: 'meetingPlans.0.invitationSentAt', relativeId: 'eva' },
    ]);
  });
});

describe('C3: which consents an issued assignment relies on', () => {
  it('C3: an indirect-support consent behind a support the assignment did not mark (C6 not met) is no reason to update it', () => {
    // Without Eva's own consent the avlösning goes out unmarked; the person's consent behind it is then not relied on.
    const r = readyRecord();
    const unmarked = withAssignmentOn({ ...r, consents: r.consents.filter((c) => c.id !== 'c-ind-eva') }, '2026-02-25');
    assert.ok(unmarked.assignments[0]!.includes.every((i) => i.indirectSupport === undefined), 'fixture: no marker issued');
    assert.deepEqual(outdated(withdraw(unmarked, 'c-ind-person', '2026-03-01')), []);
  });
  it('C3: the marker\'s relative is the one its decision\'s proposal names, not whoever has the first proposal', () => {
    // Olle's proposal comes first in the record; the marker issued is Eva's (is-1).
    let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle' });
    const [olles] = withProposal(r, { id: 'is-0', relativeId: 'olle' }).indirectSupport.slice(-1);
    r = { ...r, indirectSupport: [olles!, ...r.indirectSupport] };
    r = withConsent(r, { id: 'c-ind-olle', scope: 'indirectSupport', relativeId: 'olle', givenBy: 'relative' });
    const issued = withAssignmentOn(r, '2026-02-25');
    assert.deepEqual(outdated(withdraw(issued, 'c-ind-eva', '2026-03-01')), [{ cause: 'withdrawn', issuedAt: '2026-02-25' }]);
    assert.deepEqual(outdated(withdraw(issued, 'c-ind-olle', '2026-03-01')), [], 'Olle\'s proposal is in no decision, so no marker of his was sent');
  });
  it('C3: a last version whose marked support has since been dropped from the assessment still gets its step warnings', () => {
    const issued = withAssignmentOn(readyRecord(), '2026-02-25');
    const changed = { ...issued, assessment: { ...issued.assessment!, decisions: issued.assessment!.decisions.filter((d) => d.id !== 'b-avlosning') } };
    assert.deepEqual(codes(changed, 'assignment'), []);
  });
  it('C3: a marker sent to the provider keeps its relative\'s indirect-support consent relied on after the assessment dropped or unlinked it', () => {
    const issued = withAssignmentOn(readyRecord(), '2026-02-25');
    const dropped = { ...issued, assessment: { ...issued.assessment!, decisions: issued.assessment!.decisions.filter((d) => d.id !== 'b-avlosning') } };
    const unlinked = { ...issued, assessment: { ...issued.assessment!, decisions: issued.assessment!.decisions.map(({ indirectSupportId: _gone, ...d }) => d) } };
    for (const changed of [dropped, unlinked])
      assert.deepEqual(outdated(withdraw(changed, 'c-ind-eva', '2026-03-01')), [{ cause: 'withdrawn', issuedAt: '2026-02-25' }]);
  });
  it('C3, M2: with two sons, only the one whose proposal the marked decision names has his indirect-support consent relied on', () => {
    // Olle's hemtjänst (third decision) is marked for him; his brother Per's proposal was decided in no decision.
    let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', relation: 'son', givesSupport: true, supportLifeAreas: ['d5'] });
    r = withRelative(r, { id: 'per', name: 'Per', relation: 'son', givesSupport: true, supportLifeAreas: ['d5'] });
    r = withProposal(r, { id: 'is-2', relativeId: 'olle', supportTypeId: 'hemtjanst', lifeAreaId: 'd5' });
    r = withProposal(r, { id: 'is-3', relativeId: 'per', supportTypeId: 'hemtjanst', lifeAreaId: 'd5' });
    for (const son of ['olle', 'per']) {
      r = withConsent(r, { id: `c-ind-person-${son}`, scope: 'indirectSupport', relativeId: son });
      r = withConsent(r, { id: `c-ind-${son}`, scope: 'indirectSupport', relativeId: son, givenBy: 'relative' });
    }
    r = { ...r, assessment: { ...r.assessment!, decisions: [...r.assessment!.decisions, { id: 'b-olle', lifeAreaId: 'd5', supportTypeId: 'hemtjanst', outcome: 'granted', goal: 'Olle får en ledig kväll i veckan.', indirectSupportId: 'is-2' }] } };
    const issued = withAssignmentOn(r, '2026-02-25');
    assert.deepEqual(
      issued.assignments[0]!.includes.map((i) => [i.decisionId, i.indirectSupport?.relationCategory]),
      [['b-hemtjanst', undefined], ['b-avlosning', 'partner'], ['b-olle', 'child']],
      'fixture: two markers, the child one on the third decision',
    );
    assert.deepEqual(outdated(withdraw(issued, 'c-ind-olle', '2026-03-01')), [{ cause: 'withdrawn', issuedAt: '2026-02-25' }]);
    assert.deepEqual(outdated(withdraw(issued, 'c-ind-eva', '2026-03-01')), [{ cause: 'withdrawn', issuedAt: '2026-02-25' }]);
    assert.deepEqual(outdated(withdraw(issued, 'c-ind-per', '2026-03-01')), [], 'no marker for Per was sent');
  });
  it('C3, L3: once the marked decision is dropped, only relatives of the marker\'s category count, not a relative of another category', () => {
    let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', relation: 'son', givesSupport: true, supportLifeAreas: ['d5'] });
    r = withProposal(r, { id: 'is-2', relativeId: 'olle', supportTypeId: 'hemtjanst', lifeAreaId: 'd5' });
    r = withConsent(r, { id: 'c-ind-person-olle', scope: 'indirectSupport', relativeId: 'olle' });
    r = withConsent(r, { id: 'c-ind-olle', scope: 'indirectSupport', relativeId: 'olle', givenBy: 'relative' });
    const issued = withAssignmentOn(r, '2026-02-25');
    const dropped = { ...issued, assessment: { ...issued.assessment!, decisions: issued.assessment!.decisions.filter((d) => d.id !== 'b-avlosning') } };
    assert.deepEqual(outdated(withdraw(dropped, 'c-ind-eva', '2026-03-01')), [{ cause: 'withdrawn', issuedAt: '2026-02-25' }]);
    assert.deepEqual(outdated(withdraw(dropped, 'c-ind-olle', '2026-03-01')), [], 'the marker sent names a partner, and Olle is a son');
  });
  it('C3, L3: a marked decision re-linked after issue to another relative\'s proposal still relies on the consents of the marker\'s category', () => {
    // The version sent marks avlösning for a partner (Eva); afterwards the decision is re-linked to son Olle's proposal.
    let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', relation: 'son', givesSupport: true, supportLifeAreas: ['d5'] });
    r = withProposal(r, { id: 'is-2', relativeId: 'olle', supportTypeId: 'avlosning', lifeAreaId: 'd5' });
    r = withConsent(r, { id: 'c-ind-person-olle', scope: 'indirectSupport', relativeId: 'olle' });
    r = withConsent(r, { id: 'c-ind-olle', scope: 'indirectSupport', relativeId: 'olle', givenBy: 'relative' });
    const issued = withAssignmentOn(r, '2026-02-25');
    const relinked = { ...issued, assessment: { ...issued.assessment!, decisions: issued.assessment!.decisions.map((d) => (d.id === 'b-avlosning' ? { ...d, indirectSupportId: 'is-2' } : d)) } };
    assert.deepEqual(outdated(withdraw(relinked, 'c-ind-eva', '2026-03-01')), [{ cause: 'withdrawn', issuedAt: '2026-02-25' }]);
  });
  it('C3, L3: once the marked decision is unlinked and no relative has the marker\'s category any more, every relative\'s indirect-support consent counts', () => {
    let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', relation: 'son' });
    r = withConsent(r, { id: 'c-ind-olle', scope: 'indirectSupport', relativeId: 'olle', givenBy: 'relative' });
    const issued = withAssignmentOn(r, '2026-02-25');
    const unlinked = { ...issued, assessment: { ...issued.assessment!, decisions: issued.assessment!.decisions.map(({ indirectSupportId: _gone, ...d }) => d) } };
    // The handläggare has since corrected Eva's category (the marker sent says partner).
    const recategorised = { ...unlinked, relatives: unlinked.relatives.map((x) => (x.id === 'eva' ? { ...x, relationCategory: 'friend' as const } : x)) };
    for (const id of ['c-ind-eva', 'c-ind-olle'])
      assert.deepEqual(outdated(withdraw(recategorised, id, '2026-03-01')), [{ cause: 'withdrawn', issuedAt: '2026-02-25' }], id);
  });
  it('C3: a loaded record with a marked version but no assessment finds the marker\'s relative by category', () => {
    const issued = withAssignmentOn(readyRecord(), '2026-02-25');
    const { assessment: _none, ...loaded } = withdraw(issued, 'c-ind-eva', '2026-03-01');
    assert.ok(validateRecord(loaded).ok, 'fixture: a valid record');
    assert.deepEqual(outdated(loaded), [{ cause: 'withdrawn', issuedAt: '2026-02-25' }]);
  });
  it('C3: a marker\'s indirect-support consent withdrawn long before and given again is no reason to call a new version outdated', () => {
    const r = readyRecord();
    const earlier = { ...r, consents: r.consents.map((c) => (c.id === 'c-ind-eva' ? { ...c, id: 'c-ind-eva-old', date: '2025-12-01', status: 'withdrawn' as const, withdrawnAt: '2025-12-10' } : c)) };
    const again = withConsent(earlier, { id: 'c-ind-eva', scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative', date: '2026-01-15' });
    const issued = withAssignmentOn(again, TODAY);
    assert.deepEqual(outdated(issued), [], 'the version was just sent under the consent in force');
    assert.deepEqual(outdated(withdraw(issued, 'c-ind-eva', TODAY)), [{ cause: 'withdrawn', issuedAt: TODAY }], 'the governing one, withdrawn, still counts');
  });
  it('C3: a consent given and withdrawn on the day the assignment citing it was sent makes it outdated', () => {
    const r = changeConsent(readyRecord(), 'c-share', { date: TODAY });
    const issued = withAssignmentOn(r, TODAY);
    assert.deepEqual(outdated(issued), [], 'fixture: in force when issued');
    assert.deepEqual(outdated(withdraw(issued, 'c-share', TODAY)), [{ cause: 'withdrawn', issuedAt: TODAY }]);
  });
});

describe('C3, T1: why an issued assignment is outdated', () => {
  it('C3: a cited consent recorded as withdrawn without a date (format version 1) is named as withdrawn', () => {
    const issued = withAssignmentOn(readyRecord(), '2026-02-25');
    assert.deepEqual(outdated(changeConsent(issued, 'c-share', { status: 'withdrawn' })), [{ cause: 'withdrawn', issuedAt: '2026-02-25' }]);
  });
  it('T1: the person\'s own consent that ran out after they turned 18 is named as expired, not as the 18th birthday', () => {
    const r = readyRecord();
    const adult = { ...r, person: { ...r.person, ageGroup: 'adult' as const, adultFrom: '2026-01-01' } };
    const issued = withAssignmentOn(adult, '2026-02-25');
    assert.deepEqual(outdated(changeConsent(issued, 'c-share', { validUntil: '2026-03-01' })), [{ cause: 'expired', issuedAt: '2026-02-25' }]);
  });
  it('T1: a guardian\'s consent that ran out before the 18th birthday has come is named as expired', () => {
    let minor = readyRecord();
    minor = {
      ...minor,
      person: { ...minor.person, ageGroup: 'minor', adultFrom: '2026-06-01' },
      consents: minor.consents.map((c) => (c.givenBy === 'relative' ? c : { ...c, givenBy: 'guardian' as const, givenUnder: { ageGroup: 'minor' as const, canTakePosition: 'yes' as const } })),
    };
    const issued = withAssignmentOn(minor, '2026-02-25');
    assert.deepEqual(outdated(issued), [], 'fixture: in force before the birthday');
    assert.deepEqual(outdated(changeConsent(issued, 'c-share', { validUntil: '2026-03-01' })), [{ cause: 'expired', issuedAt: '2026-02-25' }]);
  });
});
