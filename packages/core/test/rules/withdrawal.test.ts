import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canGatherFrom, checkStatementBasis, isMarkedAfterWithdrawal, withdrawalImpact } from '../../src/rules/index.js';
import { deriveAssignment } from '../../src/assignment/index.js';
import { TODAY, caseworker, readyRecord, testCatalogue, withdraw } from '../fixtures/records.js';
import { sv } from '../support/sv.js';

describe('C3: withdrawal acts from then on; nothing is silently deleted', () => {
  it('no new gathering after the withdrawal date, but it was allowed before', () => {
    const r = withdraw(readyRecord(), 'c-info', '2026-03-01');
    assert.equal(canGatherFrom(r, 'eva', '2026-02-28').allowed, true);
    const gate = canGatherFrom(r, 'eva', TODAY);
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.equal(sv(gate.reason), 'Samtycke saknas: samtycket till att Eva Andersson lämnar uppgifter återkallades 2026-03-01.');
  });
  it('a statement gathered before the withdrawal stays in the record, marked, and its basis still holds', () => {
    const r = withdraw(readyRecord(), 'c-info', '2026-03-01');
    const statement = r.statements.find((s) => s.id === 's-eva-support');
    assert.ok(statement, 'the statement is still in the record');
    assert.equal(isMarkedAfterWithdrawal(r, statement), true);
    assert.equal(checkStatementBasis(r, statement, TODAY).allowed, true);
  });
  it('a statement under a consent still in force is not marked', () => {
    const r = readyRecord();
    assert.equal(isMarkedAfterWithdrawal(r, r.statements[0]!), false);
  });
  it('a withdrawn consent removes R2 from the next assignment', () => {
    const before = deriveAssignment(readyRecord(), testCatalogue, { issuedBy: caseworker, today: TODAY });
    const after = deriveAssignment(withdraw(readyRecord(), 'c-share', '2026-03-01'), testCatalogue, { issuedBy: caseworker, today: TODAY });
    assert.ok(before.ok && after.ok);
    assert.equal(before.assignment.relativePerspective.supportGiven.length, 1);
    assert.deepEqual(after.assignment.relativePerspective.supportGiven, []);
    assert.deepEqual(after.assignment.consentBasis, []);
  });
  it('a withdrawn consent to give information removes the text gathered under it from R2, keeping R2 itself', () => {
    const result = deriveAssignment(withdraw(readyRecord(), 'c-info', '2026-03-01'), testCatalogue, { issuedBy: caseworker, today: TODAY });
    assert.ok(result.ok);
    const r2 = result.assignment.relativePerspective.supportGiven[0];
    assert.ok(r2);
    assert.equal(r2.description, undefined);
    assert.ok(!result.assignment.consentBasis.some((b) => b.consentId === 'c-info'));
  });
  it('withdrawalImpact says, in Swedish, which R-fields leave the next assignment and that an update is due', () => {
    const issued = deriveAssignment(readyRecord(), testCatalogue, { issuedBy: caseworker, today: '2026-02-25' });
    assert.ok(issued.ok);
    const r = withdraw({ ...readyRecord(), assignments: [issued.assignment] }, 'c-share', '2026-03-01');
    const impact = withdrawalImpact(r, 'c-share', testCatalogue, TODAY);
    assert.ok(impact);
    assert.deepEqual(impact.leaves.map((l) => l.field).sort(), ['R1', 'R2', 'R3', 'R4', 'R5']);
    assert.ok(impact.notices.map(sv).includes('Nästa uppdrag tar inte med vilket stöd Eva Andersson ger.'));
    assert.ok(impact.notices.map(sv).includes('Skicka ett uppdaterat uppdrag till utföraren.'));
  });
  it('withdrawalImpact previews a consent still in force the same way, and lists the statements that get marked', () => {
    const impact = withdrawalImpact(readyRecord(), 'c-info', testCatalogue, TODAY);
    assert.ok(impact);
    assert.deepEqual(impact.markedStatementIds, ['s-eva-support']);
    assert.deepEqual(impact.leaves.map((l) => l.field), ['R2']);
    assert.equal(impact.effectiveFrom, TODAY);
  });
  it('withdrawing the relative\'s indirect-support consent drops only the marker', () => {
    const impact = withdrawalImpact(readyRecord(), 'c-ind-eva', testCatalogue, TODAY);
    assert.ok(impact);
    assert.deepEqual(impact.leaves.map((l) => [l.field, l.decisionId]), [['indirectSupportMarker', 'b-avlosning']]);
    assert.match(sv(impact.leaves[0]!.notice), /Insatsen finns kvar/);
  });
  it('a consent whose withdrawal changes nothing in the assignment reports nothing leaving', () => {
    const r = readyRecord();
    const withExtra = { ...r, consents: [...r.consents, { ...r.consents[0]!, id: 'c-later', scope: 'laterContact' as const }] };
    assert.deepEqual(withdrawalImpact(withExtra, 'c-later', testCatalogue, TODAY)?.leaves, []);
  });
});
