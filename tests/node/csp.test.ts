/**
 * Strict CSP: the plain host page (tests/hosts/plain: the all-in-one bundle, host.js, no inline
 * script or style) served with
 *
 *   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'
 *
 * runs the whole flow with zero violations: Lit's styles are constructable stylesheets, zod is
 * built jitless (no `new Function` probe), nothing evaluates strings. Violations are collected in
 * the page by csp-probe.js (`securitypolicyviolation` on document, into window.__violations).
 *
 * Everything is done as a user does it, through the element's shadow roots by role and label.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { validateRecord, type InvestigationRecord } from '@anhorig/core';
import type { AnhorigChangeDetail, AnhorigCompleteDetail } from '@anhorig/elements';
import { buildPlainHost, investigation, issueAssignment, launch, openPage, serve, waitForGlobal, type Served, type Watched } from '../hosts/harness.js';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

let dir: string;
let server: Served;
let browser: Browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'anhorig-csp-'));
  const [, started] = await Promise.all([buildPlainHost(dir), launch()]);
  browser = started;
  server = await serve(dir, { 'content-security-policy': CSP });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  column: number;
  sample: string;
}

const open = async (fixture: 'empty' | 'record'): Promise<Watched> => {
  const watched = await openPage(browser);
  const response = await watched.page.goto(`${server.origin}/index.html${fixture === 'empty' ? '?fixture=empty' : ''}`);
  assert.equal(response?.headers()['content-security-policy'], CSP, 'the page is served with the strict CSP');
  return watched;
};

/** Zero violations, page errors, console errors (Chromium logs CSP refusals there too) and failed requests. */
const assertClean = async ({ page, pageErrors, consoleErrors, failedRequests }: Watched) => {
  const violations = await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
  assert.ok(Array.isArray(violations), 'csp-probe.js ran (a file script under script-src \'self\')');
  assert.deepEqual(violations, [], `CSP violations:\n${JSON.stringify(violations, null, 2)}`);
  assert.deepEqual(pageErrors, [], 'page errors');
  assert.deepEqual(consoleErrors, [], 'console errors');
  assert.deepEqual(failedRequests, [], 'failed requests');
};

/** Type into a field by keyboard, then Tab out (fires `change`, which commits the value). */
const type = async (page: Page, field: ReturnType<Page['locator']>, text: string) => {
  await field.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
};

const addRelative = async (page: Page, name: string, relation: string, supportIn?: string) => {
  const form = investigation(page).getByRole('form', { name: 'Lägg till en anhörig' });
  await type(page, form.getByRole('textbox', { name: 'Namn', exact: true }), name);
  await type(page, form.getByRole('textbox', { name: /^Relation till den enskilde/ }), relation);
  if (supportIn) {
    await form.getByRole('checkbox', { name: 'Ger stöd, omsorg eller vård till den enskilde' }).press('Space');
    await form.getByRole('checkbox', { name: supportIn, exact: true }).press('Space');
  }
  await form.getByRole('checkbox', { name: /^Den anhöriga har fått veta att hen kan delta/ }).press('Space');
  await form.getByRole('button', { name: 'Lägg till', exact: true }).press('Enter');
  await investigation(page).getByText(`${name} är tillagd.`).waitFor();
  await investigation(page).getByRole('heading', { name: `${name} (${relation})` }).waitFor();
};

const lastChange = (page: Page) => page.evaluate(() => (window as unknown as { __hostLastChange?: AnhorigChangeDetail }).__hostLastChange);

test('strict CSP, from an empty record: add two relatives, record a consent in the consent panel, go through the steps — no violations', { timeout: 40_000 }, async () => {
  const watched = await open('empty');
  const { page } = watched;
  const el = investigation(page);
  try {
    await el.getByRole('heading', { name: /^Steg 1 av 6/ }).waitFor({ timeout: 10_000 });

    // Step 1: two relatives.
    await addRelative(page, 'Eva Exempelsson', 'dotter', 'Hemliv');
    await addRelative(page, 'Olle Granne', 'granne');
    // The person was asked about each of them (without a consent, Olle is in step 2).
    for (const name of ['Eva Exempelsson', 'Olle Granne']) {
      await el.getByRole('button', { name: `Markera att den enskilde har tillfrågats om ${name}` }).click();
      await el.getByText(/^Den enskilde tillfrågades /).nth(name === 'Olle Granne' ? 1 : 0).waitFor();
    }

    // The consent panel: the person consents to Eva taking part in the investigation's conversations.
    await el.getByRole('button', { name: /^Samtycken \(0\)$/ }).click();
    await el.getByRole('heading', { name: 'Samtycken', exact: true }).waitFor();
    await el.getByRole('combobox', { name: 'Anhörig' }).selectOption({ label: 'Eva Exempelsson (dotter)' });
    await el.getByRole('combobox', { name: 'Vad gäller samtycket?' }).selectOption({ label: 'Delta i utredningens samtal' });
    // No answer is preselected (H1): the handläggare chooses yes, and the form.
    await el.getByRole('radio', { name: 'Ja', exact: true }).check();
    await el.getByRole('radio', { name: 'Skriftligt' }).check();
    await el.getByRole('button', { name: 'Registrera', exact: true }).click();
    await el.getByText('Beskedet är registrerat.').waitFor();
    const consents = (await lastChange(page))?.record.consents ?? [];
    assert.deepEqual(
      consents.map((c) => ({ relativeId: c.relativeId, scope: c.scope, status: c.status, form: c.form, givenBy: c.givenBy })),
      [{ relativeId: 'anhorig-1', scope: 'participate', status: 'given', form: 'written', givenBy: 'person' }],
    );

    // Back to the steps, then "Nästa: …" until there is no next step.
    await el.getByRole('button', { name: 'Steg', exact: true }).click();
    const visited: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const next = el.getByRole('button', { name: /^Nästa: / });
      if ((await next.count()) === 0) break;
      const title = ((await next.textContent()) ?? '').replace(/^\s*Nästa:\s*/, '').trim();
      await next.click();
      await el.getByRole('heading', { name: title }).first().waitFor();
      visited.push(title);
    }
    // Olle does not take part (step 2), Eva does (step 3); then gather, assess and the assignment.
    assert.deepEqual(visited, [
      'Om den enskilde inte vill att anhöriga deltar',
      'Om den enskilde vill att anhöriga deltar',
      'Inhämta uppgifter',
      'Bedöma och besluta',
      'Utforma uppdraget till utföraren',
    ]);
    const steps = await page.evaluate(() => (window as unknown as { __hostSteps?: string[] }).__hostSteps);
    assert.deepEqual(steps, ['equip', 'involve', 'gather', 'assessment', 'assignment']);

    const change = await lastChange(page);
    assert.ok(change, 'the host received anhorig-change');
    assert.equal(change.valid, true);
    const record: InvestigationRecord = change.record;
    const checked = validateRecord(record);
    assert.ok(checked.ok, `the last record does not validate: ${JSON.stringify(checked.ok ? [] : checked.issues.slice(0, 5))}`);
    assert.deepEqual(
      record.relatives.map((r) => r.name),
      ['Eva Exempelsson', 'Olle Granne'],
    );
    assert.equal(record.progress.step, 'assignment');

    await assertClean(watched);
  } finally {
    await page.context().close();
  }
});

test('strict CSP, a record ready to issue: issuing the assignment completes with a valid record — no violations', { timeout: 30_000 }, async () => {
  const watched = await open('record');
  const { page } = watched;
  try {
    await investigation(page).getByRole('heading', { name: /^Steg 5 av 6/ }).waitFor({ timeout: 10_000 });
    await issueAssignment(page);
    const result = await waitForGlobal<AnhorigCompleteDetail>(page, '__hostResult');
    assert.equal(result.outcome, 'assigned');
    const checked = validateRecord(result.record);
    assert.ok(checked.ok, `the record in anhorig-complete does not validate: ${JSON.stringify(checked.ok ? [] : checked.issues.slice(0, 5))}`);
    await investigation(page).getByText('Version 1 av uppdraget är skickad till utföraren.').first().waitFor();
    // The summary renders every part of the record (more templates, more styles): still clean.
    await investigation(page).getByRole('button', { name: 'Sammanfattning', exact: true }).click();
    await investigation(page).getByRole('heading', { name: 'Sammanfattning' }).first().waitFor();
    await assertClean(watched);
  } finally {
    await page.context().close();
  }
});
