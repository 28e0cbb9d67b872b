/**
 * Bad host input never crashes the core and never loses data (SPEC §7, issue "Reliability, privacy
 * and security"). For every entry of the bad-input corpus:
 * - `loadDocuments` (and `validateCatalogue` for a catalogue) returns `{ ok: false }` without throwing,
 *   with Swedish, non-empty issues (one at the expected path, with the expected message);
 * - a running investigation sent `host.restore` / `host.setCatalogue` with it keeps its record,
 *   relatives' records, catalogue and step, and emits exactly one `rejected` event that carries the
 *   untouched input (the same objects) and the issues.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createActor } from 'xstate';
import {
  defaultCatalogue,
  investigationMachine,
  loadDocuments,
  validateCatalogue,
  type InvestigationEmitted,
  type InvestigationRecord,
  type RelativeRecord,
  type ValidationIssue,
  type ValidationResult,
} from '@anhorig/core';
import { scenarios, SCENARIO_TODAY, caseworker } from '../../stories/scenarios.js';
import { acceptedAbsentRelativeRecords, badInputs, inputsOf, isCatalogueEntry, looksSwedish, validBase, type BadInput } from '../corpus/bad-inputs.js';
import { sv } from './support/messages.js';

/** Refusing a huge input must stay well under this (a pathological regression fails). */
const HUGE_BUDGET_MS = 5_000;

const running = (documents: { record: InvestigationRecord; relativeRecords: RelativeRecord[] }) => {
  const actor = createActor(investigationMachine, {
    input: { ...documents, catalogue: defaultCatalogue, caseworker, today: SCENARIO_TODAY },
  });
  const emitted: InvestigationEmitted[] = [];
  actor.on('*', (event) => emitted.push(event));
  actor.start();
  emitted.length = 0;
  return { actor, emitted, context: () => actor.getSnapshot().context, step: () => (actor.getSnapshot().value as { ready?: { step?: string } }).ready?.step };
};

/** What the core says about the entry, the way the machine checks it. */
const check = (entry: BadInput): ValidationResult<unknown> => {
  const { record, relativeRecords, catalogue } = inputsOf(entry);
  if (!isCatalogueEntry(entry)) return loadDocuments(record, relativeRecords, defaultCatalogue);
  const shape = validateCatalogue(catalogue);
  return shape.ok ? loadDocuments(record, relativeRecords, shape.value) : shape;
};

const matchesPath = (issue: ValidationIssue, expected: string | RegExp) =>
  typeof expected === 'string' ? issue.path === expected : expected.test(issue.path);

const describeIssues = (issues: ValidationIssue[]) =>
  issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${sv(i)}`)
    .join(' | ');

const assertIssues = (entry: BadInput, issues: ValidationIssue[]) => {
  assert.ok(issues.length > 0, 'no issues');
  for (const issue of issues) {
    assert.equal(typeof issue.path, 'string');
    assert.ok(looksSwedish(sv(issue)), `not a Swedish message: ${JSON.stringify(sv(issue))}`);
  }
  const candidates = entry.expectPath === undefined ? issues : issues.filter((i) => matchesPath(i, entry.expectPath!));
  assert.ok(candidates.length > 0, `no issue at ${String(entry.expectPath)}; got ${describeIssues(issues)}`);
  if (entry.expectMessage)
    assert.ok(
      candidates.some((i) => entry.expectMessage!.test(sv(i))),
      `no issue matching ${String(entry.expectMessage)}; got ${describeIssues(candidates)}`,
    );
};

const timed = <T>(run: () => T): { value: T; ms: number } => {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
};

describe('bad input corpus', () => {
  it('the valid base the corpus starts from loads, with the catalogue', () => {
    const base = validBase();
    const loaded = loadDocuments(base.record, base.relativeRecords, base.catalogue);
    assert.equal(loaded.ok, true, loaded.ok ? '' : describeIssues(loaded.issues));
    assert.equal(validateCatalogue(base.catalogue).ok, true);
  });

  it('importing the corpus builds nothing; an entry builds its input once and keeps it', () => {
    const huge = badInputs.find((e) => e.huge);
    assert.ok(huge);
    const descriptor = Object.getOwnPropertyDescriptor(huge, 'record');
    assert.equal(typeof descriptor?.get, 'function', 'inputs are lazy getters');
    const entry = badInputs.find((e) => e.name === 'person.displayName is a number')!;
    assert.equal(entry.record, entry.record);
  });

  it('absent relatives’ records (undefined, null) mean none: accepted, not refused', () => {
    const { record } = validBase();
    for (const relativeRecords of acceptedAbsentRelativeRecords) {
      const loaded = loadDocuments(record, relativeRecords, defaultCatalogue);
      assert.equal(loaded.ok, true);
      if (loaded.ok) assert.deepEqual(loaded.value.relativeRecords, []);
    }
  });

  it('entries have unique names', () => {
    assert.equal(new Set(badInputs.map((e) => e.name)).size, badInputs.length);
  });
});

describe('bad input is refused by the core, never thrown', () => {
  for (const entry of badInputs) {
    it(`${entry.name}: ${isCatalogueEntry(entry) ? 'validateCatalogue / loadDocuments' : 'loadDocuments'} refuses it with Swedish issues`, () => {
      inputsOf(entry); // build first, so the budget below measures the check only
      let result: ValidationResult<unknown> | undefined;
      const { ms } = timed(() => assert.doesNotThrow(() => (result = check(entry))));
      assert.ok(result);
      assert.equal(result.ok, false, 'the input was accepted');
      if (!result.ok) assertIssues(entry, result.issues);
      if (entry.huge) assert.ok(ms < HUGE_BUDGET_MS, `took ${Math.round(ms)} ms`);
    });
  }
});

describe('a running investigation keeps everything when sent bad input', () => {
  for (const entry of badInputs) {
    const catalogueEntry = isCatalogueEntry(entry);
    const eventType = catalogueEntry ? 'host.setCatalogue' : 'host.restore';
    it(`${entry.name}: ${eventType} is rejected once with the untouched input; record, step and catalogue stay`, () => {
      // A restore is tried on a different investigation (step 3, with an own record), so a half-applied
      // restore would show; a catalogue is tried on the base record that uses what the catalogue lacks.
      const h = running(catalogueEntry ? validBase() : scenarios.oneInvolvedOneNot());
      const before = structuredClone({ record: h.context().record, relativeRecords: h.context().relativeRecords });
      const stepBefore = h.step();
      const catalogueBefore = h.context().catalogue;
      const inputs = inputsOf(entry);
      const event = catalogueEntry
        ? ({ type: 'host.setCatalogue', catalogue: inputs.catalogue } as const)
        : ({ type: 'host.restore', record: inputs.record, relativeRecords: inputs.relativeRecords } as const);

      const { ms } = timed(() => assert.doesNotThrow(() => h.actor.send(event)));

      assert.equal(h.actor.getSnapshot().status, 'active');
      assert.equal(h.step(), stepBefore);
      assert.deepEqual({ record: h.context().record, relativeRecords: h.context().relativeRecords }, before);
      assert.equal(h.context().catalogue, catalogueBefore);
      assert.deepEqual(
        h.emitted.map((e) => e.type),
        ['rejected'],
        'exactly one rejected event and nothing else',
      );
      const rejected = h.emitted[0] as Extract<InvestigationEmitted, { type: 'rejected' }>;
      assert.equal(rejected.event, eventType);
      assert.ok(looksSwedish(sv(rejected.reason)), sv(rejected.reason));
      if (catalogueEntry) assert.equal(rejected.input, inputs.catalogue, 'the untouched catalogue, same reference');
      else {
        const input = rejected.input as { record: unknown; relativeRecords: unknown };
        assert.equal(input.record, inputs.record, 'the untouched record, same reference');
        assert.equal(input.relativeRecords, inputs.relativeRecords, 'the untouched relatives’ records, same reference');
      }
      const expected = check(entry);
      assert.equal(expected.ok, false);
      if (!expected.ok) assert.deepEqual(rejected.issues, expected.issues);
      assertIssues(entry, rejected.issues);
      // The refusal is emitted to the sender and not kept in the state.
      assert.ok(!JSON.stringify(h.actor.getPersistedSnapshot()).includes(JSON.stringify(rejected.reason)));
      if (entry.huge) assert.ok(ms < HUGE_BUDGET_MS, `took ${Math.round(ms)} ms`);
      h.actor.stop();
    });
  }

  it('after refused input the investigation still works: the next valid restore is applied', () => {
    const h = running(scenarios.oneInvolvedOneNot());
    for (const entry of badInputs.filter((e) => !isCatalogueEntry(e) && !e.huge)) {
      const { record, relativeRecords } = inputsOf(entry);
      h.actor.send({ type: 'host.restore', record, relativeRecords });
    }
    assert.equal(h.step(), 'involve');
    const base = validBase();
    h.actor.send({ type: 'host.restore', record: base.record, relativeRecords: base.relativeRecords });
    assert.equal(h.step(), 'assignment');
    assert.deepEqual(h.context().record, base.record);
    assert.equal(h.emitted.filter((e) => e.type === 'rejected').length, badInputs.filter((e) => !isCatalogueEntry(e) && !e.huge).length);
  });

  it('a "__proto__" key in the input pollutes nothing', () => {
    const entry = badInputs.find((e) => e.name.includes('__proto__'))!;
    const h = running(scenarios.oneInvolvedOneNot());
    h.actor.send({ type: 'host.restore', record: entry.record });
    loadDocuments(entry.record, []);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    assert.equal(h.context().record?.person.displayName, 'Gunnar Exempelsson');
  });
});
