/**
 * The published report: aggregates only, every count below 5 hidden, complementary cells hidden so no
 * hidden count can be worked out (suppress.ts). No name, id or date finer than a month: the only dates
 * are the period's months, the only ids those of the catalogue (support types, scale steps).
 */
import { type InvestigationRecord, type RelativeRecord } from '@anhorig/core';
import { createReportBuilder, type Counts, type ReportOptions } from './count.js';
import { equationsOf } from './cells.js';
import { suppress, THRESHOLD, type CellStatus } from './suppress.js';
import type { Anchor, DimensionId, SectionId, Unit } from './model.js';

export const REPORT_VERSION = 1 as const;

/** A published count: the number, or why it is hidden. */
export type Published = { count: number } | { suppressed: 'belowThreshold' | 'complementary' };

export interface ReportBreakdown {
  dimension: DimensionId;
  cells: { category: string; value: Published }[];
}

export interface ReportFigure {
  id: string;
  section: SectionId;
  unit: Unit;
  anchor: Anchor;
  /** The catalogue's label, for a follow-up scale step. */
  label?: string;
  total: Published;
  breakdowns: ReportBreakdown[];
}

export interface Report {
  documentType: 'anhorigReport';
  reportVersion: typeof REPORT_VERSION;
  /** Whole months, `YYYY-MM`. */
  period: { from: string; to: string };
  /** Counts below this are shown as "< 5". */
  threshold: number;
  /** The catalogue the categories come from (labels for support types and the follow-up scale). */
  catalogue: {
    id: string;
    municipality?: string;
    supportTypes: { id: string; name: string }[];
    followUpScale: { id: string; label: string }[];
  };
  figures: ReportFigure[];
  /** Relatives per investigation with relatives, one decimal, where both counts are published. */
  relativesPerInvestigation: { total: number | null; adult: number | null; minor: number | null };
}

const published = (value: number, status: CellStatus): Published =>
  status === 'shown' ? { count: value } : { suppressed: status === 'small' ? 'belowThreshold' : 'complementary' };

/** Suppress the raw counts and shape the published report. */
export const publish = (counts: Counts): Report => {
  const { index, values, catalogue } = counts;
  const status = suppress(Array.from(values), equationsOf(index), THRESHOLD);
  const cell = (i: number): Published => published(values[i]!, status[i]!);
  const figures: ReportFigure[] = index.layout.figures.map((f) => {
    const cells = index.figures.get(f.id)!;
    return {
      id: f.id,
      section: f.section,
      unit: f.unit,
      anchor: f.anchor,
      ...(f.label !== undefined ? { label: f.label } : {}),
      total: cell(cells.total),
      breakdowns: f.dimensions.map((dimension) => ({
        dimension,
        cells: index.layout.categories[dimension].map((category, i) => ({ category, value: cell(cells.dimensions[dimension]! + i) })),
      })),
    };
  });
  const ratio = (relatives: number, investigations: number): number | null =>
    status[relatives] === 'shown' && status[investigations] === 'shown' && values[investigations]! > 0
      ? Math.round((values[relatives]! / values[investigations]!) * 10) / 10
      : null;
  const rel = index.figures.get('relatives')!;
  const inv = index.figures.get('investigationsWithRelatives')!;
  const relAge = rel.dimensions.personAgeGroup!;
  const invAge = inv.dimensions.personAgeGroup!;
  return {
    documentType: 'anhorigReport',
    reportVersion: REPORT_VERSION,
    period: { from: counts.period.from, to: counts.period.to },
    threshold: THRESHOLD,
    catalogue: {
      id: catalogue.id,
      ...(catalogue.municipality !== undefined ? { municipality: catalogue.municipality } : {}),
      supportTypes: catalogue.supportTypes.map((t) => ({ id: t.id, name: t.name })),
      followUpScale: catalogue.followUpScale.map((s) => ({ id: s.id, label: s.label })),
    },
    figures,
    relativesPerInvestigation: {
      total: ratio(rel.total, inv.total),
      adult: ratio(relAge, invAge),
      minor: ratio(relAge + 1, invAge + 1),
    },
  };
};

export interface ReportInput extends ReportOptions {
  /** Investigation records, already loaded (validated, migrated): `loadRecord` from @anhorig/core. */
  records: Iterable<InvestigationRecord>;
  /** The relatives' own records, in any order. */
  relativeRecords?: Iterable<RelativeRecord>;
}

/** The raw counts for many records (not for publication: use `computeReport`). */
export const countRecords = (input: ReportInput): Counts => {
  const builder = createReportBuilder(input);
  for (const record of input.records) builder.addInvestigation(record);
  for (const own of input.relativeRecords ?? []) builder.addRelativeRecord(own);
  return builder.counts();
};

/** The report for a period, over many investigation records and the relatives' own records: a pure function. */
export const computeReport = (input: ReportInput): Report => publish(countRecords(input));

/** Raw counts by figure, for tests and for checking a report by hand: `{ figureId: { total, gender: { woman: 3 } } }`. */
export const countsByFigure = (counts: Counts): Record<string, { total: number } & Partial<Record<DimensionId, Record<string, number>>>> =>
  Object.fromEntries(
    counts.index.layout.figures.map((f) => {
      const cells = counts.index.figures.get(f.id)!;
      const entry: { total: number } & Partial<Record<DimensionId, Record<string, number>>> = { total: counts.values[cells.total]! };
      for (const dimension of f.dimensions)
        entry[dimension] = Object.fromEntries(
          counts.index.layout.categories[dimension].map((c, i) => [c, counts.values[cells.dimensions[dimension]! + i]!]),
        );
      return [f.id, entry];
    }),
  );
