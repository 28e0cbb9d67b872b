/**
 * `<anhorig-report>`: the yearly follow-up inside a case system. Give it `records` (investigation
 * records, format version 1 or 2, with `relativeRecords`) and a period (`from`, `to`), or a computed
 * `report`. It shows each table with a bar chart beside it; the chart is hidden from assistive
 * technology because the table, with its caption, is its text alternative. Swedish by default,
 * English with `lang="en"` (on the element or an ancestor). Printable. No network, nothing stored.
 *
 * Loaded only when used: import `@anhorig/report/element` (dynamically, when the unit manager opens
 * the report); nothing in `<anhorig-investigation>` imports it.
 *
 * Events: `anhorig-report-error` ({ message }) when the period is not whole months.
 */
import { LitElement, html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LocalizeController } from '@shoelace-style/localize';
import { loadRecord, loadRelativeRecord, type Catalogue, type InvestigationRecord, type RelativeRecord } from '@anhorig/core';
import { computeReport, type Report } from '../report.js';
import { PeriodError } from '../period.js';
import { RELATIVE_DIMENSIONS, type DimensionId } from '../model.js';
import { TERMS, langOf, type ReportLang } from '../terms.js';
import { dimensionLabel, viewOf, type Chart, type ReportView, type ViewCell, type ViewTable } from '../view.js';
import { reportStyles } from './anhorig-report.styles.js';

const EXTRA_DIMENSIONS: readonly DimensionId[] = ['supportType', 'minorityLanguage'];

const nearestLang = (start: Element): string | undefined => {
  let node: Element | null = start;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
};

export class AnhorigReport extends LitElement {
  static override styles = reportStyles;

  static override properties = {
    records: { attribute: false },
    relativeRecords: { attribute: false },
    report: { attribute: false },
    catalogue: { attribute: false },
    from: { type: String },
    to: { type: String },
    dimension: { type: String },
    computed: { state: true },
    invalidCount: { state: true },
    failure: { state: true },
  };

  /** Investigation records (format version 1 or 2); invalid ones are counted, not shown. */
  declare records: unknown[] | undefined;
  /** The relatives' own records, in any order. */
  declare relativeRecords: unknown[] | undefined;
  /** A report computed elsewhere (on the vendor's server); takes precedence over `records`. */
  declare report: Report | undefined;
  /** The municipality's catalogue (support types, overall goals, follow-up scale). */
  declare catalogue: Catalogue | undefined;
  /** First day of the first month (`YYYY-MM-01`) or a month (`YYYY-MM`). */
  declare from: string | undefined;
  /** Last day of the last month, or a month. */
  declare to: string | undefined;
  /** The breakdown shown: `gender` (default), `ageBand`, `relation` or `personAgeGroup`. */
  declare dimension: DimensionId;
  declare computed: Report | undefined;
  declare invalidCount: number;
  declare failure: string | undefined;

  private readonly localize = new LocalizeController(this);

  constructor() {
    super();
    this.dimension = 'gender';
    this.invalidCount = 0;
    this.localize.lang = () => nearestLang(this) ?? 'sv';
  }

  private currentLang(): ReportLang {
    return langOf(nearestLang(this));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['records', 'relativeRecords', 'report', 'catalogue', 'from', 'to'].some((k) => changed.has(k as keyof AnhorigReport))) this.recompute();
  }

  private recompute(): void {
    this.failure = undefined;
    if (this.report) {
      this.computed = this.report;
      this.invalidCount = 0;
      return;
    }
    if (!this.records || !this.from || !this.to) {
      this.computed = undefined;
      return;
    }
    let invalid = 0;
    const records: InvestigationRecord[] = [];
    for (const input of this.records) {
      const loaded = loadRecord(input);
      if (loaded.ok) records.push(loaded.value);
      else invalid += 1;
    }
    const relativeRecords: RelativeRecord[] = [];
    for (const input of this.relativeRecords ?? []) {
      const result = loadRelativeRecord(input);
      if (result.ok) relativeRecords.push(result.value);
      else invalid += 1;
    }
    this.invalidCount = invalid;
    try {
      this.computed = computeReport({ records, relativeRecords, from: this.from, to: this.to, ...(this.catalogue ? { catalogue: this.catalogue } : {}) });
    } catch (e) {
      this.computed = undefined;
      this.failure = e instanceof PeriodError ? (this.currentLang() === 'sv' ? e.messageSv : e.message) : TERMS[this.currentLang()].error;
      this.dispatchEvent(new CustomEvent('anhorig-report-error', { detail: { message: this.failure }, bubbles: true, composed: true }));
    }
  }

  private chooseDimension(event: Event): void {
    this.dimension = (event.target as HTMLInputElement).value as DimensionId;
  }

  private print(): void {
    window.print();
  }

  protected override render(): TemplateResult {
    const lang = this.currentLang();
    const t = TERMS[lang];
    if (this.failure) return html`<div class="notice error" role="alert">${this.failure}</div>`;
    if (!this.computed) return html`<p class="muted">${t.noData}</p>`;
    const report = this.computed;
    const chosen = RELATIVE_DIMENSIONS.includes(this.dimension as (typeof RELATIVE_DIMENSIONS)[number]) ? this.dimension : 'gender';
    const view = viewOf(report, lang);
    return html`
      <article part="report" lang=${lang}>
        <header>
          <h2 part="title">${t.title}</h2>
          <p class="muted">${t.subtitle}</p>
          <p class="muted">${view.period} · ${view.catalogue}</p>
          <p class="notice">${t.privacy}</p>
          ${this.invalidCount > 0
            ? html`<p class="notice warning">${lang === 'sv' ? `${this.invalidCount} dokument kunde inte läsas och är inte med i rapporten.` : `${this.invalidCount} documents could not be read and are not in the report.`}</p>`
            : nothing}
          <p>${view.mean.label}: <strong>${view.mean.text}</strong></p>
        </header>
        <div class="controls">
          <fieldset>
            <legend>${t.breakdownBy}</legend>
            ${RELATIVE_DIMENSIONS.map(
              (d) => html`<label><input type="radio" name="dimension" .value=${d} .checked=${d === chosen} @change=${this.chooseDimension} />${dimensionLabel(lang, report, d)}</label>`,
            )}
          </fieldset>
          <button type="button" class="print" @click=${this.print}>${t.print}</button>
        </div>
        ${view.sections.map((section) => {
          const tables = this.tablesFor(section.tables, chosen);
          return html`<section aria-labelledby=${`s-${section.id}`}>
            <h3 id=${`s-${section.id}`}>${section.title}</h3>
            ${tables.map((table) => this.renderTable(table, view))}
          </section>`;
        })}
        <p class="muted small">${t.chartNote}</p>
      </article>
    `;
  }

  /** The chosen breakdown, the extra ones (support type, minority language), else the person's age. */
  private tablesFor(tables: ViewTable[], chosen: DimensionId): ViewTable[] {
    const main = tables.find((t) => t.dimension === chosen) ?? tables.find((t) => t.dimension === 'personAgeGroup');
    return [...(main ? [main] : []), ...tables.filter((t) => EXTRA_DIMENSIONS.includes(t.dimension))];
  }

  private renderCell(cell: ViewCell): TemplateResult {
    return cell.count === null
      ? html`<td class="hidden-count"><span aria-hidden="true">${cell.text}</span><span class="visually-hidden">${cell.note}</span></td>`
      : html`<td>${cell.text}</td>`;
  }

  private renderTable(table: ViewTable, view: ReportView): TemplateResult {
    const captionId = `c-${table.id}`;
    return html`<div class="pair">
      <div class="table-wrap" role="region" aria-labelledby=${captionId} tabindex="0">
        <table>
          <caption id=${captionId}>${table.caption}</caption>
          <thead>
            <tr>
              <th scope="col">${view.terms.figure}</th>
              ${table.columns.map((c) => html`<th scope="col">${c.label}</th>`)}
              <th scope="col">${view.terms.total}</th>
            </tr>
          </thead>
          <tbody>
            ${table.rows.map((r) => html`<tr><th scope="row">${r.label}</th>${r.cells.map((c) => this.renderCell(c))}${this.renderCell(r.total)}</tr>`)}
          </tbody>
        </table>
      </div>
      ${this.renderChart(table.chart)}
    </div>`;
  }

  private renderChart(chart: Chart): TemplateResult {
    return html`<svg class="chart" aria-hidden="true" focusable="false" width=${chart.width} height=${chart.height} viewBox=${`0 0 ${chart.width} ${chart.height}`}>
      ${chart.groups.map(
        (g) => svg`<text class="group" x="0" y=${g.y + 14}>${g.label.length > 70 ? `${g.label.slice(0, 68)}…` : g.label}</text>
          ${g.bars.map(
            (b) => svg`<text x=${chart.labelWidth - 6} y=${b.y + chart.barHeight - 2} text-anchor="end">${b.label}</text>
              ${b.hidden ? nothing : svg`<rect class="bar" x=${chart.labelWidth} y=${b.y} width=${b.width} height=${chart.barHeight}></rect>`}
              <text class=${b.hidden ? 'muted' : ''} x=${chart.labelWidth + b.width + 4} y=${b.y + chart.barHeight - 2}>${b.value}</text>`,
          )}`,
      )}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-report': AnhorigReport;
  }
}
