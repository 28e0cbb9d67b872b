import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { relativeRecordDigest, relativesNotAsked, relativesToHear, reliefGoals, stepWarnings, withdrawalImpact } from '../../src/rules/index.js';
import { relativesInStep } from '../../src/machine/navigation.js';
import { TODAY, makeRecord, makeRelative, makeRelativeRecord, readyRecord, testCatalogue, withConsent, withRelative, withStatement } from '../fixtures/records.js';
import { sv } from '../support/sv.js';

describe("C9, C12: what of a relative's own record the person's case may show", () => {
  it('dates of information, referral and offered conversations; never what was said or needed', () => {
    const own = makeRelativeRecord({
      relativeId: 'eva',
      informationGiven: [{ what: 'Anhöriggrupp på tisdagar', date: '2026-02-01', channel: 'meeting' }],
      referredToAnhorigkonsulent: '2026-02-02',
      ownConversations: [{ id: 's1', offeredAt: '2026-02-03', answer: 'accepted', notes: 'Eva är trött och ledsen.', duringFollowUp: false }],
      ownSupportNeeds: [{ id: 'b1', description: 'Behöver egen avlösning', offered: [], offerIds: [], appliesForSupport: false, recordedAt: '2026-02-03' }],
    });
    const digest = relativeRecordDigest(own);
    assert.deepEqual(digest, { relativeId: 'eva', anonymous: false, informedOn: ['2026-02-01'], referredOn: '2026-02-02', helpWithContactOffered: false, conversationOfferedOn: ['2026-02-03'] });
    assert.ok(!JSON.stringify(digest).includes('trött') && !JSON.stringify(digest).includes('avlösning') && !JSON.stringify(digest).includes('tisdagar'));
  });
});

describe('step 4: hear a relative who shares the home', () => {
  it('is prompted (a warning) until something they said is documented or a meeting is planned', () => {
    let r = withRelative(makeRecord(), { id: 'eva', livesWithPerson: true });
    r = withRelative(r, { id: 'olle', livesWithPerson: false });
    assert.deepEqual(relativesToHear(r).map((x) => x.id), ['eva']);
    assert.ok(stepWarnings(r, [], testCatalogue, TODAY).gather.some((w) => w.code === 'hearCohabitant'));
    r = withStatement(r, { id: 's', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'volunteered' } });
    assert.deepEqual(relativesToHear(r), []);
  });
});

describe('steps 2 and 3: who they are about', () => {
  it('a relative the person consented for, whose part waits for a C4 judgement, is in step 3 (with the reason) and step 2', () => {
    const r = withConsent(
      withRelative(makeRecord(), { id: 'eva', violenceConcern: { direction: 'unclear', routineFollowed: true, raisedAt: '2026-01-20' } }),
      { scope: 'participate', relativeId: 'eva' },
    );
    assert.deepEqual(relativesInStep(r, 'involve', TODAY).map((x) => x.id), ['eva']);
    assert.deepEqual(relativesInStep(r, 'equip', TODAY).map((x) => x.id), ['eva']);
  });
  it('H1, H2: not asked yet are the relatives with no decision and no record of asking; never a representative outside the family', () => {
    const notAskedYet = (id: string) => {
      const { involvementAskedAt: _none, ...relative } = makeRelative({ id });
      return relative;
    };
    let r = { ...makeRecord(), relatives: [notAskedYet('eva'), notAskedYet('olle'), makeRelative({ id: 'per' }), { ...notAskedYet('nils'), isRelative: false, legalRepresentative: { kind: 'godMan' as const, mandate: 'Bevaka rätt', coversPersonalMatters: false } }] };
    r = withConsent(r, { scope: 'participate', relativeId: 'olle', status: 'declined' });
    assert.deepEqual(relativesNotAsked(r, TODAY).map((x) => x.id), ['eva']);
    assert.deepEqual(stepWarnings(r, [], testCatalogue, TODAY).relatives.filter((w) => w.code === 'relativeNotAsked').map((w) => w.relativeId), ['eva']);
  });
});

describe('C8: the relief a relative rates at follow-up', () => {
  it('the granted decisions linked to that relative’s indirect-support proposal', () => {
    assert.deepEqual(reliefGoals(readyRecord(), 'eva').map((g) => g.decision.id), ['b-avlosning']);
    assert.deepEqual(reliefGoals(readyRecord(), 'nobody'), []);
  });
});

describe('C3: the withdrawal preview for a chosen date', () => {
  it('says from which date the withdrawal acts', () => {
    const impact = withdrawalImpact(readyRecord(), 'c-share', testCatalogue, TODAY, '2026-03-01');
    assert.equal(impact?.effectiveFrom, '2026-03-01');
    assert.match(sv(impact?.notices[0]), /^Från och med 2026-03-01/);
  });
});
