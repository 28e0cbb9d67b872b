import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { activeConsent, mayGiveConsent, representativeMayConsent, canGatherFrom } from '../../src/rules/index.js';
import { TODAY, makeRecord, withConsent, withRelative, withdraw, lastConsentId } from '../fixtures/records.js';
import { sv } from '../support/sv.js';

const base = () => withRelative(makeRecord(), { id: 'eva', name: 'Eva' });

describe('C2: a consent counts only when given, in time, not withdrawn and from an entitled giver', () => {
  it('returns the given consent for that relative and scope', () => {
    const r = withConsent(base(), { id: 'c1', scope: 'provideInformation', relativeId: 'eva' });
    assert.equal(activeConsent(r, 'eva', 'provideInformation', TODAY)?.id, 'c1');
  });
  it('is scoped: a consent to give information does not allow receiving information (no general consent)', () => {
    const r = withConsent(base(), { scope: 'provideInformation', relativeId: 'eva' });
    assert.equal(activeConsent(r, 'eva', 'receiveInformation', TODAY), undefined);
  });
  it('is per relative: a consent about Eva does not cover Olle', () => {
    const r = withConsent(withRelative(base(), { id: 'olle', name: 'Olle' }), { scope: 'participate', relativeId: 'eva' });
    assert.equal(activeConsent(r, 'olle', 'participate', TODAY), undefined);
  });
  it('does not count a consent dated after today', () => {
    const r = withConsent(base(), { scope: 'participate', relativeId: 'eva', date: '2026-04-01' });
    assert.equal(activeConsent(r, 'eva', 'participate', TODAY), undefined);
  });
  it('does not count a consent past its validUntil, but counts it on its last day', () => {
    const r = withConsent(base(), { scope: 'participate', relativeId: 'eva', validUntil: '2026-03-15' });
    assert.ok(activeConsent(r, 'eva', 'participate', '2026-03-15'));
    assert.equal(activeConsent(r, 'eva', 'participate', '2026-03-16'), undefined);
  });
  it('does not count a declined consent', () => {
    const r = withConsent(base(), { scope: 'participate', relativeId: 'eva', status: 'declined' });
    assert.equal(activeConsent(r, 'eva', 'participate', TODAY), undefined);
  });
  it('a later "no" overrides an earlier "yes"', () => {
    let r = withConsent(base(), { scope: 'participate', relativeId: 'eva', date: '2026-01-15' });
    r = withConsent(r, { scope: 'participate', relativeId: 'eva', date: '2026-02-15', status: 'declined' });
    assert.equal(activeConsent(r, 'eva', 'participate', TODAY), undefined);
    assert.ok(activeConsent(r, 'eva', 'participate', '2026-02-01'));
  });
  it('does not count the relative\'s own consent as consent about the person\'s information', () => {
    const r = withConsent(base(), { scope: 'provideInformation', relativeId: 'eva', givenBy: 'relative' });
    assert.equal(activeConsent(r, 'eva', 'provideInformation', TODAY), undefined);
  });
  it('for a minor only the guardian\'s consent counts', () => {
    const minor = makeRecord({ person: { id: 'p', displayName: 'Kim', ageGroup: 'minor', canTakePosition: 'yes', childViews: 'Vill att mormor är med.' } });
    const byChild = withConsent(withRelative(minor, { id: 'mormor', name: 'Mormor' }), { scope: 'participate', relativeId: 'mormor', givenBy: 'person' });
    assert.equal(activeConsent(byChild, 'mormor', 'participate', TODAY), undefined);
    const byGuardian = withConsent(byChild, { scope: 'participate', relativeId: 'mormor', givenBy: 'guardian', givenByName: 'Pappa' });
    assert.ok(activeConsent(byGuardian, 'mormor', 'participate', TODAY));
  });
  it('a consent given by someone not entitled is reported as such, in Swedish', () => {
    const r = withConsent(base(), { scope: 'provideInformation', relativeId: 'eva', givenBy: 'guardian' });
    const gate = canGatherFrom(r, 'eva', TODAY);
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.equal(gate.code, 'notEntitled');
  });
  it('a capacity judgement does not create consent', () => {
    const r = makeRecord({
      person: {
        id: 'p', displayName: 'Sven', ageGroup: 'adult', canTakePosition: 'no',
        capacityJudgement: { likelyWish: 'Vill att Eva är med.', consulted: ['Eva'], date: '2026-01-12', recordedBy: { id: 'h', name: 'H' } },
      },
    });
    const gate = canGatherFrom(withRelative(r, { id: 'eva', name: 'Eva' }), 'eva', TODAY);
    assert.equal(gate.allowed, false);
    if (!gate.allowed) {
      assert.match(sv(gate.reason), /ersätter inte ett samtycke/);
      assert.match(sv(gate.reason), /det finns ingen ställföreträdare/);
    }
  });
  it('a withdrawal dated ahead acts from that day, not before', () => {
    const r = withConsent(base(), { scope: 'participate', relativeId: 'eva', status: 'withdrawn', withdrawnAt: '2026-04-01' });
    assert.ok(activeConsent(r, 'eva', 'participate', TODAY));
    assert.equal(activeConsent(r, 'eva', 'participate', '2026-04-01'), undefined);
  });
});

describe('C2: mayGiveConsent says who may consent for what', () => {
  it('the relative may consent to their own participation and to indirect support', () => {
    assert.equal(mayGiveConsent(base(), 'relative', 'participate', 'eva').allowed, true);
    assert.equal(mayGiveConsent(base(), 'relative', 'indirectSupport', 'eva').allowed, true);
  });
  it('the relative may not consent about the person\'s information', () => {
    const gate = mayGiveConsent(base(), 'relative', 'shareWithProvider', 'eva');
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.equal(gate.missingScope, 'shareWithProvider');
  });
  it('an adult who can take a position consents; a guardian may not', () => {
    assert.equal(mayGiveConsent(base(), 'person', 'participate', 'eva').allowed, true);
    assert.equal(mayGiveConsent(base(), 'guardian', 'participate', 'eva').allowed, false);
  });
  it('a minor does not consent; the guardian does', () => {
    const minor = withRelative(makeRecord({ person: { id: 'p', displayName: 'Kim', ageGroup: 'minor', canTakePosition: 'yes' } }), { id: 'eva' });
    assert.equal(mayGiveConsent(minor, 'person', 'participate', 'eva').allowed, false);
    assert.equal(mayGiveConsent(minor, 'guardian', 'participate', 'eva').allowed, true);
  });
  it('an unknown relative is refused', () => {
    const gate = mayGiveConsent(base(), 'person', 'participate', 'nobody');
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.equal(gate.code, 'unknownRelative');
  });
});

describe('C5: a legal representative consents only where the person cannot and the mandate covers it', () => {
  const cannot = (coversPersonalMatters: boolean, canTakePosition: 'yes' | 'no' = 'no') =>
    withRelative(
      withRelative(makeRecord({ person: { id: 'p', displayName: 'Sven', ageGroup: 'adult', canTakePosition } }), {
        id: 'anna', name: 'Anna Berg', relation: 'dotter',
        legalRepresentative: { kind: 'forvaltare', mandate: 'Förvalta egendom och sörja för person', coversPersonalMatters },
      }),
      { id: 'eva', name: 'Eva' },
    );

  it('allowed when the person cannot take a position and the mandate covers personal matters', () => {
    assert.equal(representativeMayConsent(cannot(true), 'anna').allowed, true);
    const r = withConsent(cannot(true), { id: 'c-rep', scope: 'provideInformation', relativeId: 'eva', givenBy: 'legalRepresentative', givenByName: 'Anna Berg' });
    assert.equal(activeConsent(r, 'eva', 'provideInformation', TODAY)?.id, 'c-rep');
  });
  it('not allowed when the mandate does not cover personal matters', () => {
    assert.equal(representativeMayConsent(cannot(false), 'anna').allowed, false);
    const r = withConsent(cannot(false), { scope: 'provideInformation', relativeId: 'eva', givenBy: 'legalRepresentative', givenByName: 'Anna Berg' });
    assert.equal(activeConsent(r, 'eva', 'provideInformation', TODAY), undefined);
  });
  it('not allowed when the person can take a position: consent stays the person\'s', () => {
    assert.equal(representativeMayConsent(cannot(true, 'yes'), 'anna').allowed, false);
    const r = withConsent(cannot(true, 'yes'), { scope: 'provideInformation', relativeId: 'eva', givenBy: 'legalRepresentative', givenByName: 'Anna Berg' });
    assert.equal(activeConsent(r, 'eva', 'provideInformation', TODAY), undefined);
  });
  it('a representative consent naming someone who is not a representative does not count', () => {
    const r = withConsent(cannot(true), { scope: 'provideInformation', relativeId: 'eva', givenBy: 'legalRepresentative', givenByName: 'Okänd Person' });
    assert.equal(activeConsent(r, 'eva', 'provideInformation', TODAY), undefined);
  });
  it('after the person\'s withdrawal the representative consent is gone too (C3 applies to all givers)', () => {
    let r = withConsent(cannot(true), { scope: 'provideInformation', relativeId: 'eva', givenBy: 'legalRepresentative', givenByName: 'Anna Berg' });
    r = withdraw(r, lastConsentId(r), '2026-03-01');
    assert.equal(activeConsent(r, 'eva', 'provideInformation', TODAY), undefined);
  });
});
