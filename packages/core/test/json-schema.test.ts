/**
 * The published JSON Schema files (packages/core/schema/) against the zod schemas they are
 * generated from: the files never drift, and zod and a JSON Schema validator (ajv, draft
 * 2020-12) agree on valid and invalid documents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { buildJsonSchemas, formatJsonSchema } from '../src/schema/json-schema.js';
import {
  SCHEMA_VERSION,
  validateAssignment,
  validateCatalogue,
  validateRecord,
  validateRelativeRecord,
  type Assignment,
  type InvestigationRecord,
  type ValidationResult,
} from '../src/schema/index.js';
import { deriveAssignment } from '../src/assignment/derive.js';
import { TODAY, caseworker, makeRelativeRecord, readyRecord, testCatalogue, withStatement } from './fixtures/records.js';

const schemaDir = new URL('../schema/', import.meta.url);
const built = buildJsonSchemas();

// ajv-formats is not installed, so formats are not validated (`validateFormats: false`; with
// formats on, strict ajv refuses the unknown "date" format). That loses nothing: zod emits every
// `format: date` / `format: date-time` together with a `pattern` that encodes the same rule
// (including month lengths and leap years), and ajv checks the pattern. `strict: true` stays on,
// so a schema with an unknown keyword or a type inconsistency fails to compile here.
const ajv = new Ajv2020({ strict: true, validateFormats: false, allErrors: true });
const validators = Object.fromEntries(Object.entries(built).map(([file, schema]) => [file, ajv.compile(schema)]));

type DocumentKind = 'investigation-record' | 'relative-record' | 'assignment' | 'catalogue';
const zodValidators: Record<DocumentKind, (input: unknown) => ValidationResult<unknown>> = {
  'investigation-record': validateRecord,
  'relative-record': validateRelativeRecord,
  assignment: validateAssignment,
  catalogue: validateCatalogue,
};

const jsonSchemaAccepts = (kind: DocumentKind, doc: unknown): { ok: boolean; errors: string } => {
  const validate = validators[`${kind}.schema.json`];
  assert.ok(validate, `no JSON Schema for ${kind}`);
  const ok = validate(doc);
  return { ok, errors: ajv.errorsText(validate.errors) };
};

const zodAccepts = (kind: DocumentKind, doc: unknown): { ok: boolean; errors: string } => {
  const result = zodValidators[kind](doc);
  return { ok: result.ok, errors: result.ok ? '' : JSON.stringify(result.issues) };
};

/** Deep copy, changed by `change` (documents are plain JSON). */
const mutate = <T>(doc: T, change: (copy: any) => void): unknown => {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
};

const derivedAssignment = (): Assignment => {
  const result = deriveAssignment(readyRecord(), testCatalogue, { issuedBy: caseworker, today: TODAY });
  assert.ok(result.ok, `fixture: deriveAssignment failed: ${result.ok ? '' : JSON.stringify(result.issues)}`);
  return result.assignment;
};

/** readyRecord() with its assignment issued and more of the optional parts filled in. */
const fullRecord = (): InvestigationRecord => {
  const record = withStatement(readyRecord(), {
    id: 's-ot',
    kind: 'factors',
    text: 'Arbetsterapeuten ser att Sven klarar förflyttningar själv.',
    source: { kind: 'professional', name: 'Olle Ek', role: 'arbetsterapeut' },
    basis: { kind: 'volunteered' },
  });
  return {
    ...record,
    expressionSupport: { needs: ['communication'], supporterRelativeId: 'eva' },
    meetingPlans: [
      {
        relativeId: 'eva',
        format: 'joint',
        personWantsCompany: true,
        communicationSupportForPerson: '',
        invitationSentAt: '2026-01-20',
      },
    ],
    informationLog: [
      {
        id: 'info-1',
        relativeId: 'eva',
        items: ['supportOffers', 'voluntariness'],
        date: '2026-01-16',
        channel: 'meeting',
        understood: true,
        recordedBy: caseworker,
      },
    ],
    assignments: [{ ...derivedAssignment(), generatedAt: '2026-03-15T10:30:00+01:00' }],
    progress: { step: 'assignment', phase: 'complete', completedAt: TODAY },
    lastEditedBy: caseworker,
  };
};

const fullRelativeRecord = () =>
  makeRelativeRecord({
    relativeId: 'eva',
    informationGiven: [{ what: 'Anhörigstödets samtalsgrupper', date: '2026-01-16', channel: 'meeting' }],
    referredToAnhorigkonsulent: '2026-01-16',
    ownConversations: [
      { id: 'samtal-1', offeredAt: '2026-01-16', answer: 'accepted', heldAt: '2026-01-30', notes: 'Eva är trött.', duringFollowUp: false },
    ],
    ownSupportNeeds: [
      {
        id: 'behov-1',
        description: 'Behöver tid för egen återhämtning.',
        offered: ['generalSupport', 'applicationInformation'],
        offerIds: [],
        appliesForSupport: true,
        homeMunicipality: 'Umeå',
        applicationRequestedAt: '2026-02-01',
        recordedAt: '2026-01-30',
      },
    ],
    childGuidedToOwnSupport: false,
    ownSituationFollowUp: [{ date: '2026-09-01', stillAbleAndWilling: 'yes' }],
    updatedBy: caseworker,
  });

const validDocuments: [DocumentKind, string, () => unknown][] = [
  ['investigation-record', 'readyRecord()', readyRecord],
  ['investigation-record', 'a record with an issued assignment and optional parts', fullRecord],
  ['relative-record', 'makeRelativeRecord()', () => makeRelativeRecord({ relativeId: 'eva' })],
  ['relative-record', 'a relative record with conversations and needs', fullRelativeRecord],
  ['assignment', 'deriveAssignment(readyRecord())', derivedAssignment],
  ['assignment', 'an assignment with generatedAt in UTC', () => ({ ...derivedAssignment(), generatedAt: '2026-03-15T09:30:00Z' })],
  ['catalogue', 'testCatalogue', () => testCatalogue],
];

test('the checked-in JSON Schema files equal buildJsonSchemas()', () => {
  const hint = 'Run `npm run build:schema` and commit packages/core/schema/.';
  const onDisk = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort();
  assert.deepEqual(onDisk, Object.keys(built).sort(), `schema files differ from the generated set. ${hint}`);
  for (const [file, schema] of Object.entries(built)) {
    const text = readFileSync(new URL(file, schemaDir), 'utf8');
    assert.deepEqual(JSON.parse(text), schema, `packages/core/schema/${file} is out of date. ${hint}`);
    assert.equal(text, formatJsonSchema(schema), `packages/core/schema/${file} is not formatted as generated. ${hint}`);
  }
});

test('buildJsonSchemas() is deterministic', () => {
  assert.deepEqual(
    Object.entries(buildJsonSchemas()).map(([f, s]) => [f, formatJsonSchema(s)]),
    Object.entries(built).map(([f, s]) => [f, formatJsonSchema(s)]),
  );
});

test('every schema is draft 2020-12 with a URN $id, a title and the schema version', () => {
  for (const [file, schema] of Object.entries(built) as [string, Record<string, any>][]) {
    const name = file.replace('.schema.json', '');
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', file);
    const version = name === 'catalogue' ? 1 : SCHEMA_VERSION;
    assert.equal(schema.$id, `urn:anhorig-components:schema:v${version}:${name}`, file);
    assert.match(schema.title, /\(.+\)/, `${file}: title names the Swedish term`);
    assert.match(schema.description, new RegExp(`schemaVersion ${version}`), file);
    assert.equal(schema.properties.schemaVersion.const, version, file);
    assert.equal(schema.additionalProperties, false, file);
  }
  assert.match(
    (built['investigation-record.schema.json'] as { description: string }).description,
    /cross-reference checks cannot be expressed/,
  );
});

for (const [kind, name, make] of validDocuments) {
  test(`valid ${kind}: ${name} passes zod and the JSON Schema`, () => {
    const doc = make();
    const zod = zodAccepts(kind, doc);
    assert.ok(zod.ok, `zod rejected it: ${zod.errors}`);
    const json = jsonSchemaAccepts(kind, doc);
    assert.ok(json.ok, `JSON Schema rejected it: ${json.errors}`);
  });
}

const invalidDocuments: [DocumentKind, string, unknown][] = [
  // investigation record
  ['investigation-record', 'wrong type (boolean as string)', mutate(readyRecord(), (r) => (r.applicationConcernsRelative = 'nej'))],
  ['investigation-record', 'missing required field (progress)', mutate(readyRecord(), (r) => delete r.progress)],
  ['investigation-record', 'missing required nested field (relatives.0.name)', mutate(readyRecord(), (r) => delete r.relatives[0].name)],
  ['investigation-record', 'unknown top-level property', mutate(readyRecord(), (r) => (r.extra = true))],
  ['investigation-record', 'unknown nested property', mutate(readyRecord(), (r) => (r.person.email = 'sven@example.org'))],
  ['investigation-record', "impossible date '2026-13-45'", mutate(readyRecord(), (r) => (r.startedAt = '2026-13-45'))],
  ['investigation-record', "Swedish-style date '15/3/2026'", mutate(readyRecord(), (r) => (r.consents[0].date = '15/3/2026'))],
  ['investigation-record', "non-leap-year date '2026-02-29'", mutate(readyRecord(), (r) => (r.startedAt = '2026-02-29'))],
  ['investigation-record', 'wrong enum value (ageGroup)', mutate(readyRecord(), (r) => (r.person.ageGroup = 'senior'))],
  ['investigation-record', 'wrong enum value (consent scope)', mutate(readyRecord(), (r) => (r.consents[0].scope = 'everything'))],
  ['investigation-record', 'wrong schemaVersion', mutate(readyRecord(), (r) => (r.schemaVersion = 1))],
  ['investigation-record', 'wrong documentType', mutate(readyRecord(), (r) => (r.documentType = 'assignment'))],
  ['investigation-record', 'unknown statement source kind (discriminated union)', mutate(readyRecord(), (r) => (r.statements[0].source = { kind: 'neighbour' }))],
  ['investigation-record', 'statement source missing its relativeId', mutate(readyRecord(), (r) => (r.statements[0].source = { kind: 'relative' }))],
  ['investigation-record', 'whitespace-only text', mutate(readyRecord(), (r) => (r.relatives[0].name = '   '))],
  ['investigation-record', 'empty text', mutate(readyRecord(), (r) => (r.relatives[0].relation = ''))],
  ['investigation-record', 'null for an optional field', mutate(readyRecord(), (r) => (r.person.chosenName = null))],
  ['investigation-record', 'malformed personal identity number', mutate(readyRecord(), (r) => (r.person.personalIdentityNumber = '19400101'))],
  // relative record
  ['relative-record', 'wrong documentType', mutate(makeRelativeRecord({ relativeId: 'eva' }), (r) => (r.documentType = 'investigation'))],
  ['relative-record', 'missing required field (anonymous)', mutate(makeRelativeRecord({ relativeId: 'eva' }), (r) => delete r.anonymous)],
  ['relative-record', 'unknown property', mutate(makeRelativeRecord({ relativeId: 'eva' }), (r) => (r.personName = 'Sven'))],
  ['relative-record', 'wrong enum value (conversation answer)', mutate(fullRelativeRecord(), (r) => (r.ownConversations[0].answer = 'maybe'))],
  ['relative-record', "bad date '15/3/2026'", mutate(fullRelativeRecord(), (r) => (r.ownSupportNeeds[0].recordedAt = '15/3/2026'))],
  ['relative-record', 'wrong schemaVersion', mutate(makeRelativeRecord({ relativeId: 'eva' }), (r) => (r.schemaVersion = 0))],
  // assignment
  ['assignment', 'version 0', mutate(derivedAssignment(), (a) => (a.version = 0))],
  ['assignment', 'fractional version', mutate(derivedAssignment(), (a) => (a.version = 1.5))],
  ['assignment', 'version as string', mutate(derivedAssignment(), (a) => (a.version = '1'))],
  ['assignment', "bad date '2026-13-45'", mutate(derivedAssignment(), (a) => (a.issuedAt = '2026-13-45'))],
  ['assignment', 'date-time without offset', mutate(derivedAssignment(), (a) => (a.generatedAt = '2026-03-15T10:30:00'))],
  ['assignment', 'date where a date-time is expected', mutate(derivedAssignment(), (a) => (a.generatedAt = TODAY))],
  ['assignment', 'wrong enum value (R-field)', mutate(derivedAssignment(), (a) => (a.consentBasis[0].field = 'R6'))],
  ['assignment', 'unknown property in an item', mutate(derivedAssignment(), (a) => (a.includes[0].price = 100))],
  ['assignment', 'missing required field (relativePerspective)', mutate(derivedAssignment(), (a) => delete a.relativePerspective)],
  ['assignment', 'wrong schemaVersion', mutate(derivedAssignment(), (a) => (a.schemaVersion = '1'))],
  // catalogue
  ['catalogue', 'no life areas (minItems 1)', mutate(testCatalogue, (c) => (c.lifeAreas = []))],
  ['catalogue', 'follow-up scale with one step (minItems 2)', mutate(testCatalogue, (c) => c.followUpScale.pop())],
  ['catalogue', "ICF code 'd0' (pattern)", mutate(testCatalogue, (c) => (c.lifeAreas[0].icf = 'd0'))],
  ['catalogue', 'wrong enum value (prompt audience)', mutate(testCatalogue, (c) => c.questionPrompts.push({ id: 'q', audience: 'provider', text: 'Hur?' }))],
  ['catalogue', "bad validFrom '15/3/2026'", mutate(testCatalogue, (c) => (c.legalReferences[0].validFrom = '15/3/2026'))],
  ['catalogue', 'unknown property', mutate(testCatalogue, (c) => (c.supportTypes[0].cost = 'hög'))],
  ['catalogue', 'wrong schemaVersion', mutate(testCatalogue, (c) => (c.schemaVersion = 2))],
  ['catalogue', 'not an object', []],
];

for (const [kind, name, doc] of invalidDocuments) {
  test(`invalid ${kind}: ${name} fails zod and the JSON Schema`, () => {
    assert.equal(zodAccepts(kind, doc).ok, false, 'zod accepted it');
    assert.equal(jsonSchemaAccepts(kind, doc).ok, false, 'the JSON Schema accepted it');
  });
}

test('known limit: a dangling reference passes the JSON Schema but not validateRecord', () => {
  // Documented in the schema's description: JSON Schema cannot check references between parts.
  const dangling = mutate(readyRecord(), (r) => (r.consents[0].relativeId = 'nobody'));
  const zod = validateRecord(dangling);
  assert.equal(zod.ok, false);
  if (!zod.ok) assert.equal(zod.issues[0]?.code, 'reference');
  assert.equal(jsonSchemaAccepts('investigation-record', dangling).ok, true);

  const duplicate = mutate(readyRecord(), (r) => r.relatives.push(r.relatives[0]));
  assert.equal(validateRecord(duplicate).ok, false);
  assert.equal(jsonSchemaAccepts('investigation-record', duplicate).ok, true);
});
