/**
 * @anhorig/report: the yearly follow-up of support to relatives, with the gender-equality view.
 * A pure function over many investigation records (docs/report.md). No DOM, no Node APIs: runs on a
 * vendor's server, in the CLI and in the browser. The element is `@anhorig/report/element`, the
 * file reader for Node `@anhorig/report/node`.
 */
export { computeReport, countRecords, publish, countsByFigure, REPORT_VERSION } from './report.js';
export type { Report, ReportFigure, ReportBreakdown, Published, ReportInput } from './report.js';
export { createReportBuilder, type ReportBuilder, type ReportOptions, type Counts } from './count.js';
export { checkPeriod, inPeriod, PeriodError, type Period } from './period.js';
export { buildLayout, DIMENSION_IDS, SECTION_IDS, RELATIVE_DIMENSIONS, NOT_ASKED, OTHER, reliefFigureId } from './model.js';
export type { DimensionId, SectionId, Unit, Anchor, FigureDef, Layout, Partition } from './model.js';
export { indexCells, equationsOf, type Equation, type CellIndex } from './cells.js';
export { suppress, THRESHOLD, type CellStatus } from './suppress.js';
