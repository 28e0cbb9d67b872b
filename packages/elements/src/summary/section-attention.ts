/**
 * Attention over time: the information log and planned later contacts (C9). They belong to no one
 * step (the log is its own view of the investigation), so this section has no change link.
 */
import { html, type TemplateResult } from 'lit';
import type { InformationLogEntry, PlannedContact } from '@anhorig/core';
import { listValue, nothingRecorded, relativeLabel, summaryList, summarySection, yesNo, type SummaryView } from './parts.js';

const renderEntry = (v: SummaryView, entry: InformationLogEntry): TemplateResult => html`
  <li class="item">
    <p class="item-title"><strong>${v.t.term('entryTitle', entry.date, relativeLabel(v, entry.relativeId))}</strong></p>
    ${summaryList(v, [
      { label: v.t.term('items'), value: listValue(entry.items.map((i) => v.t.term(`item.${i}`))) },
      { label: v.t.term('channel'), value: v.d.term(`channel.${entry.channel}`) },
      { label: v.t.term('understood'), value: yesNo(v, entry.understood) },
      entry.note !== undefined && entry.note !== '' && { label: v.t.term('note'), value: entry.note },
      { label: v.t.term('recordedBy'), value: entry.recordedBy.name },
    ])}
  </li>
`;

const renderContact = (v: SummaryView, contact: PlannedContact): TemplateResult => html`
  <li class="item">
    <p class="item-title"><strong>${v.t.term('contactTitle', contact.date, relativeLabel(v, contact.relativeId))}</strong></p>
    ${summaryList(v, [
      { label: v.t.term('purpose'), value: contact.purpose },
      { label: v.t.term('done'), value: yesNo(v, contact.done) },
    ])}
  </li>
`;

export const attentionSection = (v: SummaryView): TemplateResult => {
  const { informationLog, plannedContacts } = v.context.record;
  const log = [...informationLog].sort((a, b) => a.date.localeCompare(b.date));
  const contacts = [...plannedContacts].sort((a, b) => a.date.localeCompare(b.date));
  return summarySection(
    v,
    { id: 'summary-attention', title: v.t.term('sectionAttention'), part: 'attention' },
    html`
      <div class="group">
        <h4>${v.t.term('informationLog')}</h4>
        ${log.length === 0
          ? nothingRecorded(v)
          : html`<ul class="plain items">
              ${log.map((e) => renderEntry(v, e))}
            </ul>`}
      </div>
      <div class="group">
        <h4>${v.t.term('plannedContacts')}</h4>
        ${contacts.length === 0
          ? nothingRecorded(v)
          : html`<ul class="plain items">
              ${contacts.map((c) => renderContact(v, c))}
            </ul>`}
      </div>
    `,
  );
};
