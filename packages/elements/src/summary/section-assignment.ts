/**
 * Step 5: the handläggare's plan for the assignment and the versions issued. The latest assignment
 * document itself is rendered by the assignment view of step 5; the summary lists the versions.
 */
import { html, type TemplateResult } from 'lit';
import type { Assignment, AssignmentPlan } from '@anhorig/core';
import { listValue, nothingRecorded, relativeName, summaryList, summarySection, yesNo, type Row, type SummaryView } from './parts.js';

const labelled = (label: string, value: string | undefined, v: SummaryView): TemplateResult =>
  html`<p class="pair"><span class="pair-label">${label}:</span> ${value !== undefined && value.trim() !== ''
    ? html`<span class="user-text">${value}</span>`
    : html`<span class="empty">${v.t.term('nothing')}</span>`}</p>`;

const planRows = (v: SummaryView, plan: AssignmentPlan): Row[] => [
  { label: v.t.term('followUpHow'), value: plan.followUpHow },
  { label: v.t.term('followUpWhen'), value: plan.followUpWhen },
  ...plan.collaboration.map((c) => ({
    label: v.t.term('collaboration', relativeName(v, c.relativeId)),
    value: html`${labelled(v.t.term('relativeWish'), c.relativeWish, v)}${labelled(v.t.term('personWish'), c.personWish, v)}`,
  })),
  ...plan.participation.map((p) => ({
    label: v.t.term('participation', relativeName(v, p.relativeId)),
    value: html`${labelled(v.t.term('inPlanning'), yesNo(v, p.inPlanning), v)}${labelled(v.t.term('inFollowUp'), yesNo(v, p.inFollowUp), v)}`,
  })),
  ...plan.relativeViews.map((r) => ({ label: v.t.term('relativeViewOnSupport', relativeName(v, r.relativeId)), value: r.view })),
];

const renderVersion = (v: SummaryView, assignment: Assignment): TemplateResult => html`
  <li class="item">
    <p class="item-title"><strong>${v.t.term('versionTitle', assignment.version)}</strong></p>
    ${summaryList(v, [
      { label: v.t.term('issuedAt'), value: v.t.term('dateBy', assignment.issuedAt, assignment.issuedBy.name) },
      {
        label: v.t.term('changes'),
        value: assignment.changes.length === 0 && assignment.version === 1 ? v.t.term('firstVersion') : listValue(assignment.changes, 'sv'),
      },
    ])}
  </li>
`;

export const assignmentSection = (v: SummaryView): TemplateResult => {
  const { assignmentPlan, assignments } = v.context.record;
  return summarySection(
    v,
    { id: 'summary-assignment', title: v.t.term('sectionAssignment'), step: 'assignment', part: 'assignment' },
    !assignmentPlan && assignments.length === 0
      ? nothingRecorded(v)
      : html`
          <div class="group">
            <h4>${v.t.term('assignmentPlan')}</h4>
            ${assignmentPlan ? summaryList(v, planRows(v, assignmentPlan)) : nothingRecorded(v)}
          </div>
          <div class="group">
            <h4>${v.t.term('versions')}</h4>
            ${assignments.length === 0
              ? nothingRecorded(v)
              : html`<p class="hint">${v.t.term('versionsHint')}</p>
                  <ul class="plain items">
                    ${[...assignments].reverse().map((a) => renderVersion(v, a))}
                  </ul>`}
          </div>
        `,
  );
};

