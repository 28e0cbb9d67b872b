/**
 * Reading many documents from files for the report, in Node: files, folders (recursively: `.json`,
 * `.ndjson`, `.jsonl`) and newline-delimited JSON, streamed line by line so memory stays flat however
 * many records. Each document is migrated and validated with the core (`loadRecord`,
 * `loadRelativeRecord`); an invalid one is counted and listed by file, line and
 * validation issue codes, never by content, and the run goes on.
 *
 * A document is an investigation record, a relative's own record, a bundle `{ record, relativeRecords }`
 * (what `anhorig-change` carries) or a JSON array of these. Assignments are skipped (the record holds them).
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { extname, join, relative as relativePath } from 'node:path';
import { loadRecord, loadRelativeRecord, type ValidationIssue } from '@anhorig/core';
import { createReportBuilder, type Counts, type ReportOptions } from './count.js';
import { publish, type Report } from './report.js';

export interface InvalidDocument {
  /** The file as given (relative to the working directory where it lies under it). */
  file: string;
  /** Line in an `.ndjson` file, 1-based. */
  line?: number;
  /** Position in a JSON array or a bundle's `relativeRecords`. */
  item?: string;
  /** Validation issue codes (`invalid_type`, `schema_version`, `reference`, `invalid_json` …). */
  codes: string[];
}

export interface ReadSummary {
  files: number;
  bytes: number;
  documents: number;
  investigations: number;
  relativeRecords: number;
  /** Documents the report does not use (assignments). */
  skipped: number;
  invalidCount: number;
  /** The first `MAX_LISTED` invalid documents; `invalidCount` counts them all. */
  invalid: InvalidDocument[];
  /** Relatives' own records whose investigation was not among the inputs (not counted). */
  unlinkedRelativeRecords: number;
}

export const MAX_LISTED = 1000;
const EXTENSIONS = new Set(['.json', '.ndjson', '.jsonl']);

export interface FileOptions extends ReportOptions {
  /** Called now and then with bytes read so far and in all (for a progress bar). */
  onProgress?: (done: number, total: number, documents: number) => void;
  /** Shown instead of absolute paths; default: the working directory. */
  baseDir?: string;
}

/** Files under the inputs, in a stable order (folders sorted by name). */
export const listInputFiles = async (inputs: readonly string[]): Promise<string[]> => {
  const files: string[] = [];
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    const info = await stat(path);
    if (info.isDirectory()) {
      const entries = (await readdir(path)).filter((e) => !e.startsWith('.')).sort();
      for (const entry of entries) await walk(join(path, entry), false);
    } else if (explicit || EXTENSIONS.has(extname(path).toLowerCase())) files.push(path);
  };
  for (const input of inputs) await walk(input, true);
  return files;
};

const codesOf = (issues: ValidationIssue[]): string[] => [...new Set(issues.map((i) => i.code))].sort();

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const readDocuments = async (inputs: readonly string[], options: FileOptions): Promise<{ counts: Counts; summary: ReadSummary }> => {
  const builder = createReportBuilder(options);
  const files = await listInputFiles(inputs);
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  const total = sizes.reduce((a, b) => a + b, 0);
  const base = options.baseDir ?? process.cwd();
  const summary: ReadSummary = { files: files.length, bytes: total, documents: 0, investigations: 0, relativeRecords: 0, skipped: 0, invalidCount: 0, invalid: [], unlinkedRelativeRecords: 0 };
  let done = 0;
  let lastReport = 0;
  const progress = (force = false) => {
    const now = Date.now();
    if (options.onProgress && (force || now - lastReport > 100)) {
      lastReport = now;
      options.onProgress(done, total, summary.documents);
    }
  };

  const invalid = (file: string, where: { line?: number; item?: string }, codes: string[]) => {
    summary.invalidCount += 1;
    if (summary.invalid.length < MAX_LISTED) summary.invalid.push({ file, ...where, codes });
  };

  const handle = (value: unknown, file: string, where: { line?: number; item?: string }): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => handle(v, file, { ...where, item: where.item ? `${where.item}.${i}` : String(i) }));
      return;
    }
    summary.documents += 1;
    if (!isObject(value)) return invalid(file, where, ['invalid_type']);
    if (value.documentType === undefined && 'record' in value) {
      summary.documents -= 1; // the bundle is not a document itself
      handle(value.record, file, { ...where, item: where.item ? `${where.item}.record` : 'record' });
      const list = value.relativeRecords ?? [];
      if (!Array.isArray(list)) {
        summary.documents += 1;
        return invalid(file, { ...where, item: where.item ? `${where.item}.relativeRecords` : 'relativeRecords' }, ['invalid_type']);
      }
      list.forEach((v, i) => handle(v, file, { ...where, item: `${where.item ? `${where.item}.` : ''}relativeRecords.${i}` }));
      return;
    }
    switch (value.documentType) {
      case 'investigation': {
        const loaded = loadRecord(value);
        if (!loaded.ok) return invalid(file, where, codesOf(loaded.issues));
        summary.investigations += 1;
        return builder.addInvestigation(loaded.value);
      }
      case 'relativeRecord': {
        const result = loadRelativeRecord(value);
        if (!result.ok) return invalid(file, where, codesOf(result.issues));
        summary.relativeRecords += 1;
        return builder.addRelativeRecord(result.value);
      }
      case 'assignment':
        summary.skipped += 1;
        return;
      default:
        return invalid(file, where, ['unknown_document']);
    }
  };

  for (const [k, path] of files.entries()) {
    const file = path.startsWith(base) ? relativePath(base, path) || path : path;
    const ext = extname(path).toLowerCase();
    try {
      if (ext === '.ndjson' || ext === '.jsonl') {
        const stream = createReadStream(path, { encoding: 'utf8' });
        stream.on('data', (chunk) => {
          done += Buffer.byteLength(chunk as string);
          progress();
        });
        const lines = createInterface({ input: stream, crlfDelay: Infinity });
        let n = 0;
        for await (const line of lines) {
          n += 1;
          if (line.trim() === '') continue;
          let value: unknown;
          try {
            value = JSON.parse(line);
          } catch {
            summary.documents += 1;
            invalid(file, { line: n }, ['invalid_json']);
            continue;
          }
          handle(value, file, { line: n });
        }
      } else {
        const text = await readFile(path, 'utf8');
        done += sizes[k]!;
        let value: unknown;
        try {
          value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        } catch {
          summary.documents += 1;
          invalid(file, {}, ['invalid_json']);
          continue;
        }
        handle(value, file, {});
      }
    } catch {
      invalid(file, {}, ['unreadable']);
    }
    progress();
  }
  progress(true);
  const counts = builder.counts();
  summary.unlinkedRelativeRecords = counts.unlinkedRelativeRecords;
  return { counts, summary };
};

/** The published report from files (the CLI's core, for vendors who run it on their server). */
export const reportFromFiles = async (inputs: readonly string[], options: FileOptions): Promise<{ report: Report; summary: ReadSummary }> => {
  const { counts, summary } = await readDocuments(inputs, options);
  return { report: publish(counts), summary };
};
