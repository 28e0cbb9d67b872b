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

/** Upgrades a plain JSON document of version `n` to version `n + 1`. Must not mutate its input. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** `MIGRATIONS[n]` upgrades version n to n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2 };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describeType = (value: unknown): string => {
  if (value === null || value === undefined) return 'inget värde';
  if (Array.isArray(value)) return 'en lista';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' || typeof value === 'bigint') return 'ett tal';
  if (typeof value === 'boolean') return 'ja eller nej';
  return 'fel sorts värde';
};

/** What the document is called in messages, e.g. "Utredningen", "Den anhörigas egen journal". */
export const migrateDocument = (
  input: unknown,
  what: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = SCHEMA_VERSION,
): ValidationResult<Record<string, unknown>> => {
  const fail = (message: string, path = '') => ({ ok: false as const, issues: [{ path, message, code: 'schema_version' }] });
  if (!isPlainObject(input)) return fail(`${what} ska vara ett JSON-objekt, men är ${describeType(input)}.`);
  const version = input.schemaVersion;
  if (version === undefined) return fail(`${what} saknar schemaVersion, så formatet går inte att avgöra.`, 'schemaVersion');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail(`${what} har en ogiltig schemaVersion (${String(version).slice(0, 20)}).`, 'schemaVersion');
  if (version > current)
    return fail(
      `${what} är sparad med en nyare version av formatet (${version}) än komponenten känner till (${current}). Uppdatera komponenten; uppgifterna har inte ändrats.`,
      'schemaVersion',
    );
  let document = input;
  for (let v = version; v < current; v += 1) {
    const step = migrations[v];
    if (!step) return fail(`${what} har version ${v}, som komponenten inte kan uppgradera.`, 'schemaVersion');
    document = { ...step(document), schemaVersion: v + 1 };
  }
  return { ok: true, value: document };
};
