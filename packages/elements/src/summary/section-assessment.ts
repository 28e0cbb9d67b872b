/** Assessment and decision (bedöma och besluta), between steps 4 and 5. */
import { html, nothing, type TemplateResult } from 'lit';
import type { DecidedSupport } from '@anhorig/core';
import { lifeAreaName, nothingRecorded, relativeName, summaryList, summarySection, supportTypeName, type SummaryView } from './parts.js';

export const decisionTitle = (v: SummaryView, decision: DecidedSupport): string =>
  v.t.term('decisionTitle', supportTypeName(v, decision.supportTypeId), lifeAreaName(v, decision.lifeAreaId));

const renderDecision = (v: SummaryView, decision: DecidedSupport): TemplateResult => {
  const proposal = decision.indirectSupportId ? v.context.record.indirectSupport.find((p) => p.id === decision.indirectSupportId) : undefined;
  return html`
    <div class="item">
      <h4>${decisionTitle(v, decision)}</h4>
      ${summaryList(v, [
        { label: v.t.term('outcome'), value: v.t.term(`outcome.${decision.outcome}`) },
        { label: v.t.term('extent'), value: decision.extent },
        { label: v.t.term('goal'), value: decision.goal },
        proposal !== undefined && { label: v.t.term('alsoRelieves'), value: relativeName(v, proposal.relativeId) },
      ])}
    </div>
  `;
};

export const assessmentSection = (v: SummaryView): TemplateResult => {
  const { assessment, refusal } = v.context.record;
  return summarySection(
    v,
    { id: 'summary-assessment', title: v.t.term('sectionAssessment'), step: 'assessment', part: 'assessment' },
    !assessment && !refusal
      ? nothingRecorded(v)
      : html`
          ${assessment
            ? html`
                ${summaryList(v, [
                  { label: v.t.term('needsAssessment'), value: assessment.needsAssessment },
                  { label: v.t.term('decidedAt'), value: assessment.decidedAt },
                  { label: v.t.term('decisionSource'), value: v.t.term(`decisionSource.${assessment.source}`) },
                  assessment.decisions.length === 0 && { label: v.t.term('decisions'), value: undefined },
                ])}
                ${assessment.decisions.map((d) => renderDecision(v, d))}
              `
            : nothing}
          ${refusal
            ? html`<div class="group">
                <h4>${v.t.term('refusal')}</h4>
                ${summaryList(v, [
                  { label: v.t.term('date'), value: refusal.date },
                  refusal.note !== undefined && refusal.note !== '' && { label: v.t.term('note'), value: refusal.note },
                ])}
              </div>`
            : nothing}
        `,
  );
};
