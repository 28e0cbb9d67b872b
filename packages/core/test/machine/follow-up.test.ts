import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stepWarnings } from '../../src/rules/index.js';
import { TODAY, makeRecord, readyRecord, testCatalogue, withConsent, withRelative } from '../fixtures/records.js';
import { start } from './harness.js';
import { sv } from '../support/sv.js';

describe('step 6: follow-up is a later phase on the same record', () => {
  it('follow-up answers are refused before the investigation is complete', () => {
    const h = start({ record: withConsent(readyRecord(), { scope: 'participateInFollowUp', relativeId: 'eva' }) });
    h.send({ type: 'followUp.update', patch: { outcomeActions: ['none'] } });
    assert.match(sv(h.lastRejection()?.reason), /Uppföljningen är inte påbörjad/);
    h.send({ type: 'followUp.invite', relativeId: 'eva' });
    assert.match(sv(h.lastRejection()?.reason), /Uppföljningen är inte påbörjad/);
    assert.equal(h.record().followUp, undefined);
  });
  it('"no action" cannot be chosen together with other actions', () => {
    const h = start({ record: { ...readyRecord(), progress: { step: 'followUp', phase: 'complete' } } });
    h.send({ type: 'followUp.start' });
    h.send({ type: 'followUp.update', patch: { outcomeActions: ['none', 'contactProvider'] } });
    assert.deepEqual(h.record().followUp?.outcomeActions, []);
    assert.match(sv(h.lastRejection()?.reason), /Ingen åtgärd/);
  });
  it("C8: the relative's own situation is recorded without consent, in the relative's own record only", () => {
    const h = start({ record: { ...withRelative(makeRecord(), { id: 'eva' }), progress: { step: 'followUp', phase: 'complete' } } });
    const before = h.record();
    h.send({ type: 'relativeRecord.addOwnSituationFollowUp', relativeId: 'eva', entry: { date: TODAY, stillAbleAndWilling: 'no', newNeed: 'Behöver avlösning för egen del.' } });
    assert.equal(h.context().relativeRecords[0]?.ownSituationFollowUp[0]?.stillAbleAndWilling, 'no');
    assert.deepEqual({ ...h.record(), lastEditedBy: undefined }, { ...before, lastEditedBy: undefined });
  });
  it('after a follow-up asks for an updated assignment, the reminder stays until a new version is issued, even the same day', () => {
    const h = start({ record: readyRecord() });
    h.send({ type: 'assignment.issue' });
    h.send({ type: 'followUp.start' });
    h.send({ type: 'followUp.update', patch: { outcomeActions: ['updatedAssignment'] } });
    const codes = () => stepWarnings(h.record(), [], testCatalogue, TODAY).assignment.map((w) => w.code);
    assert.ok(codes().includes('assignmentUpdateRequested'));
    h.send({ type: 'assignment.issue' });
    assert.match(sv(h.lastRejection()?.reason), /Inget i uppdraget har ändrats sedan version 1/, 'an identical version is not issued');
    h.send({ type: 'assignmentPlan.set', plan: { ...h.record().assignmentPlan!, followUpHow: 'Nytt uppföljningssamtal efter tre månader.' } });
    h.send({ type: 'assignment.issue' });
    assert.equal(h.record().assignments.length, 2);
    assert.ok(!codes().includes('assignmentUpdateRequested'));
  });
});

describe('C9: planned later contacts', () => {
  it('a planned contact cannot be dated before today', () => {
    const h = start({ record: withConsent(withRelative(makeRecord(), { id: 'eva' }), { scope: 'laterContact', relativeId: 'eva' }) });
    h.send({ type: 'contact.plan', contact: { relativeId: 'eva', date: '2020-01-01', purpose: 'Höra hur det går.' } });
    assert.deepEqual(h.record().plannedContacts, []);
    assert.match(sv(h.lastRejection()?.reason), /före dagens datum/);
  });
});
