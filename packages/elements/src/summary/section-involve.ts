/** Step 3: support for the person to express their will, and the meeting plan per relative. */
import { html, nothing, type TemplateResult } from 'lit';
import type { MeetingPlan } from '@anhorig/core';
import { listValue, nothingRecorded, relativeName, summaryList, summarySection, yesNo, type SummaryView } from './parts.js';

const renderExpressionSupport = (v: SummaryView): TemplateResult | typeof nothing => {
  const support = v.context.record.expressionSupport;
  if (!support) return nothing;
  const supporter = support.supporterRelativeId ? relativeName(v, support.supporterRelativeId) : support.supporterName;
  return html`
    <div class="item">
      <h4>${v.t.term('expressionSupport')}</h4>
      ${summaryList(v, [
        { label: v.t.term('needs'), value: listValue(support.needs.map((n) => v.t.term(`need.${n}`))) },
        { label: v.t.term('reflection'), value: support.caseworkerReflection },
        { label: v.t.term('supporter'), value: supporter },
        { label: v.t.term('suitability'), value: support.suitabilityJudgement },
      ])}
    </div>
  `;
};

const renderPlan = (v: SummaryView, plan: MeetingPlan): TemplateResult => html`
  <div class="item">
    <h4>${v.t.term('meetingFor', relativeName(v, plan.relativeId))}</h4>
    ${summaryList(v, [
      { label: v.t.term('meetingFormat'), value: v.t.term(`format.${plan.format}`) },
      { label: v.t.term('company'), value: yesNo(v, plan.personWantsCompany) },
      plan.personWantsCompany && { label: v.t.term('companyNote'), value: plan.companyNote },
      { label: v.t.term('interpreterForPerson'), value: plan.interpreterForPerson },
      { label: v.t.term('communicationForPerson'), value: plan.communicationSupportForPerson },
      { label: v.t.term('interpreterForRelative'), value: plan.interpreterForRelative },
      { label: v.t.term('communicationForRelative'), value: plan.communicationSupportForRelative },
      { label: v.t.term('invitationSent'), value: plan.invitationSentAt },
    ])}
  </div>
`;

export const involveSection = (v: SummaryView): TemplateResult => {
  const { record } = v.context;
  const empty = !record.expressionSupport && record.meetingPlans.length === 0;
  return summarySection(
    v,
    { id: 'summary-involve', title: v.t.term('sectionInvolve'), step: 'involve', part: 'involve' },
    empty ? nothingRecorded(v) : html`${renderExpressionSupport(v)}${record.meetingPlans.map((p) => renderPlan(v, p))}`,
  );
};
