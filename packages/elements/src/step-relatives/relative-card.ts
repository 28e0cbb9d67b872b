/**
 * One relative's card: the name, the branch the consent engine puts them in (step 2 or 3), the facts
 * about them, "Ändra" (the same form as adding) and removal of a relative added by mistake, then the
 * representative and child notices, the violence section and the person's decision.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Relative } from '@anhorig/core';
import { branchesOf, displayName } from '../base/selectors.js';
import { savedNotice } from '../shared/notices.js';
import { decisionSection } from './decision-section.js';
import { draftOf, relativeFieldRefs, relativeFields, relativeOf, type RelativeDraft } from './relative-form.js';
import { childNotice, representativeNotice } from './relative-notices.js';
import { violenceSection } from './violence-section.js';
import { yesNo, type RelativesView } from './relatives-view.js';

/** The card of `relative`; `key` (`r0`, `r1`, …) prefixes the ids inside it. */
export const relativeCard = (view: RelativesView, relative: Relative, key: string): TemplateResult => {
  const name = displayName(relative);
  const branch = branchesOf(view.context).get(relative.id) ?? 'undecided';
  return html`
    <article class="card" aria-labelledby="${key}-heading" part="relative">
      <h4 id="${key}-heading">${name} <span class="relation">(${relative.relation})</span></h4>
      <p class="branch">
        <span class="visually-hidden">${view.t.term('branch')}: </span
        ><span class="tag ${branch}" part="branch">${view.d.term(`branch.${branch}`)}</span>
      </p>
      ${relativeSummary(view, relative)} ${view.readonly ? nothing : cardActions(view, relative, key, name)}
      ${representativeNotice(view, relative, name)} ${childNotice(view, relative)}
      ${violenceSection(view, relative, key, name)} ${decisionSection(view, relative, key, name)}
    </article>
  `;
};

/** The form key of a relative's "Ändra" form (its draft, refusal and confirmation). */
export const editKey = (relativeId: string): string => `edit:${relativeId}`;
/** The form key of a relative's removal (its refusal). */
export const removeKey = (relativeId: string): string => `remove:${relativeId}`;

const relativeSummary = (view: RelativesView, r: Relative): TemplateResult => {
  const { t, context } = view;
  const areaName = (id: string) => context.catalogue.lifeAreas.find((a) => a.id === id)?.name ?? id;
  const support = r.givesSupport
    ? r.supportLifeAreas.length
      ? t.term('supportIn', r.supportLifeAreas.map(areaName).join(', '))
      : yesNo(view, true)
    : yesNo(view, false);
  return html`
    <dl class="summary">
      ${r.chosenName ? html`<dt>${t.term('name')}</dt><dd>${r.name}</dd>` : nothing}
      ${r.pronouns ? html`<dt>${t.term('pronouns')}</dt><dd>${r.pronouns}</dd>` : nothing}
      <dt>${t.term('relationShort')}</dt>
      <dd>${r.relation}</dd>
      <dt>${t.term('givesSupportShort')}</dt>
      <dd>${support}</dd>
      <dt>${t.term('worries')}</dt>
      <dd>${yesNo(view, r.worriesAboutPerson)}</dd>
      <dt>${t.term('livesWith')}</dt>
      <dd>${yesNo(view, r.livesWithPerson)}</dd>
      <dt>${t.term('isChild')}</dt>
      <dd>${yesNo(view, r.isChild)}</dd>
      ${r.contact ? html`<dt>${t.term('contactShort')}</dt><dd>${r.contact}</dd>` : nothing}
      <dt>${t.term('informedShort')}</dt>
      <dd>${yesNo(view, r.informedOfPossibility)}</dd>
      <dt>${t.term('addedAt')}</dt>
      <dd>${r.addedAt}</dd>
    </dl>
  `;
};

/** "Ändra" (the same form as adding) and removal of a relative added by mistake. */
const cardActions = (view: RelativesView, r: Relative, key: string, name: string): TemplateResult => {
  const { t, forms } = view;
  const edit = editKey(r.id);
  const initial = () => draftOf(r);
  const draft = forms.draft(edit, initial);
  const set = (patch: Partial<RelativeDraft>) => forms.patchDraft(edit, initial, patch);
  const prefix = `${key}-edit`;
  const submit = (event: Event) => {
    event.preventDefault();
    // Read at submit: a field's change (Enter in a text field) may have just updated the draft.
    forms.send(edit, { type: 'relative.update', relativeId: r.id, patch: relativeOf(forms.draft(edit, initial)) });
  };
  return html`
    <details>
      <summary>${t.term('edit', name)}</summary>
      <form @submit=${submit} novalidate>
        ${view.refusal(edit, 5, relativeFieldRefs(prefix, t))}
        ${relativeFields({ prefix, draft, set, t, d: view.d, lifeAreas: view.context.catalogue.lifeAreas, rejection: forms.rejection(edit) })}
        <div class="actions">
          <button type="submit">${t.term('saveChanges')}<span class="visually-hidden"> (${name})</span></button>
        </div>
        ${savedNotice(forms.saved(edit), t.term('saved'))}
      </form>
    </details>
    ${view.removing === r.id
      ? html`<div class="notice">
          <p>${t.term('removeConfirm', name)}</p>
          <div class="actions">
            <button type="button" id="${key}-confirm-remove" @click=${() => view.remove(r, name)}>${t.term('confirmRemove', name)}</button>
            <button type="button" class="secondary" @click=${() => view.cancelRemove(key)}>${t.term('cancel')}</button>
          </div>
        </div>`
      : html`<div class="actions">
          <button type="button" class="secondary" id="${key}-remove" @click=${() => view.startRemove(r, key)}>
            ${t.term('remove')}<span class="visually-hidden">${t.term('removeWho', name)}</span>
          </button>
        </div>`}
    ${view.refusal(removeKey(r.id), 5)}
  `;
};
