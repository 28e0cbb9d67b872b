/**
 * Building blocks shared by the summary's sections: the view each section renders from, the
 * GOV.UK-style summary list (key, value; "Inget registrerat" for what is empty) and the section
 * shell with its change link. User text is only ever interpolated as Lit text (escaped).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InvestigationContext, Relative, StepId, YesNoUnknown } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import type { DomainTerms } from '../shared/domain-terms.js';
import type { SummaryTerms } from './summary.terms.js';
import type { CommunicationTerms } from '../step-involve/communication-note.js';

export interface SummaryView {
  context: InvestigationContext;
  t: SummaryTerms;
  d: DomainTerms;
  /** H7: interpreter, communication support and minority language, in words. */
  c: CommunicationTerms;
  /** The change link for a section, or nothing (review mode, or a step that is not open). */
  changeLink: (step: StepId, section: string) => TemplateResult | typeof nothing;
}

export type Value = string | TemplateResult | typeof nothing | undefined | null;

export interface Row {
  label: string;
  value: Value;
}

const isEmpty = (value: Value): boolean =>
  value === undefined || value === null || value === nothing || (typeof value === 'string' && value.trim() === '');

/** "Inget registrerat", as a muted paragraph. */
export const nothingRecorded = (v: SummaryView): TemplateResult => html`<p class="empty">${v.t.term('nothing')}</p>`;

/**
 * A summary list; an empty value reads "Inget registrerat" rather than being hidden. A plain string
 * keeps its line breaks (pre-wrap, from the shared styles); a template value lays out normally and
 * marks its user text with `.user-text` itself.
 */
export const summaryList = (v: SummaryView, rows: readonly (Row | false)[]): TemplateResult => html`
  <dl class="summary">
    ${rows
      .filter((r): r is Row => r !== false)
      .map((r) =>
        isEmpty(r.value)
          ? html`<dt>${r.label}</dt><dd><span class="empty">${v.t.term('nothing')}</span></dd>`
          : typeof r.value === 'string'
            ? html`<dt>${r.label}</dt><dd>${r.value}</dd>`
            : html`<dt>${r.label}</dt><dd class="rich">${r.value}</dd>`,
      )}
  </dl>
`;

/** A list of strings as a plain list, or undefined (so the row says "Inget registrerat"). */
/** `lang` marks a list in another language than the interface (the assignment's changes are Swedish). */
export const listValue = (items: readonly string[], lang?: string): TemplateResult | undefined =>
  items.length === 0
    ? undefined
    : html`<ul class="values" lang=${lang ?? nothing}>
        ${items.map((i) => html`<li>${i}</li>`)}
      </ul>`;

/** A section of the summary: an h3, the change link back to its step, and the content. */
export const summarySection = (
  v: SummaryView,
  options: { id: string; title: string; step?: StepId; part: string },
  content: TemplateResult | TemplateResult[] | typeof nothing,
): TemplateResult => html`
  <section class="summary-section" aria-labelledby=${options.id} part=${`section ${options.part}`}>
    <div class="section-head">
      <h3 id=${options.id}>${options.title}</h3>
      ${options.step ? v.changeLink(options.step, options.title) : nothing}
    </div>
    ${content}
  </section>
`;

export const yesNo = (v: SummaryView, value: boolean): string => v.d.term(value ? 'yesNo.yes' : 'yesNo.no');
export const yesNoUnknown = (v: SummaryView, value: YesNoUnknown): string => v.d.term(`yesNo.${value}`);

export const findRelative = (v: SummaryView, relativeId: string): Relative | undefined =>
  v.context.record.relatives.find((r) => r.id === relativeId);

/** The relative's name (chosen name first), or a neutral label for an id that is not in the record. */
export const relativeName = (v: SummaryView, relativeId: string): string => {
  const relative = findRelative(v, relativeId);
  return relative ? displayName(relative) : v.t.term('unknownRelative');
};

/** "Eva (sambo)": name and the relation in the person's own words. */
export const relativeLabel = (v: SummaryView, relativeId: string): string => {
  const relative = findRelative(v, relativeId);
  return relative ? v.t.term('relativeLabel', displayName(relative), relative.relation) : v.t.term('unknownRelative');
};

export const lifeAreaName = (v: SummaryView, id: string): string => v.context.catalogue.lifeAreas.find((a) => a.id === id)?.name ?? id;

export const supportTypeName = (v: SummaryView, id: string): string => v.context.catalogue.supportTypes.find((s) => s.id === id)?.name ?? id;
