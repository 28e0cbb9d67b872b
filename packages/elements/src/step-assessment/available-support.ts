/**
 * C13: the relatives' support that can be counted on in the assessment, from the core (only where
 * the relative wants and can, and the person wants it), with the reminder that it is voluntary.
 */
import { html, type TemplateResult } from 'lit';
import { availableRelativeSupport } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { areaName, type AssessmentView } from './assessment-view.js';

export const availableSupport = ({ context, t }: AssessmentView): TemplateResult => {
  const available = availableRelativeSupport(context.record);
  return html`
    <section class="available" aria-labelledby="available-heading">
      <h3 id="available-heading">${t.term('availableHeading')}</h3>
      <p>${t.term('availableIntro')}</p>
      ${available.length === 0
        ? html`<p>${t.term('availableNone')}</p>`
        : html`<ul>
            ${available.map(({ relativeId, lifeAreaIds }) => {
              const relative = context.record.relatives.find((r) => r.id === relativeId);
              const who = relative ? `${displayName(relative)} (${relative.relation})` : relativeId;
              const areas = lifeAreaIds.map((id) => areaName(context, id)).join(', ');
              return html`<li>
                <strong>${who}</strong>: ${areas ? t.term('availableAreas', areas) : t.term('availableNoAreas')}
              </li>`;
            })}
          </ul>`}
    </section>
  `;
};
