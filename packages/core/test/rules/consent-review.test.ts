/**
 * T1: entitlement is judged when a consent is given; a later change asks for a review, saying by
 * whom. Written against the survivors of mutation testing (docs/mutation-testing.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { consentsToReview } from '../../src/rules/index.js';
import type { InvestigationRecord, Person } from '../../src/schema/index.js';
import { TODAY, caseworker, makeRecord, withConsent, withRelative } from '../fixtures/records.js';

const reviews = (r: InvestigationRecord) => consentsToReview(r, TODAY).map(({ consentId, relativeId, reason, reviewBy }) => ({ consentId, relativeId, reason, reviewBy }));
const withPerson = (r: InvestigationRecord, person: Partial<Person>): InvestigationRecord => ({ ...r, person: { ...r.person, ...person } });
const judgement = { likelyWish: 'Vill ha Eva med.', consulted: ['Eva'], date: '2026-03-01', recordedBy: caseworker };

describe('T1: a change in who may consent asks for a review of the consents given before', () => {
  const minorWithGuardianConsent = () => {
    const r = withRelative(makeRecord({ person: { ...makeRecord().person, ageGroup: 'minor' } }), { id: 'eva', name: 'Eva' });
    return withConsent(r, { id: 'c', scope: 'participate', relativeId: 'eva', givenBy: 'guardian' });
  };
  it('T1: a guardian\'s consent is reviewed once the person is an adult, by the person', () => {
    assert.deepEqual(reviews(withPerson(minorWithGuardianConsent(), { ageGroup: 'adult' })), [{ consentId: 'c', relativeId: 'eva', reason: 'turned18', reviewBy: 'person' }]);
  });
  it('T1: a guardian\'s consent is reviewed as soon as the 18th birthday is known, before it comes', () => {
    assert.deepEqual(reviews(withPerson(minorWithGuardianConsent(), { adultFrom: '2026-06-01' })).map((x) => x.reason), ['turned18']);
  });
  it('T1: a guardian\'s consent for a minor who stays a minor needs no review', () => {
    assert.deepEqual(reviews(minorWithGuardianConsent()), []);
  });
  it('T1: the person\'s consent is reviewed when the person can no longer take a position, by a documented judgement if no one can consent', () => {
    const r = withConsent(withRelative(makeRecord(), { id: 'eva' }), { id: 'c', scope: 'participate', relativeId: 'eva' });
    assert.deepEqual(reviews(r), []);
    assert.deepEqual(reviews(withPerson(r, { canTakePosition: 'no', capacityJudgement: judgement })), [
      { consentId: 'c', relativeId: 'eva', reason: 'cannotTakePosition', reviewBy: 'capacityJudgement' },
    ]);
  });
  it('T1: a consent given while capacity was unknown is reviewed too; one given when the person already could not is not', () => {
    const unknown = withPerson(withRelative(makeRecord(), { id: 'eva' }), { canTakePosition: 'unknown' });
    const r = withConsent(unknown, { id: 'c', scope: 'participate', relativeId: 'eva' });
    assert.deepEqual(reviews(withPerson(r, { canTakePosition: 'no' })).map((x) => x.reason), ['cannotTakePosition']);
    const givenWhenNo = withConsent(withRelative(makeRecord(), { id: 'eva' }), { id: 'c', scope: 'participate', relativeId: 'eva', givenUnder: { ageGroup: 'adult', canTakePosition: 'no' } });
    assert.deepEqual(reviews(withPerson(givenWhenNo, { canTakePosition: 'no' })), []);
  });
  const representedPerson = (coversPersonalMatters = true) => {
    let r = withRelative(withPerson(makeRecord(), { canTakePosition: 'no' }), {
      id: 'gm', name: 'Gun Man', legalRepresentative: { kind: 'godMan', mandate: 'Sörja för person', coversPersonalMatters },
    });
    r = withRelative(r, { id: 'eva', name: 'Eva' });
    return withConsent(r, { id: 'c', scope: 'participate', relativeId: 'eva', givenBy: 'legalRepresentative', givenByName: 'Gun Man', givenUnder: { ageGroup: 'adult', canTakePosition: 'no', representativeId: 'gm' } });
  };
  it('C5, T1: a representative\'s consent needs no review while the person still cannot and the mandate holds', () => {
    assert.deepEqual(reviews(representedPerson()), []);
  });
  it('C5, T1: a representative\'s consent is reviewed by the person once the person can take a position again', () => {
    assert.deepEqual(reviews(withPerson(representedPerson(), { canTakePosition: 'yes' })), [{ consentId: 'c', relativeId: 'eva', reason: 'canTakePositionAgain', reviewBy: 'person' }]);
  });
  it('C5, T1: a representative\'s consent is reviewed when the mandate stops covering personal matters', () => {
    const ended = { ...representedPerson(), relatives: representedPerson().relatives.map((x) => (x.id === 'gm' ? { ...x, legalRepresentative: { ...x.legalRepresentative!, coversPersonalMatters: false } } : x)) };
    assert.deepEqual(reviews({ ...ended, person: { ...ended.person, capacityJudgement: judgement } }), [
      { consentId: 'c', relativeId: 'eva', reason: 'mandateEnded', reviewBy: 'capacityJudgement' },
    ]);
  });
  it('C5, T1: a representative\'s consent recorded without naming the representative is not reviewed for the mandate', () => {
    const r = representedPerson();
    const unnamed = { ...r, consents: r.consents.map((c) => ({ ...c, givenUnder: { ageGroup: 'adult' as const, canTakePosition: 'no' as const } })) };
    assert.deepEqual(reviews(unnamed), []);
  });
  it('T1: the relative\'s own consent, and one recorded by format version 1 without its situation, are never reviewed', () => {
    let r = withRelative(makeRecord(), { id: 'eva' });
    r = withConsent(r, { scope: 'participate', relativeId: 'eva', givenBy: 'relative' });
    const { givenUnder: _drop, ...v1 } = withConsent(r, { id: 'v1', scope: 'provideInformation', relativeId: 'eva' }).consents[1]!;
    r = { ...r, consents: [...r.consents, v1] };
    assert.deepEqual(reviews(withPerson(r, { canTakePosition: 'no', capacityJudgement: judgement })), []);
  });
  it('T1: only a consent in force (or one whose cover ended at 18) is reviewed; a "no" or a withdrawn one is not', () => {
    let r = withRelative(makeRecord(), { id: 'eva' });
    r = withConsent(r, { id: 'no', scope: 'participate', relativeId: 'eva', status: 'declined' });
    r = withConsent(r, { id: 'gone', scope: 'provideInformation', relativeId: 'eva', status: 'withdrawn', withdrawnAt: '2026-02-01' });
    r = withConsent(r, { id: 'yes', scope: 'receiveInformation', relativeId: 'eva' });
    assert.deepEqual(reviews(withPerson(r, { canTakePosition: 'no', capacityJudgement: judgement })).map((x) => x.consentId), ['yes']);
    const turned = withPerson(minorWithGuardianConsent(), { ageGroup: 'adult', adultFrom: '2026-03-01' });
    assert.deepEqual(reviews(turned).map((x) => x.reason), ['turned18'], 'its cover for anything new ended');
  });
  it('T1: the review says by whom: a representative who may consent, where the person cannot', () => {
    const r = withPerson(representedPerson(), { canTakePosition: 'yes' });
    const personConsent = withConsent(r, { id: 'p', scope: 'provideInformation', relativeId: 'eva', givenBy: 'person', givenUnder: { ageGroup: 'adult', canTakePosition: 'yes' } });
    const back = withPerson(personConsent, { canTakePosition: 'no' });
    assert.deepEqual(reviews(back), [{ consentId: 'p', relativeId: 'eva', reason: 'cannotTakePosition', reviewBy: 'legalRepresentative' }]);
  });
});
