/**
 * The assessment and decision read-only: made in the host's case system (and said so; changes are
 * made there), or in review mode.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DecidedSupport } from '@anhorig/core';
import { areaName, proposalLabel, supportName, type AssessmentView } from './assessment-view.js';
import { indirectMarker } from './indirect-marker.js';

const decisionSummary = (view: AssessmentView, d: DecidedSupport): TemplateResult => {
  const { context, t } = view;
  return html`
    <li class="card">
      <p>
        <strong>${`${supportName(context, d.supportTypeId)} (${areaName(context, d.lifeAreaId)})`}</strong>
        <span class="tag">${d.outcome === 'granted' ? t.term('granted_') : t.term('refused_')}</span>
      </p>
      <dl class="summary">
        <dt>${t.term('extent')}</dt>
        <dd>${d.extent || t.term('none')}</dd>
        <dt>${t.term('goalLabel')}</dt>
        <dd class="prose">${d.goal || t.term('none')}</dd>
        ${d.indirectSupportId
          ? html`<dt>${t.term('indirectLabel')}</dt>
              <dd>${proposalLabel(view, d.indirectSupportId)} ${indirectMarker(view, d.indirectSupportId)}</dd>`
          : nothing}
      </dl>
    </li>
  `;
};

export const hostAssessment = (view: AssessmentView, fromHost: boolean): TemplateResult => {
  const { t } = view;
  const assessment = view.context.record.assessment;
  return html`
    <section class="decided" aria-labelledby="decided-heading">
      <h3 id="decided-heading">${t.term('formHeading')}</h3>
      ${fromHost
        ? html`<div class="notice info from-host">
            <p><strong>${t.term('fromHost')}</strong></p>
            <p>${t.term('fromHostHint')}</p>
          </div>`
        : nothing}
      ${assessment
        ? html`
            <dl class="summary">
              <dt>${t.term('needsAssessment')}</dt>
              <dd class="prose">${assessment.needsAssessment || t.term('none')}</dd>
              <dt>${t.term('decidedAt')}</dt>
              <dd>${assessment.decidedAt ?? t.term('none')}</dd>
            </dl>
            <h4>${t.term('decisionsHeading')}</h4>
            ${assessment.decisions.length === 0
              ? html`<p>${t.term('noDecisions')}</p>`
              : html`<ul class="plain">
                  ${assessment.decisions.map((d) => decisionSummary(view, d))}
                </ul>`}
          `
        : html`<p>${t.term('noAssessment')}</p>`}
    </section>
  `;
};
