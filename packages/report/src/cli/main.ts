/**
 * `anhorig-report <files, folders or .ndjson …> --from 2026-01-01 --to 2026-12-31 --out <dir>`
 *
 * Writes report.json (and report.schema.json), report.csv and report.html to --out, and
 * run-log.json (what was read, what was invalid: files, lines and issue codes). Prints nothing
 * personal: on stderr only counts, file names and validation issue codes. A progress bar on stderr
 * when it is a terminal. Invalid documents never stop the run. Exit code 0 when the report was
 * written, 2 for a usage error, 1 when nothing could be read.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateCatalogue, type Catalogue } from '@anhorig/core';
import { readDocuments } from '../node.js';
import { publish } from '../report.js';
import { checkPeriod, PeriodError } from '../period.js';
import { toCsv } from '../output/csv.js';
import { toHtml } from '../output/html.js';
import { reportJsonSchema } from '../schema.js';
import { langOf } from '../terms.js';

export const USAGE = `anhorig-report: the yearly follow-up of support to relatives (aggregates only)

Usage:
  anhorig-report <file|folder|.ndjson …> --from YYYY-MM-01 --to YYYY-MM-DD --out <dir> [options]

Inputs: investigation records and relatives' own records as written by anhorig-components
(format version 1 or 2): one JSON document per file, a JSON array, a bundle { record, relativeRecords },
or newline-delimited JSON (.ndjson/.jsonl, one document per line; best for large exports).
Folders are read recursively (.json, .ndjson, .jsonl).

Options:
  --from <date>        first day of the first month (or YYYY-MM)
  --to <date>          last day of the last month (or YYYY-MM)
  --out <dir>          where report.json, report.schema.json, report.csv, report.html and run-log.json go
  --catalogue <file>   the municipality's catalogue (support types, goals, follow-up scale); default: the built-in one
  --lang sv|en         language of report.csv and report.html (default sv)
  --quiet              no progress bar and no summary
  --help               this text
`;

interface Io {
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stdout: { write(s: string): unknown };
}

const bar = (done: number, total: number, docs: number, width: number): string => {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const cells = Math.max(10, Math.min(40, width - 40));
  const filled = Math.round(share * cells);
  return `\r[${'#'.repeat(filled)}${'-'.repeat(cells - filled)}] ${String(Math.round(share * 100)).padStart(3)} %  ${docs.toLocaleString('sv-SE')} dokument`;
};

export const main = async (argv: string[], io: Io = process): Promise<number> => {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        catalogue: { type: 'string' },
        lang: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr.write(`anhorig-report: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length === 0 || !values.from || !values.to || !values.out) {
    io.stderr.write(`anhorig-report: inputs, --from, --to and --out are required.\n\n${USAGE}`);
    return 2;
  }
  try {
    checkPeriod(values.from, values.to);
  } catch (e) {
    if (e instanceof PeriodError) {
      io.stderr.write(`anhorig-report: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const lang = langOf(values.lang);
  let catalogue: Catalogue | undefined;
  if (values.catalogue) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(values.catalogue, 'utf8'));
    } catch {
      io.stderr.write(`anhorig-report: the catalogue ${values.catalogue} could not be read as JSON.\n`);
      return 2;
    }
    const checked = validateCatalogue(parsed);
    if (!checked.ok) {
      io.stderr.write(`anhorig-report: the catalogue ${values.catalogue} is not valid (${[...new Set(checked.issues.map((i) => i.code))].join(', ')}).\n`);
      return 2;
    }
    catalogue = checked.value;
  }
  const showProgress = !values.quiet && io.stderr.isTTY === true;
  let counts, summary;
  try {
    ({ counts, summary } = await readDocuments(positionals, {
      from: values.from,
      to: values.to,
      ...(catalogue ? { catalogue } : {}),
      ...(showProgress ? { onProgress: (done, total, docs) => io.stderr.write(bar(done, total, docs, io.stderr.columns ?? 80)) } : {}),
    }));
  } catch (e) {
    io.stderr.write(`anhorig-report: an input could not be found or read (${(e as NodeJS.ErrnoException).code ?? 'error'}).\n`);
    return 1;
  }
  if (showProgress) io.stderr.write('\n');
  const report = publish(counts);
  await mkdir(values.out, { recursive: true });
  await Promise.all([
    writeFile(join(values.out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`),
    writeFile(join(values.out, 'report.schema.json'), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`),
    writeFile(join(values.out, 'report.csv'), toCsv(report, lang)),
    writeFile(join(values.out, 'report.html'), toHtml(report, lang)),
    writeFile(join(values.out, 'run-log.json'), `${JSON.stringify({ note: 'For the analyst, not for publication: the input files and what could not be read.', ...summary }, null, 2)}\n`),
  ]);
  if (!values.quiet) {
    const s = summary;
    io.stderr.write(
      [
        `Läste ${s.files} filer: ${s.investigations} utredningar, ${s.relativeRecords} anhörigas journaler, ${s.skipped} överhoppade, ${s.invalidCount} ogiltiga.`,
        ...(s.unlinkedRelativeRecords > 0 ? [`${s.unlinkedRelativeRecords} anhörigas journaler saknade sin utredning och räknades inte.`] : []),
        ...s.invalid.map((i) => `  ogiltig: ${i.file}${i.line !== undefined ? `:${i.line}` : ''}${i.item !== undefined ? ` [${i.item}]` : ''} (${i.codes.join(', ')})`),
        ...(s.invalidCount > s.invalid.length ? [`  … och ${s.invalidCount - s.invalid.length} till (se run-log.json för antal).`] : []),
        `Skrev report.json, report.schema.json, report.csv, report.html och run-log.json till ${values.out}.`,
        '',
      ].join('\n'),
    );
  }
  return s_ok(summary);
};

const s_ok = (summary: { files: number; documents: number }): number => (summary.files === 0 ? 1 : 0);
