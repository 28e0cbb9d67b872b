import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deriveAssignment, issueAssignment } from '../../src/assignment/index.js';
import { TODAY, caseworker, readyRecord, testCatalogue, withdraw, issueOn } from '../fixtures/records.js';


describe('Versioning: an issued assignment is immutable; changes make a new version that refers to it', () => {
  it('issueAssignment appends the first version and leaves the input record untouched', () => {
    const record = readyRecord();
    const first = issueOn(record, '2026-02-25');
    assert.equal(record.assignments.length, 0);
    assert.equal(first.record.assignments.length, 1);
    assert.equal(first.assignment.version, 1);
    assert.deepEqual(first.assignment.changes, []);
  });
  it('the next version counts issued ones, refers to the last, and keeps the earlier one as it was', () => {
    const first = issueOn(readyRecord(), '2026-02-25');
    const frozen = structuredClone(first.assignment);
    const second = issueOn(withdraw(first.record, 'c-share', '2026-03-01'), TODAY);
    assert.equal(second.assignment.version, 2);
    assert.equal(second.assignment.id, 'utr-1-uppdrag-2');
    assert.equal(second.assignment.previousVersionId, 'utr-1-uppdrag-1');
    assert.equal(second.record.assignments[0], first.assignment, 'same object, not rebuilt');
    assert.deepEqual(second.record.assignments[0], frozen);
  });
  it('C3: the changes say, in Swedish, what left and why, naming the relative by category once the words may no longer be shared (L3)', () => {
    const first = issueOn(readyRecord(), '2026-02-25');
    const second = issueOn(withdraw(first.record, 'c-share', '2026-03-01'), TODAY);
    assert.deepEqual(second.assignment.changes, [
      'Uppgifter om den anhöriga (make, maka, sambo eller partner) har tagits bort eftersom samtycket återkallades 2026-03-01: att den anhöriga bor med den enskilde, vilket stöd den anhöriga ger, samordningen med den anhöriga, den anhörigas medverkan i planering och uppföljning, den anhörigas syn på hur stödet ska ges.',
    ]);
  });
  it('a dropped indirect-support marker is listed with its reason', () => {
    const first = issueOn(readyRecord(), '2026-02-25');
    const second = issueOn(withdraw(first.record, 'c-ind-eva', '2026-03-01'), TODAY);
    assert.ok(second.assignment.changes.includes(
      'Markeringen att Avlösning i hemmet (Hemliv) också är ett indirekt stöd till en anhörig (make, maka, sambo eller partner) har tagits bort eftersom samtycket återkallades 2026-03-01.',
    ));
  });
  it('an unchanged record gives a new version with no changes listed', () => {
    const first = issueOn(readyRecord(), '2026-02-25');
    assert.deepEqual(issueOn(first.record, TODAY).assignment.changes, []);
  });
  it('issueAssignment returns the issues and no record when the minimum content is missing', () => {
    const r = readyRecord();
    const result = issueAssignment({ ...r, assessment: undefined }, testCatalogue, caseworker, TODAY);
    assert.equal(result.ok, false);
    assert.equal('record' in result, false);
  });
  it('deriveAssignment reads no clock: issuedAt is the given day', () => {
    const result = deriveAssignment(readyRecord(), testCatalogue, { issuedBy: caseworker, today: '2030-01-01' });
    assert.ok(result.ok);
    assert.equal(result.assignment.issuedAt, '2030-01-01');
    assert.equal(result.assignment.generatedAt, undefined);
  });
});
