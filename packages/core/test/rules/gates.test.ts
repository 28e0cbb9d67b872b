import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  canGatherFrom,
  canInvolveInMeetings,
  canPlanJointMeeting,
  canPlanLaterContact,
  canShareInformationWith,
  canShareWithProvider,
  canTakePartInFollowUp,
  canTakePartInSip,
  type Gate,
} from '../../src/rules/index.js';
import type { ViolenceConcern } from '../../src/schema/index.js';
import { TODAY, caseworker, makeRecord, withConsent, withRelative, withdraw, lastConsentId } from '../fixtures/records.js';
import { sv } from '../support/sv.js';

const base = () => withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson', chosenName: 'Eva' });
const denied = (gate: Gate) => {
  assert.equal(gate.allowed, false);
  if (gate.allowed) throw new Error('expected a denied gate');
  return gate;
};

describe('C1: gathering, meetings and receiving information each need the person\'s consent for that relative and scope', () => {
  it('without consent, gathering from Eva is unavailable and the message names the missing consent', () => {
    const gate = denied(canGatherFrom(base(), 'eva', TODAY));
    assert.equal(gate.code, 'consentMissing');
    assert.equal(gate.missingScope, 'provideInformation');
    assert.equal(gate.relativeId, 'eva');
    assert.equal(sv(gate.reason), 'Samtycke saknas: den enskilde har inte samtyckt till att Eva lämnar uppgifter.');
  });
  it('with consent to give information, gathering is allowed and carries the consent', () => {
    const r = withConsent(base(), { id: 'c1', scope: 'provideInformation', relativeId: 'eva' });
    const gate = canGatherFrom(r, 'eva', TODAY);
    assert.equal(gate.allowed, true);
    if (gate.allowed) assert.equal(gate.consent?.id, 'c1');
  });
  it('meetings need `participate`; gathering consent does not open them', () => {
    const r = withConsent(base(), { scope: 'provideInformation', relativeId: 'eva' });
    assert.equal(denied(canInvolveInMeetings(r, 'eva', TODAY)).missingScope, 'participate');
    assert.equal(canInvolveInMeetings(withConsent(r, { scope: 'participate', relativeId: 'eva' }), 'eva', TODAY).allowed, true);
  });
  it('receiving information needs `receiveInformation`', () => {
    const r = withConsent(base(), { scope: 'participate', relativeId: 'eva' });
    assert.equal(denied(canShareInformationWith(r, 'eva', TODAY)).missingScope, 'receiveInformation');
    assert.equal(canShareInformationWith(withConsent(r, { scope: 'receiveInformation', relativeId: 'eva' }), 'eva', TODAY).allowed, true);
  });
  it('a declined consent is reported as a "no", not as missing', () => {
    const r = withConsent(base(), { scope: 'provideInformation', relativeId: 'eva', status: 'declined' });
    assert.equal(denied(canGatherFrom(r, 'eva', TODAY)).code, 'consentDeclined');
  });
  it('the relative\'s own "no" to taking part closes meetings even with the person\'s consent (voluntary)', () => {
    let r = withConsent(base(), { scope: 'participate', relativeId: 'eva' });
    r = withConsent(r, { scope: 'participate', relativeId: 'eva', givenBy: 'relative', status: 'declined' });
    assert.equal(denied(canInvolveInMeetings(r, 'eva', TODAY)).code, 'relativeDeclined');
  });
});

describe('C4: a violence concern blocks joint meetings and the relative\'s part until a documented judgement', () => {
  const concern: ViolenceConcern = { direction: 'personAtRisk', routineFollowed: true, raisedAt: '2026-01-20' };
  const withConcern = (judgement?: ViolenceConcern['judgement']) => {
    let r = withRelative(makeRecord(), { id: 'eva', name: 'Eva', violenceConcern: judgement ? { ...concern, judgement } : concern });
    r = withConsent(r, { scope: 'participate', relativeId: 'eva' });
    return withConsent(r, { scope: 'provideInformation', relativeId: 'eva' });
  };
  it('blocks a joint meeting and gathering even with consent while no judgement is recorded', () => {
    assert.equal(denied(canPlanJointMeeting(withConcern(), 'eva', TODAY)).code, 'violenceConcern');
    assert.equal(denied(canInvolveInMeetings(withConcern(), 'eva', TODAY)).code, 'violenceConcern');
    assert.equal(denied(canGatherFrom(withConcern(), 'eva', TODAY)).code, 'violenceConcern');
  });
  it('the message keeps information, referral and an own conversation open', () => {
    assert.match(sv(denied(canPlanJointMeeting(withConcern(), 'eva', TODAY)).reason), /Information, hänvisning och eget samtal/);
  });
  it('a judgement that allows participation lifts the block for separate conversations, not for joint ones', () => {
    const r = withConcern({ text: 'Bedömt i samråd med relationsvåldsteamet.', allowsParticipation: true, date: '2026-02-01', recordedBy: caseworker });
    assert.equal(canInvolveInMeetings(r, 'eva', TODAY).allowed, true);
    assert.equal(canGatherFrom(r, 'eva', TODAY).allowed, true);
    assert.match(sv(denied(canPlanJointMeeting(r, 'eva', TODAY)).reason), /bara i samtal var för sig/);
  });
  it('a judgement that explicitly allows joint conversations opens them too', () => {
    const r = withConcern({ text: 'Bedömt som säkert.', allowsParticipation: true, allowsJointMeeting: true, date: '2026-02-01', recordedBy: caseworker });
    assert.equal(canPlanJointMeeting(r, 'eva', TODAY).allowed, true);
  });
  it('a judgement that does not allow participation keeps the block', () => {
    const r = withConcern({ text: 'Eva deltar inte.', allowsParticipation: false, date: '2026-02-01', recordedBy: caseworker });
    assert.equal(denied(canPlanJointMeeting(r, 'eva', TODAY)).code, 'violenceJudgement');
  });
  it('without a concern, a joint meeting with consent is allowed', () => {
    const r = withConsent(base(), { scope: 'participate', relativeId: 'eva' });
    assert.equal(canPlanJointMeeting(r, 'eva', TODAY).allowed, true);
  });
});

describe('C7: R1–R5 about a relative go to the provider only with `shareWithProvider`', () => {
  it('is closed without that consent, even with others', () => {
    const r = withConsent(base(), { scope: 'provideInformation', relativeId: 'eva' });
    assert.equal(denied(canShareWithProvider(r, 'eva', TODAY)).missingScope, 'shareWithProvider');
  });
  it('is open with it', () => {
    assert.equal(canShareWithProvider(withConsent(base(), { scope: 'shareWithProvider', relativeId: 'eva' }), 'eva', TODAY).allowed, true);
  });
});

describe('C8: a relative takes part in the follow-up of the person\'s support only with consent', () => {
  it('is closed without `participateInFollowUp`, even if Eva took part in the investigation', () => {
    const r = withConsent(base(), { scope: 'participate', relativeId: 'eva' });
    assert.equal(denied(canTakePartInFollowUp(r, 'eva', TODAY)).missingScope, 'participateInFollowUp');
  });
  it('is open with it', () => {
    assert.equal(canTakePartInFollowUp(withConsent(base(), { scope: 'participateInFollowUp', relativeId: 'eva' }), 'eva', TODAY).allowed, true);
  });
  it('the relative\'s own "no" is respected', () => {
    let r = withConsent(base(), { scope: 'participateInFollowUp', relativeId: 'eva' });
    r = withConsent(r, { scope: 'participateInFollowUp', relativeId: 'eva', givenBy: 'relative', status: 'declined' });
    assert.equal(denied(canTakePartInFollowUp(r, 'eva', TODAY)).code, 'relativeDeclined');
  });
});

describe('C9: a planned later contact on the handläggare\'s initiative needs the person\'s consent', () => {
  it('is closed without `laterContact`', () => {
    const gate = denied(canPlanLaterContact(base(), 'eva', TODAY));
    assert.equal(gate.missingScope, 'laterContact');
    assert.match(sv(gate.reason), /kontaktar Eva senare/);
  });
  it('is open with it, until withdrawn', () => {
    const r = withConsent(base(), { scope: 'laterContact', relativeId: 'eva' });
    assert.equal(canPlanLaterContact(r, 'eva', TODAY).allowed, true);
    assert.equal(denied(canPlanLaterContact(withdraw(r, lastConsentId(r), '2026-03-01'), 'eva', TODAY)).code, 'consentWithdrawn');
  });
});

describe('C14: SIP is objection-based, recorded as its own scope', () => {
  it('a relative may take part in SIP without any consent recorded', () => {
    assert.equal(canTakePartInSip(base(), 'eva', TODAY).allowed, true);
  });
  it('the person\'s objection (a declined `sip` record) closes it', () => {
    const r = withConsent(base(), { scope: 'sip', relativeId: 'eva', status: 'declined' });
    const gate = denied(canTakePartInSip(r, 'eva', TODAY));
    assert.equal(gate.code, 'sipObjection');
    assert.equal(gate.missingScope, 'sip');
  });
  it('a withdrawn objection no longer closes it', () => {
    const r = withConsent(base(), { scope: 'sip', relativeId: 'eva', status: 'declined', withdrawnAt: '2026-03-01' });
    assert.equal(canTakePartInSip(r, 'eva', TODAY).allowed, true);
    assert.equal(canTakePartInSip(r, 'eva', '2026-02-15').allowed, false);
  });
  it('an objection about another relative does not close it for Eva', () => {
    const r = withConsent(withRelative(base(), { id: 'olle' }), { scope: 'sip', relativeId: 'olle', status: 'declined' });
    assert.equal(canTakePartInSip(r, 'eva', TODAY).allowed, true);
  });
});
