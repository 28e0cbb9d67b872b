/**
 * Storybook's first load, as a designer opens it: the static build `npm test` has just made
 * (`npm run build-storybook`, the step before this one), served from 127.0.0.1 and opened in Debian's
 * Chromium. The manager and the first story's page must load without a page error, a console error
 * or warning, or a failed request, and the preview must hold one copy of Lit (two copies would each
 * register their own elements' base classes; Lit's development build warns "Multiple versions of Lit
 * loaded", its production build says nothing, so the count is read from Lit's version lists).
 *
 * Not under tests/node: those run before the Storybook build (`npm run test:core`), and building
 * Storybook again here would double the slowest step of `npm test`. Run alone:
 * `npm run build-storybook && npm run test:storybook`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../chromium.js';

const STATIC = resolve(dirname(fileURLToPath(import.meta.url)), '../../storybook-static');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

test('Storybook (storybook-static): the first load shows no error or warning and one copy of Lit', { timeout: 60_000 }, async () => {
  assert.ok(existsSync(join(STATIC, 'index.html')), 'storybook-static/index.html is missing: run `npm run build-storybook` first');

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(STATIC, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(STATIC + sep) || !existsSync(file) || !statSync(file).isFile()) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // Console messages from every frame: the manager and the preview iframe.
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()} (${m.location().url})`);
    });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? ''})`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });

    await page.goto(`${origin}/`);
    // The manager opens the first entry (the investigation's docs page) in the preview iframe.
    const preview = page.frameLocator('#storybook-preview-iframe');
    await preview.locator('anhorig-investigation').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForLoadState('networkidle');

    const frame = page.frames().find((f) => f.url().includes('/iframe.html'));
    assert.ok(frame, 'the preview iframe did not load');
    const lit = await frame.evaluate(() => {
      const g = globalThis as { litHtmlVersions?: string[]; litElementVersions?: string[]; reactiveElementVersions?: string[] };
      return { 'lit-html': g.litHtmlVersions ?? [], 'lit-element': g.litElementVersions ?? [], '@lit/reactive-element': g.reactiveElementVersions ?? [] };
    });
    for (const [name, versions] of Object.entries(lit)) assert.equal(versions.length, 1, `the preview loaded ${name} ${versions.length} times (${versions.join(', ')})`);
    assert.deepEqual(problems, [], 'Storybook\'s first load');
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
});
