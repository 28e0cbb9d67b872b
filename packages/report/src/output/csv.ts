/**
 * report.csv: one row per published cell (long format, easy to pivot), semicolon-separated, CRLF,
 * UTF-8 with a byte-order mark so Swedish Excel opens it with å, ä, ö right and splits the columns.
 */
import type { Report } from '../report.js';
import { labelsFor, TERMS, type ReportLang } from '../terms.js';

const BOM = '\uFEFF';

const field = (value: string): string => {
  // Formula injection: our labels never start with these, but a catalogue's names come from the host.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const toCsv = (report: Report, lang: ReportLang = 'sv'): string => {
  const t = TERMS[lang];
  const labels = labelsFor(lang, report);
  const lines: string[][] = [[t.csvSection, t.csvFigure, t.csvDimension, t.csvCategory, t.csvCount]];
  const shown = (v: Report['figures'][number]['total']) => ('count' in v ? String(v.count) : v.suppressed === 'belowThreshold' ? t.small : t.hidden);
  for (const f of report.figures) {
    const section = labels.section(f.section);
    const figure = labels.figure(f.id);
    lines.push([section, figure, t.total, t.total, shown(f.total)]);
    for (const b of f.breakdowns)
      for (const c of b.cells) lines.push([section, figure, labels.dimension(b.dimension), labels.category(b.dimension, c.category), shown(c.value)]);
  }
  lines.push([labels.section('relatives'), t.meanRelatives, t.total, t.total, report.relativesPerInvestigation.total === null ? t.meanHidden : String(report.relativesPerInvestigation.total).replace('.', lang === 'sv' ? ',' : '.')]);
  return BOM + lines.map((l) => l.map(field).join(';')).join('\r\n') + '\r\n';
};
