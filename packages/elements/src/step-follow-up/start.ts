/**
 * Opening the follow-up, a later phase on the same record: when it opens, the start, and how and
 * when the assignment planned it (M4), for whoever picks it up.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FollowUpView, Renderable } from './follow-up-view.js';

/** The form key of the start button. */
export const START = 'start';

/** Before the investigation is complete: when follow-up opens. */
export const notOpen = ({ t }: FollowUpView): TemplateResult => html`
  <p class="notice info">${t.term('notOpen')}</p>
  <p class="hint">${t.term('notOpenHint')}</p>
`;

/** The investigation is complete and the follow-up not started: the start (nothing in review mode). */
export const notStarted = (view: FollowUpView, onStart: () => void): TemplateResult => {
  const { t } = view;
  return html`
    <p>${t.term('startIntro')}</p>
    ${view.readonly
      ? html`<p>${t.term('notStarted')}</p>`
      : html`
          ${view.rejection(START)}
          <div class="actions">
            <button type="button" @click=${() => onStart()}>${t.term('start')}</button>
          </div>
        `}
  `;
};

/** M4 from the assignment: how and when the follow-up was planned, each on its own line. */
export const plannedFollowUp = ({ context, t }: FollowUpView): Renderable => {
  const plan = context.record.assignmentPlan;
  const how = plan?.followUpHow?.trim();
  if (!how && !plan?.followUpWhen) return nothing;
  return html`
    <dl class="summary">
      <dt>${t.term('plannedFollowUp')}</dt>
      ${how ? html`<dd>${how}</dd>` : nothing}
      ${plan?.followUpWhen ? html`<dd>${t.term('plannedWhen', t.date(plan.followUpWhen))}</dd>` : nothing}
    </dl>
  `;
};
