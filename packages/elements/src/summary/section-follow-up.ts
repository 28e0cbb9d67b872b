/**
 * Step 6: the follow-up of the person's support (C8). The relative's own situation at follow-up
 * belongs to the relative's own record and is not shown here (see section-equip.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FollowUp } from '@anhorig/core';
import { decisionTitle } from './section-assessment.js';
import { listValue, nothingRecorded, relativeName, summaryList, summarySection, yesNoUnknown, type SummaryView } from './parts.js';

const decisionName = (v: SummaryView, decisionId: string): string => {
  const decision = v.context.record.assessment?.decisions.find((d) => d.id === decisionId);
  return decision ? decisionTitle(v, decision) : decisionId;
};

const scaleLabel = (v: SummaryView, resultId: string): string =>
  v.context.catalogue.followUpScale.find((s) => s.id === resultId)?.label ?? resultId;

const renderRelativeView = (v: SummaryView, view: FollowUp['relativeViews'][number]): TemplateResult => html`
  <div class="item">
    <h4>${v.t.term('relativeFollowUp', relativeName(v, view.relativeId))}</h4>
    ${summaryList(v, [
      ...view.goalResults.map((g) => ({
        label: v.t.term('goalResult', decisionName(v, g.decisionId)),
        value: g.view ? `${scaleLabel(v, g.resultId)}. ${g.view}` : scaleLabel(v, g.resultId),
      })),
      { label: v.t.term('relativeQuality'), value: view.qualityView },
      { label: v.t.term('effectView'), value: view.effectView },
    ])}
  </div>
`;

const renderFollowUp = (v: SummaryView, followUp: FollowUp): TemplateResult => html`
  ${summaryList(v, [
    { label: v.t.term('followUpStarted'), value: followUp.startedAt },
    {
      label: v.t.term('invitations'),
      value: listValue(followUp.invitations.map((i) => `${relativeName(v, i.relativeId)} (${i.sentAt})`)),
    },
    { label: v.t.term('supportGiven'), value: yesNoUnknown(v, followUp.person.supportGiven) },
    { label: v.t.term('qualityView'), value: followUp.person.qualityView },
    ...followUp.person.stillWantsRelativeSupport.map((s) => ({
      label: v.t.term('stillWants', relativeName(v, s.relativeId)),
      value: yesNoUnknown(v, s.answer),
    })),
    { label: v.t.term('outcomeActions'), value: listValue(followUp.outcomeActions.map((a) => v.t.term(`action.${a}`))) },
    { label: v.t.term('note'), value: followUp.note },
  ])}
  ${followUp.relativeViews.length ? followUp.relativeViews.map((r) => renderRelativeView(v, r)) : nothing}
`;

export const followUpSection = (v: SummaryView): TemplateResult => {
  const { followUp } = v.context.record;
  return summarySection(
    v,
    { id: 'summary-follow-up', title: v.t.term('sectionFollowUp'), step: 'followUp', part: 'follow-up' },
    followUp ? renderFollowUp(v, followUp) : nothingRecorded(v),
  );
};
