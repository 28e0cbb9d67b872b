/**
 * C4, C8, C14: the gates on a relative's part, for every way of taking part. Written against the
 * survivors of mutation testing (docs/mutation-testing.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  canGatherFrom,
  canInvolveInMeetings,
  canPlanJointMeeting,
  canShareInformationWith,
  canTakePartInFollowUp,
  canTakePartInSip,
  jointMeetingViolenceGate,
  relativeBranch,
  relativesInStep,
  violenceGate,
  type Gate,
} from '../../src/rules/index.js';
import type { ConsentScope, InvestigationRecord, ViolenceConcern } from '../../src/schema/index.js';
import { TODAY, caseworker, makeRecord, withConsent, withRelative } from '../fixtures/records.js';
import { sv } from '../support/sv.js';

const denied = (gate: Gate) => {
  if (gate.allowed) throw new Error('expected a denied gate');
  return gate;
};
const ALL_SCOPES: ConsentScope[] = ['participate', 'provideInformation', 'receiveInformation', 'participateInFollowUp'];
const consenting = (concern?: ViolenceConcern): InvestigationRecord => {
  let r = withRelative(makeRecord(), { id: 'eva', name: 'Eva', ...(concern ? { violenceConcern: concern } : {}) });
  for (const scope of ALL_SCOPES) r = withConsent(r, { scope, relativeId: 'eva' });
  return r;
};
const concern: ViolenceConcern = { direction: 'relativeAtRisk', routineFollowed: true, raisedAt: '2026-01-20' };
const judged = (allowsParticipation: boolean, allowsJointMeeting?: boolean): ViolenceConcern => ({
  ...concern,
  judgement: { text: 'Bedömt med relationsvåldsteamet.', allowsParticipation, ...(allowsJointMeeting !== undefined ? { allowsJointMeeting } : {}), date: '2026-02-01', recordedBy: caseworker },
});
const everyGate = (r: InvestigationRecord) => ({
  gather: canGatherFrom(r, 'eva', TODAY),
  meetings: canInvolveInMeetings(r, 'eva', TODAY),
  information: canShareInformationWith(r, 'eva', TODAY),
  joint: canPlanJointMeeting(r, 'eva', TODAY),
  followUp: canTakePartInFollowUp(r, 'eva', TODAY),
  sip: canTakePartInSip(r, 'eva', TODAY),
});

describe('C4: a concern blocks the relative\'s part until a documented judgement, and a judgement that says no keeps it blocked', () => {
  it('C4: a concern without a judgement closes gathering, meetings, information about the person, follow-up and SIP, even with every consent', () => {
    for (const [name, gate] of Object.entries(everyGate(consenting(concern)))) assert.equal(denied(gate).code, 'violenceConcern', name);
  });
  it('C4: a judgement that the relative must not take part does not reopen gathering, meetings, follow-up or SIP', () => {
    for (const [name, gate] of Object.entries(everyGate(consenting(judged(false))))) {
      const refusal = denied(gate);
      assert.equal(refusal.code, 'violenceJudgement', name);
      assert.equal(sv(refusal.reason), 'Enligt den dokumenterade bedömningen 2026-02-01 deltar Eva inte i utredningen. Information, hänvisning och eget samtal för Eva är fortfarande möjligt.', name);
    }
  });
  it('C4: the refusal names the relative and keeps information, referral and an own conversation open', () => {
    assert.equal(
      sv(denied(canGatherFrom(consenting(concern), 'eva', TODAY)).reason),
      'Det finns en oro för våld, hot eller tvång i relationen med Eva. Eva kan inte delta i utredningen förrän en bedömning är dokumenterad; följ kommunens rutin. Information, hänvisning och eget samtal för Eva är fortfarande möjligt.',
    );
  });
  it('C4: a judgement that allows participation opens every gate but a joint meeting; explicitly allowing joint meetings opens that too', () => {
    const separate = everyGate(consenting(judged(true)));
    for (const name of ['gather', 'meetings', 'information', 'followUp', 'sip'] as const) assert.equal(separate[name].allowed, true, name);
    assert.equal(
      sv(denied(separate.joint).reason),
      'Enligt bedömningen 2026-02-01 kan Eva delta, men bara i samtal var för sig. Ett gemensamt samtal erbjuds inte.',
    );
    assert.equal(denied(jointMeetingViolenceGate(consenting(judged(true, false)), 'eva')).code, 'violenceJudgement');
    assert.equal(everyGate(consenting(judged(true, true))).joint.allowed, true);
  });
  it('C4: a concern about one relative does not touch another', () => {
    const r = withConsent(withRelative(consenting(concern), { id: 'olle', name: 'Olle' }), { scope: 'participate', relativeId: 'olle' });
    assert.equal(violenceGate(r, 'olle').allowed, true);
    assert.equal(canInvolveInMeetings(r, 'olle', TODAY).allowed, true);
  });
  it('C4: the C4 check on an unknown relative refuses', () => {
    assert.equal(denied(violenceGate(makeRecord(), 'nobody')).code, 'unknownRelative');
  });
  it('C1 before C4: without consent the missing consent is what the UI shows, concern or not', () => {
    const r = withRelative(makeRecord(), { id: 'eva', name: 'Eva', violenceConcern: concern });
    assert.equal(denied(canGatherFrom(r, 'eva', TODAY)).code, 'consentMissing');
    assert.equal(denied(canPlanJointMeeting(r, 'eva', TODAY)).code, 'violenceConcern');
    assert.equal(denied(canPlanJointMeeting(withRelative(makeRecord(), { id: 'eva' }), 'eva', TODAY)).missingScope, 'participate');
  });
});

describe('Steps 2/3 and C4: the person\'s consent puts a relative in step 3; C4 keeps their part waiting', () => {
  it('a relative the person consented for, with no concern, is in step 3 only', () => {
    const r = consenting();
    assert.equal(relativeBranch(r, 'eva', TODAY), 'involve');
    assert.deepEqual(relativesInStep(r, 'involve', TODAY).map((x) => x.id), ['eva']);
    assert.deepEqual(relativesInStep(r, 'equip', TODAY), []);
  });
  it('C4: a judgement that the relative does not take part keeps them in step 2 (equip) and shows them in step 3 with the reason', () => {
    const r = consenting(judged(false));
    assert.equal(relativeBranch(r, 'eva', TODAY), 'equip');
    assert.deepEqual(relativesInStep(r, 'involve', TODAY).map((x) => x.id), ['eva']);
  });
  it('any of the three forms of taking part moves the relative to step 3; other consents do not', () => {
    for (const scope of ['participate', 'provideInformation', 'receiveInformation'] as const) {
      const r = withConsent(withRelative(makeRecord(), { id: 'eva', involvementAskedAt: undefined }), { scope, relativeId: 'eva' });
      assert.equal(relativeBranch(r, 'eva', TODAY), 'involve', scope);
    }
    const other = withConsent(withRelative(makeRecord(), { id: 'eva', involvementAskedAt: undefined }), { scope: 'laterContact', relativeId: 'eva' });
    assert.equal(relativeBranch(other, 'eva', TODAY), 'undecided');
  });
  it('the person\'s "no", recorded without asking first, puts the relative in step 2', () => {
    const r = withConsent(withRelative(makeRecord(), { id: 'eva', involvementAskedAt: undefined }), { scope: 'receiveInformation', relativeId: 'eva', status: 'declined' });
    assert.equal(relativeBranch(r, 'eva', TODAY), 'equip');
    assert.deepEqual(relativesInStep(r, 'equip', TODAY).map((x) => x.id), ['eva']);
  });
  it('H2: a legal representative who is not a relative is in neither step, whatever was recorded', () => {
    let r = withRelative(makeRecord(), {
      id: 'gm', name: 'Gun Man', isRelative: false,
      legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt', coversPersonalMatters: false },
    });
    r = withConsent(r, { scope: 'participate', relativeId: 'gm' });
    assert.equal(relativeBranch(r, 'gm', TODAY), 'undecided');
    assert.deepEqual(relativesInStep(r, 'involve', TODAY), []);
    assert.deepEqual(relativesInStep(r, 'equip', TODAY), []);
  });
});

describe('C14: SIP is objection-based', () => {
  const eva = () => withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
  it('C14: a person-side "yes" to SIP is not an objection', () => {
    const r = withConsent(eva(), { scope: 'sip', relativeId: 'eva' });
    assert.equal(canTakePartInSip(r, 'eva', TODAY).allowed, true);
  });
  it('C14: the objection names who objects and the relative', () => {
    const r = withConsent(eva(), { scope: 'sip', relativeId: 'eva', status: 'declined' });
    assert.equal(sv(denied(canTakePartInSip(r, 'eva', TODAY)).reason), 'Den enskilde motsätter sig att Eva deltar i en samordnad individuell plan (SIP).');
  });
  it('C14: an objection dated ahead does not close it yet; one past its validity no longer does', () => {
    const ahead = withConsent(eva(), { scope: 'sip', relativeId: 'eva', status: 'declined', date: '2026-04-01' });
    assert.equal(canTakePartInSip(ahead, 'eva', TODAY).allowed, true);
    assert.equal(canTakePartInSip(ahead, 'eva', '2026-04-01').allowed, false);
    const limited = withConsent(eva(), { scope: 'sip', relativeId: 'eva', status: 'declined', validUntil: TODAY });
    assert.equal(canTakePartInSip(limited, 'eva', TODAY).allowed, false, 'on its last day');
    assert.equal(canTakePartInSip(limited, 'eva', '2026-03-16').allowed, true);
  });
  it('C14: an objection withdrawn from today no longer closes it today', () => {
    const r = withConsent(eva(), { scope: 'sip', relativeId: 'eva', status: 'declined', withdrawnAt: TODAY });
    assert.equal(canTakePartInSip(r, 'eva', TODAY).allowed, true);
    assert.equal(canTakePartInSip(r, 'eva', '2026-03-14').allowed, false);
  });
  it('C14: a later "yes" lifts an earlier objection', () => {
    let r = withConsent(eva(), { scope: 'sip', relativeId: 'eva', status: 'declined', date: '2026-01-15' });
    r = withConsent(r, { scope: 'sip', relativeId: 'eva', date: '2026-02-15' });
    assert.equal(canTakePartInSip(r, 'eva', TODAY).allowed, true);
  });
  it('voluntary: the relative\'s own "no" to SIP is respected; their "yes" is not a "no"', () => {
    const no = withConsent(eva(), { scope: 'sip', relativeId: 'eva', givenBy: 'relative', status: 'declined' });
    const refusal = denied(canTakePartInSip(no, 'eva', TODAY));
    assert.equal(refusal.code, 'relativeDeclined');
    assert.equal(sv(refusal.reason), 'Eva vill inte delta i SIP. Anhörigas medverkan är frivillig.');
    const yes = withConsent(eva(), { scope: 'sip', relativeId: 'eva', givenBy: 'relative', validUntil: '2026-02-01' });
    assert.equal(canTakePartInSip(yes, 'eva', TODAY).allowed, true);
  });
  it('C14: an unknown relative is refused', () => {
    const gate = denied(canTakePartInSip(eva(), 'nobody', TODAY));
    assert.equal(gate.code, 'unknownRelative');
    assert.equal(gate.missingScope, 'sip');
  });
});

describe('C8: follow-up of the person\'s support needs consent; the relative\'s "no" is respected', () => {
  it('C8: the relative\'s own "no" to the follow-up names them and says it is voluntary', () => {
    let r = withConsent(withRelative(makeRecord(), { id: 'eva', name: 'Eva' }), { scope: 'participateInFollowUp', relativeId: 'eva' });
    r = withConsent(r, { scope: 'participateInFollowUp', relativeId: 'eva', givenBy: 'relative', status: 'declined' });
    assert.equal(sv(denied(canTakePartInFollowUp(r, 'eva', TODAY)).reason), 'Eva vill inte delta i uppföljningen. Anhörigas medverkan är frivillig.');
  });
  it('C8: the relative\'s own "yes" keeps the follow-up open and carries the person\'s consent', () => {
    let r = withConsent(withRelative(makeRecord(), { id: 'eva', name: 'Eva' }), { id: 'c-fu', scope: 'participateInFollowUp', relativeId: 'eva' });
    r = withConsent(r, { scope: 'participateInFollowUp', relativeId: 'eva', givenBy: 'relative' });
    const gate = canTakePartInFollowUp(r, 'eva', TODAY);
    assert.equal(gate.allowed, true);
    if (gate.allowed) assert.equal(gate.consent?.id, 'c-fu');
  });
  it('voluntary: the relative\'s own "no" to taking part in the investigation names them', () => {
    let r = withConsent(withRelative(makeRecord(), { id: 'eva', name: 'Eva' }), { scope: 'participate', relativeId: 'eva' });
    r = withConsent(r, { scope: 'participate', relativeId: 'eva', givenBy: 'relative', status: 'declined' });
    assert.equal(sv(denied(canInvolveInMeetings(r, 'eva', TODAY)).reason), 'Eva vill inte delta i utredningen. Anhörigas medverkan är frivillig.');
  });
});
