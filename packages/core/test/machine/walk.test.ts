import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateAssignment, validateRecord, validateRelativeRecord } from '../../src/schema/index.js';
import { TODAY } from '../fixtures/records.js';
import { newRelative, personConsent, start } from './harness.js';
import { sv } from '../support/sv.js';

describe('the statechart: a complete walk through all six steps, two relatives, one involved and one not', () => {
  it('ends with an issued assignment, a completed investigation, a follow-up and valid documents', () => {
    const h = start();
    // Step 1: two relatives; the person wants Eva involved and Olle not.
    h.send(newRelative('Eva Andersson', 'dotter', { givesSupport: true, supportLifeAreas: ['d6'], livesWithPerson: true }));
    h.send(newRelative('Olle Berg', 'granne', { worriesAboutPerson: true }));
    const [eva, olle] = h.record().relatives.map((r) => r.id);
    assert.deepEqual([eva, olle], ['anhorig-1', 'anhorig-2']);
    h.send({ type: 'relative.markAsked', relativeId: eva! });
    h.send({ type: 'relative.markAsked', relativeId: olle! });
    for (const scope of ['participate', 'provideInformation', 'shareWithProvider', 'indirectSupport', 'participateInFollowUp'])
      h.send(personConsent(eva!, scope));
    h.send({ type: 'consent.record', consent: { scope: 'indirectSupport', relativeId: eva!, givenBy: 'relative', form: 'oral', date: TODAY, status: 'given' } });
    h.send({ type: 'consent.record', consent: { scope: 'participate', relativeId: olle!, givenBy: 'person', form: 'oral', date: TODAY, status: 'declined' } });
    assert.equal(h.lastRejection(), undefined);

    // Next goes to step 2 (Olle is not involved), then step 3 (Eva is).
    h.send({ type: 'nav.next' });
    assert.equal(h.step(), 'equip');
    h.send({ type: 'relativeRecord.update', relativeId: olle!, patch: { informationGiven: [{ what: 'Anhörigstöd i kommunen', date: TODAY, channel: 'meeting' }], referredToAnhorigkonsulent: TODAY } });
    h.send({ type: 'relativeRecord.addConversation', relativeId: olle!, conversation: { offeredAt: TODAY, answer: 'accepted', duringFollowUp: false } });
    h.send({ type: 'nav.next' });
    assert.equal(h.step(), 'involve');
    h.send({ type: 'meetingPlan.set', plan: { relativeId: eva!, format: 'joint', personWantsCompany: false, invitationSentAt: TODAY } });

    // Step 4: statements from the person and from Eva (with consent), Eva's stance, indirect support.
    h.send({ type: 'nav.next' });
    assert.equal(h.step(), 'gather');
    h.send({ type: 'statement.add', statement: { lifeAreaId: 'd6', kind: 'need', text: 'Behöver hjälp med städning.', source: { kind: 'person' }, basis: { kind: 'own' }, toPersonalFile: true, qualityConfirmed: false, checkedWithPerson: true } });
    const informationConsent = h.record().consents.find((c) => c.scope === 'provideInformation')!.id;
    h.send({ type: 'statement.add', statement: { lifeAreaId: 'd6', kind: 'supportGiven', text: 'Eva handlar och lagar mat varje dag.', source: { kind: 'relative', relativeId: eva! }, basis: { kind: 'consent', consentId: informationConsent }, toPersonalFile: true, qualityConfirmed: true, checkedWithPerson: true } });
    h.send({ type: 'stance.set', stance: { relativeId: eva!, wantsToGiveSupport: 'yes', canGiveSupport: 'yes', personWantsSupportFromRelative: 'yes', lifeAreaIds: ['d6'] } });
    h.send({ type: 'indirectSupport.propose', proposal: { supportTypeId: 'avlosning', lifeAreaId: 'd6', relativeId: eva!, personView: 'Vill att Eva får vila.', relativeView: 'Behöver två lediga eftermiddagar.', goal: 'Eva har två lediga eftermiddagar i veckan.' } });
    assert.equal(h.lastRejection(), undefined, sv(h.lastRejection()?.reason));

    // Assessment and decision.
    h.send({ type: 'nav.next' });
    assert.equal(h.step(), 'assessment');
    h.send({
      type: 'assessment.set',
      assessment: {
        needsAssessment: 'Behöver stöd i hemlivet.',
        source: 'element',
        decidedAt: TODAY,
        decisions: [
          { id: 'b1', lifeAreaId: 'd6', supportTypeId: 'hemtjanst', outcome: 'granted', goal: 'Ett städat hem.', extent: '3 timmar i veckan' },
          { id: 'b2', lifeAreaId: 'd6', supportTypeId: 'avlosning', outcome: 'granted', goal: 'Trygghet när Eva är ledig.', indirectSupportId: 'indirekt-1' },
        ],
      },
    });

    // Step 5: the assignment.
    h.send({ type: 'nav.next' });
    assert.equal(h.step(), 'assignment');
    h.send({ type: 'assignmentPlan.set', plan: { followUpHow: 'Uppföljningssamtal.', followUpWhen: '2026-09-01', collaboration: [], participation: [{ relativeId: eva!, inPlanning: true, inFollowUp: true }], relativeViews: [] } });
    h.send({ type: 'assignment.issue' });
    assert.equal(h.lastRejection(), undefined, JSON.stringify(h.lastRejection()));
    const [issued] = h.of('assignmentIssued');
    assert.ok(issued);
    assert.equal(validateAssignment(issued.assignment).ok, true);
    assert.equal(issued.assignment.includes.find((i) => i.decisionId === 'b2')?.indirectSupport?.relation, 'dotter');
    assert.ok(issued.assignment.relativePerspective.livesWithPerson.some((r) => r.relativeId === eva));
    assert.ok(!JSON.stringify(issued.assignment).includes('Olle'), 'nothing about the relative who is not involved');
    const [completed] = h.of('completed');
    assert.equal(completed?.outcome, 'assigned');
    assert.equal(h.record().progress.phase, 'complete');

    // Step 6: a later phase on the same record.
    h.send({ type: 'followUp.start' });
    assert.equal(h.step(), 'followUp');
    h.send({ type: 'followUp.invite', relativeId: eva! });
    h.send({ type: 'followUp.recordRelativeView', view: { relativeId: eva!, goalResults: [{ decisionId: 'b2', resultId: 'delvis-uppnatt' }], qualityView: 'Bra.' } });
    h.send({ type: 'followUp.update', patch: { outcomeActions: ['none'], person: { supportGiven: 'yes', stillWantsRelativeSupport: [{ relativeId: eva!, answer: 'yes' }] } } });
    assert.equal(h.lastRejection(), undefined, sv(h.lastRejection()?.reason));
    assert.equal(h.record().progress.phase, 'followUp');

    const record = h.record();
    assert.equal(validateRecord(record).ok, true);
    const last = h.of('changed').at(-1)!;
    assert.equal(last.valid, true);
    assert.deepEqual(last.record, record, 'every change event carries the full record');
    assert.equal(last.relativeRecords.length, 1);
    assert.equal(last.relativeRecords[0]!.relativeId, olle);
    assert.equal(validateRelativeRecord(last.relativeRecords[0]).ok, true);
    assert.deepEqual(h.of('stepChanged').map((e) => e.step), ['equip', 'involve', 'gather', 'assessment', 'assignment', 'followUp']);
  });
});
