import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkStatementBasis, mayEnterPersonalFile, stepWarnings } from '../../src/rules/index.js';
import { TODAY, makeRecord, makeStatement, testCatalogue, withConsent, withRelative, withStatement } from '../fixtures/records.js';

const base = () => withConsent(withRelative(makeRecord(), { id: 'eva', name: 'Eva' }), { id: 'c-info', scope: 'provideInformation', relativeId: 'eva', date: '2026-01-15' });
const fromEva = (basis: ReturnType<typeof makeStatement>['basis'], recordedAt = '2026-02-01') =>
  makeStatement({ id: 's1', source: { kind: 'relative', relativeId: 'eva' }, basis, recordedAt });

describe('C10: a statement from someone other than the person names its source and its basis', () => {
  it('a statement gathered with Eva\'s consent to give information passes', () => {
    assert.equal(checkStatementBasis(base(), fromEva({ kind: 'consent', consentId: 'c-info' }), TODAY).allowed, true);
  });
  it('a statement Eva volunteered unasked passes, marked as volunteered (C1)', () => {
    const r = withRelative(makeRecord(), { id: 'eva' });
    assert.equal(checkStatementBasis(r, fromEva({ kind: 'volunteered' }), TODAY).allowed, true);
  });
  it('a statement from Eva recorded before the consent was given fails', () => {
    const gate = checkStatementBasis(base(), fromEva({ kind: 'consent', consentId: 'c-info' }, '2026-01-10'), TODAY);
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.equal(gate.code, 'statementBasis');
  });
  it('a consent of another scope or another relative is not a basis', () => {
    let r = withConsent(base(), { id: 'c-part', scope: 'participate', relativeId: 'eva' });
    r = withConsent(withRelative(r, { id: 'olle' }), { id: 'c-olle', scope: 'provideInformation', relativeId: 'olle' });
    assert.equal(checkStatementBasis(r, fromEva({ kind: 'consent', consentId: 'c-part' }), TODAY).allowed, false);
    assert.equal(checkStatementBasis(r, fromEva({ kind: 'consent', consentId: 'c-olle' }), TODAY).allowed, false);
  });
  it('a statement from a relative claiming to be the person\'s own fails', () => {
    assert.equal(checkStatementBasis(base(), fromEva({ kind: 'own' }), TODAY).allowed, false);
  });
  it('goes into the personal file only once the handläggare confirmed it is factual, relevant and not demeaning', () => {
    const statement = fromEva({ kind: 'volunteered' });
    assert.equal(mayEnterPersonalFile(statement), false);
    assert.equal(mayEnterPersonalFile({ ...statement, qualityConfirmed: true }), true);
    assert.equal(mayEnterPersonalFile(makeStatement({ id: 'own' })), true);
  });
  it('an unconfirmed statement headed for the personal file is a gather warning', () => {
    const r = withStatement(base(), { id: 's1', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'volunteered' } });
    const warnings = stepWarnings(r, [], testCatalogue, TODAY).gather;
    assert.ok(warnings.some((w) => w.code === 'statementQuality' && w.path === 'statements.0.qualityConfirmed'));
  });
});
