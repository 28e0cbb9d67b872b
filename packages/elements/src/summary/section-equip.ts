/** Step 2: what relatives who do not take part were offered (the core's digest of their own records). */
import { html, type TemplateResult } from 'lit';
import { relativeRecordDigest, relativesInStep, type Relative, type RelativeRecordDigest } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { nothingRecorded, summaryList, summarySection, yesNo, type SummaryView } from './parts.js';

/*
 * DECISION: a relative's own record (step 2, own conversations, own-support needs) is kept apart
 * from the person's case (SPEC §7, C8, C9, C12) and filed separately by the host, or not at all
 * where open support is anonymous. The person's summary therefore shows only the core's digest of
 * it (`relativeRecordDigest`): what the relative was offered and when — counts and dates — never the
 * relative's notes, what was said in an own conversation, whether they accepted it, or their
 * own-support needs.
 */
const dates = (v: SummaryView, days: readonly string[]): string | undefined =>
  days.length ? v.t.term('times', days.length, days.join(', ')) : undefined;

const renderRelative = (v: SummaryView, relative: Relative, digest: RelativeRecordDigest | undefined): TemplateResult => html`
  <div class="item">
    <h4>${v.t.term('equipFor', displayName(relative))}</h4>
    ${summaryList(v, [
      { label: v.t.term('informationGiven'), value: dates(v, digest?.informedOn ?? []) },
      { label: v.t.term('referral'), value: digest?.referredOn },
      { label: v.t.term('helpWithContact'), value: digest ? yesNo(v, digest.helpWithContactOffered) : undefined },
      { label: v.t.term('ownConversation'), value: dates(v, digest?.conversationOfferedOn ?? []) },
    ])}
  </div>
`;

export const equipSection = (v: SummaryView): TemplateResult => {
  const { record, relativeRecords, today } = v.context;
  const inStep = new Set(relativesInStep(record, 'equip', today).map((r) => r.id));
  // Relatives in step 2, and anyone else who was offered something in their own right (C9).
  const shown = record.relatives.filter((r) => inStep.has(r.id) || relativeRecords.some((rr) => rr.relativeId === r.id));
  return summarySection(
    v,
    { id: 'summary-equip', title: v.t.term('sectionEquip'), step: 'equip', part: 'equip' },
    shown.length === 0
      ? nothingRecorded(v)
      : html`<p class="hint">${v.t.term('keptApart')}</p>
          ${shown.map((r) => {
            const own = relativeRecords.find((rr) => rr.relativeId === r.id);
            return renderRelative(v, r, own ? relativeRecordDigest(own) : undefined);
          })}`,
  );
};
