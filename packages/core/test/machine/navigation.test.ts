import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TODAY, makeRecord, readyRecord } from '../fixtures/records.js';
import { newRelative, personConsent, start } from './harness.js';
import { sv } from '../support/sv.js';

describe('navigation: guide, do not obstruct', () => {
  it('with no relatives, next skips steps 2 and 3 and goes straight to gathering', () => {
    const h = start();
    h.send({ type: 'nav.next' });
    assert.equal(h.step(), 'gather');
  });
  it('a relative the person declined makes step 2 apply; involved makes step 3 apply', () => {
    const h = start();
    h.send(newRelative('Eva', 'dotter'));
    h.send(personConsent('anhorig-1', 'participate', { status: 'declined' }));
    h.send({ type: 'nav.next' });
    assert.equal(h.step(), 'equip');
    h.send({ type: 'nav.next' });
    assert.equal(h.step(), 'gather', 'step 3 does not apply: no one is involved');
  });
  it('a relative moves from step 2 to step 3 when the person later consents', () => {
    const h = start();
    h.send(newRelative('Eva', 'dotter'));
    h.send({ type: 'relative.markAsked', relativeId: 'anhorig-1' });
    h.send({ type: 'nav.next' });
    assert.equal(h.step(), 'equip');
    h.send(personConsent('anhorig-1', 'provideInformation'));
    h.send({ type: 'nav.next' });
    assert.equal(h.step(), 'involve');
  });
  it('next is never blocked by missing optional data, and back returns without losing anything', () => {
    const h = start();
    h.send(newRelative('Eva', 'dotter'));
    h.send({ type: 'nav.next' });
    h.send({ type: 'nav.next' });
    h.send({ type: 'nav.next' });
    assert.equal(h.step(), 'assignment', 'gathering, assessment and assignment are reachable with nothing filled in');
    const before = h.record();
    h.send({ type: 'nav.back' });
    h.send({ type: 'nav.back' });
    h.send({ type: 'nav.back' });
    assert.equal(h.step(), 'relatives');
    assert.deepEqual(h.record().relatives, before.relatives);
    assert.equal(h.lastRejection(), undefined);
  });
  it('go to may open any step of the investigation, even one that does not apply', () => {
    const h = start();
    h.send({ type: 'nav.goTo', step: 'involve' });
    assert.equal(h.step(), 'involve');
    h.send({ type: 'nav.goTo', step: 'relatives' });
    assert.equal(h.step(), 'relatives');
  });
  it('follow-up is a later phase: refused with a reason until the investigation is complete', () => {
    const h = start();
    h.send({ type: 'nav.goTo', step: 'followUp' });
    assert.equal(h.step(), 'relatives');
    assert.match(sv(h.lastRejection()?.reason), /Uppföljningen kan påbörjas när utredningen är klar/);
    assert.equal(h.of('rejected').length, 1);
  });
  it('back from the first step is refused and says why', () => {
    const h = start();
    h.send({ type: 'nav.back' });
    assert.equal(sv(h.lastRejection()?.reason), 'Det finns inget steg före det här.');
  });
  it('each step change updates progress.step, and emits stepChanged and changed for the host to persist', () => {
    const h = start({ record: readyRecord() });
    h.send({ type: 'nav.goTo', step: 'assignment' });
    assert.equal(h.record().progress.step, 'assignment');
    assert.deepEqual(h.of('stepChanged'), [{ type: 'stepChanged', step: 'assignment', previousStep: 'relatives' }]);
    assert.equal(h.of('changed').at(-1)?.record.progress.step, 'assignment');
  });
  it('refusing the application completes the investigation without an assignment', () => {
    const h = start({ record: { ...makeRecord(), assessment: { needsAssessment: 'x', decisions: [{ id: 'b', lifeAreaId: 'd6', supportTypeId: 'hemtjanst', outcome: 'refused' }], source: 'element', decidedAt: TODAY } } });
    h.send({ type: 'application.refuse', note: 'Behovet tillgodoses på annat sätt.' });
    assert.equal(h.record().progress.phase, 'complete');
    assert.equal(h.of('completed')[0]?.outcome, 'refused');
    assert.deepEqual(h.record().assignments, []);
  });
  it('a refusal is refused while support is granted', () => {
    const h = start({ record: readyRecord() });
    h.send({ type: 'application.refuse' });
    assert.equal(h.record().progress.phase, 'investigation');
    assert.match(sv(h.lastRejection()?.reason), /beviljade insatser/);
  });
});
