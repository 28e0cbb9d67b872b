/**
 * The output contract as JSON Schema (draft 2020-12), generated from the zod schemas so that
 * vendors outside TypeScript (.NET, Java …) can validate the documents we emit. The files in
 * `packages/core/schema/` are written from `buildJsonSchemas()` by `scripts/build-schema.ts`
 * (`npm run build:schema`) and a test keeps them equal to it.
 *
 * How the conversion is set up:
 * - `io: 'output'`: the documents are validated as emitted, i.e. as zod's parse output.
 * - Every PascalCase schema exported from `schema/index.ts` (other than the document itself)
 *   becomes a named `$defs` entry (`#/$defs/Consent` …), so generated classes get real names.
 *   The names come from a private registry: zod's global registry is left alone.
 * - `text()` trims before checking `minLength: 1`; JSON Schema cannot trim, so such strings also
 *   get `pattern: "\\S"` (at least one non-whitespace character): "   " fails both.
 * - Unrepresentable types throw (zod's default), so a schema change JSON Schema cannot express
 *   fails the build instead of silently widening the contract.
 */
import * as z from 'zod/mini';
import * as schemas from './index.js';
import { SCHEMA_VERSION } from './primitives.js';

type JsonSchema = Record<string, unknown>;

interface DocumentSpec {
  /** File name under `packages/core/schema/`. */
  file: string;
  /** Last segment of the `$id` URN. */
  name: string;
  schema: z.ZodMiniType;
  title: string;
  description: string;
  /** The format version the schema describes (the catalogue has its own, still 1). */
  version: number;
}

const GENERATED =
  'Generated from the zod schemas of @anhorig/core (packages/core/src/schema) by `npm run build:schema`. Do not edit by hand.';

const versionNote = (version: number) => `Describes documents with schemaVersion ${version}.`;

const shapeOnly =
  'JSON Schema checks the shape of a document only; cross-reference checks cannot be expressed in it.';

// Accessed lazily (inside the function), so a future `export * from './json-schema.js'` in
// index.ts cannot hit a half-initialised module namespace.
const documents = (): DocumentSpec[] => [
  {
    file: 'investigation-record.schema.json',
    name: 'investigation-record',
    schema: schemas.InvestigationRecord,
    title: 'Investigation record (utredning)',
    version: SCHEMA_VERSION,
    description: [
      "The person's investigation record (den enskildes utredning): relatives (anhöriga), consents (samtycken), information gathered per life area, assessment and decision, every assignment version issued, and follow-up.",
      versionNote(SCHEMA_VERSION),
      `${shapeOnly} validateRecord in @anhorig/core additionally rejects a record whose ids repeat within a list (relatives, consents, statements, indirectSupport, informationLog, plannedContacts, assessment.decisions, assignments, relatives' ownRecordId); whose relativeId, consentId, indirectSupportId, decisionId or representativeId points at a relative, consent, indirect-support proposal or decision the record does not contain; whose statements have a basis that does not fit their source (the person's own statements have basis "own", statements from anyone else "consent", "volunteered" or, on a professional's, "caseSystemConsent"); whose prompt answers lack promptId; whose statements lack recordedAt or recordedBy (allowed only on prompt answers migrated from version 1); whose person-side consents lack givenUnder; whose seq numbers exceed sequence; whose relatives reuse a retired id, are not relatives but lack a legalRepresentative, or have an ageBand that contradicts isChild. Neither checks that life-area and support-type ids exist in the municipality's catalogue (findCatalogueIssues does that).`,
    ].join(' '),
  },
  {
    file: 'relative-record.schema.json',
    name: 'relative-record',
    schema: schemas.RelativeRecord,
    title: "Relative's own record (anhörigs egen dokumentation)",
    version: SCHEMA_VERSION,
    description: [
      "A relative's own record (anhörigs egen dokumentation), kept apart from the person's investigation: information given, own conversations, own-support needs and follow-up of the relative's own situation. Holds nothing about the person or the investigation (secrecy, OSL 26 kap. 1 §): its id is random, and the link to it is kept in the investigation record only (relatives[].ownRecordId).",
      versionNote(SCHEMA_VERSION),
      `${shapeOnly} loadDocuments in @anhorig/core checks that its id is the ownRecordId of the relative with its relativeId.`,
    ].join(' '),
  },
  {
    file: 'assignment.schema.json',
    name: 'assignment',
    schema: schemas.Assignment,
    title: 'Assignment to the provider (uppdrag till utförare)',
    version: SCHEMA_VERSION,
    description: [
      'The assignment to the provider (uppdrag till utförare), derived from the investigation record: the needs assessment, the decided support, goals, follow-up and, where consent to share was given, the relative perspective. Immutable once issued; a change is issued as a new version.',
      versionNote(SCHEMA_VERSION),
      `${shapeOnly} Whether its ids (decisions, relatives, consents, life areas, support types) match the investigation record it was derived from is not checked, neither here nor by validateAssignment.`,
    ].join(' '),
  },
  {
    file: 'catalogue.schema.json',
    name: 'catalogue',
    schema: schemas.Catalogue,
    title: "Municipality's catalogue (kommunens katalog)",
    version: 1,
    description: [
      "The municipality's catalogue (kommunens katalog): life areas (livsområden), support types (insatser), own-support offers for relatives, question prompts, overall goals, the follow-up scale and dated legal references.",
      versionNote(1),
      `${shapeOnly} That ids are unique within each list is not checked, neither here nor by validateCatalogue.`,
    ].join(' '),
  },
];

/** A registry naming every exported schema except `root`, so each becomes a `$defs` entry. */
const namedDefinitions = (root: z.ZodMiniType) => {
  const registry = z.registry<{ id: string }>();
  for (const [name, value] of Object.entries(schemas)) {
    if (!/^[A-Z]/.test(name) || value === root) continue;
    if (typeof value !== 'object' || value === null || !('_zod' in value)) continue;
    const schema = value as z.ZodMiniType;
    if (!registry.has(schema)) registry.add(schema, { id: name });
  }
  return registry;
};

const convert = (spec: DocumentSpec): JsonSchema => {
  const generated = z.toJSONSchema(spec.schema, {
    target: 'draft-2020-12',
    io: 'output',
    metadata: namedDefinitions(spec.schema),
  }) as JsonSchema;
  const { $schema, ...body } = generated;
  const properties = body.properties as Record<string, JsonSchema>;
  properties.schemaVersion = {
    ...properties.schemaVersion,
    description: 'Document format version. Older versions are migrated by @anhorig/core on restore.',
  };
  // Keyword order: identification first, then the schema itself.
  return {
    $schema,
    $id: `urn:anhorig-components:schema:v${spec.version}:${spec.name}`,
    title: spec.title,
    description: spec.description,
    $comment: GENERATED,
    ...body,
  };
};

/** File name → JSON Schema, for every document type the host receives. Deterministic. */
export const buildJsonSchemas = (): Record<string, object> =>
  Object.fromEntries(documents().map((spec) => [spec.file, convert(spec)]));

/** The exact text of a schema file: two-space indentation, trailing newline. */
export const formatJsonSchema = (schema: object): string => `${JSON.stringify(schema, null, 2)}\n`;
