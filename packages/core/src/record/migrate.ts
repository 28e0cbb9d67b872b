/**
 * Documents from older `schemaVersion`s are migrated forward one version at a time before they are
 * validated; a version this library does not know (missing, newer, not a number) is refused with a
 * Swedish message rather than guessed at. Each format change adds one step here and a frozen fixture
 * of the old version (`tests/fixtures/v<n>/`).
 *
 *   1 → 2  consent and secrecy (L1–L5), time and entitlement (T1–T4), H2, H7, report fields: migrations/v1-to-v2.ts
 */
import { SCHEMA_VERSION } from '../schema/index.js';
import type { ValidationResult } from '../schema/index.js';
import { v1ToV2 } from './migrations/v1-to-v2.js';
import type { DocumentKind, SchemaVersionParams, ValueKind } from '../messages/codes.js';

/** One way a format version check fails (the document kind is added). */
type SchemaVersionProblem = SchemaVersionParams extends infer P ? (P extends unknown ? Omit<P, 'document'> : never) : never;

/** Upgrades a plain JSON document of version `n` to version `n + 1`. Must not mutate its input. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** `MIGRATIONS[n]` upgrades version n to n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2 };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describeType = (value: unknown): ValueKind => {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'other';
};

/** `document`: which kind of document, for the messages (`schema_version`). */
export const migrateDocument = (
  input: unknown,
  document: DocumentKind,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = SCHEMA_VERSION,
): ValidationResult<Record<string, unknown>> => {
  const fail = (problem: SchemaVersionProblem, path = '') => ({
    ok: false as const,
    issues: [{ path, code: 'schema_version' as const, params: { document, ...problem } }],
  });
  if (!isPlainObject(input)) return fail({ problem: 'notObject', actual: describeType(input) });
  const version = input.schemaVersion;
  if (version === undefined) return fail({ problem: 'missing' }, 'schemaVersion');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail({ problem: 'invalid', value: String(version).slice(0, 20) }, 'schemaVersion');
  if (version > current) return fail({ problem: 'newer', version, current }, 'schemaVersion');
  let migrated = input;
  for (let v = version; v < current; v += 1) {
    const step = migrations[v];
    if (!step) return fail({ problem: 'noMigration', version: v }, 'schemaVersion');
    migrated = { ...step(migrated), schemaVersion: v + 1 };
  }
  return { ok: true, value: migrated };
};
