/**
 * Behaviours that mutation testing showed were not pinned (consent, entitlement,
 * statements, withdrawal, branch and gates). Each test names the behaviour it protects; why the
 * mutants that still survive do is in docs/mutation-testing.md.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  canInvolveInMeetings,
  consentGate,
  consentState,
  isEntitledPersonSideGiver,
  isMarkedAfterWithdrawal,
  mayReachProvider,
  relativesInStep,
  type Gate,
} from '../../src/rules/index.js';
import type { Relative, ViolenceConcern } from '../../src/schema/index.js';
import { TODAY, makeRecord, readyRecord, withConsent, withRelative } from '../fixtures/records.js';

const refused = (gate: Gate) => {
  if (gate.allowed) throw new Error('expected a refusal');
  return gate;
};
const eva = () => withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
const openConcern: ViolenceConcern = { direction: 'personAtRisk', routineFollowed: true, raisedAt: '2026-01-20' };
const godMan: Relative['legalRepresentative'] = { kind: 'godMan', mandate: 'Sörja för person', coversPersonalMatters: true };

describe('Steps 2/3: who step 3 is about', () => {
  it('C4: a relative with an open violence concern but no consent to take part is not listed in step 3', () => {
    const r = withRelative(makeRecord(), { id: 'eva', name: 'Eva', violenceConcern: openConcern });
    assert.deepEqual(relativesInStep(r, 'involve', TODAY), []);
  });
  it('H2: a representative who is not a relative is never listed in step 3, even with a consent and an open violence concern', () => {
    let r = withRelative(makeRecord(), { id: 'gm', name: 'Gun Man', isRelative: false, legalRepresentative: godMan, violenceConcern: openConcern });
    r = withConsent(r, { scope: 'participate', relativeId: 'gm' });
    assert.deepEqual(relativesInStep(r, 'involve', TODAY), []);
    assert.deepEqual(relativesInStep(r, 'equip', TODAY), []);
  });
});

describe('C2/C5/T1: who may consent, and for how long', () => {
  it('C5: when the person cannot take a position only a representative\'s consent counts, even a person\'s consent naming a representative', () => {
    let r = withRelative(makeRecord({ person: { ...makeRecord().person, canTakePosition: 'no' } }), { id: 'gm', name: 'Gun Man', legalRepresentative: godMan });
    r = withRelative(r, { id: 'eva', name: 'Eva' });
    r = withConsent(r, { scope: 'participate', relativeId: 'eva', givenBy: 'person', givenUnder: { ageGroup: 'adult', canTakePosition: 'no', representativeId: 'gm' } });
    assert.equal(isEntitledPersonSideGiver(r, r.consents[0]!), false);
    assert.equal(consentState(r, r.consents[0]!, TODAY), 'notEntitled');
    assert.equal(refused(consentGate(r, 'eva', 'participate', TODAY)).code, 'notEntitled');
  });
  it('C2: the relative\'s own consent to take part reads as in force, not as given by someone not entitled', () => {
    const r = withConsent(eva(), { scope: 'participate', relativeId: 'eva', givenBy: 'relative' });
    assert.equal(consentState(r, r.consents[0]!, TODAY), 'inForce');
  });
  it('T1: a guardian\'s consent stays in force until the 18th birthday, and covers nothing new from that day', () => {
    const minor = (adultFrom: string) => {
      const base = eva();
      return withConsent({ ...base, person: { ...base.person, ageGroup: 'minor', adultFrom } }, { scope: 'participate', relativeId: 'eva', givenBy: 'guardian', givenByName: 'Maria' });
    };
    const before = minor('2026-06-01');
    assert.equal(consentState(before, before.consents[0]!, TODAY), 'inForce');
    assert.equal(consentGate(before, 'eva', 'participate', TODAY).allowed, true);
    const on = minor(TODAY);
    assert.equal(consentState(on, on.consents[0]!, TODAY), 'entitlementEnded');
  });
});

describe('C1: which reason a refused meeting gives', () => {
  it('C1: when the person\'s consent is missing, that is the reason given, even if the relative also declined', () => {
    const r = withConsent(eva(), { scope: 'participate', relativeId: 'eva', givenBy: 'relative', status: 'declined' });
    const gate = refused(canInvolveInMeetings(r, 'eva', TODAY));
    assert.equal(gate.code, 'consentMissing');
    assert.equal(gate.missingScope, 'participate');
  });
});

describe('L2/C3: what a statement may still be used for', () => {
  it('L2/C2: a later "no" stops a relative\'s statements reaching the provider though the earlier "yes" was never withdrawn', () => {
    const r = readyRecord();
    const statement = r.statements.find((s) => s.id === 's-eva-support')!;
    assert.equal(mayReachProvider(r, statement, TODAY), true, 'under the "yes" it may reach the provider');
    const no = withConsent(r, { scope: 'provideInformation', relativeId: 'eva', status: 'declined', date: '2026-03-01' });
    assert.equal(no.consents.find((c) => c.id === 'c-info')?.status, 'given', 'the earlier "yes" is not withdrawn');
    assert.equal(mayReachProvider(no, statement, TODAY), false);
  });
  it('C3: a statement under a consent withdrawn without a recorded date stays in the record, marked', () => {
    const r = readyRecord();
    const undated = { ...r, consents: r.consents.map((c) => (c.id === 'c-info' ? { ...c, status: 'withdrawn' as const } : c)) };
    const statement = undated.statements.find((s) => s.id === 's-eva-support')!;
    assert.equal(isMarkedAfterWithdrawal(undated, statement), true);
  });
});
