/**
 * @anhorig/report: the yearly follow-up of support to relatives, with the gender-equality view.
 * A pure function over many investigation records (docs/report.md). No DOM, no Node APIs: runs on a
 * vendor's server, in the CLI and in the browser. The element is `@anhorig/report/element`, the
 * file reader for Node `@anhorig/report/node`.
 *
 * Public API (docs/decisions.md, "A deliberate public API"; the API report is etc/report.api.md):
 * the report in one call or streamed, its period check and format version, and the suppression an
 * auditor can re-run on the raw counts.
 */
// The report: in one call, or streamed document by document and then published (suppressed).
export { computeReport, publish, REPORT_VERSION } from './report.js';
export type { Report, ReportFigure, ReportBreakdown, Published, ReportInput } from './report.js';
export { createReportBuilder, type ReportBuilder, type ReportOptions, type Counts } from './count.js';
export { checkPeriod, PeriodError, type Period } from './period.js';
// Auditing the suppression: the raw counts (never to be published), the sums a reader can form
// between published cells, and the suppression itself (the package's tests use these).
export { countRecords, countsByFigure } from './report.js';
export { equationsOf, type Equation } from './cells.js';
export { suppress, THRESHOLD, type CellStatus } from './suppress.js';
// The breakdowns and sections a report has, and the types the ones above are made of.
export { DIMENSION_IDS, SECTION_IDS, type DimensionId, type SectionId } from './model.js';
export type { Unit, Anchor, FigureDef, Layout, Partition } from './model.js';
export type { CellIndex, FigureCells } from './cells.js';
