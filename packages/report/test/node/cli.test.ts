/**
 * The CLI as the analyst runs it: files, folders and .ndjson; the four outputs; invalid documents
 * counted and listed by file and issue code without personal data; the HTML opening offline with no
 * request (real Chromium, every request recorded); the JSON valid against its JSON Schema.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { chromium } from 'playwright-core';
import { main } from '../../src/cli/main.js';
import { reportJsonSchema } from '../../src/schema.js';
import { CHROME_PATH, CHROMIUM_ARGS } from '../../../../tests/chromium.js';

const fixture = fileURLToPath(new URL('../fixtures/hand-counted/records.ndjson', import.meta.url));
const lines = readFileSync(fixture, 'utf8').trim().split('\n');
const docs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);

const capture = () => {
  let err = '';
  let out = '';
  return { io: { stderr: { write: (s: string) => (err += s), isTTY: false }, stdout: { write: (s: string) => (out += s) } }, err: () => err, out: () => out };
};

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'anhorig-report-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('anhorig-report (CLI)', () => {
  it('reads a folder of single documents, an array file and an .ndjson, with invalid documents counted, listed by file and issue code, never printed', async () => {
    const input = join(dir, 'in');
    mkdirSync(join(input, 'cases'), { recursive: true });
    // One document per file for the first records, an array for some, the rest as ndjson.
    docs.slice(0, 6).forEach((d, i) => writeFileSync(join(input, 'cases', `doc-${i}.json`), JSON.stringify(d)));
    writeFileSync(join(input, 'some.json'), JSON.stringify(docs.slice(6, 12)));
    writeFileSync(join(input, 'rest.ndjson'), `${docs.slice(12).map((d) => JSON.stringify(d)).join('\n')}\n`);
    // Bad input: a record with a broken field (its name must not be printed), a line that is not JSON, a record from a newer version.
    const broken = { ...docs[0], id: 'trasig-utredning', person: { ...(docs[0]!.person as object), displayName: 42, id: 'Hemlig Person' } };
    writeFileSync(join(input, 'bad.ndjson'), `${JSON.stringify(broken)}\n{not json\n${JSON.stringify({ ...docs[0], schemaVersion: 99 })}\n`);
    const out = join(dir, 'out');
    const c = capture();
    const code = await main([input, '--from', '2026-01-01', '--to', '2026-12-31', '--out', out], c.io);
    assert.equal(code, 0);
    const err = c.err();
    assert.match(err, /20 utredningar/);
    assert.match(err, /3 ogiltiga/);
    assert.match(err, /bad\.ndjson:1 \(invalid_type\)/);
    assert.match(err, /bad\.ndjson:2 \(invalid_json\)/);
    assert.match(err, /bad\.ndjson:3 \(schema_version\)/);
    for (const secret of ['Hemlig Person', 'trasig-utredning', 'Eva', 'Person 1', 'fixtur-1']) assert.ok(!err.includes(secret), `stderr must not show ${secret}`);
    const log = JSON.parse(readFileSync(join(out, 'run-log.json'), 'utf8'));
    assert.equal(log.invalidCount, 3);
    assert.ok(!JSON.stringify(log).includes('Hemlig'));

    // The same figures as the function on the same documents.
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    assert.deepEqual(report.figures.find((f: { id: string }) => f.id === 'relatives').total, { count: 20 });
    assert.deepEqual(report.period, { from: '2026-01', to: '2026-12' });
  });

  it('writes report.json valid against report.schema.json, and the packaged schema is the generated one', async () => {
    const out = join(dir, 'out2');
    const code = await main([fixture, '--from', '2026-01', '--to', '2026-12', '--out', out, '--quiet'], capture().io);
    assert.equal(code, 0);
    const schema = JSON.parse(readFileSync(join(out, 'report.schema.json'), 'utf8'));
    const Ajv = (Ajv2020 as unknown as { default: typeof Ajv2020 }).default ?? Ajv2020;
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))), JSON.stringify(validate.errors));
    const packaged = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));
    assert.deepEqual(packaged, reportJsonSchema(), 'run `node --conditions=@anhorig/source --import tsx packages/report/scripts/build-schema.ts`');
    // A report with a shown count below 5 is rejected by the schema.
    const bad = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    bad.figures[0].total = { count: 3 };
    assert.equal(validate(bad), false);
  });

  it('writes report.csv semicolon-separated, UTF-8 with BOM, CRLF, "< 5" for small counts', async () => {
    const out = join(dir, 'out3');
    await main([fixture, '--from', '2026-01-01', '--to', '2026-12-31', '--out', out, '--quiet'], capture().io);
    const bytes = readFileSync(join(out, 'report.csv'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const rows = text.split('\r\n').filter(Boolean);
    assert.equal(rows[0], 'Avsnitt;Uppgift;Fördelning;Kategori;Antal');
    assert.ok(rows.every((r) => r.split(';').length === 5 || r.includes('"')));
    assert.ok(rows.some((r) => r.endsWith(';< 5')));
    assert.ok(rows.includes('Anhöriga och den enskildes beslut;Anhöriga;Totalt;Totalt;20'));
    assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/);
  });

  it('writes an English CSV and HTML with --lang en', async () => {
    const out = join(dir, 'out4');
    await main([fixture, '--from', '2026-01-01', '--to', '2026-12-31', '--out', out, '--quiet', '--lang', 'en'], capture().io);
    assert.match(readFileSync(join(out, 'report.csv'), 'utf8'), /^\uFEFFSection;Figure;Breakdown;Category;Count/);
    assert.match(readFileSync(join(out, 'report.html'), 'utf8'), /<html lang="en">/);
  });

  it('refuses a period that is not whole months, and missing arguments, with exit code 2', async () => {
    const c = capture();
    assert.equal(await main([fixture, '--from', '2026-01-15', '--to', '2026-12-31', '--out', join(dir, 'x')], c.io), 2);
    assert.match(c.err(), /first day of a month/);
    assert.equal(await main([fixture, '--from', '2026-01-01'], capture().io), 2);
    const help = capture();
    assert.equal(await main(['--help'], help.io), 0);
    assert.match(help.out(), /Usage:/);
  });

  it('runs as `npx anhorig-report` (the bin)', () => {
    const out = join(dir, 'out5');
    const result = spawnSync('npx', ['anhorig-report', fixture, '--from', '2026-01-01', '--to', '2026-12-31', '--out', out], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /Skrev report\.json/);
    copyFileSync(join(out, 'report.html'), join(dir, 'opened.html'));
  });

  it('report.html opens offline in Chromium with no request but itself, and passes a basic structure check', async () => {
    const out = join(dir, 'out6');
    await main([fixture, '--from', '2026-01-01', '--to', '2026-12-31', '--out', out, '--quiet'], capture().io);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    assert.doesNotMatch(html, /<script|<link|@import|url\(|src=|href="(?!#)/i);
    const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS, headless: true });
    try {
      const context = await browser.newContext({ offline: true });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const url = pathToFileURL(join(out, 'report.html')).href;
      await page.goto(url);
      assert.deepEqual(requests, [url]);
      assert.equal(await page.locator('h1').textContent(), 'Uppföljning av stödet till anhöriga');
      assert.ok((await page.locator('table').count()) >= 20);
      assert.equal(await page.locator('table caption').count(), await page.locator('table').count());
      assert.equal(await page.locator('svg[aria-hidden="true"]').count(), await page.locator('table').count());
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.byteLength > 10_000);
    } finally {
      await browser.close();
    }
  });
});
