/**
 * (e) What the follow-up leads to: the chosen actions and a note, saved as they change; the
 * relative's own application (C12) is a case of its own; an updated assignment is sent in step 5
 * as a new version.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FOLLOW_UP_ACTIONS, updateRequestedByFollowUp, type FollowUp } from '@anhorig/core';
import { checkboxGroup, textArea } from '../shared/fields.js';
import type { FollowUpView } from './follow-up-view.js';

type OutcomeAction = FollowUp['outcomeActions'][number];

/** The part's key: where a refusal of the actions or the note is shown. */
export const OUTCOME = 'outcome';
/** The key of the button to step 5. */
export const NAV = 'nav';

/** What the element does for this part. */
export interface OutcomeHandlers {
  /** Save the chosen actions or the note. */
  onUpdate(patch: Partial<Pick<FollowUp, 'outcomeActions' | 'note'>>): void;
  /** Go to step 5 to send the updated assignment. */
  onGoToAssignment(): void;
}

/**
 * H5: the way to step 5 until the updated assignment is sent; then which version was sent, and no
 * more prompt to send it.
 */
const updatedAssignment = (view: FollowUpView, handlers: OutcomeHandlers): TemplateResult => {
  const { context, t } = view;
  const { assignments } = context.record;
  const last = assignments.at(-1);
  if (last && !updateRequestedByFollowUp(context.record))
    return html`<p class="notice info" part="updated-assignment">${t.term('updatedSent', last.version, t.date(last.issuedAt))}</p>`;
  return html`
    <div class="notice updated-assignment" part="updated-assignment">
      <p>${t.term('updatedPrompt')}</p>
      ${view.readonly
        ? nothing
        : html`${view.rejection(NAV)}
            <div class="actions">
              <button type="button" @click=${() => handlers.onGoToAssignment()}>${t.term('goToAssignment')}</button>
            </div>`}
    </div>
  `;
};

export const outcomePart = (view: FollowUpView, followUp: FollowUp, handlers: OutcomeHandlers): TemplateResult => {
  const { t } = view;
  const chosen = followUp.outcomeActions;
  const outcomeLabel = (a: OutcomeAction) => t.term(`outcome.${a}`);
  return html`
    <section aria-labelledby="fu-outcome-heading">
      <h3 id="fu-outcome-heading">${t.term('outcomeHeading')}</h3>
      ${view.readonly
        ? html`
            ${chosen.length ? html`<ul>${chosen.map((a) => html`<li>${outcomeLabel(a)}</li>`)}</ul>` : html`<p>${t.term('outcomeNone')}</p>`}
            ${followUp.note ? html`<dl class="summary"><dt>${t.term('noteLabel')}</dt><dd>${followUp.note}</dd></dl>` : nothing}
          `
        : html`
            ${view.rejection(OUTCOME)}
            ${checkboxGroup({
              id: 'fu-outcome',
              label: t.term('outcomes'),
              hint: t.term('outcomesHint'),
              values: chosen,
              options: FOLLOW_UP_ACTIONS.map((a) => ({ value: a, label: outcomeLabel(a) })),
              onChange: (outcomeActions) => handlers.onUpdate({ outcomeActions }),
            })}
          `}
      ${chosen.includes('relativeOwnSupport') ? html`<p class="notice info">${t.term('ownSupportPrompt')}</p>` : nothing}
      ${chosen.includes('updatedAssignment') ? updatedAssignment(view, handlers) : nothing}
      ${view.readonly
        ? nothing
        : textArea({
            id: 'fu-note',
            label: t.term('note'),
            value: followUp.note ?? '',
            onChange: (note) => handlers.onUpdate({ note: note.trim() || undefined }),
          })}
    </section>
  `;
};
