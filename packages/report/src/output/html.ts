/**
 * report.html: one self-contained, printable file. Inline styles only, no script, no font, no image,
 * no link: it opens offline and makes no request. Each table has its bar chart beside it; the chart is
 * hidden from assistive technology (`aria-hidden`) because the table is its text alternative.
 */
import type { Report } from '../report.js';
import { viewOf, type Chart, type ReportView, type ViewTable } from '../view.js';
import type { ReportLang } from '../terms.js';

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --bar: #1d5e8c; --hidden: #767676; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); margin: 0; padding: 1.5rem; max-width: 80rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-top: 2px solid var(--ink); padding-top: .75rem; }
p { margin: .25rem 0; }
.meta { color: var(--muted); }
.privacy { border-left: 4px solid var(--bar); padding: .5rem .75rem; background: #f2f6f9; margin: 1rem 0; }
.pair { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; margin: 1rem 0 1.5rem; break-inside: avoid; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; vertical-align: top; }
thead th { background: #f0f0f0; font-weight: 600; }
td { text-align: right; white-space: nowrap; }
th[scope=row] { text-align: left; font-weight: normal; max-width: 22rem; }
.hidden-count { color: var(--hidden); }
svg { max-width: 100%; height: auto; }
svg text { font: 11px system-ui, sans-serif; fill: var(--ink); }
svg .group { font-weight: 600; }
svg .bar { fill: var(--bar); }
svg .muted { fill: var(--hidden); }
footer { margin-top: 2rem; color: var(--muted); font-size: .9rem; }
@media print {
  body { padding: 0; font-size: 11pt; }
  h2 { break-before: auto; break-after: avoid; }
  .pair { break-inside: avoid; }
  .table-wrap { overflow: visible; }
}
`;

const chartSvg = (chart: Chart, title: string): string => {
  const parts: string[] = [];
  for (const g of chart.groups) {
    parts.push(`<text class="group" x="0" y="${g.y + 14}">${escape(g.label.length > 70 ? `${g.label.slice(0, 68)}…` : g.label)}</text>`);
    for (const b of g.bars) {
      parts.push(`<text x="${chart.labelWidth - 6}" y="${b.y + chart.barHeight - 2}" text-anchor="end">${escape(b.label)}</text>`);
      if (!b.hidden) parts.push(`<rect class="bar" x="${chart.labelWidth}" y="${b.y}" width="${b.width}" height="${chart.barHeight}"></rect>`);
      parts.push(`<text${b.hidden ? ' class="muted"' : ''} x="${chart.labelWidth + b.width + 4}" y="${b.y + chart.barHeight - 2}">${escape(b.value)}</text>`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" width="${chart.width}" height="${chart.height}" viewBox="0 0 ${chart.width} ${chart.height}"><title>${escape(title)}</title>${parts.join('')}</svg>`;
};

const cell = (c: { text: string; count: number | null; note?: string }) =>
  c.count === null ? `<td class="hidden-count"><span title="${escape(c.note ?? '')}">${escape(c.text)}</span></td>` : `<td>${escape(c.text)}</td>`;

const tableHtml = (t: ViewTable, view: ReportView): string => `
<div class="pair">
  <div class="table-wrap">
    <table id="${escape(t.id)}">
      <caption>${escape(t.caption)}</caption>
      <thead><tr><th scope="col">${escape(view.terms.figure)}</th>${t.columns.map((c) => `<th scope="col">${escape(c.label)}</th>`).join('')}<th scope="col">${escape(view.terms.total)}</th></tr></thead>
      <tbody>${t.rows.map((r) => `<tr><th scope="row">${escape(r.label)}</th>${r.cells.map(cell).join('')}${cell(r.total)}</tr>`).join('')}</tbody>
    </table>
  </div>
  ${chartSvg(t.chart, view.terms.chartOf(t.caption))}
</div>`;

export const toHtml = (report: Report, lang: ReportLang = 'sv'): string => {
  const view = viewOf(report, lang);
  const t = view.terms;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${escape(`${t.title} ${report.period.from} – ${report.period.to}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escape(t.title)}</h1>
<p class="meta">${escape(t.subtitle)}</p>
<p class="meta">${escape(view.period)} · ${escape(view.catalogue)}</p>
<p class="privacy">${escape(t.privacy)}</p>
<p>${escape(view.mean.label)}: <strong>${escape(view.mean.text)}</strong></p>
</header>
<main>
${view.sections.map((s) => `<section aria-labelledby="section-${s.id}"><h2 id="section-${s.id}">${escape(s.title)}</h2>${s.tables.map((tb) => tableHtml(tb, view)).join('')}</section>`).join('\n')}
</main>
<footer><p>${escape(t.chartNote)}</p><p>${escape(t.generatedBy)}</p></footer>
</body>
</html>
`;
};
