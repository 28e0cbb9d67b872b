/**
 * Voluntary (C2, C6, C8, C14): the relative decides about their own effort, and a withdrawal the
 * relative made is respected however it was recorded: with status and date, or by its date only
 * (C3). Found by mutation testing (docs/mutation-testing.md): a relative's consent withdrawn by date
 * only was read as neither a "yes" nor a "no", so meetings, follow-up and SIP stayed open.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canInvolveInMeetings, canTakePartInFollowUp, canTakePartInSip, indirectSupportStatus, relativeHasDeclined } from '../../src/rules/index.js';
import type { Consent, ConsentScope, InvestigationRecord } from '../../src/schema/index.js';
import { TODAY, makeRecord, withConsent, withProposal, withRelative } from '../fixtures/records.js';

const relativeSaid = (scope: ConsentScope, decision: Partial<Consent>): InvestigationRecord => {
  let r = withProposal(withRelative(makeRecord(), { id: 'eva', name: 'Eva', livesWithPerson: true }), { id: 'is-1', relativeId: 'eva' });
  if (scope !== 'sip') r = withConsent(r, { scope, relativeId: 'eva' });
  return withConsent(r, { scope, relativeId: 'eva', givenBy: 'relative', ...decision });
};
const byDateOnly = { withdrawnAt: '2026-03-01' };

describe('voluntary: a relative\'s own withdrawal is respected however it was recorded (C3)', () => {
  it('voluntary: a relative\'s withdrawal recorded by its date only closes meetings from that day', () => {
    const r = relativeSaid('participate', byDateOnly);
    assert.equal(canInvolveInMeetings(r, 'eva', '2026-02-28').allowed, true);
    const gate = canInvolveInMeetings(r, 'eva', TODAY);
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.equal(gate.code, 'relativeDeclined');
    assert.equal(relativeHasDeclined(r, 'eva', 'participate', TODAY)?.withdrawnAt, '2026-03-01');
  });
  it('C8: a relative\'s withdrawal from the follow-up recorded by its date only is respected', () => {
    const gate = canTakePartInFollowUp(relativeSaid('participateInFollowUp', byDateOnly), 'eva', TODAY);
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.equal(gate.code, 'relativeDeclined');
  });
  it('C14: a relative\'s withdrawal from SIP recorded by its date only is respected', () => {
    const gate = canTakePartInSip(relativeSaid('sip', byDateOnly), 'eva', TODAY);
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.equal(gate.code, 'relativeDeclined');
  });
  it('C6: a relative who withdrew consent to indirect support by its date only is recorded as declining', () => {
    const status = indirectSupportStatus(relativeSaid('indirectSupport', byDateOnly), 'is-1', TODAY);
    assert.equal(status?.relativeDeclined, true);
    assert.equal(status?.markerApplies, false);
  });
  it('voluntary: a relative\'s "yes" that has run out, or is dated ahead, is still not a "no"', () => {
    assert.equal(relativeHasDeclined(relativeSaid('participate', { validUntil: '2026-03-01' }), 'eva', 'participate', TODAY), undefined);
    assert.equal(relativeHasDeclined(relativeSaid('participate', { withdrawnAt: '2026-04-01' }), 'eva', 'participate', TODAY), undefined);
  });
});
