import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { consentState, defaultPersonSideGiver, isWithdrawable, mayGiveConsent, capacityJudgementNeeded } from '../../src/rules/index.js';
import { TODAY, makeRecord, withConsent, withRelative } from '../fixtures/records.js';
import { sv } from '../support/sv.js';

const eva = () => withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' });

describe('C2: what one consent record means today', () => {
  const state = (extra: Record<string, unknown>) => {
    const r = withConsent(eva(), { id: 'c', scope: 'participate', relativeId: 'eva', ...extra });
    return consentState(r, r.consents[0]!, TODAY);
  };
  it('in force, declined, withdrawn, expired, not yet given', () => {
    assert.equal(state({}), 'inForce');
    assert.equal(state({ status: 'declined' }), 'declined');
    assert.equal(state({ status: 'withdrawn', withdrawnAt: '2026-02-01' }), 'withdrawn');
    assert.equal(state({ validUntil: '2026-02-01' }), 'expired');
    assert.equal(state({ date: '2026-12-01' }), 'notYet');
  });
  it('given by someone not entitled (the person, for a minor) is not in force', () => {
    const r = withConsent({ ...eva(), person: { ...eva().person, ageGroup: 'minor' } }, { scope: 'participate', relativeId: 'eva' });
    assert.equal(consentState(r, r.consents[0]!, TODAY), 'notEntitled');
  });
  it('only a given, not yet withdrawn consent can be withdrawn', () => {
    const r = withConsent(eva(), { scope: 'participate', relativeId: 'eva', status: 'declined' });
    assert.equal(isWithdrawable(r.consents[0]!, TODAY), false);
    assert.equal(isWithdrawable(withConsent(eva(), { scope: 'participate', relativeId: 'eva' }).consents[0]!, TODAY), true);
    assert.equal(isWithdrawable(withConsent(eva(), { scope: 'participate', relativeId: 'eva', validUntil: '2026-02-01' }).consents[0]!, TODAY), false, 'expired');
  });
  it('the default giver is the person, a guardian for a minor, a representative when the person cannot take a position', () => {
    assert.equal(defaultPersonSideGiver(eva()), 'person');
    assert.equal(defaultPersonSideGiver({ ...eva(), person: { ...eva().person, ageGroup: 'minor' } }), 'guardian');
    assert.equal(defaultPersonSideGiver({ ...eva(), person: { ...eva().person, canTakePosition: 'no' } }), 'legalRepresentative');
  });
});

describe('C5: a consent from a representative names an entitled representative', () => {
  const base = () => {
    const r = withRelative(makeRecord(), { id: 'gm', name: 'Gun Man', legalRepresentative: { kind: 'godMan', mandate: 'Sörja för person', coversPersonalMatters: true } });
    return withRelative({ ...r, person: { ...r.person, canTakePosition: 'no' } }, { id: 'eva' });
  };
  it('the registered representative may consent', () => {
    assert.equal(mayGiveConsent(base(), 'legalRepresentative', 'participate', 'eva', 'Gun Man').allowed, true);
  });
  it('someone not registered as representative may not, even when another representative could', () => {
    const gate = mayGiveConsent(base(), 'legalRepresentative', 'participate', 'eva', 'Någon Annan');
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.match(sv(gate.reason), /Någon Annan är inte registrerad som ställföreträdare/);
  });
  it('a capacity judgement is needed only when no representative may consent', () => {
    assert.equal(capacityJudgementNeeded(base()), false);
    const noMandate = { ...base(), relatives: base().relatives.filter((r) => r.id !== 'gm') };
    assert.equal(capacityJudgementNeeded(noMandate), true);
  });
});
