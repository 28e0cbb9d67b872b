/**
 * The statechart owns the lifecycle (issue 11): waiting for a record, a record that failed to load,
 * and ready, where the step and the phase (in progress, complete, follow-up) are states that mean
 * something. Refusals go to the sender and are never kept in the state.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createActor } from 'xstate';
import { EDITS, EDIT_EVENT_TYPES, investigationMachine, trySend } from '../../src/machine/index.js';
import { TODAY, caseworker, makeRecord, readyRecord, testCatalogue, withAssessment } from '../fixtures/records.js';
import { start } from './harness.js';
import { sv } from '../support/sv.js';

const empty = () => createActor(investigationMachine, { input: { catalogue: testCatalogue, caseworker, today: TODAY } }).start();

describe('lifecycle: awaitingRecord → loadFailed | ready', () => {
  it('without a record the machine waits, and refuses every edit and navigation with a Swedish reason', () => {
    const actor = empty();
    assert.equal(actor.getSnapshot().value, 'awaitingRecord');
    const refused = trySend(actor, { type: 'relative.add', relative: { name: 'Eva', relation: 'dotter', givesSupport: false, supportLifeAreas: [], worriesAboutPerson: false, livesWithPerson: false, isChild: false, informedOfPossibility: true } });
    assert.match(sv(refused?.reason), /inte inläst/);
    assert.match(sv(trySend(actor, { type: 'nav.next' })?.reason), /inte inläst/);
    assert.equal(actor.getSnapshot().context.record, undefined);
  });
  it('an invalid first record lands in loadFailed with its issues; a valid one then makes it ready, in its saved step', () => {
    const actor = empty();
    const refused = trySend(actor, { type: 'host.restore', record: { schemaVersion: 2 } });
    assert.ok(refused);
    assert.equal(actor.getSnapshot().value, 'loadFailed');
    assert.ok(actor.getSnapshot().context.loadError?.issues.length);
    const record = { ...readyRecord(), progress: { step: 'gather' as const, phase: 'investigation' as const } };
    assert.equal(trySend(actor, { type: 'host.restore', record }), undefined);
    assert.deepEqual(actor.getSnapshot().value, { ready: { step: 'gather', phase: 'investigation' } });
    assert.equal(actor.getSnapshot().context.loadError, undefined);
  });
  it('an input record that does not load starts in loadFailed, not in a half-loaded ready', () => {
    const actor = createActor(investigationMachine, { input: { record: { nonsense: true }, catalogue: testCatalogue, today: TODAY } }).start();
    assert.equal(actor.getSnapshot().value, 'loadFailed');
  });
  it('decided support the host passes before the record is applied once the record loads, and the host hears of the change', () => {
    const actor = empty();
    const changed: unknown[] = [];
    actor.on('changed', (e) => changed.push(e.record));
    const assessment = { needsAssessment: 'Behöver stöd.', decisions: [{ id: 'b-1', lifeAreaId: 'd6', supportTypeId: 'hemtjanst', outcome: 'granted', goal: 'Ett städat hem.' }] };
    assert.equal(trySend(actor, { type: 'host.setAssessment', assessment }), undefined);
    trySend(actor, { type: 'host.restore', record: makeRecord() });
    assert.deepEqual(actor.getSnapshot().context.record?.assessment?.decisions.map((d) => d.id), ['b-1']);
    assert.equal(actor.getSnapshot().context.record?.assessment?.source, 'host');
    assert.equal(actor.getSnapshot().context.pendingAssessment, undefined);
    assert.deepEqual(changed, [actor.getSnapshot().context.record], 'one change event with the record as it now is');
  });
});

describe('ready: the phase is a state of its own', () => {
  it('in progress → complete when the assignment is issued → follow-up when it starts; a restore lands in its phase', () => {
    const h = start({ record: readyRecord() });
    assert.equal(h.phase(), 'investigation');
    h.send({ type: 'assignment.issue' });
    assert.equal(h.phase(), 'complete');
    h.send({ type: 'followUp.start' });
    assert.equal(h.phase(), 'followUp');
    assert.equal(h.step(), 'followUp');
    const again = start({ record: h.record() });
    assert.equal(again.phase(), 'followUp');
  });
  it('a refused application completes the investigation too', () => {
    const r = withAssessment(readyRecord(), [{ id: 'b-nej', outcome: 'refused' }]);
    const h = start({ record: { ...r, indirectSupport: [] } });
    h.send({ type: 'application.refuse' });
    assert.equal(h.phase(), 'complete');
  });
});

describe('refusals go to the sender, not into the state', () => {
  it('a refused event is answered to whoever sent it, and nothing of it is in the persisted snapshot', () => {
    const h = start({ record: makeRecord() });
    h.send({ type: 'relative.remove', relativeId: 'finns-inte' });
    assert.equal(sv(h.lastRejection()?.reason), 'Den anhöriga finns inte i utredningen.');
    const persisted = JSON.stringify(h.actor.getPersistedSnapshot());
    assert.ok(!persisted.includes(JSON.stringify(h.lastRejection()!.reason)), 'the coded refusal is not persisted');
    assert.ok(!persisted.includes('relative.remove'), 'nor the refused event');
  });
  it('trySend hears only the answer to its own event, not a refusal of another event emitted meanwhile', () => {
    // A host's assessment sent before any record is held; it is checked (and refused) when the record comes.
    const actor = createActor(investigationMachine, { input: { catalogue: testCatalogue, caseworker, today: TODAY } }).start();
    const refusedEvents: string[] = [];
    actor.on('rejected', (r) => refusedEvents.push(r.event));
    const unknownLifeArea = { needsAssessment: 'x', decisions: [{ id: 'b-1', lifeAreaId: 'finns-inte', supportTypeId: 'hemtjanst', outcome: 'granted' as const, goal: 'g' }] };
    assert.equal(trySend(actor, { type: 'host.setAssessment', assessment: unknownLifeArea }), undefined, 'held until a record comes');
    assert.equal(trySend(actor, { type: 'host.restore', record: makeRecord() }), undefined, 'the restore itself is accepted');
    assert.deepEqual(refusedEvents, ['host.setAssessment'], 'the held assessment was refused during the restore');
  });
});

describe('each edit is declared once', () => {
  it('the edit table lists every edit event exactly once, with its guard where the consent engine may refuse it', () => {
    assert.equal(new Set(EDIT_EVENT_TYPES).size, EDIT_EVENT_TYPES.length);
    assert.equal(EDITS['statement.add'].guard, 'mayRecordStatement');
    assert.equal(EDITS['person.update'].guard, undefined);
  });
});
