#!/usr/bin/env node
// The CLI of @anhorig/report (`npx anhorig-report --help`). Runs the built code; inside the monorepo,
// without a build, it runs the TypeScript sources through tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const built = join(here, '..', 'dist', 'cli', 'main.js');
if (existsSync(built)) {
  const { main } = await import(pathToFileURL(built).href);
  process.exitCode = await main(process.argv.slice(2));
} else {
  const { spawnSync } = await import('node:child_process');
  const source = join(here, '..', 'src', 'cli', 'run.ts');
  const result = spawnSync(process.execPath, ['--conditions=@anhorig/source', '--import', 'tsx', source, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
}
