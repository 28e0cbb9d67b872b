/**
 * C10, C1, C3: the basis of each statement, checked when it was recorded. Written against the
 * survivors of mutation testing (docs/mutation-testing.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkStatementBasis, isMarkedAfterWithdrawal, mayReachProvider, stepWarnings, type Gate } from '../../src/rules/index.js';
import type { Statement } from '../../src/schema/index.js';
import { TODAY, makeRecord, makeStatement, testCatalogue, withConsent, withRelative, withStatement } from '../fixtures/records.js';
import { sv } from '../support/sv.js';

const denied = (gate: Gate) => {
  if (gate.allowed) throw new Error('expected a denied gate');
  return gate;
};
const base = () => withConsent(withRelative(makeRecord(), { id: 'eva', name: 'Eva' }), { id: 'c-info', scope: 'provideInformation', relativeId: 'eva', date: '2026-01-15' });
const fromEva = (basis: Statement['basis'], extra: Partial<Statement> = {}) =>
  makeStatement({ id: 's1', source: { kind: 'relative', relativeId: 'eva' }, basis, ...extra });
const fromProfessional = (basis: Statement['basis']) =>
  makeStatement({ id: 's2', source: { kind: 'professional', name: 'Distriktssköterskan', role: 'Vårdcentralen' }, basis });

describe('C10: a statement names its source and the consent it was gathered with, or that it was volunteered', () => {
  it('C1: a volunteered statement from someone not in the investigation does not pass', () => {
    const gate = denied(checkStatementBasis(base(), makeStatement({ id: 's', source: { kind: 'relative', relativeId: 'nobody' }, basis: { kind: 'volunteered' } }), TODAY));
    assert.equal(gate.code, 'unknownRelative');
    assert.equal(sv(gate.reason), 'Uppgiften anger en anhörig som inte finns i utredningen.');
  });
  it('C10: the person\'s own statement needs the basis "own"; any other basis is refused', () => {
    assert.equal(checkStatementBasis(base(), makeStatement({ id: 'own' }), TODAY).allowed, true);
    const gate = denied(checkStatementBasis(base(), makeStatement({ id: 'own', basis: { kind: 'volunteered' } }), TODAY));
    assert.equal(gate.code, 'statementBasis');
    assert.equal(sv(gate.reason), 'Den enskildes egna uppgifter ska ha grunden "egen uppgift".');
  });
  it('C10: a relative\'s statement without a consent or "volunteered" says what is missing, naming the relative', () => {
    const gate = denied(checkStatementBasis(base(), fromEva({ kind: 'own' }), TODAY));
    assert.equal(sv(gate.reason), 'Uppgiften från Eva behöver ange samtycket den hämtades in med, eller att den lämnades självmant.');
    assert.equal(gate.missingScope, 'provideInformation');
    assert.equal(gate.relativeId, 'eva');
  });
  it('L4: an answer saved by format version 1 without its basis asks for one', () => {
    const gate = denied(checkStatementBasis(base(), fromEva({ kind: 'notRecorded' }), TODAY));
    assert.equal(gate.code, 'statementBasis');
    assert.match(sv(gate.reason), /^Svaret från Eva sparades i en tidigare version utan uppgift om samtycke\./);
  });
  it('C10: a professional\'s statement may rest on a consent recorded in the case system; a relative\'s may not', () => {
    assert.equal(checkStatementBasis(base(), fromProfessional({ kind: 'caseSystemConsent' }), TODAY).allowed, true);
    const gate = denied(checkStatementBasis(base(), fromEva({ kind: 'caseSystemConsent' }), TODAY));
    assert.equal(sv(gate.reason), 'Samtycket till att Eva lämnar uppgifter registreras här i utredningen, inte bara i verksamhetssystemet.');
  });
  it('C10: a relative\'s consent to give information is no basis for a professional\'s statement', () => {
    const gate = denied(checkStatementBasis(base(), fromProfessional({ kind: 'consent', consentId: 'c-info' }), TODAY));
    assert.match(sv(gate.reason), /^Uppgiften från Distriktssköterskan har inget giltigt samtycke/);
  });
  it('C10: a statement citing a consent that does not exist is refused', () => {
    const gate = denied(checkStatementBasis(base(), fromEva({ kind: 'consent', consentId: 'c-gone' }), TODAY));
    assert.equal(sv(gate.reason), 'Samtycket som uppgiften hänvisar till finns inte.');
  });
  it('C10: a consent from someone not entitled is no basis', () => {
    const r = withConsent(base(), { id: 'c-guardian', scope: 'provideInformation', relativeId: 'eva', givenBy: 'guardian' });
    assert.equal(checkStatementBasis(r, fromEva({ kind: 'consent', consentId: 'c-guardian' }), TODAY).allowed, false);
  });
  it('C10: the refusal says when the statement was documented, or that the date is missing', () => {
    const early = denied(checkStatementBasis(base(), fromEva({ kind: 'consent', consentId: 'c-info' }, { recordedAt: '2026-01-10' }), TODAY));
    assert.equal(sv(early.reason), 'Uppgiften från Eva har inget giltigt samtycke till att lämna uppgifter när den dokumenterades (2026-01-10).');
    const { recordedAt: _drop, ...undated } = fromEva({ kind: 'consent', consentId: 'c-gone-later' });
    const withdrawn = { ...base(), consents: base().consents.map((c) => ({ ...c, id: 'c-gone-later', status: 'withdrawn' as const, withdrawnAt: '2026-03-01' })) };
    assert.match(sv(denied(checkStatementBasis(withdrawn, undated, TODAY)).reason), /\(datum saknas\)\.$/);
  });
  it('T2: a statement without a recording date is judged as of today', () => {
    const { recordedAt: _drop, ...undated } = fromEva({ kind: 'consent', consentId: 'c-info' });
    assert.equal(checkStatementBasis(base(), undated, TODAY).allowed, true);
    const later = withConsent(withRelative(makeRecord(), { id: 'eva', name: 'Eva' }), { id: 'c-info', scope: 'provideInformation', relativeId: 'eva', date: '2026-03-10' });
    assert.equal(checkStatementBasis(later, undated, '2026-03-09').allowed, false);
  });
  it('T2: a recording date after today is read as today', () => {
    const r = { ...base(), consents: base().consents.map((c) => ({ ...c, withdrawnAt: '2026-03-20' })) };
    const dated = fromEva({ kind: 'consent', consentId: 'c-info' }, { recordedAt: '2026-03-25' });
    assert.equal(checkStatementBasis(r, dated, TODAY).allowed, true);
  });
  it('C10: the gather step warns about a statement without a valid basis, at its path', () => {
    const r = withStatement(base(), { id: 's1', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'own' }, toPersonalFile: false });
    const warnings = stepWarnings(r, [], testCatalogue, TODAY).gather.filter((w) => w.code === 'statementBasis');
    assert.deepEqual(warnings.map((w) => w.path), ['statements.0.basis']);
  });
});

describe('C3: statements gathered under a withdrawn consent stay, marked', () => {
  it('C3: a statement under a consent withdrawn by date only is marked', () => {
    const r = { ...base(), consents: base().consents.map((c) => ({ ...c, withdrawnAt: '2026-03-01' })) };
    assert.equal(isMarkedAfterWithdrawal(r, fromEva({ kind: 'consent', consentId: 'c-info' })), true);
  });
  it('C3: a volunteered statement, or one citing an unknown consent, is never marked', () => {
    const r = { ...base(), consents: base().consents.map((c) => ({ ...c, status: 'withdrawn' as const, withdrawnAt: '2026-03-01' })) };
    assert.equal(isMarkedAfterWithdrawal(r, fromEva({ kind: 'volunteered' })), false);
    assert.equal(isMarkedAfterWithdrawal(r, fromEva({ kind: 'consent', consentId: 'c-other' })), false);
  });
});

describe('L2: only confirmed text gathered under a consent in force reaches the provider', () => {
  const confirmed = (extra: Partial<Statement> = {}) =>
    fromEva({ kind: 'consent', consentId: 'c-info' }, { kind: 'supportGiven', qualityConfirmed: true, toPersonalFile: true, ...extra });
  it('L2: a confirmed statement under a consent in force then and now may reach the provider', () => {
    assert.equal(mayReachProvider(base(), confirmed(), TODAY), true);
  });
  it('L2: the person\'s own statement and a professional\'s are not R2 text', () => {
    assert.equal(mayReachProvider(base(), makeStatement({ id: 'own', qualityConfirmed: true }), TODAY), false);
    assert.equal(mayReachProvider(base(), { ...fromProfessional({ kind: 'caseSystemConsent' }), qualityConfirmed: true }, TODAY), false);
  });
  it('L2, C3: once the consent is withdrawn the text no longer leaves, though its basis still holds', () => {
    const r = { ...base(), consents: base().consents.map((c) => ({ ...c, status: 'withdrawn' as const, withdrawnAt: '2026-03-01' })) };
    assert.equal(checkStatementBasis(r, confirmed(), TODAY).allowed, true);
    assert.equal(mayReachProvider(r, confirmed(), TODAY), false);
  });
  it('L2: a statement without a valid basis never leaves', () => {
    assert.equal(mayReachProvider(base(), confirmed({ recordedAt: '2026-01-10' }), TODAY), false);
  });
});
