/**
 * Input from the host (restore, catalogue, decided support, handläggare, date). Validated as a
 * whole and applied all or nothing; a refusal carries the untouched input so the host loses nothing.
 */
import * as z from 'zod/mini';
import {
  Assessment,
  Caseworker,
  findCatalogueIssues,
  toValidationIssues,
  validateCatalogue,
  validateRecord,
  type ValidationIssue,
} from '../schema/index.js';
import { loadDocuments } from '../record/load.js';
import type { MachineContext as InvestigationContext } from './context.js';
import type { InvestigationEvent } from './events.js';
import { message, type Message } from '../messages/codes.js';

export type HostEvent = Extract<InvestigationEvent, { type: `host.${string}` }>;

export type HostResult =
  | { ok: true; context: Partial<InvestigationContext>; recordChanged: boolean }
  | { ok: false; reason: Message; issues: ValidationIssue[]; input: unknown };

const parse = <S extends z.ZodMiniType>(schema: S, input: unknown): { ok: true; value: z.infer<S> } | { ok: false; issues: ValidationIssue[] } => {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, value: result.data as z.infer<S> } : { ok: false, issues: toValidationIssues(result.error) };
};

/** An assessment as the host passes it: `source` may be left out (it becomes `host`). */
const HostAssessment = z.extend(Assessment, { source: z.optional(Assessment.shape.source) });

const inputOf = (event: HostEvent): unknown => {
  switch (event.type) {
    case 'host.restore':
      return { record: event.record, relativeRecords: event.relativeRecords, ...(event.catalogue !== undefined ? { catalogue: event.catalogue } : {}) };
    case 'host.setCatalogue':
      return event.catalogue;
    case 'host.setAssessment':
      return event.assessment;
    case 'host.setCaseworker':
      return event.caseworker;
    case 'host.setToday':
      return event.today;
  }
};

const compute = (context: InvestigationContext, event: HostEvent): HostResult => {
  const refuse = (issues: ValidationIssue[]): HostResult => ({ ok: false, reason: message(event.type) /* the refusal's code is the host event's type */, issues, input: inputOf(event) });
  switch (event.type) {
    case 'host.restore': {
      let catalogue = context.catalogue;
      if (event.catalogue !== undefined) {
        const checked = validateCatalogue(event.catalogue);
        if (!checked.ok) return refuse(checked.issues.map((i) => ({ ...i, path: i.path ? `catalogue.${i.path}` : 'catalogue' })));
        catalogue = checked.value;
      }
      const loaded = loadDocuments(event.record, event.relativeRecords, catalogue);
      return loaded.ok ? { ok: true, context: { ...loaded.value, catalogue, loadError: undefined }, recordChanged: false } : refuse(loaded.issues);
    }
    case 'host.setCatalogue': {
      const catalogue = validateCatalogue(event.catalogue);
      if (!catalogue.ok) return refuse(catalogue.issues);
      const missing = context.record ? findCatalogueIssues(context.record, catalogue.value) : [];
      return missing.length ? refuse(missing) : { ok: true, context: { catalogue: catalogue.value }, recordChanged: false };
    }
    case 'host.setAssessment': {
      // The host need not say where its own decision comes from: it is stored with `source: 'host'`.
      const assessment = parse(HostAssessment, event.assessment);
      if (!assessment.ok) return refuse(assessment.issues);
      // Before a record is loaded the decision waits (the machine applies it once one loads).
      if (!context.record) return { ok: true, context: { pendingAssessment: event.assessment }, recordChanged: false };
      const record = { ...context.record, assessment: { ...assessment.value, source: 'host' as const } };
      const valid = validateRecord(record);
      if (!valid.ok) return refuse(valid.issues);
      const missing = findCatalogueIssues(valid.value, context.catalogue);
      return missing.length ? refuse(missing) : { ok: true, context: { record: valid.value }, recordChanged: true };
    }
    case 'host.setCaseworker': {
      const caseworker = parse(Caseworker, event.caseworker);
      return caseworker.ok ? { ok: true, context: { caseworker: caseworker.value }, recordChanged: false } : refuse(caseworker.issues);
    }
    case 'host.setToday': {
      const today = parse(z.iso.date(), event.today);
      return today.ok ? { ok: true, context: { today: today.value }, recordChanged: false } : refuse(today.issues);
    }
  }
};

// The guard and the action of one transition see the same event object; validate a (possibly large)
// host input once, not twice.
const memo = new WeakMap<object, HostResult>();

export const applyHostEvent = (context: InvestigationContext, event: HostEvent): HostResult => {
  const cached = memo.get(event);
  if (cached) return cached;
  const result = compute(context, event);
  memo.set(event, result);
  return result;
};
