/**
 * H3 and H5 at their edges: proposals per relative with two relatives, blank and untrimmed text,
 * supports not yet decided or decided more than once, and the next follow-up proposed only when it
 * is new. Written against the survivors of mutation testing (docs/mutation-testing.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { issueAssignment, proposedFollowUp, proposedPlan, updateRequestedByFollowUp } from '../../src/assignment/index.js';
import type { FollowUp, InvestigationRecord } from '../../src/schema/index.js';
import { TODAY, caseworker, readyRecord, testCatalogue, withConsent, withProposal, withRelative, withStatement } from '../fixtures/records.js';

const propose = (record: InvestigationRecord) => proposedPlan(record, testCatalogue, TODAY);
const confirmed = (relativeId: string, consentId: string) => ({ source: { kind: 'relative' as const, relativeId }, basis: { kind: 'consent' as const, consentId }, qualityConfirmed: true });

/** Eva as in readyRecord, and Olle (son) who also shares with the provider and gave information. */
const two = (): InvestigationRecord => {
  let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', relation: 'son' });
  r = withConsent(r, { scope: 'shareWithProvider', relativeId: 'olle' });
  r = withConsent(r, { id: 'c-olle-info', scope: 'provideInformation', relativeId: 'olle' });
  return r;
};

describe('H3: each relative\'s proposal is built from that relative\'s own words only', () => {
  it('H3, L2: another relative\'s statements and proposal views are not proposed for Eva', () => {
    let r = withStatement(two(), { id: 's-olle', kind: 'coordinationNeed', text: 'Olle vill bli ringd.', ...confirmed('olle', 'c-olle-info') });
    r = withProposal(r, { id: 'is-olle', relativeId: 'olle', relativeView: 'Olle vill ha kvällar.' });
    assert.deepEqual(propose(r), [
      { relativeId: 'eva', view: 'Avlösning i hemmet: Vill få tid för egna aktiviteter.', from: { statementIds: [], indirectSupportIds: ['is-1'] } },
      { relativeId: 'olle', relativeWish: 'Olle vill bli ringd.', view: 'Avlösning i hemmet: Olle vill ha kvällar.', from: { statementIds: ['s-olle'], indirectSupportIds: ['is-olle'] } },
    ]);
  });
  it('H3: a relative with only a wish gets only a wish; with nothing to propose, no proposal', () => {
    const r = withStatement(two(), { id: 's-olle', kind: 'coordinationNeed', text: 'Olle vill bli ringd.', ...confirmed('olle', 'c-olle-info') });
    assert.deepEqual(propose(r).find((p) => p.relativeId === 'olle'), { relativeId: 'olle', relativeWish: 'Olle vill bli ringd.', from: { statementIds: ['s-olle'], indirectSupportIds: [] } });
    assert.equal(propose(two()).some((p) => p.relativeId === 'olle'), false);
  });
  it('H3: text is proposed trimmed, and a blank view or statement is not proposed', () => {
    let r = withStatement(two(), { id: 's-olle', kind: 'relativeViewOfNeed', text: '   Olle tycker att det räcker.  ', ...confirmed('olle', 'c-olle-info') });
    r = withStatement(r, { id: 's-olle-blank', kind: 'coordinationNeed', text: '   ', ...confirmed('olle', 'c-olle-info') });
    r = withProposal(r, { id: 'is-olle', relativeId: 'olle', relativeView: '  Kvällar.  ' });
    r = withProposal(r, { id: 'is-olle-blank', relativeId: 'olle', relativeView: '  ' });
    const olle = propose(r).find((p) => p.relativeId === 'olle');
    assert.deepEqual(olle, { relativeId: 'olle', view: 'Avlösning i hemmet: Kvällar.\nOlle tycker att det räcker.', from: { statementIds: ['s-olle-blank', 's-olle'], indirectSupportIds: ['is-olle'] } });
  });
  it('H3: a proposal not yet decided on is proposed; one granted by any of its decisions is too', () => {
    const r = readyRecord();
    assert.equal(propose({ ...r, assessment: undefined })[0]?.view, 'Avlösning i hemmet: Vill få tid för egna aktiviteter.');
    const twice = {
      ...r,
      assessment: { ...r.assessment!, decisions: [{ ...r.assessment!.decisions[1]!, id: 'b-nej', outcome: 'refused' as const }, ...r.assessment!.decisions] },
    };
    assert.equal(propose(twice)[0]?.view, 'Avlösning i hemmet: Vill få tid för egna aktiviteter.');
  });
  it('H3: a support type the catalogue lacks is named by its id', () => {
    const r = readyRecord();
    const odd = { ...r, indirectSupport: r.indirectSupport.map((p) => ({ ...p, supportTypeId: 'egen-insats' })) };
    assert.equal(propose(odd)[0]?.view, 'egen-insats: Vill få tid för egna aktiviteter.');
  });
});

describe('H5: the next follow-up is proposed only when it is new', () => {
  const sentOn = (day: string, record = readyRecord()) => {
    const result = issueAssignment(record, testCatalogue, caseworker, day);
    if (!result.ok) throw new Error('not issued');
    return result.record;
  };
  const followUp = (extra: Partial<FollowUp> = {}): FollowUp => ({
    startedAt: '2026-09-01', invitations: [], person: { supportGiven: 'yes', stillWantsRelativeSupport: [] }, relativeViews: [], outcomeActions: ['updatedAssignment'], ...extra,
  });
  it('H5: no follow-up, or no assignment sent yet, asks for no update', () => {
    assert.equal(updateRequestedByFollowUp(readyRecord()), false);
    assert.equal(proposedFollowUp(readyRecord(), TODAY), undefined);
    assert.equal(updateRequestedByFollowUp({ ...readyRecord(), followUp: followUp({ assignmentsAtStart: 0 }) }), false);
    assert.equal(proposedFollowUp({ ...readyRecord(), followUp: followUp() }, TODAY), undefined);
  });
  it('H5: without a count at the start, the versions sent on or before the start day are the ones followed up', () => {
    const sent = sentOn('2026-03-01');
    assert.equal(updateRequestedByFollowUp({ ...sent, followUp: followUp() }), true);
    const sameDay = sentOn('2026-09-01', { ...sent, followUp: followUp() });
    assert.equal(updateRequestedByFollowUp(sameDay), true, 'sent on the start day: counted as before it');
    const after = sentOn('2026-09-02', { ...sent, followUp: followUp() });
    assert.equal(updateRequestedByFollowUp(after), false);
  });
  it('H5: with a count at the start, a version sent since is the update, even on the start day', () => {
    const sent = sentOn('2026-03-01');
    const updated = sentOn('2026-09-01', { ...sent, followUp: followUp({ assignmentsAtStart: 1 }) });
    assert.equal(updateRequestedByFollowUp(updated), false);
  });
  it('H5: no proposal before a plan exists, for a follow-up planned on the issue day, or on the issue day itself', () => {
    const sent = sentOn('2026-03-01');
    assert.equal(proposedFollowUp({ ...sent, assignmentPlan: undefined, followUp: followUp({ assignmentsAtStart: 1 }) }, '2026-09-02'), undefined);
    const sameDayPlan = sentOn('2026-03-01', { ...readyRecord(), assignmentPlan: { ...readyRecord().assignmentPlan!, followUpWhen: '2026-03-01' } });
    assert.equal(proposedFollowUp({ ...sameDayPlan, followUp: followUp({ assignmentsAtStart: 1 }) }, '2026-09-02'), undefined);
    assert.equal(proposedFollowUp({ ...sent, followUp: followUp({ assignmentsAtStart: 1 }) }, '2026-03-01'), undefined, 'nothing new to propose on the day it was sent');
    assert.deepEqual(proposedFollowUp({ ...sent, followUp: followUp({ assignmentsAtStart: 1 }) }, '2026-03-02'), { followUpWhen: '2026-09-02' });
  });
});
