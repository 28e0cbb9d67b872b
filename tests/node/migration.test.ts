/**
 * Older records keep loading (SPEC §7: "migrates older versions it knows"). `tests/fixtures/v<n>/`
 * holds documents of every published `schemaVersion` n, written once by `tests/fixtures/write-fixtures.ts`
 * and then frozen. Each must load through the same path a host uses (migrate, then validate), and the
 * chain of migrations must be complete: bumping `SCHEMA_VERSION` without a migration step and a
 * fixture folder fails here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import Ajv2020 from 'ajv/dist/2020.js';
import {
  MIGRATIONS,
  checkStatementBasis,
  stepWarnings,
  SCHEMA_VERSION,
  defaultCatalogue,
  investigationMachine,
  loadDocuments,
  migrateDocument,
  validateAssignment,
  validateCatalogue,
  type InvestigationEmitted,
  type Migration,
} from '@anhorig/core';
import { FIXTURE_FILES } from '../fixtures/write-fixtures.js';
import { looksSwedish } from '../corpus/bad-inputs.js';
import { sv } from './support/messages.js';
import type { ValidationIssue } from '@anhorig/core';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const fixtureVersions = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^v\d+$/.test(entry.name))
  .map((entry) => Number(entry.name.slice(1)))
  .sort((a, b) => a - b);
const publishedVersions = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);

/** A fresh parse of a fixture file on every call, so a test cannot see another's mutation. */
const read = (version: number, file: (typeof FIXTURE_FILES)[number]): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`v${version}/${file}`, FIXTURES), 'utf8')) as Record<string, unknown>;

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};

const issuesText = (issues: readonly ValidationIssue[]) => issues.map((i) => `${i.path}: ${sv(i)}`).join(' | ');

describe('a fixture for every published schemaVersion, and a complete migration chain', () => {
  it(`there is a fixture folder with all four documents for every version 1..${SCHEMA_VERSION} (SCHEMA_VERSION)`, () => {
    for (const version of publishedVersions) {
      const folder = new URL(`v${version}/`, FIXTURES);
      assert.ok(
        existsSync(folder),
        `tests/fixtures/v${version}/ is missing. A bumped SCHEMA_VERSION needs the old version's fixtures kept and the new one's written (tests/fixtures/write-fixtures.ts).`,
      );
      for (const file of FIXTURE_FILES) assert.ok(existsSync(new URL(file, folder)), `tests/fixtures/v${version}/${file} is missing`);
    }
  });

  it('there is no fixture folder for a version the core does not publish', () => {
    assert.deepEqual(fixtureVersions, publishedVersions);
  });

  it(`MIGRATIONS has a step for every version below ${SCHEMA_VERSION} and none from it on`, () => {
    for (let version = 1; version < SCHEMA_VERSION; version += 1)
      assert.equal(typeof MIGRATIONS[version], 'function', `MIGRATIONS[${version}] (v${version} → v${version + 1}) is missing`);
    const extra = Object.keys(MIGRATIONS)
      .map(Number)
      .filter((version) => !(version >= 1 && version < SCHEMA_VERSION));
    assert.deepEqual(extra, [], 'a migration step for a version that is not older than the current one');
  });

  it('each fixture document says the version of its folder', () => {
    for (const version of fixtureVersions)
      for (const file of ['investigation-record.json', 'relative-record.json', 'assignment.json'] as const)
        assert.equal(read(version, file).schemaVersion, version, `v${version}/${file}`);
  });
});

for (const version of fixtureVersions) {
  const current = version === SCHEMA_VERSION;
  describe(`fixtures v${version}${current ? ' (current)' : ''} load forward to v${SCHEMA_VERSION}`, () => {
    it(`v${version}: the investigation record and the relative's record load through loadDocuments with the catalogue${current ? ', unchanged' : ''}`, () => {
      const record = deepFreeze(read(version, 'investigation-record.json'));
      const own = deepFreeze(read(version, 'relative-record.json'));
      const catalogue = validateCatalogue(read(version, 'catalogue.json'));
      assert.ok(catalogue.ok, catalogue.ok ? '' : issuesText(catalogue.issues));
      const loaded = loadDocuments(record, [own], catalogue.value);
      assert.ok(loaded.ok, loaded.ok ? '' : issuesText(loaded.issues));
      assert.equal(loaded.value.record.schemaVersion, SCHEMA_VERSION);
      assert.equal(loaded.value.relativeRecords[0]?.schemaVersion, SCHEMA_VERSION);
      if (current) {
        assert.deepEqual(loaded.value.record, read(version, 'investigation-record.json'));
        assert.deepEqual(loaded.value.relativeRecords, [read(version, 'relative-record.json')]);
      }
      // The frozen input was not touched (deepFreeze would have thrown on a write; nothing was replaced either).
      assert.deepEqual(record, read(version, 'investigation-record.json'));
    });

    it(`v${version}: the assignment migrates and validates${current ? ', unchanged' : ''}`, () => {
      const assignment = deepFreeze(read(version, 'assignment.json'));
      const migrated = migrateDocument(assignment, 'assignment');
      assert.ok(migrated.ok, migrated.ok ? '' : issuesText(migrated.issues));
      const valid = validateAssignment(migrated.value);
      assert.ok(valid.ok, valid.ok ? '' : issuesText(valid.issues));
      assert.equal(valid.value.schemaVersion, SCHEMA_VERSION);
      if (current) assert.deepEqual(valid.value, read(version, 'assignment.json'));
    });

    it(`v${version}: the catalogue validates unchanged`, () => {
      const catalogue = validateCatalogue(deepFreeze(read(version, 'catalogue.json')));
      assert.ok(catalogue.ok, catalogue.ok ? '' : issuesText(catalogue.issues));
      assert.deepEqual(catalogue.value, read(version, 'catalogue.json'));
    });

    it(`v${version}: a running investigation restores the record into its saved step, nothing lost`, () => {
      const record = read(version, 'investigation-record.json');
      const own = read(version, 'relative-record.json');
      const loaded = loadDocuments(record, [own], defaultCatalogue);
      assert.ok(loaded.ok, loaded.ok ? '' : issuesText(loaded.issues));
      const actor = createActor(investigationMachine, {
        input: { record: loaded.value.record, catalogue: defaultCatalogue, caseworker: { id: 'hl-1', name: 'Hanna' }, today: '2026-11-25' },
      });
      const emitted: InvestigationEmitted[] = [];
      actor.on('*', (e) => emitted.push(e));
      actor.start();
      actor.send({ type: 'nav.goTo', step: 'relatives' });
      emitted.length = 0;
      actor.send({ type: 'host.restore', record, relativeRecords: [own] });
      actor.send({ type: 'host.setCatalogue', catalogue: read(version, 'catalogue.json') });
      const { context, value } = actor.getSnapshot();
      actor.stop();
      assert.deepEqual(
        emitted.filter((e) => e.type === 'rejected'),
        [],
      );
      assert.equal((value as { ready?: { step?: string } }).ready?.step, loaded.value.record.progress.step);
      assert.deepEqual(context.record, loaded.value.record);
      assert.deepEqual(context.relativeRecords, loaded.value.relativeRecords);
    });

    it(`v${version}: the record's first assignment is the assignment fixture`, () => {
      const record = read(version, 'investigation-record.json') as { assignments: unknown[] };
      assert.deepEqual(record.assignments[0], read(version, 'assignment.json'));
    });
  });
}

describe('migrateDocument runs a chain of steps', () => {
  // A fake format history: v1 had `name`; v2 split it into `first`/`last`; v3 added `tags`.
  const log: string[] = [];
  const chain: Record<number, Migration> = {
    1: (doc) => {
      log.push(`1→2 saw v${String(doc.schemaVersion)}`);
      const { name, ...rest } = doc;
      const [first = '', last = ''] = String(name).split(' ');
      return { ...rest, first, last };
    },
    2: (doc) => {
      log.push(`2→3 saw v${String(doc.schemaVersion)} with first=${String(doc.first)}`);
      return { ...doc, tags: [`${String(doc.first)}-${String(doc.last)}`] };
    },
  };

  it('a fake two-step chain runs its steps in order, each on the previous output, without mutating the input', () => {
    log.length = 0;
    const old = deepFreeze({ schemaVersion: 1, documentType: 'investigation', name: 'Eva Ek', nested: { kept: [1, 2] } });
    const result = migrateDocument(old, 'record', chain, 3);
    assert.deepEqual(log, ['1→2 saw v1', '2→3 saw v2 with first=Eva']);
    assert.deepEqual(result, {
      ok: true,
      value: { schemaVersion: 3, documentType: 'investigation', first: 'Eva', last: 'Ek', nested: { kept: [1, 2] }, tags: ['Eva-Ek'] },
    });
    assert.deepEqual(old, { schemaVersion: 1, documentType: 'investigation', name: 'Eva Ek', nested: { kept: [1, 2] } });
    if (result.ok) assert.notEqual(result.value, old);
  });

  it('a document in the middle of the chain runs only the steps after its version', () => {
    log.length = 0;
    const result = migrateDocument({ schemaVersion: 2, first: 'Olle', last: 'Berg' }, 'record', chain, 3);
    assert.deepEqual(log, ['2→3 saw v2 with first=Olle']);
    assert.deepEqual(result, { ok: true, value: { schemaVersion: 3, first: 'Olle', last: 'Berg', tags: ['Olle-Berg'] } });
  });

  it('a document at the current version runs no step and comes back as it was', () => {
    log.length = 0;
    const doc = deepFreeze({ schemaVersion: 3, first: 'Kim', last: 'Lind', tags: [] });
    const result = migrateDocument(doc, 'record', chain, 3);
    assert.deepEqual(log, []);
    assert.deepEqual(result, { ok: true, value: doc });
  });

  it('a gap in the chain refuses the document with a Swedish message rather than half-migrating it', () => {
    const result = migrateDocument({ schemaVersion: 1, name: 'Eva Ek' }, 'record', { 1: chain[1]! }, 3);
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.issues.length, 1);
      assert.equal(result.issues[0]!.path, 'schemaVersion');
      assert.match(sv(result.issues[0]!), /version 2, som komponenten inte kan uppgradera/);
      assert.ok(looksSwedish(sv(result.issues[0]!)));
    }
  });

  it('a document newer than the chain knows is refused, and says so in Swedish', () => {
    const result = migrateDocument({ schemaVersion: 4 }, 'relativeRecord', chain, 3);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(sv(result.issues[0]!), /^Den anhörigas egen journal är sparad med en nyare version av formatet \(4\) än komponenten känner till \(3\)/);
  });
});

/**
 * Format version 1 → 2 (record/migrations/v1-to-v2.ts) loses nothing. Besides the frozen fixtures
 * above (written by the element), `tests/fixtures/v1/more/` holds v1 documents a first-release
 * element could also have stored — a person who cannot take a position with a god man who consented,
 * a neighbour named in the relation, prompt answers, a withdrawn consent, a child's own record — each
 * checked against the v1 JSON Schema files kept in `tests/fixtures/v1/json-schema/`.
 */
describe('format version 1 → 2: everything is kept, what v1 did not know is migrated conservatively', () => {
  const more = (file: string): Record<string, any> =>
    JSON.parse(readFileSync(new URL(`v1/more/${file}`, FIXTURES), 'utf8')) as Record<string, any>;
  const v1Schema = (name: string) => JSON.parse(readFileSync(new URL(`v1/json-schema/${name}.schema.json`, FIXTURES), 'utf8')) as object;
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  const record = () => more('investigation-record-representative.json');
  const own = () => more('relative-record-child.json');
  const loaded = () => {
    const result = loadDocuments(deepFreeze(record()), [deepFreeze(own())], defaultCatalogue);
    assert.ok(result.ok, result.ok ? '' : issuesText(result.issues));
    return result.value;
  };

  it('the extra v1 documents are valid v1 documents (the v1 JSON Schema)', () => {
    assert.equal(ajv.validate(v1Schema('investigation-record'), record()), true, ajv.errorsText());
    assert.equal(ajv.validate(v1Schema('relative-record'), own()), true, ajv.errorsText());
  });

  it('every v1 value is still there: relatives, consents, statements, plans, log, the judgement', () => {
    const { record: migrated } = loaded();
    const old = record();
    for (const key of ['id', 'startedAt', 'applicationConcernsRelative', 'meetingPlans', 'stances', 'informationLog', 'progress', 'lastEditedBy'])
      assert.deepEqual(migrated[key as keyof typeof migrated], old[key], key);
    assert.deepEqual(migrated.person, old.person);
    old.relatives.forEach((r: Record<string, unknown>, i: number) => {
      for (const [key, value] of Object.entries(r)) assert.deepEqual(migrated.relatives[i]![key as keyof (typeof migrated.relatives)[number]], value, `relatives.${i}.${key}`);
    });
    old.consents.forEach((c: Record<string, unknown>, i: number) => {
      for (const [key, value] of Object.entries(c)) assert.deepEqual(migrated.consents[i]![key as keyof (typeof migrated.consents)[number]], value, `consents.${i}.${key}`);
    });
    assert.deepEqual(migrated.statements[0], old.statements[0]);
  });

  it('L3: each relative gets a category proposed from the relation words; "god man" and unclear words become "other"', () => {
    assert.deepEqual(loaded().record.relatives.map((r) => [r.relation, r.relationCategory, r.isRelative]), [
      ['god man', 'other', true],
      ['min granne Eva', 'neighbour', true],
      ['barnbarn', 'grandchild', true],
    ]);
  });

  it('L4: prompt answers become statements, with their text and source; a relative’s without a basis is flagged, never shared', () => {
    const { record: migrated } = loaded();
    const answers = migrated.statements.filter((s) => s.kind === 'promptAnswer');
    assert.deepEqual(
      answers.map((s) => [s.promptId, s.text, s.source, s.basis, s.migratedFrom, s.toPersonalFile, s.qualityConfirmed, s.recordedAt]),
      [
        ['fraga-enskild-1', 'Gun nickar när vi talar om att bo kvar hemma.', { kind: 'person' }, { kind: 'own' }, 'v1PromptAnswer', false, false, undefined],
        ['fraga-anhorig-1', 'Eva tror att Gun klarar sig med lite mer hjälp.', { kind: 'relative', relativeId: 'anhorig-2' }, { kind: 'notRecorded' }, 'v1PromptAnswer', false, false, undefined],
      ],
    );
    const relativeAnswer = answers[1]!;
    assert.equal(checkStatementBasis(migrated, relativeAnswer, '2026-03-01').allowed, false);
    assert.ok(stepWarnings(migrated, [], defaultCatalogue, '2026-03-01').gather.some((w) => w.code === 'statementBasis' && /tidigare version/.test(sv(w))));
  });

  it('T1: person-side consents record the situation v1 judged them under (the representative included); the relative’s own does not', () => {
    assert.deepEqual(
      loaded().record.consents.map((c) => c.givenUnder),
      [
        { ageGroup: 'adult', canTakePosition: 'no', representativeId: 'anhorig-1' },
        { ageGroup: 'adult', canTakePosition: 'no', representativeId: 'anhorig-1' },
        undefined,
      ],
    );
  });

  it('T2: a statement recorded on the day its consent was withdrawn, with no order known, stays without a valid basis, as in v1', () => {
    const { record: migrated } = loaded();
    assert.equal(checkStatementBasis(migrated, migrated.statements[0]!, '2026-03-01').allowed, false);
    assert.equal(migrated.sequence, 0);
    assert.deepEqual(migrated.retiredIds, []);
  });

  it('L1: the relative’s own record loses the case id (in its id too); the person’s side keeps the link', () => {
    const { record: migrated, relativeRecords } = loaded();
    const [child] = relativeRecords;
    assert.ok(child);
    const json = JSON.stringify(child);
    assert.ok(!json.includes('utredning-gun-2026'), json);
    assert.ok(!('investigationId' in child));
    assert.match(child.id, /^journal-[0-9a-f]{16}$/);
    assert.equal(migrated.relatives.find((r) => r.id === 'anhorig-3')?.ownRecordId, child.id);
    const { id: _id, investigationId: _case, schemaVersion: _v, ...rest } = own();
    for (const [key, value] of Object.entries(rest)) assert.deepEqual(child[key as keyof typeof child], value, key);
  });

  it('an assignment v1 keeps what was issued and gains the relationship category beside the words', () => {
    const migrated = migrateDocument(read(1, 'assignment.json'), 'assignment');
    assert.ok(migrated.ok);
    const valid = validateAssignment(migrated.value);
    assert.ok(valid.ok, valid.ok ? '' : issuesText(valid.issues));
    const marker = valid.value.includes.find((i) => i.indirectSupport)?.indirectSupport;
    assert.deepEqual(marker, { markerLifeAreaId: 'anhorigmarkering', markerLifeAreaName: 'Personligt stöd från person som vårdar eller stödjer en närstående', relation: 'dotter', relationCategory: 'child' });
    assert.deepEqual(valid.value.relativePerspective.livesWithPerson, [{ relativeId: 'anhorig-1', relation: 'dotter', relationCategory: 'child' }]);
  });
});
