/**
 * C5 (who is the person's legal representative, and when they may consent), C6 (the state of an
 * indirect-support proposal) and C8's relief goals. Written against the survivors of mutation testing
 * (docs/mutation-testing.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  activeConsent,
  capacityJudgementNeeded,
  consentingRepresentative,
  indirectSupportStatus,
  mayGiveConsent,
  reliefGoals,
  representativeMayConsent,
  representatives,
} from '../../src/rules/index.js';
import type { InvestigationRecord, Relative } from '../../src/schema/index.js';
import { TODAY, makeRecord, readyRecord, withConsent, withProposal, withRelative } from '../fixtures/records.js';

const mandate = (coversPersonalMatters: boolean): Relative['legalRepresentative'] => ({ kind: 'godMan', mandate: 'Sörja för person', coversPersonalMatters });
const cannot = (): InvestigationRecord => makeRecord({ person: { ...makeRecord().person, canTakePosition: 'no' } });

describe('C5: a legal representative consents only where the person cannot and the mandate covers it', () => {
  it('C5: only relatives recorded with a mandate are representatives', () => {
    let r = withRelative(cannot(), { id: 'eva' });
    r = withRelative(r, { id: 'gm', name: 'Gun Man', legalRepresentative: mandate(true) });
    assert.deepEqual(representatives(r).map((x) => x.id), ['gm']);
    assert.equal(representativeMayConsent(r, 'eva').allowed, false);
    assert.equal(representativeMayConsent(r, 'gm').allowed, true);
  });
  it('C5: a representative is found by name or chosen name, whatever the case and spaces', () => {
    const r = withRelative(cannot(), { id: 'gm', name: 'Gunnar Man', chosenName: 'Gurra', legalRepresentative: mandate(true) });
    assert.equal(consentingRepresentative(r, { givenBy: 'legalRepresentative', givenByName: '  gunnar man ' })?.id, 'gm');
    assert.equal(consentingRepresentative(r, { givenBy: 'legalRepresentative', givenByName: 'GURRA' })?.id, 'gm');
    assert.equal(consentingRepresentative(r, { givenBy: 'legalRepresentative', givenByName: 'Gunnar' }), undefined);
    assert.equal(consentingRepresentative(r, { givenBy: 'person', givenByName: 'Gunnar Man' }), undefined, 'not a representative\'s consent');
  });
  it('C5: without a name, the one representative whose mandate covers personal matters is meant; with two, no one', () => {
    let r = withRelative(cannot(), { id: 'gm', name: 'Gun Man', legalRepresentative: mandate(true) });
    r = withRelative(r, { id: 'fv', name: 'För Valtare', legalRepresentative: mandate(false) });
    assert.equal(consentingRepresentative(r, { givenBy: 'legalRepresentative' })?.id, 'gm');
    assert.equal(mayGiveConsent(r, 'legalRepresentative', 'participate', 'gm').allowed, true);
    const two = withRelative(r, { id: 'gm2', name: 'Gun Två', legalRepresentative: mandate(true) });
    assert.equal(consentingRepresentative(two, { givenBy: 'legalRepresentative' }), undefined);
    const gate = mayGiveConsent(two, 'legalRepresentative', 'participate', 'gm');
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.equal(gate.missingScope, 'participate');
  });
  it('C5: a representative\'s consent recorded by format version 1 counts if the representative may consent now', () => {
    let r = withRelative(cannot(), { id: 'gm', name: 'Gun Man', legalRepresentative: mandate(true) });
    r = withRelative(r, { id: 'eva' });
    const [v1] = withConsent(r, { id: 'c', scope: 'participate', relativeId: 'eva', givenBy: 'legalRepresentative', givenByName: 'Gun Man' }).consents;
    const { givenUnder: _drop, ...legacy } = v1!;
    assert.ok(activeConsent({ ...r, consents: [legacy] }, 'eva', 'participate', TODAY));
    const ended = { ...r, consents: [legacy], relatives: r.relatives.map((x) => (x.id === 'gm' ? { ...x, legalRepresentative: mandate(false) } : x)) };
    assert.equal(activeConsent(ended, 'eva', 'participate', TODAY), undefined);
  });
  it('C5: a representative may not consent for a minor (the guardian does), nor where the person can take a position', () => {
    const minor = withRelative(makeRecord({ person: { ...makeRecord().person, ageGroup: 'minor', canTakePosition: 'no' } }), { id: 'gm', legalRepresentative: mandate(true) });
    const gate = representativeMayConsent(minor, 'gm');
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.equal(gate.code, 'notEntitled');
    assert.equal(capacityJudgementNeeded(minor), false, 'a minor\'s guardian consents');
    const can = withRelative(makeRecord(), { id: 'gm', legalRepresentative: mandate(true) });
    const refused = representativeMayConsent(can, 'gm');
    assert.equal(refused.allowed, false);
    if (!refused.allowed) assert.equal(refused.code, 'notEntitled');
  });
  it('C5: an unknown relative is no representative', () => {
    const gate = representativeMayConsent(cannot(), 'nobody');
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.equal(gate.code, 'unknownRelative');
  });
  it('C2: the person consents unless a minor or unable to take a position', () => {
    const r = withRelative(cannot(), { id: 'eva' });
    const gate = mayGiveConsent(r, 'person', 'participate', 'eva');
    assert.equal(gate.allowed, false);
    if (!gate.allowed) assert.deepEqual([gate.code, gate.missingScope], ['notEntitled', 'participate']);
    const guardian = mayGiveConsent(withRelative(makeRecord(), { id: 'eva' }), 'guardian', 'participate', 'eva');
    assert.equal(guardian.allowed, false);
    if (!guardian.allowed) assert.deepEqual([guardian.code, guardian.missingScope], ['notEntitled', 'participate']);
  });
});

describe('C6: the state of an indirect-support proposal', () => {
  const proposal = (relative: Partial<Relative> = {}) => withProposal(withRelative(makeRecord(), { id: 'eva', name: 'Eva', ...relative }), { id: 'is-1', relativeId: 'eva' });
  it('C6: with both consents the status carries both, and they agree', () => {
    const status = indirectSupportStatus(readyRecord(), 'is-1', TODAY)!;
    assert.equal(status.personConsent?.id, 'c-ind-person');
    assert.equal(status.relativeConsent?.id, 'c-ind-eva');
    assert.deepEqual([status.agreed, status.disagreement, status.relativeDeclined, status.childRelative, status.viewsRecorded, status.markerApplies], [true, false, false, false, true, true]);
    assert.deepEqual(status.missing, []);
    assert.equal(status.relativeId, 'eva');
    assert.equal(status.proposalId, 'is-1');
  });
  it('C6: with no consent yet, both consents are missing and nothing is in the status', () => {
    const status = indirectSupportStatus(proposal(), 'is-1', TODAY)!;
    assert.equal('personConsent' in status, false);
    assert.equal('relativeConsent' in status, false);
    assert.equal(status.missing.length, 2);
    assert.equal(status.disagreement, false, 'nothing said yet is no disagreement');
  });
  it('C6: the person\'s "no" is a disagreement; the person\'s "yes" is not', () => {
    const no = withConsent(proposal(), { scope: 'indirectSupport', relativeId: 'eva', status: 'declined' });
    assert.equal(indirectSupportStatus(no, 'is-1', TODAY)?.disagreement, true);
    const yes = withConsent(proposal(), { scope: 'indirectSupport', relativeId: 'eva' });
    assert.equal(indirectSupportStatus(yes, 'is-1', TODAY)?.disagreement, false);
  });
  it('C6: a continued search recorded marks the parties as not (yet) agreeing; a blank one does not', () => {
    const searching = (continuedSearch: string) => ({ ...readyRecord(), indirectSupport: readyRecord().indirectSupport.map((p) => ({ ...p, continuedSearch })) });
    assert.equal(indirectSupportStatus(searching('Nytt samtal.'), 'is-1', TODAY)?.disagreement, true);
    assert.equal(indirectSupportStatus(searching('  '), 'is-1', TODAY)?.disagreement, false);
  });
  it('C6: each missing piece is listed once, and only while missing', () => {
    const count = (r: InvestigationRecord) => indirectSupportStatus(r, 'is-1', TODAY)!.missing.length;
    const ready = readyRecord();
    assert.equal(count(ready), 0);
    assert.equal(count({ ...ready, indirectSupport: ready.indirectSupport.map((p) => ({ ...p, personView: ' ' })) }), 1);
    assert.equal(count({ ...ready, indirectSupport: ready.indirectSupport.map((p) => ({ ...p, relativeView: '' })) }), 1);
    assert.equal(count({ ...ready, consents: ready.consents.filter((c) => c.id !== 'c-ind-person') }), 1);
    assert.equal(count({ ...ready, consents: ready.consents.filter((c) => c.id !== 'c-ind-eva') }), 1);
  });
  it('C6, C11: for a child relative the relative\'s consent is not asked for; the child\'s "no" is listed', () => {
    let r = withConsent(proposal({ isChild: true }), { scope: 'indirectSupport', relativeId: 'eva' });
    r = { ...r, indirectSupport: r.indirectSupport.map((p) => ({ ...p, relativeView: '', childViews: 'Vill ha lugn och ro.' })) };
    const status = indirectSupportStatus(r, 'is-1', TODAY)!;
    assert.deepEqual([status.childRelative, status.agreed, status.viewsRecorded, status.markerApplies, status.missing.length], [true, true, true, true, 0]);
    const no = withConsent(r, { scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative', status: 'declined' });
    assert.deepEqual([indirectSupportStatus(no, 'is-1', TODAY)!.markerApplies, indirectSupportStatus(no, 'is-1', TODAY)!.missing.length], [false, 1]);
  });
  it('C6: an adult relative\'s views recorded only as "child views" are not the relative\'s view', () => {
    const r = { ...readyRecord(), indirectSupport: readyRecord().indirectSupport.map((p) => ({ ...p, relativeView: '', childViews: 'Något.' })) };
    assert.equal(indirectSupportStatus(r, 'is-1', TODAY)?.viewsRecorded, false);
  });
  it('C6: a proposal about a relative no longer in the record is treated as an adult relative\'s', () => {
    const r = { ...readyRecord(), relatives: [] };
    const status = indirectSupportStatus(r, 'is-1', TODAY)!;
    assert.equal(status.childRelative, false);
  });
});

describe('C8: the relief a relative rates at follow-up', () => {
  it('C8: only granted decisions linked to a proposal for that relative', () => {
    let r = withRelative(readyRecord(), { id: 'olle' });
    r = withProposal(r, { id: 'is-olle', relativeId: 'olle' });
    r = {
      ...r,
      assessment: {
        ...r.assessment!,
        decisions: [
          ...r.assessment!.decisions,
          { id: 'b-olle', lifeAreaId: 'd6', supportTypeId: 'avlosning', outcome: 'granted', goal: 'Mål.', indirectSupportId: 'is-olle' },
          { id: 'b-eva-nej', lifeAreaId: 'd5', supportTypeId: 'avlosning', outcome: 'refused', indirectSupportId: 'is-1' },
          { id: 'b-lost', lifeAreaId: 'd5', supportTypeId: 'avlosning', outcome: 'granted', goal: 'Mål.', indirectSupportId: 'is-gone' },
        ],
      },
    };
    assert.deepEqual(reliefGoals(r, 'eva').map((g) => [g.decision.id, g.proposal.id]), [['b-avlosning', 'is-1']]);
    assert.deepEqual(reliefGoals(r, 'olle').map((g) => g.decision.id), ['b-olle']);
    assert.deepEqual(reliefGoals({ ...r, assessment: undefined }, 'eva'), []);
  });
});
