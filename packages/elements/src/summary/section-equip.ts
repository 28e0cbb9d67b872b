/** Step 2: what relatives who do not take part were offered (from their own records). */
import { html, type TemplateResult } from 'lit';
import type { Relative, RelativeRecord } from '@anhorig/core';
import { branchesOf, displayName } from '../base/selectors.js';
import { nothingRecorded, summaryList, summarySection, yesNo, type SummaryView } from './parts.js';

/*
 * DECISION: a relative's own record (step 2, own conversations, own-support needs) is kept apart
 * from the person's case (SPEC §7, C8, C9, C12) and filed separately by the host, or not at all
 * where open support is anonymous. The person's summary therefore shows only what the relative
 * was offered and when — counts and dates — never the relative's notes, what was said in an own
 * conversation, whether they accepted it, or their own-support needs.
 */
const renderRelative = (v: SummaryView, relative: Relative, own: RelativeRecord | undefined): TemplateResult => {
  const given = own?.informationGiven ?? [];
  const offered = (own?.ownConversations ?? []).map((c) => c.offeredAt);
  return html`
    <div class="item">
      <h4>${v.t.term('equipFor', displayName(relative))}</h4>
      ${summaryList(v, [
        { label: v.t.term('informationGiven'), value: given.length ? v.t.term('times', given.length, given.map((g) => g.date).join(', ')) : undefined },
        { label: v.t.term('referral'), value: own?.referredToAnhorigkonsulent },
        { label: v.t.term('helpWithContact'), value: own ? yesNo(v, own.helpWithContactOffered) : undefined },
        { label: v.t.term('ownConversation'), value: offered.length ? v.t.term('times', offered.length, offered.join(', ')) : undefined },
      ])}
    </div>
  `;
};

export const equipSection = (v: SummaryView): TemplateResult => {
  const { record, relativeRecords } = v.context;
  const branches = branchesOf(v.context);
  // Relatives in step 2, and anyone else who was offered something in their own right (C9).
  const shown = record.relatives.filter((r) => branches.get(r.id) === 'equip' || relativeRecords.some((rr) => rr.relativeId === r.id));
  return summarySection(
    v,
    { id: 'summary-equip', title: v.t.term('sectionEquip'), step: 'equip', part: 'equip' },
    shown.length === 0
      ? nothingRecorded(v)
      : html`<p class="hint">${v.t.term('keptApart')}</p>
          ${shown.map((r) =>
            renderRelative(
              v,
              r,
              relativeRecords.find((rr) => rr.relativeId === r.id),
            ),
          )}`,
  );
};
