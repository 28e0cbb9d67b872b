/**
 * Loading what a host passes in (a saved record and the relatives' own records): migrate, validate
 * shape and references, and check that the relatives' records belong to this record. All or
 * nothing: any issue rejects the whole input, so nothing is half-applied.
 */
import {
  findCatalogueIssues,
  validateRecord,
  validateRelativeRecord,
  type Catalogue,
  type InvestigationRecord,
  type RelativeRecord,
  type ValidationIssue,
  type ValidationResult,
} from '../schema/index.js';
import { migrateDocument } from './migrate.js';

export interface LoadedDocuments {
  record: InvestigationRecord;
  relativeRecords: RelativeRecord[];
}

const prefixed = (prefix: string, issues: ValidationIssue[]): ValidationIssue[] =>
  issues.map((i) => ({ ...i, path: i.path ? `${prefix}.${i.path}` : prefix }));

/** Migrate and validate an investigation record. */
export const loadRecord = (input: unknown): ValidationResult<InvestigationRecord> => {
  const migrated = migrateDocument(input, 'record');
  return migrated.ok ? validateRecord(migrated.value) : migrated;
};

/** Migrate and validate a relative's own record. */
export const loadRelativeRecord = (input: unknown): ValidationResult<RelativeRecord> => {
  const migrated = migrateDocument(input, 'relativeRecord');
  return migrated.ok ? validateRelativeRecord(migrated.value) : migrated;
};

export const loadDocuments = (
  recordInput: unknown,
  relativeRecordsInput: unknown,
  catalogue?: Catalogue,
): ValidationResult<LoadedDocuments> => {
  const loaded = loadRecord(recordInput);
  if (!loaded.ok) return loaded;
  const record = loaded.value;
  const list = relativeRecordsInput ?? [];
  if (!Array.isArray(list))
    return { ok: false, issues: [{ path: 'relativeRecords', code: 'invalid_type', params: { list: 'relativeRecords' } }] };
  const issues: ValidationIssue[] = [];
  const relativeRecords: RelativeRecord[] = [];
  const relatives = new Map(record.relatives.map((r) => [r.id, r]));
  const seen = new Set<string>();
  list.forEach((item: unknown, index) => {
    const path = `relativeRecords.${index}`;
    const result = loadRelativeRecord(item);
    if (!result.ok) return issues.push(...prefixed(path, result.issues));
    const own = result.value;
    const relative = relatives.get(own.relativeId);
    if (!relative)
      issues.push({ path: `${path}.relativeId`, code: 'reference', params: { rule: 'ownRecordUnknownRelative', id: own.relativeId } });
    // L1: the own record names nothing of the investigation; the person's side holds the link.
    else if (relative.ownRecordId !== own.id)
      issues.push({ path: `${path}.id`, code: 'reference', params: { rule: 'ownRecordOtherInvestigation' } });
    if (seen.has(own.relativeId))
      issues.push({ path: `${path}.relativeId`, code: 'reference', params: { rule: 'ownRecordDuplicate', id: own.relativeId } });
    seen.add(own.relativeId);
    relativeRecords.push(own);
  });
  if (catalogue) issues.push(...findCatalogueIssues(record, catalogue));
  return issues.length ? { ok: false, issues } : { ok: true, value: { record, relativeRecords } };
};
