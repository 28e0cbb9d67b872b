/**
 * C8: a relative's view of the person's support, given with the person's consent to take part in the
 * follow-up: for each granted decision meant also to relieve the relative (indirect support, C6),
 * the relief on the catalogue's follow-up scale and the relative's words; views on quality and on
 * how the support affected their lives. The form, and what is recorded.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { reliefGoals, type FollowUp, type Relative } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { radioGroup, textArea } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { lowerFirst, supportName, type FollowUpView } from './follow-up-view.js';

/** A relative's view as recorded, and as `followUp.recordRelativeView` carries it (the machine adds the consent). */
export type RecordedView = FollowUp['relativeViews'][number];
export type RelativeViewValue = Omit<RecordedView, 'consentId'>;

interface ViewDraft {
  /** Per decision id: the chosen step of the catalogue's follow-up scale and the relative's words. */
  results: Record<string, { resultId: string; view: string }>;
  qualityView: string;
  effectView: string;
}

/** The form's key in the element's forms: one view per relative. */
export const viewKey = (relativeId: string): string => `view-${relativeId}`;

const headingId = (relativeId: string): string => `fu-view-${relativeId}-heading`;

const draftFrom = (recorded: RecordedView | undefined): ViewDraft => ({
  results: Object.fromEntries((recorded?.goalResults ?? []).map((g) => [g.decisionId, { resultId: g.resultId, view: g.view ?? '' }])),
  qualityView: recorded?.qualityView ?? '',
  effectView: recorded?.effectView ?? '',
});

/** The view the form saves: rated goals only, blank texts left out. */
const valueOf = (relativeId: string, draft: ViewDraft): RelativeViewValue => ({
  relativeId,
  goalResults: Object.entries(draft.results)
    .filter(([, r]) => r.resultId)
    .map(([decisionId, r]) => ({ decisionId, resultId: r.resultId, ...(r.view.trim() ? { view: r.view.trim() } : {}) })),
  ...(draft.qualityView.trim() ? { qualityView: draft.qualityView.trim() } : {}),
  ...(draft.effectView.trim() ? { effectView: draft.effectView.trim() } : {}),
});

/** The form, starting from what is recorded. `onSave` sends the view. */
export const relativeViewForm = (
  view: FollowUpView,
  relative: Relative,
  recorded: RecordedView | undefined,
  onSave: (event: Event, value: RelativeViewValue) => void,
): TemplateResult => {
  const { context, t, forms } = view;
  const id = relative.id;
  const key = viewKey(id);
  const initial = () => draftFrom(recorded);
  const draft = forms.draft(key, initial);
  const set = (patch: Partial<ViewDraft>) => forms.patchDraft(key, initial, patch);
  // The granted decisions also meant to relieve this relative (indirect support, C6), from the core.
  const goals = reliefGoals(context.record, id);
  const name = displayName(relative);
  return html`
    <form class="part" novalidate aria-labelledby=${headingId(id)} @submit=${(e: Event) => onSave(e, valueOf(id, draft))}>
      <h5 id=${headingId(id)}>${t.term('viewHeading', name)}</h5>
      ${savedNotice(forms.saved(key), t.term('viewSaved'))} ${view.rejection(key)}
      ${goals.length === 0 ? html`<p>${t.term('noIndirect', name)}</p>` : nothing}
      ${goals.map(({ decision, proposal }) => {
        const support = lowerFirst(supportName(context, decision));
        const result = draft.results[decision.id] ?? { resultId: '', view: '' };
        const setResult = (patch: Partial<typeof result>) => set({ results: { ...draft.results, [decision.id]: { ...result, ...patch } } });
        const goalLines = [
          proposal.goal?.trim() ? t.term('reliefGoal', proposal.goal.trim()) : '',
          decision.goal?.trim() ? t.term('supportGoal', decision.goal.trim()) : '',
        ].filter(Boolean);
        return html`
          <div class="goal">
            ${radioGroup({
              id: `fu-view-${id}-${decision.id}-result`,
              label: t.term('reliefQuestion', support),
              ...(goalLines.length ? { hint: goalLines.join(' ') } : {}),
              ...(result.resultId ? { value: result.resultId } : {}),
              options: context.catalogue.followUpScale.map((s) => ({ value: s.id, label: s.label })),
              onChange: (resultId) => setResult({ resultId }),
            })}
            ${textArea({
              id: `fu-view-${id}-${decision.id}-view`,
              label: t.term('reliefView', support),
              value: result.view,
              onChange: (v) => setResult({ view: v }),
            })}
          </div>
        `;
      })}
      ${textArea({
        id: `fu-view-${id}-quality`,
        label: t.term('relativeQuality'),
        value: draft.qualityView,
        onChange: (qualityView) => set({ qualityView }),
      })}
      ${textArea({
        id: `fu-view-${id}-effect`,
        label: t.term('relativeEffect'),
        value: draft.effectView,
        onChange: (effectView) => set({ effectView }),
      })}
      <div class="actions">
        <button type="submit" aria-label=${t.term('forWhom', t.term('saveView'), name)}>${t.term('saveView')}</button>
      </div>
    </form>
  `;
};

/** What is recorded (review mode, or once the consent is gone). */
export const relativeViewSummary = (view: FollowUpView, relative: Relative, recorded: RecordedView | undefined): TemplateResult => {
  const { context, t } = view;
  const scale = context.catalogue.followUpScale;
  const decisions = context.record.assessment?.decisions ?? [];
  return html`
    <h5 id=${headingId(relative.id)}>${t.term('viewHeading', displayName(relative))}</h5>
    ${recorded
      ? html`
          <dl class="summary">
            ${recorded.goalResults.map((g) => {
              const decision = decisions.find((d) => d.id === g.decisionId);
              const support = decision ? lowerFirst(supportName(context, decision)) : g.decisionId;
              const label = scale.find((s) => s.id === g.resultId)?.label ?? g.resultId;
              return html`<dt>${t.term('reliefQuestion', support)}</dt>
                <dd>${label}${g.view ? html`<br />${g.view}` : nothing}</dd>`;
            })}
            ${recorded.qualityView ? html`<dt>${t.term('relativeQuality')}</dt><dd>${recorded.qualityView}</dd>` : nothing}
            ${recorded.effectView ? html`<dt>${t.term('relativeEffect')}</dt><dd>${recorded.effectView}</dd>` : nothing}
          </dl>
          <p class="hint">${t.term('viewRecordedWith')}</p>
        `
      : html`<p>${t.term('noView')}</p>`}
  `;
};
