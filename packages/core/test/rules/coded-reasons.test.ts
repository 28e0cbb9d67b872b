/**
 * C1 "the UI says which consent is missing", T1 reviews, C3 withdrawal notices and C6 gaps, as the
 * codes and parameters the rules return (the sentences are the message tables'). Written against
 * the survivors of mutation testing (docs/mutation-testing.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  canGatherFrom,
  checkStatementBasis,
  consentGate,
  consentsToReview,
  indirectSupportStatus,
  mayGiveConsent,
  representativeMayConsent,
  withdrawalImpact,
  type Gate,
} from '../../src/rules/index.js';
import type { InvestigationRecord, Relative, Statement } from '../../src/schema/index.js';
import { TODAY, caseworker, makeRecord, makeStatement, readyRecord, testCatalogue, withConsent, withProposal, withRelative, withStatement } from '../fixtures/records.js';

const refused = (gate: Gate) => {
  if (gate.allowed) throw new Error('expected a refusal');
  const { code, reason, missingScope } = gate;
  return { code, reason, ...(missingScope !== undefined ? { missingScope } : {}) };
};
const eva = () => withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
const cannot = () => makeRecord({ person: { ...makeRecord().person, canTakePosition: 'no' } });
const godMan = (coversPersonalMatters: boolean): Relative['legalRepresentative'] => ({ kind: 'godMan', mandate: 'Sörja för person', coversPersonalMatters });

describe('C2: mayGiveConsent says why a giver may not consent', () => {
  it('C2: a guardian for an adult, the person when a minor or unable, a relative about the person\'s information', () => {
    assert.deepEqual(refused(mayGiveConsent(eva(), 'guardian', 'participate', 'eva')), { code: 'notEntitled', reason: { code: 'consent.guardianForAdult', params: {} }, missingScope: 'participate' });
    const minor = withRelative(makeRecord({ person: { ...makeRecord().person, ageGroup: 'minor' } }), { id: 'eva' });
    assert.deepEqual(refused(mayGiveConsent(minor, 'person', 'participate', 'eva')), { code: 'notEntitled', reason: { code: 'consent.personIsMinor', params: {} }, missingScope: 'participate' });
    assert.deepEqual(refused(mayGiveConsent(withRelative(cannot(), { id: 'eva' }), 'person', 'participate', 'eva')), {
      code: 'notEntitled', reason: { code: 'consent.personCannotTakePosition', params: {} }, missingScope: 'participate',
    });
    assert.deepEqual(refused(mayGiveConsent(eva(), 'person', 'participate', 'nobody')), { code: 'unknownRelative', reason: { code: 'relative.unknown', params: {} }, missingScope: 'participate' });
  });
  it('C5: a representative who is not named, or not registered, is asked for by name', () => {
    let r = withRelative(cannot(), { id: 'gm', name: 'Gun Man', legalRepresentative: godMan(true) });
    r = withRelative(r, { id: 'gm2', name: 'Gun Två', legalRepresentative: godMan(true) });
    assert.deepEqual(refused(mayGiveConsent(r, 'legalRepresentative', 'participate', 'gm')), {
      code: 'notEntitled', reason: { code: 'consent.representativeNotNamed', params: {} }, missingScope: 'participate',
    });
    assert.deepEqual(refused(mayGiveConsent(r, 'legalRepresentative', 'participate', 'gm', 'Okänd')), {
      code: 'notEntitled', reason: { code: 'consent.representativeNotRegistered', params: { givenByName: 'Okänd' } }, missingScope: 'participate',
    });
  });
  it('C5: a registered representative whose mandate does not cover it is refused with the mandate as the reason', () => {
    const r = withRelative(cannot(), { id: 'fv', name: 'För Valtare', legalRepresentative: godMan(false) });
    assert.deepEqual(refused(mayGiveConsent(r, 'legalRepresentative', 'participate', 'fv', 'För Valtare')), {
      code: 'notEntitled', reason: { code: 'representative.mandateNotPersonal', params: { name: 'För Valtare' } }, missingScope: 'participate',
    });
  });
});

describe('C5: representativeMayConsent says why not', () => {
  it('C5: not a representative, the person a minor, the person able, the mandate not personal, the relative unknown', () => {
    const adult = withRelative(withRelative(cannot(), { id: 'eva', name: 'Eva' }), { id: 'gm', name: 'Gun', legalRepresentative: godMan(false) });
    assert.deepEqual(refused(representativeMayConsent(adult, 'eva')), { code: 'notEntitled', reason: { code: 'representative.notRegistered', params: { name: 'Eva' } } });
    assert.deepEqual(refused(representativeMayConsent(adult, 'gm')), { code: 'notEntitled', reason: { code: 'representative.mandateNotPersonal', params: { name: 'Gun' } } });
    const minor = { ...adult, person: { ...adult.person, ageGroup: 'minor' as const } };
    assert.deepEqual(refused(representativeMayConsent(minor, 'gm')), { code: 'notEntitled', reason: { code: 'representative.personIsMinor', params: {} } });
    const able = { ...adult, person: { ...adult.person, canTakePosition: 'yes' as const } };
    assert.deepEqual(refused(representativeMayConsent(able, 'gm')), { code: 'notEntitled', reason: { code: 'representative.personCanTakePosition', params: { name: 'Gun' } } });
    assert.deepEqual(refused(representativeMayConsent(adult, 'nobody')), { code: 'unknownRelative', reason: { code: 'relative.unknown', params: {} } });
  });
});

describe('C1, T1: the consent gate\'s reasons', () => {
  it('T1: from the 18th birthday a guardian\'s consent covers nothing new, and the gate says so and who consents now', () => {
    let r = withRelative(makeRecord({ person: { ...makeRecord().person, ageGroup: 'minor' } }), { id: 'eva', name: 'Eva' });
    r = withConsent(r, { scope: 'provideInformation', relativeId: 'eva', givenBy: 'guardian' });
    const turned = { ...r, person: { ...r.person, ageGroup: 'adult' as const, adultFrom: '2026-03-01' } };
    assert.equal(canGatherFrom(turned, 'eva', '2026-02-28').allowed, true);
    assert.deepEqual(refused(canGatherFrom(turned, 'eva', TODAY)), {
      code: 'entitlementEnded',
      reason: { code: 'consent.entitlementEnded', params: { scope: 'provideInformation', name: 'Eva', date: '2026-03-01', subject: 'person' } },
      missingScope: 'provideInformation',
    });
  });
  it('T1: the person\'s own consent after turning 18 is in force', () => {
    let r = withRelative(makeRecord({ person: { ...makeRecord().person, adultFrom: '2026-03-01' } }), { id: 'eva', name: 'Eva' });
    r = withConsent(r, { id: 'own', scope: 'provideInformation', relativeId: 'eva', date: '2026-03-05' });
    const gate = canGatherFrom(r, 'eva', TODAY);
    assert.equal(gate.allowed, true);
  });
  it('C2: a guardian\'s "no" after the 18th birthday is still reported as the guardian\'s "no"', () => {
    let r = withRelative(makeRecord({ person: { ...makeRecord().person, ageGroup: 'minor' } }), { id: 'eva', name: 'Eva' });
    r = withConsent(r, { scope: 'provideInformation', relativeId: 'eva', givenBy: 'guardian', status: 'declined' });
    const turned = { ...r, person: { ...r.person, ageGroup: 'adult' as const, adultFrom: '2026-03-01' } };
    assert.equal(refused(canGatherFrom(turned, 'eva', TODAY)).code, 'consentDeclined');
  });
  it('C5: the person\'s own "yes" recorded while the person could not take a position does not count', () => {
    const r = withConsent(withRelative(cannot(), { id: 'eva', name: 'Eva' }), { scope: 'provideInformation', relativeId: 'eva', givenBy: 'person' });
    assert.equal(refused(canGatherFrom(r, 'eva', TODAY)).code, 'notEntitled');
  });
  it('C2: a "no" is never a consent, even one whose withdrawal is dated ahead', () => {
    const r = withConsent(eva(), { scope: 'provideInformation', relativeId: 'eva', status: 'declined', withdrawnAt: '2026-04-01' });
    assert.equal(refused(canGatherFrom(r, 'eva', TODAY)).code, 'consentDeclined');
  });
  it('C2: a person who can take a position again is asked for consent; a capacity judgement on file is not mentioned', () => {
    const r = withRelative(makeRecord({ person: { ...makeRecord().person, capacityJudgement: { likelyWish: 'Vill.', consulted: [], date: '2026-01-12', recordedBy: caseworker } } }), { id: 'eva', name: 'Eva' });
    assert.deepEqual(refused(consentGate(r, 'eva', 'participate', TODAY)), {
      code: 'consentMissing',
      reason: { code: 'consent.missing', params: { scope: 'participate', name: 'Eva', subject: 'person', judgementRecorded: false } },
      missingScope: 'participate',
    });
    const minor = { ...r, person: { ...r.person, ageGroup: 'minor' as const } };
    assert.deepEqual(refused(consentGate(minor, 'eva', 'participate', TODAY)).reason, { code: 'consent.missing', params: { scope: 'participate', name: 'Eva', subject: 'guardian', judgementRecorded: false } });
  });
  it('C5: where the person cannot take a position the refusal is "consent missing", with or without a representative', () => {
    const none = withRelative(cannot(), { id: 'eva', name: 'Eva' });
    assert.equal(refused(consentGate(none, 'eva', 'participate', TODAY)).code, 'consentMissing');
    const represented = withRelative(none, { id: 'gm', name: 'Gun', legalRepresentative: godMan(true) });
    assert.equal(refused(consentGate(represented, 'eva', 'participate', TODAY)).code, 'consentMissing');
  });
});

describe('C10: the statement basis refusals name the scope that would allow gathering', () => {
  const base = () => withConsent(eva(), { id: 'c-info', scope: 'provideInformation', relativeId: 'eva', date: '2026-01-15' });
  const fromEva = (basis: Statement['basis'], extra: Partial<Statement> = {}) => makeStatement({ id: 's', source: { kind: 'relative', relativeId: 'eva' }, basis, ...extra });
  it('C10: each refusal of a relative\'s statement is a statementBasis refusal for provideInformation', () => {
    for (const [statement, reason] of [
      [fromEva({ kind: 'own' }), 'statement.basisMissing'],
      [fromEva({ kind: 'notRecorded' }), 'statement.basisNotRecorded'],
      [fromEva({ kind: 'caseSystemConsent' }), 'statement.caseSystemConsent'],
      [fromEva({ kind: 'consent', consentId: 'c-gone' }), 'statement.consentNotFound'],
      [fromEva({ kind: 'consent', consentId: 'c-info' }, { recordedAt: '2026-01-10' }), 'statement.noValidConsent'],
    ] as const) {
      const result = refused(checkStatementBasis(base(), statement, TODAY));
      assert.deepEqual([result.code, result.reason.code, result.missingScope], ['statementBasis', reason, 'provideInformation'], reason);
    }
  });
  it('C10: the person\'s own statement with another basis is refused without a relative or scope', () => {
    const gate = checkStatementBasis(base(), makeStatement({ id: 's', basis: { kind: 'volunteered' } }), TODAY);
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.deepEqual([gate.code, gate.relativeId, gate.missingScope], ['statementBasis', '', undefined]);
  });
});

describe('T1: a review names what changed and who decides now', () => {
  it('T1: the person turned 18: the guardian\'s consent, when it was given, and the birthday', () => {
    let r = withRelative(makeRecord({ person: { ...makeRecord().person, ageGroup: 'minor' } }), { id: 'eva', name: 'Eva' });
    r = withConsent(r, { id: 'c', scope: 'participate', relativeId: 'eva', givenBy: 'guardian', date: '2026-01-20' });
    const turned = { ...r, person: { ...r.person, ageGroup: 'adult' as const, adultFrom: '2026-03-01' } };
    assert.deepEqual(consentsToReview(turned, TODAY)[0]?.notice, {
      code: 'review.turned18', params: { scope: 'participate', name: 'Eva', given: '2026-01-20', reviewBy: 'person', adultFrom: '2026-03-01' },
    });
    const noDate = { ...r, person: { ...r.person, ageGroup: 'adult' as const } };
    assert.deepEqual(consentsToReview(noDate, TODAY)[0]?.notice.params, { scope: 'participate', name: 'Eva', given: '2026-01-20', reviewBy: 'person' });
  });
  it('T1: the person can take a position again, or a mandate ended: the notice names the representative', () => {
    let r = withRelative(cannot(), { id: 'gm', name: 'Gun Man', legalRepresentative: godMan(true) });
    r = withRelative(r, { id: 'eva', name: 'Eva' });
    r = withConsent(r, { id: 'c', scope: 'participate', relativeId: 'eva', givenBy: 'legalRepresentative', givenByName: 'Gun Man', date: '2026-01-20', givenUnder: { ageGroup: 'adult', canTakePosition: 'no', representativeId: 'gm' } });
    const able = { ...r, person: { ...r.person, canTakePosition: 'yes' as const } };
    assert.deepEqual(consentsToReview(able, TODAY)[0]?.notice, { code: 'review.canTakePositionAgain', params: { scope: 'participate', name: 'Eva', given: '2026-01-20', reviewBy: 'person' } });
    const ended = { ...r, relatives: r.relatives.map((x) => (x.id === 'gm' ? { ...x, legalRepresentative: godMan(false) } : x)) };
    assert.deepEqual(consentsToReview(ended, TODAY)[0]?.notice, {
      code: 'review.mandateEnded', params: { scope: 'participate', name: 'Eva', given: '2026-01-20', reviewBy: 'capacityJudgement', representative: 'Gun Man' },
    });
    const removed = { ...r, relatives: r.relatives.filter((x) => x.id !== 'gm') };
    assert.deepEqual(consentsToReview(removed, TODAY)[0]?.notice, { code: 'review.mandateEnded', params: { scope: 'participate', name: 'Eva', given: '2026-01-20', reviewBy: 'capacityJudgement' } });
  });
  it('T1: a review of a consent about a relative no longer in the record leaves the name out', () => {
    let r = withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
    r = withConsent(r, { id: 'c', scope: 'participate', relativeId: 'eva', date: '2026-01-20' });
    const gone = { ...r, relatives: [], person: { ...r.person, canTakePosition: 'no' as const } };
    assert.deepEqual(consentsToReview(gone, TODAY)[0]?.notice, { code: 'review.cannotTakePosition', params: { scope: 'participate', given: '2026-01-20', reviewBy: 'capacityJudgement' } });
  });
});

describe('C6: what is missing for the marker, as codes', () => {
  it('C6: an adult relative\'s proposal with nothing recorded lists both consents and both views', () => {
    const r = withProposal(eva(), { id: 'is-1', relativeId: 'eva', personView: '', relativeView: '' });
    assert.deepEqual(indirectSupportStatus(r, 'is-1', TODAY)?.missing, [
      { code: 'indirect.personConsent', params: {} },
      { code: 'indirect.relativeConsent', params: { name: 'Eva' } },
      { code: 'indirect.personViews', params: {} },
      { code: 'indirect.relativeViews', params: { name: 'Eva', child: false } },
    ]);
  });
  it('C6, C11: a child relative\'s "no" and missing views are listed as the child\'s', () => {
    let r = withProposal(withRelative(makeRecord(), { id: 'kim', name: 'Kim', isChild: true }), { id: 'is-1', relativeId: 'kim', relativeView: '' });
    r = withConsent(r, { scope: 'indirectSupport', relativeId: 'kim' });
    r = withConsent(r, { scope: 'indirectSupport', relativeId: 'kim', givenBy: 'relative', status: 'declined' });
    assert.deepEqual(indirectSupportStatus(r, 'is-1', TODAY)?.missing, [
      { code: 'indirect.childDeclined', params: { name: 'Kim' } },
      { code: 'indirect.relativeViews', params: { name: 'Kim', child: true } },
    ]);
  });
});

describe('C3: the withdrawal notices, in reading order', () => {
  const impact = (record: InvestigationRecord, consentId: string, withdrawFrom?: string) => withdrawalImpact(record, consentId, testCatalogue, TODAY, withdrawFrom)!;
  it('C3: from when, what leaves, what stays marked, and that an update is due once an assignment was issued', () => {
    const r = { ...readyRecord(), assignments: [{ id: 'x' } as never] };
    assert.deepEqual(impact(r, 'c-info').notices, [
      { code: 'withdrawal.effective', params: { scope: 'provideInformation', name: 'Eva Andersson', date: TODAY } },
      { code: 'withdrawal.supportTextLeaves', params: { name: 'Eva Andersson' } },
      { code: 'withdrawal.statementsMarked', params: { count: 1 } },
      { code: 'withdrawal.sendUpdate', params: {} },
    ]);
  });
  it('C3: no update is asked for before any assignment was issued, or when nothing leaves', () => {
    assert.deepEqual(impact(readyRecord(), 'c-info').notices.map((n) => n.code), ['withdrawal.effective', 'withdrawal.supportTextLeaves', 'withdrawal.statementsMarked']);
    const r = withConsent({ ...readyRecord(), assignments: [{ id: 'x' } as never] }, { id: 'c-later', scope: 'laterContact', relativeId: 'eva' });
    assert.deepEqual(impact(r, 'c-later').notices.map((n) => n.code), ['withdrawal.effective']);
  });
  it('C3: the marker notice names the support type and the relative', () => {
    assert.deepEqual(impact(readyRecord(), 'c-ind-eva').leaves.map((l) => l.notice), [
      { code: 'withdrawal.markerLeaves', params: { name: 'Eva Andersson', supportType: 'Avlösning i hemmet' } },
    ]);
  });
  it('C3: statements are counted for the notice', () => {
    const r = withStatement(readyRecord(), { id: 's-2', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'consent', consentId: 'c-info' } });
    assert.deepEqual(impact(r, 'c-info').notices.find((n) => n.code === 'withdrawal.statementsMarked'), { code: 'withdrawal.statementsMarked', params: { count: 2 } });
  });
  it('C3: a preview of a withdrawal dated ahead shows what leaves from that day', () => {
    assert.deepEqual(impact(readyRecord(), 'c-info', '2026-04-10').leaves.map((l) => l.field), ['R2']);
  });
  it('C3: a withdrawal dated back is judged against today\'s assignment', () => {
    const r = readyRecord();
    const lateShare = { ...r, consents: r.consents.map((c) => (c.id === 'c-share' ? { ...c, date: '2026-03-10' } : c)) };
    assert.deepEqual(impact(lateShare, 'c-info', '2026-03-01').leaves.map((l) => l.field), ['R2']);
  });
});
