/**
 * The report as tables to show: per section, one table per dimension (rows: the section's figures
 * with that dimension; columns: the categories and the total), plus the bar chart's geometry. Both the
 * element and the HTML file render from this, so they show the same thing.
 */
import { SECTION_IDS, type DimensionId, type SectionId } from './model.js';
import type { Published, Report } from './report.js';
import { labelsFor, TERMS, type ReportLang, type ReportTerms } from './terms.js';

export interface ViewCell {
  /** What is shown: a number, "< 5" or "dolt"/"hidden". */
  text: string;
  /** The count where it is published. */
  count: number | null;
  /** A longer text for screen readers and titles where the count is hidden. */
  note?: string;
}

export interface ViewRow {
  figureId: string;
  label: string;
  cells: ViewCell[];
  total: ViewCell;
}

export interface ViewTable {
  id: string;
  dimension: DimensionId;
  caption: string;
  columns: { id: string; label: string }[];
  rows: ViewRow[];
  chart: Chart;
}

export interface ViewSection {
  id: SectionId;
  title: string;
  tables: ViewTable[];
}

export interface ReportView {
  lang: ReportLang;
  terms: ReportTerms;
  title: string;
  period: string;
  catalogue: string;
  mean: { label: string; text: string };
  sections: ViewSection[];
  dimensions: DimensionId[];
}

export interface ChartBar {
  y: number;
  width: number;
  label: string;
  value: string;
  hidden: boolean;
}

export interface Chart {
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  groups: { y: number; label: string; bars: ChartBar[] }[];
}

const CHART = { width: 420, labelWidth: 150, valueWidth: 56, barHeight: 12, gap: 4, groupHeading: 20, groupGap: 10 };

const number = (lang: ReportLang, n: number) => n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB');

const cellOf = (lang: ReportLang, terms: ReportTerms, value: Published): ViewCell =>
  'count' in value
    ? { text: number(lang, value.count), count: value.count }
    : value.suppressed === 'belowThreshold'
      ? { text: terms.small, count: null, note: terms.smallLong }
      : { text: terms.hidden, count: null, note: terms.hiddenLong };

const chartOf = (rows: ViewRow[], columns: { label: string }[]): Chart => {
  const max = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => c.count ?? 0)));
  const span = CHART.width - CHART.labelWidth - CHART.valueWidth;
  let y = 0;
  const groups = rows.map((row) => {
    const group = { y, label: row.label, bars: [] as ChartBar[] };
    y += CHART.groupHeading;
    row.cells.forEach((cell, i) => {
      group.bars.push({ y, width: cell.count === null ? 0 : Math.max(cell.count > 0 ? 1 : 0, Math.round((cell.count / max) * span)), label: columns[i]!.label, value: cell.text, hidden: cell.count === null });
      y += CHART.barHeight + CHART.gap;
    });
    y += CHART.groupGap;
    return group;
  });
  return { width: CHART.width, height: Math.max(y, 1), labelWidth: CHART.labelWidth, barHeight: CHART.barHeight, groups };
};

/** Build what to show. `dimensions` limits the tables (default: every dimension). */
export const viewOf = (report: Report, lang: ReportLang, dimensions?: readonly DimensionId[]): ReportView => {
  const terms = TERMS[lang];
  const labels = labelsFor(lang, report);
  const sections: ViewSection[] = [];
  const allDimensions: DimensionId[] = [];
  for (const sectionId of SECTION_IDS) {
    const figures = report.figures.filter((f) => f.section === sectionId);
    if (figures.length === 0) continue;
    const dims: DimensionId[] = [];
    for (const f of figures) for (const b of f.breakdowns) if (!dims.includes(b.dimension)) dims.push(b.dimension);
    for (const d of dims) if (!allDimensions.includes(d)) allDimensions.push(d);
    const title = labels.section(sectionId);
    const tables = dims
      .filter((d) => !dimensions || dimensions.includes(d))
      .map((dimension): ViewTable => {
        const withDim = figures.filter((f) => f.breakdowns.some((b) => b.dimension === dimension));
        const categories = withDim[0]!.breakdowns.find((b) => b.dimension === dimension)!.cells.map((c) => c.category);
        const columns = categories.map((id) => ({ id, label: labels.category(dimension, id) }));
        const rows = withDim.map((f) => ({
          figureId: f.id,
          label: labels.figure(f.id),
          cells: f.breakdowns.find((b) => b.dimension === dimension)!.cells.map((c) => cellOf(lang, terms, c.value)),
          total: cellOf(lang, terms, f.total),
        }));
        return { id: `${sectionId}-${dimension}`, dimension, caption: terms.tableCaption(title, labels.dimension(dimension)), columns, rows, chart: chartOf(rows, columns) };
      });
    sections.push({ id: sectionId, title, tables });
  }
  const mean = report.relativesPerInvestigation.total;
  return {
    lang,
    terms,
    title: terms.title,
    period: terms.period(report.period.from, report.period.to),
    catalogue: terms.catalogue(report.catalogue.municipality ?? report.catalogue.id),
    mean: { label: terms.meanRelatives, text: mean === null ? terms.meanHidden : mean.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) },
    sections,
    dimensions: allDimensions,
  };
};

/** Labels for the dimensions the element lets the reader choose between. */
export const dimensionLabel = (lang: ReportLang, report: Report, dimension: DimensionId): string => labelsFor(lang, report).dimension(dimension);
