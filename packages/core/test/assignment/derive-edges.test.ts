/**
 * §5 at its edges: what the derivation does with input it should not get, a preview before any plan,
 * and which ended consent the change list gives as the reason. Written against the survivors of
 * mutation testing (docs/mutation-testing.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deriveAssignment } from '../../src/assignment/index.js';
import { withdrawalImpact } from '../../src/rules/index.js';
import { TODAY, caseworker, readyRecord, testCatalogue, withConsent, withRelative, withdraw, issueOn } from '../fixtures/records.js';


describe('§7: bad input never crashes the derivation', () => {
  it('an assignment that would not validate (a handläggare without id) is not issued; the issues are returned', () => {
    const result = deriveAssignment(readyRecord(), testCatalogue, { issuedBy: { id: '', name: '' }, today: TODAY });
    assert.equal(result.ok, false);
    if (!result.ok) assert.ok(result.issues.some((i) => i.path.startsWith('issuedBy')), JSON.stringify(result.issues));
  });
  it('M2: no marker is set for a relative no longer in the record', () => {
    const r = readyRecord();
    const result = deriveAssignment({ ...r, relatives: [] }, testCatalogue, { issuedBy: caseworker, today: TODAY });
    assert.ok(result.ok);
    if (result.ok) assert.ok(result.assignment.includes.every((i) => i.indirectSupport === undefined));
  });
});

describe('C3: the withdrawal preview before the assignment is planned', () => {
  it('C3: with no assignment plan yet, only the fields the record itself gives leave', () => {
    const r = { ...readyRecord(), assignmentPlan: undefined };
    const impact = withdrawalImpact(r, 'c-share', testCatalogue, TODAY);
    assert.deepEqual(impact?.leaves.map((l) => l.field), ['R1', 'R2']);
  });
});

describe('§5, C3: the reason a change list gives is that relative\'s own consent for that purpose', () => {
  it('C3: another relative\'s later withdrawal, or a withdrawal of another scope, is not given as the reason', () => {
    let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', relation: 'son' });
    r = withConsent(r, { id: 'c-olle-share', scope: 'shareWithProvider', relativeId: 'olle' });
    r = withConsent(r, { id: 'c-eva-later', scope: 'laterContact', relativeId: 'eva' });
    const first = issueOn(r, '2026-02-25').record;
    let next = withdraw(first, 'c-share', '2026-03-01');
    next = withdraw(next, 'c-olle-share', '2026-03-05');
    next = withdraw(next, 'c-eva-later', '2026-03-06');
    const changes = issueOn(next, TODAY).assignment.changes;
    assert.ok(changes.some((c) => c.startsWith('Uppgifter om den anhöriga (make, maka, sambo eller partner) har tagits bort eftersom samtycket återkallades 2026-03-01:')), changes.join(' | '));
  });
  it('C3: a consent that ran out on the day the previous version was issued is given as the reason', () => {
    const r = readyRecord();
    const limited = (validUntil: string) => ({ ...r, consents: r.consents.map((c) => (c.id === 'c-share' ? { ...c, validUntil } : c)) });
    const on = issueOn(limited('2026-02-25'), '2026-02-25').record;
    assert.match(issueOn(on, TODAY).assignment.changes[0] ?? '', / eftersom samtycket gällde till och med 2026-02-25: /);
  });
  it('C3: a withdrawal recorded for today is given as the reason today', () => {
    const first = issueOn(readyRecord(), '2026-02-25').record;
    const changes = issueOn(withdraw(first, 'c-share', TODAY), TODAY).assignment.changes;
    assert.match(changes[0] ?? '', new RegExp(` eftersom samtycket återkallades ${TODAY}: `));
  });
});
