/**
 * Writes the JSON Schema files in packages/core/schema/ from the zod schemas.
 * Run: node --conditions=source --import tsx packages/core/scripts/build-schema.ts
 * (npm run build:schema). The files are checked in; test/json-schema.test.ts fails when they drift.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJsonSchemas, formatJsonSchema } from '../src/schema/json-schema.js';

const outDir = fileURLToPath(new URL('../schema/', import.meta.url));
mkdirSync(outDir, { recursive: true });
for (const [file, schema] of Object.entries(buildJsonSchemas())) {
  writeFileSync(join(outDir, file), formatJsonSchema(schema));
  console.log(`wrote packages/core/schema/${file}`);
}
