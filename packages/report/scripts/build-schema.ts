/** Writes schema/report.schema.json from the zod schema (a test keeps them equal). */
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/schema.js';

writeFileSync(new URL('../schema/report.schema.json', import.meta.url), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
