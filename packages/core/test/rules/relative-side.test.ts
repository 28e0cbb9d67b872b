import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  availableRelativeSupport,
  childPerspective,
  isRelativeSupportAvailable,
  ownApplicationRequest,
  stepWarnings,
} from '../../src/rules/index.js';
import { TODAY, makeRecord, makeRelativeRecord, testCatalogue, withRelative, withStance } from '../fixtures/records.js';
import { sv } from '../support/sv.js';

describe('C11: a relative under 18 raises the child perspective', () => {
  const r = withRelative(withRelative(makeRecord(), { id: 'kim', name: 'Kim', isChild: true }), { id: 'eva', name: 'Eva' });
  it('flags the child relative, and only that one, with a prompt', () => {
    const flags = childPerspective(r);
    assert.deepEqual(flags.map((f) => f.relativeId), ['kim']);
    assert.match(sv(flags[0]!.prompt), /stöd för egen del/);
  });
  it('warns until the child is guided to own support', () => {
    const has = (records: Parameters<typeof stepWarnings>[1]) =>
      stepWarnings(r, records, testCatalogue, TODAY).gather.some((w) => w.code === 'childOwnSupport');
    assert.equal(has([]), true);
    assert.equal(has([makeRelativeRecord({ relativeId: 'kim', childGuidedToOwnSupport: true })]), false);
  });
});

describe('C12: an own application is the relative\'s, and carries nothing about the person', () => {
  const own = makeRelativeRecord({
    relativeId: 'eva',
    ownSupportNeeds: [
      { id: 'n1', description: 'Behöver egen tid för återhämtning.', offered: ['generalSupport'], offerIds: [], appliesForSupport: true, recordedAt: '2026-02-01' },
    ],
  });
  it('builds the request from the relative\'s own record with the home municipality', () => {
    const request = ownApplicationRequest(own, 'n1', 'Södertälje');
    assert.deepEqual(request, {
      relativeRecordId: 'journal-eva',
      relativeId: 'eva',
      needId: 'n1',
      description: 'Behöver egen tid för återhämtning.',
      homeMunicipality: 'Södertälje',
    });
  });
  it('does not carry the investigation reference', () => {
    assert.ok(!JSON.stringify(ownApplicationRequest(own, 'n1', 'Södertälje')).includes('utr-1'));
  });
  it('gives nothing for an unknown need or without a municipality', () => {
    assert.equal(ownApplicationRequest(own, 'nope', 'Södertälje'), undefined);
    assert.equal(ownApplicationRequest(own, 'n1', '  '), undefined);
  });
});

describe('C13: a relative\'s support counts only where the relative wants and can, and the person wants it', () => {
  const r = withRelative(makeRecord(), { id: 'eva' });
  it('counts with all three yes', () => {
    const yes = withStance(r, { relativeId: 'eva', lifeAreaIds: ['d6'] });
    assert.equal(isRelativeSupportAvailable(yes, 'eva'), true);
    assert.deepEqual(availableRelativeSupport(yes), [{ relativeId: 'eva', lifeAreaIds: ['d6'] }]);
  });
  for (const field of ['wantsToGiveSupport', 'canGiveSupport', 'personWantsSupportFromRelative'] as const) {
    it(`does not count when ${field} is not yes`, () => {
      for (const answer of ['no', 'unknown'] as const) {
        const s = withStance(r, { relativeId: 'eva', [field]: answer });
        assert.equal(isRelativeSupportAvailable(s, 'eva'), false);
        assert.deepEqual(availableRelativeSupport(s), []);
      }
    });
  }
  it('does not count without a stance', () => {
    assert.equal(isRelativeSupportAvailable(r, 'eva'), false);
  });
});
