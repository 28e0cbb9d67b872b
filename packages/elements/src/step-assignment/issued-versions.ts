/**
 * The versions sent, newest first: each never changes, says what changed since the one before, and
 * can be opened to read it as it was sent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { assignmentView } from './assignment-view.js';
import type { AssignmentStepView } from './step-view.js';

export const issuedVersions = ({ context, t, documentTerms }: AssignmentStepView): TemplateResult => {
  const versions = [...context.record.assignments].reverse();
  return html`
    <section class="versions" aria-labelledby="versions-heading">
      <h3 id="versions-heading">${t.term('versionsHeading')}</h3>
      <p class="hint">${t.term('versionsIntro')}</p>
      ${versions.length === 0 ? html`<p>${t.term('noVersions')}</p>` : nothing}
      ${versions.map(
        (a) => html`
          <div class="card version">
            <h4>${t.term('versionHeading', a.version, a.issuedAt, a.issuedBy.name)}</h4>
            ${a.changes.length
              ? html`<p>${t.term('versionChanges')}</p>
                  <ul lang="sv">
                    ${a.changes.map((c) => html`<li>${c}</li>`)}
                  </ul>`
              : a.previousVersionId === undefined
                ? html`<p>${t.term('firstVersion')}</p>`
                : nothing}
            <details>
              <summary>${t.term('showVersion', a.version)}</summary>
              ${assignmentView(a, documentTerms, {
                idPrefix: `version-${a.version}`,
                level: 5,
                showTitle: false,
                showChanges: false,
              })}
            </details>
          </div>
        `,
      )}
    </section>
  `;
};
