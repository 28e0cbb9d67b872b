/**
 * Framework proof: <anhorig-investigation> mounted in React (through @anhorig/react, and with React
 * 19's own custom-element support), in Vue 3, in Angular 21 (a standalone component with
 * CUSTOM_ELEMENTS_SCHEMA, compiled ahead of time) and in plain HTML (the all-in-one bundle from a
 * `<script type="module">`), each built with Vite and served over HTTP, hands its host the
 * `anhorig-complete` event with a record that validates in Node. The hosts are in tests/hosts/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { validateRecord } from '@anhorig/core';
import type { AnhorigCompleteDetail } from '@anhorig/elements';
import { buildFrameworkHost, buildPlainHost, investigation, issueAssignment, launch, openPage, serve, waitForGlobal, type Served } from '../hosts/harness.js';

/** react: @anhorig/react; react-native: React 19's own custom-element support, no wrapper. */
const HOSTS = ['react', 'react-native', 'vue', 'angular', 'plain'] as const;
type Host = (typeof HOSTS)[number];

let dir: string;
let server: Served;
let browser: Browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'anhorig-hosts-'));
  const [, , , , , started] = await Promise.all([
    buildFrameworkHost('react', join(dir, 'react')),
    buildFrameworkHost('react-native', join(dir, 'react-native')),
    buildFrameworkHost('vue', join(dir, 'vue')),
    buildFrameworkHost('angular', join(dir, 'angular')),
    buildPlainHost(join(dir, 'plain')),
    launch(),
  ]);
  browser = started;
  server = await serve(dir);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const proves = async (host: Host) => {
  const { page, pageErrors, consoleErrors, failedRequests } = await openPage(browser);
  try {
    await page.goto(`${server.origin}/${host}/`);
    // The host passed the record as a property: the element shows the person and step 5.
    await investigation(page).getByRole('heading', { name: /Steg 5 av 6/ }).waitFor({ timeout: 10_000 });
    await issueAssignment(page);
    const result = await waitForGlobal<AnhorigCompleteDetail>(page, '__hostResult');

    assert.equal(result.outcome, 'assigned');
    const checked = validateRecord(result.record);
    assert.ok(checked.ok, `the record in anhorig-complete does not validate: ${JSON.stringify(checked.ok ? [] : checked.issues.slice(0, 5))}`);
    assert.equal(result.record.id, 'utredning-exempel');
    assert.equal(result.record.progress.phase, 'complete');
    assert.equal(result.record.assignments.length, 1);
    // The host stored each anhorig-change and (React, Vue, Angular) passed it back as its state: no reset.
    assert.ok((await waitForGlobal<number>(page, '__hostChanges')) >= 1, 'the host received no anhorig-change');
    await investigation(page).getByText('Version 1 av uppdraget är skickad till utföraren.').first().waitFor({ timeout: 5_000 });

    assert.deepEqual(pageErrors, [], `page errors in the ${host} host`);
    assert.deepEqual(consoleErrors, [], `console errors in the ${host} host`);
    assert.deepEqual(failedRequests, [], `failed requests in the ${host} host`);
  } finally {
    await page.context().close();
  }
};

for (const host of HOSTS) {
  test(`${host} host: anhorig-complete arrives with outcome 'assigned' and a record that validates`, { timeout: 30_000 }, () => proves(host));
}
