/**
 * The smaller rules about relatives (C11, C12, C13, step 4's hearing, C9's digest, L3's names) and
 * the moments T2 compares. Written against the survivors of mutation testing (docs/mutation-testing.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  availableRelativeSupport,
  childPerspective,
  findRelative,
  isFilled,
  isRelativeSupportAvailable,
  ownApplicationRequest,
  RELATION_CATEGORY_NAMES,
  relationshipText,
  relativeBranch,
  relativeRecordDigest,
  relativesToHear,
} from '../../src/rules/index.js';
import { before, isBefore, nowIn, onOrBefore, statementMoment, withdrawalMoment } from '../../src/rules/dates.js';
import type { Consent } from '../../src/schema/index.js';
import { TODAY, makeRecord, makeRelativeRecord, makeStatement, withConsent, withRelative, withStance, withStatement } from '../fixtures/records.js';

const makeConsentFor = (extra: Partial<Consent>): Consent => withConsent(makeRecord(), { scope: 'participate', relativeId: 'eva', ...extra }).consents[0]!;

describe('C11: the child perspective, per child relative', () => {
  it('C11: each child relative is flagged with a prompt naming them; whether they were guided comes from their own record only', () => {
    let r = withRelative(makeRecord(), { id: 'kim', name: 'Kim', isChild: true });
    r = withRelative(r, { id: 'eva', name: 'Eva' });
    r = withRelative(r, { id: 'alva', name: 'Alva', isChild: true });
    const flags = childPerspective(r, [makeRelativeRecord({ relativeId: 'alva', childGuidedToOwnSupport: false }), makeRelativeRecord({ relativeId: 'eva', childGuidedToOwnSupport: true })]);
    assert.deepEqual(flags, [
      { relativeId: 'kim', prompt: { code: 'child.perspective', params: { name: 'Kim' } } },
      { relativeId: 'alva', prompt: { code: 'child.perspective', params: { name: 'Alva' } }, guidedToOwnSupport: false },
    ]);
    assert.equal(childPerspective(r, [makeRelativeRecord({ relativeId: 'kim', childGuidedToOwnSupport: true })])[0]?.guidedToOwnSupport, true);
  });
});

describe('C12: the own-application request', () => {
  it('C12: carries the form the relative applies with, when one was chosen', () => {
    const own = makeRelativeRecord({
      relativeId: 'eva',
      ownSupportNeeds: [{ id: 'n1', description: 'Avlösning.', offered: [], offerIds: [], appliesForSupport: true, applicationFormId: 'bistand', recordedAt: '2026-02-01' }],
    });
    assert.equal(ownApplicationRequest(own, 'n1', ' Södertälje ')?.applicationFormId, 'bistand');
    assert.equal(ownApplicationRequest(own, 'n1', ' Södertälje ')?.homeMunicipality, 'Södertälje');
  });
});

describe('C9: what of a relative\'s own record the person\'s case may show', () => {
  it('C9: no referral date when the relative was not referred', () => {
    const digest = relativeRecordDigest(makeRelativeRecord({ relativeId: 'eva', anonymous: true, helpWithContactOffered: true }));
    assert.deepEqual(digest, { relativeId: 'eva', anonymous: true, informedOn: [], helpWithContactOffered: true, conversationOfferedOn: [] });
  });
});

describe('C13: a relative\'s support counts only on that relative\'s own stance', () => {
  it('C13: another relative\'s "yes" does not count for this one', () => {
    let r = withRelative(withRelative(makeRecord(), { id: 'eva' }), { id: 'olle' });
    r = withStance(r, { relativeId: 'olle', lifeAreaIds: ['d5'] });
    assert.equal(isRelativeSupportAvailable(r, 'eva'), false);
    assert.equal(isRelativeSupportAvailable(r, 'olle'), true);
    assert.deepEqual(availableRelativeSupport(r), [{ relativeId: 'olle', lifeAreaIds: ['d5'] }]);
  });
});

describe('Step 4: hear a relative who shares the home', () => {
  it('only that relative\'s own statement, or a meeting planned with that relative, answers it', () => {
    let r = withRelative(makeRecord(), { id: 'eva', livesWithPerson: true });
    r = withRelative(r, { id: 'olle', livesWithPerson: false });
    r = withStatement(r, { id: 's-olle', source: { kind: 'relative', relativeId: 'olle' }, basis: { kind: 'volunteered' } });
    r = withStatement(r, { id: 's-person' });
    r = withStatement(r, { id: 's-pro', source: { kind: 'professional', name: 'Eva', role: 'Sjuksköterska' }, basis: { kind: 'caseSystemConsent' } });
    r = { ...r, meetingPlans: [{ relativeId: 'olle', format: 'separate', personWantsCompany: false }] };
    assert.deepEqual(relativesToHear(r).map((x) => x.id), ['eva']);
    const planned = { ...r, meetingPlans: [...r.meetingPlans, { relativeId: 'eva', format: 'separate' as const, personWantsCompany: false }] };
    assert.deepEqual(relativesToHear(planned), []);
  });
  it('H2: a legal representative outside the family who lives with the person is not a relative to hear', () => {
    const r = withRelative(makeRecord(), { id: 'gm', isRelative: false, livesWithPerson: true, legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt', coversPersonalMatters: false } });
    assert.deepEqual(relativesToHear(r), []);
  });
});

describe('Steps 2/3: an unknown relative is in no step', () => {
  it('relativeBranch of an id not in the record is "undecided"', () => {
    assert.equal(relativeBranch(makeRecord(), 'nobody', TODAY), 'undecided');
  });
});

describe('L3: the relationship as the assignment names it', () => {
  it('L3: the person\'s own words where shared, else the category in Swedish', () => {
    assert.equal(relationshipText({ relation: 'min granne', relationCategory: 'neighbour' }), 'min granne');
    assert.deepEqual(
      (Object.keys(RELATION_CATEGORY_NAMES) as (keyof typeof RELATION_CATEGORY_NAMES)[]).map((relationCategory) => relationshipText({ relationCategory })),
      ['make, maka, sambo eller partner', 'barn', 'förälder', 'syskon', 'barnbarn', 'annan släkting', 'vän', 'granne', 'annan anhörig'],
    );
  });
  it('a free-text field with only spaces is not filled; findRelative finds by id', () => {
    assert.equal(isFilled('  '), false);
    assert.equal(isFilled(undefined), false);
    assert.equal(isFilled(' x '), true);
    assert.equal(findRelative(withRelative(makeRecord(), { id: 'eva' }), 'eva')?.id, 'eva');
  });
});

describe('T2: moments, so that order within a day is kept', () => {
  it('T2: a day before another is before it, whatever the sequence numbers say', () => {
    assert.equal(isBefore({ day: '2026-03-01', seq: 9 }, { day: '2026-03-02', seq: 1 }), true);
    assert.equal(isBefore({ day: '2026-03-02', seq: 1 }, { day: '2026-03-01', seq: 9 }), false);
  });
  it('T2: on the same day the sequence decides; a moment is not before itself; without both numbers the answer is "not before"', () => {
    assert.equal(isBefore({ day: '2026-03-01', seq: 1 }, { day: '2026-03-01', seq: 2 }), true);
    assert.equal(isBefore({ day: '2026-03-01', seq: 2 }, { day: '2026-03-01', seq: 1 }), false);
    assert.equal(isBefore({ day: '2026-03-01', seq: 2 }, { day: '2026-03-01', seq: 2 }), false);
    assert.equal(isBefore({ day: '2026-03-01' }, { day: '2026-03-01', seq: 2 }), false);
    assert.equal(isBefore({ day: '2026-03-01', seq: 1 }, { day: '2026-03-01' }), false);
  });
  it('days compare as ISO strings', () => {
    assert.equal(before('2026-03-01', '2026-03-01'), false);
    assert.equal(before('2026-02-28', '2026-03-01'), true);
    assert.equal(onOrBefore('2026-03-01', '2026-03-01'), true);
    assert.equal(onOrBefore('2026-03-02', '2026-03-01'), false);
  });
  it('T2: what is done now comes after everything recorded so far', () => {
    assert.deepEqual(nowIn({ ...makeRecord(), sequence: 7 }, TODAY), { day: TODAY, seq: 8 });
  });
  it('T2: a statement\'s moment is its recording day and place; never later than today; unknown without a date', () => {
    assert.deepEqual(statementMoment(makeStatement({ id: 's', recordedAt: '2026-03-01', seq: 4 }), TODAY), { day: '2026-03-01', seq: 4 });
    assert.deepEqual(statementMoment(makeStatement({ id: 's', recordedAt: '2026-03-01' }), TODAY), { day: '2026-03-01' });
    assert.deepEqual(statementMoment(makeStatement({ id: 's', recordedAt: '2026-04-01', seq: 4 }), TODAY), { day: TODAY });
    const { recordedAt: _drop, ...undated } = makeStatement({ id: 's' });
    assert.equal(statementMoment(undated, TODAY), undefined);
  });
  it('T2: a withdrawal acts from its recording moment on its own day, else from the start of its day', () => {
    assert.equal(withdrawalMoment(makeConsentFor({})), undefined);
    assert.deepEqual(withdrawalMoment(makeConsentFor({ withdrawnAt: '2026-03-01', withdrawnSeq: 5 })), { day: '2026-03-01', seq: 5 });
    assert.deepEqual(withdrawalMoment(makeConsentFor({ withdrawnAt: '2026-03-01' })), { day: '2026-03-01' });
  });
});
