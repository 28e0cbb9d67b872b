/**
 * Mutation testing (stryker.config.mjs, `npm run test:mutation`): Stryker's build step. It runs in
 * Stryker's sandbox, after the sources under test were instrumented, and bundles the core's test
 * files into one plain-JavaScript file per group, so that each mutant costs one Node start per group
 * instead of one Node-plus-tsx start per test file (about three times faster). The groups are the
 * test folders that reach packages/core/src/rules and src/assignment; the tests directly under
 * packages/core/test (schema, JSON Schema, catalogue) never load those folders, so they cannot kill
 * a mutant there and are left out. New *.test.ts files in these folders join their group unchanged.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const GROUPS = {
  'rules-and-assignment': ['packages/core/test/rules', 'packages/core/test/assignment'],
  machine: ['packages/core/test/machine'],
};
const OUT = 'reports/mutation/bundles';

mkdirSync(OUT, { recursive: true });
const entryPoints = {};
for (const [group, folders] of Object.entries(GROUPS)) {
  const files = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.test.ts'))
      .sort()
      .map((f) => resolve(folder, f)),
  );
  const entry = join(OUT, `${group}.entry.mjs`);
  writeFileSync(entry, files.map((f) => `import ${JSON.stringify(f)};`).join('\n') + '\n');
  entryPoints[`${group}.bundle`] = entry;
}
buildSync({
  entryPoints,
  outdir: OUT,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['@anhorig/source'],
  // packages/core says "sideEffects": false; a test file is nothing but side effects.
  ignoreAnnotations: true,
  // Dependencies load from node_modules as in the ordinary test run.
  packages: 'external',
  logLevel: 'error',
});
