/**
 * M1–M4 missing: what the core says the assignment lacks, each linked to its field where that is
 * in this step, and otherwise the way to the assessment.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ValidationIssue } from '@anhorig/core';
import { FIELDS, type AssignmentStepView } from './step-view.js';
import { msg } from '../localization/messages.js';

type Issue = ValidationIssue;

export const missingContent = (view: AssignmentStepView, issues: readonly Issue[], onGoToAssessment: () => void): TemplateResult => {
  const { t } = view;
  const fieldOf = (path: string): string | undefined => FIELDS[path.split('.').at(-1) as keyof typeof FIELDS];
  const elsewhere = issues.some((i) => fieldOf(i.path) === undefined);
  return html`
    <div class="notice missing" part="missing">
      <h3 id="missing-heading">${t.term('missingHeading')}</h3>
      <p>${t.term('missingIntro')}</p>
      <ul>
        ${issues.map((i) => {
          const field = fieldOf(i.path);
          return html`<li>
            ${field && !view.readonly
              ? html`<a
                  href="#${field}"
                  @click=${(e: Event) => {
                    e.preventDefault();
                    view.root?.getElementById(field)?.focus();
                  }}
                  >${msg(t, i)}</a
                >`
              : msg(t, i)}
          </li>`;
        })}
      </ul>
      ${elsewhere && !view.readonly
        ? html`<button type="button" class="secondary" @click=${() => onGoToAssessment()}>${t.term('goToAssessment')}</button>`
        : nothing}
    </div>
  `;
};
