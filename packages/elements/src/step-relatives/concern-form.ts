/**
 * C4: the form that records a concern about violence, threats or coercion for one relative (or a new
 * one, replacing the last): who may be at risk, what the concern is, whether the routine was
 * followed and when it was raised.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Relative, ViolenceConcern } from '@anhorig/core';
import { checkbox, radioGroup, textArea, textField } from '../shared/fields.js';
import { optional, type FieldRefs, type RelativesView } from './relatives-view.js';

const DIRECTIONS: readonly ViolenceConcern['direction'][] = ['relativeAtRisk', 'personAtRisk', 'both', 'unclear'];

interface ConcernDraft {
  direction: ViolenceConcern['direction'] | undefined;
  description: string;
  routineFollowed: boolean;
  raisedAt: string;
}

/** The form key of a relative's concern form (its draft, refusal and confirmation). */
export const concernKey = (relativeId: string): string => `concern:${relativeId}`;

/** Who may be at risk, naming the relative where it is them. */
export const directionLabel = (view: RelativesView, direction: ViolenceConcern['direction'], name: string): string =>
  direction === 'relativeAtRisk' ? view.t.term('direction.relativeAtRisk', name) : view.t.term(`direction.${direction}`);

export const concernForm = (view: RelativesView, r: Relative, key: string, name: string, replaces: boolean): TemplateResult => {
  const { t, forms } = view;
  const formKey = concernKey(r.id);
  const initial = (): ConcernDraft => ({ direction: undefined, description: '', routineFollowed: false, raisedAt: view.context.today });
  const draft = forms.draft(formKey, initial);
  const set = (patch: Partial<ConcernDraft>) => forms.patchDraft(formKey, initial, patch);
  const id = (field: string) => `${key}-concern-${field}`;
  const refs: FieldRefs = {
    direction: { id: id('direction-relativeAtRisk'), label: t.term('direction') },
    description: { id: id('description'), label: t.term('concernDescription') },
    raisedAt: { id: id('date'), label: t.term('raisedAt') },
  };
  const submit = (event: Event) => {
    event.preventDefault();
    // Read at submit: a field's change (Enter in a text field) may have just updated the draft.
    const sent = forms.draft(formKey, initial);
    const ok = forms.send(formKey, {
      type: 'relative.raiseViolenceConcern',
      relativeId: r.id,
      concern: {
        // An unanswered direction is sent as is: the machine's validation says it is missing.
        direction: sent.direction as ViolenceConcern['direction'],
        description: optional(sent.description),
        routineFollowed: sent.routineFollowed,
        raisedAt: sent.raisedAt,
      },
    });
    if (!ok) return;
    const details = (event.target as HTMLElement).closest('details');
    if (details) details.open = false;
    // The form that had focus is gone (a first concern) or closed: focus goes to what was recorded.
    view.focus(`${key}-violence-heading`);
  };
  return html`
    <form @submit=${submit} novalidate>
      ${replaces ? html`<p class="hint">${t.term('newConcernHint')}</p>` : nothing} ${view.refusal(formKey, 6, refs)}
      ${radioGroup({
        id: id('direction'),
        label: t.term('direction'),
        hint: t.term('directionHint'),
        value: draft.direction,
        error: forms.error(formKey, 'direction'),
        options: DIRECTIONS.map((d) => ({ value: d, label: directionLabel(view, d, name) })),
        onChange: (direction) => set({ direction }),
      })}
      ${textArea({
        id: id('description'),
        label: t.term('concernDescription'),
        hint: t.term('concernDescriptionHint'),
        value: draft.description,
        error: forms.error(formKey, 'description'),
        onChange: (description) => set({ description }),
      })}
      ${checkbox({
        id: id('routine'),
        label: t.term('routineFollowed'),
        checked: draft.routineFollowed,
        onChange: (routineFollowed) => set({ routineFollowed }),
      })}
      ${textField({
        id: id('date'),
        label: t.term('raisedAt'),
        type: 'date',
        value: draft.raisedAt,
        error: forms.error(formKey, 'raisedAt'),
        onChange: (raisedAt) => set({ raisedAt }),
      })}
      <div class="actions">
        <button type="submit">${t.term('submitConcern')}<span class="visually-hidden"> (${name})</span></button>
      </div>
    </form>
  `;
};
