import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createActor } from 'xstate';
import { investigationMachine } from '../../src/machine/index.js';
import { loadDocuments, migrateDocument, createRecord } from '../../src/record/index.js';
import { TODAY, caseworker, makeRecord, makeRelativeRecord, readyRecord, testCatalogue, withRelative } from '../fixtures/records.js';
import { start, stepOf } from './harness.js';
import { sv } from '../support/sv.js';

describe('restore: the machine lands in the saved step with nothing lost', () => {
  it('a record saved in step 4 restores into step 4, without announcing a step change', () => {
    const saved = { ...readyRecord(), progress: { step: 'gather' as const, phase: 'investigation' as const } };
    const h = start();
    h.send({ type: 'host.restore', record: saved, relativeRecords: [] });
    assert.equal(h.step(), 'gather');
    assert.deepEqual(h.record(), saved);
    assert.deepEqual(h.of('stepChanged'), []);
  });
  it('a record passed as input starts in its saved step', () => {
    const h = start({ record: { ...readyRecord(), progress: { step: 'assignment', phase: 'investigation' } } });
    assert.equal(h.step(), 'assignment');
  });
  it('a persisted snapshot restores the same step and record (a DOM move)', () => {
    const h = start({ record: readyRecord() });
    h.send({ type: 'nav.goTo', step: 'gather' });
    const persisted = h.actor.getPersistedSnapshot();
    h.actor.stop();
    const again = createActor(investigationMachine, { snapshot: persisted, input: { record: makeRecord(), catalogue: testCatalogue, caseworker, today: TODAY } }).start();
    assert.equal(stepOf(again.getSnapshot().value), 'gather');
    assert.deepEqual(again.getSnapshot().context.record, h.record());
  });
  it('an invalid record is rejected whole with Swedish issues and the untouched input; the state stays', () => {
    const h = start({ record: readyRecord() });
    const before = h.record();
    const bad = { ...readyRecord(), relatives: [{ id: 'x', name: '' }] };
    h.send({ type: 'host.restore', record: bad });
    assert.deepEqual(h.record(), before);
    const [rejected] = h.of('rejected');
    assert.equal(rejected?.event, 'host.restore');
    assert.deepEqual((rejected?.input as { record: unknown }).record, bad);
    assert.ok(rejected?.issues.some((i) => i.path === 'relatives.0.name' && i.code === 'too_small' && sv(i) === 'Fältet får inte vara tomt.'));
    assert.equal(sv(h.lastRejection()?.reason), 'Utredningen från värdsystemet kunde inte läsas in. Det som visas är oförändrat.');
  });
  it('a record from a newer format version is refused, not guessed at', () => {
    const result = loadDocuments({ ...makeRecord(), schemaVersion: 99 }, []);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(sv(result.issues[0]!), /nyare version av formatet \(99\)/);
  });
  it('input that is not an object, or has no schemaVersion, gets a plain Swedish message', () => {
    for (const [input, expected] of [
      ['{"a":1}', 'Utredningen ska vara ett JSON-objekt, men är text.'],
      [[], 'Utredningen ska vara ett JSON-objekt, men är en lista.'],
      [null, 'Utredningen ska vara ett JSON-objekt, men är inget värde.'],
      [{}, 'Utredningen saknar schemaVersion, så formatet går inte att avgöra.'],
    ] as const) {
      const result = loadDocuments(input, []);
      assert.equal(result.ok, false);
      if (!result.ok) assert.equal(sv(result.issues[0]!), expected);
    }
  });
  it('migration runs each step from the document version to the current one, without mutating the input', () => {
    const old = { schemaVersion: 1, name: 'x' };
    const result = migrateDocument(old, 'record', { 1: (d) => ({ ...d, added: true }), 2: (d) => ({ ...d, again: true }) }, 3);
    assert.deepEqual(result, { ok: true, value: { schemaVersion: 3, name: 'x', added: true, again: true } });
    assert.deepEqual(old, { schemaVersion: 1, name: 'x' });
  });
  it("relatives' own records must belong to this record and to a relative in it", () => {
    const record = withRelative(makeRecord(), { id: 'eva' });
    assert.equal(loadDocuments(record, [makeRelativeRecord({ relativeId: 'eva' })]).ok, true);
    const stranger = loadDocuments(record, [makeRelativeRecord({ relativeId: 'okand' })]);
    assert.equal(stranger.ok, false);
    // L1: the own record names no investigation; the person's side links it by id.
    const other = loadDocuments(record, [makeRelativeRecord({ relativeId: 'eva', id: 'journal-fran-annan-utredning' })]);
    assert.equal(other.ok, false);
    if (!other.ok) assert.equal(sv(other.issues[0]!), 'Den anhörigas journal hör till en annan utredning.');
  });
  it('a record using a life area the catalogue lacks is refused on restore', () => {
    const record = withRelative(makeRecord(), { id: 'eva', supportLifeAreas: ['borttaget'] });
    const h = start();
    h.send({ type: 'host.restore', record });
    assert.match(sv(h.lastRejection()?.issues[0]) ?? '', /Livsområdet "borttaget" finns inte/);
  });
  it('createRecord makes an empty, valid record in step 1', () => {
    const record = createRecord({ id: 'p', displayName: 'Sven', ageGroup: 'adult', canTakePosition: 'yes' }, TODAY);
    assert.equal(loadDocuments(record, []).ok, true);
    assert.equal(record.progress.step, 'relatives');
  });
});

describe('host input', () => {
  it('a catalogue that removes a life area the record uses is refused; the old catalogue stays', () => {
    const h = start({ record: readyRecord() });
    const reduced = { ...testCatalogue, lifeAreas: testCatalogue.lifeAreas.filter((a) => a.id !== 'd6') };
    h.send({ type: 'host.setCatalogue', catalogue: reduced });
    assert.equal(h.context().catalogue, testCatalogue);
    assert.equal(h.of('rejected')[0]?.event, 'host.setCatalogue');
    assert.equal(h.of('rejected')[0]?.input, reduced);
  });
  it('decided support from the host is stored with source host and announced as a change', () => {
    const h = start({ record: readyRecord() });
    h.send({ type: 'host.setAssessment', assessment: { needsAssessment: 'Från värdsystemet.', decisions: [] } });
    assert.equal(h.lastRejection(), undefined, 'a host need not say where its decision comes from');
    assert.equal(h.record().assessment?.source, 'host');
    h.send({ type: 'host.setAssessment', assessment: { needsAssessment: 'Igen.', decisions: [], source: 'element' } });
    assert.equal(h.record().assessment?.source, 'host', 'whatever the host says, it is recorded as the host’s');
    assert.equal(h.of('changed').length, 2, 'each change announced');
  });
  it('an invalid date or handläggare from the host is refused', () => {
    const h = start();
    h.send({ type: 'host.setToday', today: '25/11/2026' });
    h.send({ type: 'host.setCaseworker', caseworker: { id: '', name: 'X' } as never });
    assert.equal(h.context().today, TODAY);
    assert.equal(h.of('rejected').length, 2);
  });
  it('without a handläggare from the host, nothing that names its recorder can be recorded', () => {
    const h = start({ record: withRelative(makeRecord(), { id: 'eva' }), caseworker: null });
    h.send({ type: 'consent.record', consent: { scope: 'participate', relativeId: 'eva', givenBy: 'person', form: 'oral', date: TODAY, status: 'given' } });
    assert.deepEqual(h.record().consents, []);
    assert.match(sv(h.lastRejection()?.reason), /har inte angett vilken handläggare/);
  });
});

describe('restore with a catalogue', () => {
  it('a case from another municipality restores with its own catalogue, checked as a pair', () => {
    const record = withRelative(makeRecord(), { id: 'eva', supportLifeAreas: ['annat-omrade'] });
    const catalogue = { ...testCatalogue, lifeAreas: [...testCatalogue.lifeAreas, { id: 'annat-omrade', name: 'Annat', isIndirectSupportMarker: false }] };
    const h = start();
    h.send({ type: 'host.restore', record });
    assert.equal(h.of('rejected').length, 1, 'alone, the record does not fit the current catalogue');
    h.send({ type: 'host.restore', record, catalogue });
    assert.equal(h.record().relatives[0]?.id, 'eva');
    assert.equal(h.context().catalogue.lifeAreas.length, catalogue.lifeAreas.length);
  });
});
