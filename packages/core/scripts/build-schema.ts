/**
 * Writes the JSON Schema files in packages/core/schema/ from the zod schemas.
 * Run: node --conditions=@anhorig/source --import tsx packages/core/scripts/build-schema.ts
 * (npm run build:schema). The files are checked in; test/json-schema.test.ts fails when they drift.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJsonSchemas, formatJsonSchema } from '../src/schema/json-schema.js';

const outDir = fileURLToPath(new URL('../schema/', import.meta.url));
mkdirSync(outDir, { recursive: true });
const current = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};
for (const [file, schema] of Object.entries(buildJsonSchemas())) {
  const path = join(outDir, file);
  const text = formatJsonSchema(schema);
  if (current(path) === text) continue;
  // Write beside and rename: a test reading the file meanwhile sees the old or the new file, never half of one.
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  console.log(`wrote packages/core/schema/${file}`);
}
