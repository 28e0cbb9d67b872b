/**
 * C3: what a withdrawal takes out of the next assignment, and what stays in the record, marked.
 * Written against the survivors of mutation testing (docs/mutation-testing.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withdrawalImpact } from '../../src/rules/index.js';
import type { InvestigationRecord } from '../../src/schema/index.js';
import { TODAY, readyRecord, testCatalogue, withConsent, withRelative, withStatement } from '../fixtures/records.js';

const impact = (record: InvestigationRecord, consentId: string, withdrawFrom?: string) => {
  const result = withdrawalImpact(record, consentId, testCatalogue, TODAY, withdrawFrom);
  if (!result) throw new Error('no impact');
  return result;
};
const leaving = (record: InvestigationRecord, consentId: string, withdrawFrom?: string) =>
  impact(record, consentId, withdrawFrom).leaves.map((l) => [l.field, l.relativeId, l.decisionId]);

describe('C3: the withdrawal preview says what leaves the next assignment', () => {
  it('C3: an unknown consent has no impact', () => {
    assert.equal(withdrawalImpact(readyRecord(), 'nope', testCatalogue, TODAY), undefined);
  });
  it('C3: withdrawing one relative\'s consent to share takes only that relative\'s fields out', () => {
    let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', relation: 'son', livesWithPerson: true });
    r = withConsent(r, { id: 'c-olle-share', scope: 'shareWithProvider', relativeId: 'olle' });
    assert.deepEqual(leaving(r, 'c-olle-share'), [['R1', 'olle', undefined]]);
    const eva = impact(r, 'c-share');
    assert.deepEqual(eva.leaves.map((l) => [l.field, l.relativeId]), [['R1', 'eva'], ['R2', 'eva'], ['R3', 'eva'], ['R4', 'eva'], ['R5', 'eva']]);
    assert.equal(eva.relativeId, 'eva');
    assert.equal(eva.scope, 'shareWithProvider');
    assert.equal(eva.consentId, 'c-share');
  });
  it('C3, L2: withdrawing the consent a relative\'s R2 text was gathered under takes that text out, and names only that relative', () => {
    let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', relation: 'son', givesSupport: true });
    r = withConsent(r, { id: 'c-olle-share', scope: 'shareWithProvider', relativeId: 'olle' });
    r = withConsent(r, { id: 'c-olle-info', scope: 'provideInformation', relativeId: 'olle' });
    r = withStatement(r, { id: 's-olle', kind: 'supportGiven', text: 'Olle handlar.', source: { kind: 'relative', relativeId: 'olle' }, basis: { kind: 'consent', consentId: 'c-olle-info' }, qualityConfirmed: true });
    assert.deepEqual(leaving(r, 'c-olle-info'), [['R2', 'olle', undefined]]);
    assert.deepEqual(leaving(r, 'c-info'), [['R2', 'eva', undefined]]);
  });
  it('C3: the statements gathered under the consent are listed to be marked, and only those', () => {
    let r = withStatement(readyRecord(), { id: 's-vol', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'volunteered' } });
    r = withConsent(r, { id: 'c-info-2', scope: 'provideInformation', relativeId: 'eva' });
    r = withStatement(r, { id: 's-other', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'consent', consentId: 'c-info-2' } });
    r = withStatement(r, { id: 's-eva-2', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'consent', consentId: 'c-info' } });
    assert.deepEqual(impact(r, 'c-info').markedStatementIds, ['s-eva-support', 's-eva-2']);
    assert.deepEqual(impact(r, 'c-share').markedStatementIds, []);
  });
  it('C3: a withdrawal already recorded acts from its own date', () => {
    const r = readyRecord();
    const withdrawn = { ...r, consents: r.consents.map((c) => (c.id === 'c-share' ? { ...c, status: 'withdrawn' as const, withdrawnAt: '2026-03-01' } : c)) };
    const result = impact(withdrawn, 'c-share', '2026-03-10');
    assert.equal(result.effectiveFrom, '2026-03-01');
    assert.equal(result.leaves.length, 5, 'compared with the consent in force');
  });
  it('C3: a preview dated ahead is judged on that day: what will have ended by then does not leave because of this withdrawal', () => {
    const r = readyRecord();
    const expiring = { ...r, consents: r.consents.map((c) => (c.id === 'c-share' ? { ...c, validUntil: '2026-03-31' } : c)) };
    assert.deepEqual(leaving(expiring, 'c-info', '2026-04-10'), []);
    assert.deepEqual(leaving(expiring, 'c-info', TODAY), [['R2', 'eva', undefined]]);
  });
  it('C3, C6: withdrawing the person\'s indirect-support consent drops the marker for that decision only', () => {
    const r = readyRecord();
    const result = impact(r, 'c-ind-person');
    assert.deepEqual(result.leaves.map((l) => [l.field, l.relativeId, l.decisionId]), [['indirectSupportMarker', 'eva', 'b-avlosning']]);
  });
});
