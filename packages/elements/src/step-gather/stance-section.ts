/**
 * C13: a relative's own stance, asked separately — wants to give support (vill), can (kan) — and the
 * person's wish to receive it, with the life areas. Asked only of a relative who takes part in the
 * investigation (shown in that relative's block). The core says whether the support counts as
 * available in the assessment; this only puts that into words. Every group names the relative, so a
 * screen-reader user moving by form field knows whose stance it is.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isRelativeSupportAvailable, type Relative, type RelativeStance, type YesNoUnknown } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { checkboxGroup, radioGroup, textArea } from '../shared/fields.js';
import { lifeAreaName, needAreas, type GatherView } from './gather-view.js';

const ANSWERS: readonly YesNoUnknown[] = ['yes', 'no', 'unknown'];

type Question = 'wantsToGiveSupport' | 'canGiveSupport' | 'personWantsSupportFromRelative';

const blank = (relativeId: string): RelativeStance => ({
  relativeId,
  wantsToGiveSupport: 'unknown',
  canGiveSupport: 'unknown',
  personWantsSupportFromRelative: 'unknown',
  lifeAreaIds: [],
});

const availability = (view: GatherView, relative: Relative, stance: RelativeStance | undefined): TemplateResult => {
  const name = displayName(relative);
  const available = isRelativeSupportAvailable(view.context.record, relative.id);
  return html`
    <p class="availability" aria-live="polite">
      ${stance ? nothing : html`${view.t.term('noStance')} `}${view.t.term(available ? 'available' : 'notAvailable', name)}
    </p>
  `;
};

const readonlyStance = (view: GatherView, relative: Relative, stance: RelativeStance | undefined): TemplateResult => {
  const name = displayName(relative);
  const answer = (q: Question) => view.d.term(`yesNo.${stance?.[q] ?? 'unknown'}`);
  return html`
    <dl class="summary">
      <dt>${view.t.term('wants', name)}</dt>
      <dd>${answer('wantsToGiveSupport')}</dd>
      <dt>${view.t.term('can', name)}</dt>
      <dd>${answer('canGiveSupport')}</dd>
      <dt>${view.t.term('personWants', name)}</dt>
      <dd>${answer('personWantsSupportFromRelative')}</dd>
      <dt>${view.t.term('stanceAreas', name)}</dt>
      <dd>${stance?.lifeAreaIds.map((id) => lifeAreaName(view.context, id)).join(', ') || '–'}</dd>
      ${stance?.note ? html`<dt>${view.t.term('stanceNote', name)}</dt><dd>${stance.note}</dd>` : nothing}
    </dl>
  `;
};

const stanceForm = (view: GatherView, relative: Relative, stance: RelativeStance | undefined, index: number): TemplateResult => {
  const name = displayName(relative);
  const current = stance ?? blank(relative.id);
  const form = `stance:${relative.id}`;
  const save = (patch: Partial<RelativeStance>) => {
    const { note, ...rest } = { ...current, ...patch };
    view.send(form, { type: 'stance.set', stance: { ...rest, ...(note?.trim() ? { note: note.trim() } : {}) } });
  };
  const question = (q: Question, id: string, label: string) =>
    radioGroup({
      id: `stance-${index}-${id}`,
      label,
      value: current[q],
      options: ANSWERS.map((a) => ({ value: a, label: view.d.term(`yesNo.${a}`) })),
      inline: true,
      onChange: (value) => save({ [q]: value }),
    });
  return html`
    ${view.rejection(form)}
    ${question('wantsToGiveSupport', 'wants', view.t.term('wants', name))}
    ${question('canGiveSupport', 'can', view.t.term('can', name))}
    ${question('personWantsSupportFromRelative', 'person', view.t.term('personWants', name))}
    ${checkboxGroup({
      id: `stance-${index}-areas`,
      label: view.t.term('stanceAreas', name),
      values: current.lifeAreaIds,
      options: needAreas(view.context).map((a) => ({ value: a.id, label: a.name })),
      onChange: (lifeAreaIds) => save({ lifeAreaIds }),
    })}
    ${textArea({ id: `stance-${index}-note`, label: view.t.term('stanceNote', name), value: current.note ?? '', onChange: (note) => save({ note }) })}
  `;
};

/** The relative's own stance (C13), in their block; `index` is the relative's place in the record (for ids). */
export const relativeStance = (view: GatherView, relative: Relative, index: number): TemplateResult => {
  const stance = view.context.record.stances.find((s) => s.relativeId === relative.id);
  return html`
    <div class="stance" part="stance">
      ${view.readonly ? readonlyStance(view, relative, stance) : stanceForm(view, relative, stance, index)}
      ${availability(view, relative, stance)}
    </div>
  `;
};
