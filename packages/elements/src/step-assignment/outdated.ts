/**
 * C3: a consent withdrawn (or an update asked for) since the last version was sent: say so, and
 * what the new version changes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AssignmentResult } from '@anhorig/core';
import { warningsOf } from '../base/selectors.js';
import type { AssignmentStepView } from './step-view.js';
import { msg } from '../localization/messages.js';

export const outdatedNotice = ({ context, t }: AssignmentStepView, result: AssignmentResult): TemplateResult | typeof nothing => {
  const warning = warningsOf(context).assignment.find((w) => w.code === 'assignmentOutdated' || w.code === 'assignmentUpdateRequested');
  if (!warning) return nothing;
  const changes = result.ok ? result.assignment.changes : [];
  return html`
    <div class="notice outdated" part="outdated">
      <h3 id="outdated-heading">${t.term('outdatedHeading')}</h3>
      <p>${msg(t, warning)}</p>
      ${changes.length
        ? html`<p>${t.term('outdatedChanges')}</p>
            <ul lang="sv">
              ${changes.map((c) => html`<li>${c}</li>`)}
            </ul>`
        : html`<p>${t.term('outdatedNoChanges')}</p>`}
    </div>
  `;
};
