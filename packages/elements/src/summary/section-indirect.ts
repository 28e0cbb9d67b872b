/** Step 4: indirect support proposals, with both views and whether C6 is met (core `indirectSupportStatus`). */
import { html, type TemplateResult } from 'lit';
import { indirectSupportStatus, type IndirectSupportProposal } from '@anhorig/core';
import { lifeAreaName, nothingRecorded, relativeName, summaryList, summarySection, supportTypeName, type SummaryView } from './parts.js';
import { msg } from '../localization/messages.js';

const renderProposal = (v: SummaryView, proposal: IndirectSupportProposal): TemplateResult => {
  const { record, today } = v.context;
  const status = indirectSupportStatus(record, proposal.id, today);
  const child = status?.childRelative ?? false;
  const marker = status?.markerApplies ? v.t.term('marker.yes') : v.t.term('marker.no', (status?.missing ?? []).map((m) => msg(v.t, m)).join('; '));
  return html`
    <div class="item">
      <h4>${v.t.term('proposalTitle', supportTypeName(v, proposal.supportTypeId), relativeName(v, proposal.relativeId))}</h4>
      ${summaryList(v, [
        { label: v.t.term('lifeArea'), value: lifeAreaName(v, proposal.lifeAreaId) },
        { label: v.t.term('personView'), value: proposal.personView },
        { label: v.t.term('relativeView'), value: proposal.relativeView },
        child && { label: v.t.term('proposalChildViews'), value: proposal.childViews },
        { label: v.t.term('reliefGoal'), value: proposal.goal },
        (status?.disagreement === true || (proposal.continuedSearch ?? '') !== '') && {
          label: v.t.term('continuedSearch'),
          value: proposal.continuedSearch ? proposal.continuedSearch : undefined,
        },
        { label: v.t.term('marker'), value: marker },
      ])}
      ${status?.disagreement ? html`<p class="hint">${v.t.term('disagreement')}</p>` : ''}
    </div>
  `;
};

export const indirectSection = (v: SummaryView): TemplateResult => {
  const proposals = v.context.record.indirectSupport;
  return summarySection(
    v,
    { id: 'summary-indirect', title: v.t.term('sectionIndirect'), step: 'gather', part: 'indirect' },
    proposals.length === 0 ? nothingRecorded(v) : proposals.map((p) => renderProposal(v, p)),
  );
};
