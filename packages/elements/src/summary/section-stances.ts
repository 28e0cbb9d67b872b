/** Step 4: each relative's own stance (C13: counted only where the relative wants and can, and the person wants it). */
import { html, type TemplateResult } from 'lit';
import { isRelativeSupportAvailable, type RelativeStance } from '@anhorig/core';
import { lifeAreaName, listValue, nothingRecorded, relativeName, summaryList, summarySection, yesNoUnknown, type SummaryView } from './parts.js';

const renderStance = (v: SummaryView, stance: RelativeStance): TemplateResult => {
  const available = isRelativeSupportAvailable(v.context.record, stance.relativeId);
  return html`
    <div class="item">
      <h4>${relativeName(v, stance.relativeId)}</h4>
      ${summaryList(v, [
        { label: v.t.term('wants'), value: yesNoUnknown(v, stance.wantsToGiveSupport) },
        { label: v.t.term('can'), value: yesNoUnknown(v, stance.canGiveSupport) },
        { label: v.t.term('personWants'), value: yesNoUnknown(v, stance.personWantsSupportFromRelative) },
        { label: v.t.term('lifeAreas'), value: listValue(stance.lifeAreaIds.map((id) => lifeAreaName(v, id))) },
        { label: v.t.term('counted'), value: v.t.term(available ? 'counted.yes' : 'counted.no') },
        stance.note !== undefined && stance.note !== '' && { label: v.t.term('note'), value: stance.note },
      ])}
    </div>
  `;
};

export const stancesSection = (v: SummaryView): TemplateResult => {
  const { stances } = v.context.record;
  return summarySection(
    v,
    { id: 'summary-stances', title: v.t.term('sectionStances'), step: 'gather', part: 'stances' },
    stances.length === 0 ? nothingRecorded(v) : stances.map((s) => renderStance(v, s)),
  );
};
