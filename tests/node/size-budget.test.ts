/**
 * The size budgets (bench/budget.json). Size is deterministic, so unlike the timings of `npm run bench`
 * it can gate CI: this builds a host page's entry the way a vendor's bundler does (bench/build.ts,
 * `buildLazyApp`: `<anhorig-investigation>` up front, each step and view a chunk loaded with import(),
 * English a chunk per term table) and fails when the first load (what showing step 1 of a new case
 * fetches), everything together, or any later step or view grows past its min+gzip budget.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAZY_ORDER, ROOT, buildLazyApp, lazySizes } from '../../bench/build.js';

interface Budget {
  firstLoadGzipBytes: number;
  totalGzipBytes: number;
  chunkGzipBytes: number;
  why: string;
}
const budget = JSON.parse(readFileSync(join(ROOT, 'bench/budget.json'), 'utf8')) as Budget;

const over = (what: string, actual: number, allowed: number, key: keyof Budget) =>
  `${what} is ${actual} bytes min+gzip, over its budget of ${allowed} bytes (bench/budget.json "${key}") by ` +
  `${actual - allowed} bytes. Make it smaller (npm run bench shows where the bytes go), or raise the budget ` +
  `and say why in bench/budget.json "why".`;

test('size budget: first load, everything together and each later step or view stay within bench/budget.json', { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'anhorig-size-'));
  try {
    const app = await buildLazyApp(join(dir, 'app'));
    const sizes = lazySizes(app);
    t.diagnostic(
      `first load ${sizes.firstLoad.gzip} (budget ${budget.firstLoadGzipBytes}); total ${sizes.total.gzip} in ${sizes.files} files (budget ${budget.totalGzipBytes}); ` +
        sizes.partsAlone.map((p) => `${p.name} ${p.size.gzip}`).join(', '),
    );

    // A broken build that drops the steps would pass any budget: check they are chunks of their own,
    // loaded with import(), and that step 1's is in the first load and step 4's is not.
    const entry = app.chunks.find((c) => c.isEntry)!;
    const code = readFileSync(join(app.outDir, entry.file), 'utf8');
    assert.ok(code.includes('anhorig-investigation'), 'the entry does not define <anhorig-investigation>');
    for (const name of LAZY_ORDER)
      assert.ok(app.chunks.some((c) => c.facade?.endsWith(`/src/${name}/define.ts`)), `<anhorig-${name}> is not a chunk of its own`);
    assert.ok(sizes.firstLoad.files.some((f) => /step-relatives-[\w-]+\.js$/.test(f)), 'step 1 is not in the first load');
    assert.ok(!sizes.firstLoad.files.some((f) => /step-gather-[\w-]+\.js$/.test(f)), 'step 4 is in the first load');
    assert.ok(!sizes.firstLoad.files.some((f) => /\.en-[\w-]+\.js$/.test(f)), 'English is in the first load');
    assert.ok(sizes.english.gzip > 0, 'no English chunks');

    assert.ok(sizes.firstLoad.gzip <= budget.firstLoadGzipBytes, over('The first load (JS to show step 1 of a new case)', sizes.firstLoad.gzip, budget.firstLoadGzipBytes, 'firstLoadGzipBytes'));
    assert.ok(sizes.total.gzip <= budget.totalGzipBytes, over('Everything together (every chunk, both languages)', sizes.total.gzip, budget.totalGzipBytes, 'totalGzipBytes'));
    for (const part of sizes.partsAlone)
      assert.ok(part.size.gzip <= budget.chunkGzipBytes, over(`Opening ${part.name} after step 1`, part.size.gzip, budget.chunkGzipBytes, 'chunkGzipBytes'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
