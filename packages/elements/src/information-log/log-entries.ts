/** The information given, newest first (of the filtered relative, or of all). */
import { html, nothing, type TemplateResult } from 'lit';
import type { InformationLogEntry } from '@anhorig/core';
import { nameOf, shown, type LogView } from './log-view.js';

const logEntry = (view: LogView, entry: InformationLogEntry): TemplateResult => {
  const { context, t, d } = view;
  return html`
    <li class="card">
      <h4>${t.term('entryHeading', t.date(entry.date), nameOf(context, entry.relativeId))}</h4>
      <dl class="summary">
        <dt>${t.term('entryWhat')}</dt>
        <dd>
          <ul>
            ${entry.items.map((item) => html`<li>${t.term(`item.${item}`)}</li>`)}
          </ul>
        </dd>
        <dt>${t.term('entryHow')}</dt>
        <dd>${d.term(`channel.${entry.channel}`)}</dd>
        <dt>${t.term('entryUnderstood')}</dt>
        <dd>${entry.understood ? t.term('yes') : t.term('no')}</dd>
        ${entry.note ? html`<dt>${t.term('entryNote')}</dt><dd>${entry.note}</dd>` : nothing}
        <dt>${t.term('entryRecordedBy')}</dt>
        <dd>${entry.recordedBy.name}</dd>
      </dl>
    </li>
  `;
};

export const logEntries = (view: LogView): TemplateResult => {
  const { context, t } = view;
  // Newest first: by date, and among the same date the one recorded last first.
  const entries = shown(
    view,
    context.record.informationLog.map((entry, index) => ({ entry, index, relativeId: entry.relativeId })),
  ).sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.index - a.index);
  return html`
    <section aria-labelledby="entries-heading">
      <h3 id="entries-heading">${t.term('listHeading')}</h3>
      ${entries.length === 0
        ? html`<p>${view.filter ? t.term('noneFor', nameOf(context, view.filter)) : t.term('none')}</p>`
        : html`
            <p class="hint">${t.term('listHint')}</p>
            <ul class="plain entries">
              ${entries.map(({ entry }) => logEntry(view, entry))}
            </ul>
          `}
    </section>
  `;
};
