/**
 * The size budget (bench/budget.json). Size is deterministic, so unlike the timings of `npm run bench`
 * it can gate CI: this builds the production bundles exactly as the benchmark does (bench/build.ts)
 * and fails when the whole element or the core grows past its min+gzip budget.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, buildCoreBundle, buildElementBundle, sizeOf } from '../../bench/build.js';

interface Budget {
  elementGzipBytes: number;
  coreGzipBytes: number;
  why: string;
}
const budget = JSON.parse(readFileSync(join(ROOT, 'bench/budget.json'), 'utf8')) as Budget;

const over = (what: string, actual: number, allowed: number, key: keyof Budget) =>
  `${what} is ${actual} bytes min+gzip, over its budget of ${allowed} bytes (bench/budget.json "${key}") by ` +
  `${actual - allowed} bytes. Make it smaller (npm run bench shows where the bytes go), or raise the budget ` +
  `and say why in bench/budget.json "why".`;

test('size budget: the element bundle and the core stay within bench/budget.json', { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'anhorig-size-'));
  try {
    const [elementFile, coreFile] = await Promise.all([buildElementBundle(join(dir, 'elements')), buildCoreBundle(join(dir, 'core'))]);
    const element = sizeOf(elementFile);
    const core = sizeOf(coreFile);
    t.diagnostic(`element ${element.min} min, ${element.gzip} gzip (budget ${budget.elementGzipBytes}); core ${core.min} min, ${core.gzip} gzip (budget ${budget.coreGzipBytes})`);

    // A broken build that drops the elements would pass any budget: check it is the real thing.
    const code = readFileSync(elementFile, 'utf8');
    for (const tag of ['anhorig-investigation', 'anhorig-step-relatives', 'anhorig-step-gather'])
      assert.ok(code.includes(tag), `the element bundle does not define <${tag}>`);

    assert.ok(element.gzip <= budget.elementGzipBytes, over('The element bundle (every element with lit, xstate and zod)', element.gzip, budget.elementGzipBytes, 'elementGzipBytes'));
    assert.ok(core.gzip <= budget.coreGzipBytes, over('@anhorig/core alone (with xstate and zod)', core.gzip, budget.coreGzipBytes, 'coreGzipBytes'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
