/**
 * One relative's card, compact (issue 10): the name, the branch the consent engine puts them in
 * (step 2 or 3), the facts that are true about them in one short list, the person's decision (one
 * form), then the child perspective with its answer in place (C11, H4), the violence section (C4),
 * and "Ändra" (the same form as adding, ending with the removal of a relative added by mistake); while
 * nothing is recorded about violence, its disclosure and "Ändra" share one line. What is left to do
 * for the relative is in the step's one list at the top, which links here. A legal representative
 * who is not a relative (H2) has a card with the role and mandate only: no decision, no questions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Relative } from '@anhorig/core';
import { branchesOf, displayName } from '../base/selectors.js';
import { savedNotice } from '../shared/notices.js';
import { decisionSection } from './decision-section.js';
import { draftOf, relativeFieldRefs, relativeFields, relativeOf, type RelativeDraft } from './relative-form.js';
import { childNotice, representativeNotice } from './relative-notices.js';
import { violenceSection } from './violence-section.js';
import type { RelativesView } from './relatives-view.js';

/** The card of `relative`; `key` (`r0`, `r1`, …) prefixes the ids inside it. */
export const relativeCard = (view: RelativesView, relative: Relative, key: string): TemplateResult => {
  const name = displayName(relative);
  const branch = branchesOf(view.context).get(relative.id) ?? 'undecided';
  const tag = relative.isRelative ? view.d.term(`branch.${branch}`) : view.t.term('representativeOnlyTag');
  return html`
    <article class="card" id="relative-${relative.id}" data-relative-id=${relative.id} aria-labelledby="${key}-heading" part="relative">
      <h4 id="${key}-heading" tabindex="-1">${name} <span class="relation">(${relative.relation})</span></h4>
      <p class="branch">
        <span class="visually-hidden">${view.t.term('branch')}: </span
        ><span class="tag ${relative.isRelative ? branch : 'representative'}" part="branch">${tag}</span>
      </p>
      ${relativeSummary(view, relative)} ${representativeNotice(view, relative, name)}
      ${relative.isRelative ? html`${decisionSection(view, relative, key, name)} ${childNotice(view, relative, key)}` : nothing}
      ${relative.isRelative && relative.violenceConcern ? violenceSection(view, relative, key, name) : nothing}
      <div class="disclosures">
        ${relative.isRelative && !relative.violenceConcern ? violenceSection(view, relative, key, name) : nothing}
        ${view.readonly ? nothing : editDisclosure(view, relative, key, name)}
      </div>
      ${view.refusal(removeKey(relative.id), 5)}
    </article>
  `;
};

/** The form key of a relative's "Ändra" form (its draft, refusal and confirmation). */
export const editKey = (relativeId: string): string => `edit:${relativeId}`;
/** The form key of a relative's removal (its refusal). */
export const removeKey = (relativeId: string): string => `remove:${relativeId}`;

/** What is true about the relative, as one short list (what is not true is left out, not listed as "Nej"). */
const relativeSummary = (view: RelativesView, r: Relative): TemplateResult => {
  const { t, d, context } = view;
  const areaName = (id: string) => context.catalogue.lifeAreas.find((a) => a.id === id)?.name ?? id;
  const communication = r.communication;
  const facts = [
    r.chosenName ? t.term('factName', r.name) : undefined,
    r.pronouns ? t.term('factPronouns', r.pronouns) : undefined,
    t.term('factCategory', d.term(`relationCategory.${r.relationCategory}`)),
    r.givesSupport ? (r.supportLifeAreas.length ? t.term('factSupportIn', r.supportLifeAreas.map(areaName).join(', ')) : t.term('givesSupportShort')) : undefined,
    r.livesWithPerson ? t.term('livesWith') : undefined,
    r.worriesAboutPerson ? t.term('worries') : undefined,
    r.isChild ? t.term('isChild') : undefined,
    r.coordinatesCare ? t.term('coordinatesCare') : undefined,
    r.isRelative && r.informedOfPossibility ? t.term('informedShort') : undefined,
    communication?.interpreterLanguage ? t.term('factInterpreter', communication.interpreterLanguage) : undefined,
    ...(communication?.supports ?? []).map((s) => d.term(`support.${s}`)),
    communication?.minorityLanguage ? t.term('factMinority', d.term(`minority.${communication.minorityLanguage}`)) : undefined,
    r.contact ? t.term('factContact', r.contact) : undefined,
  ].filter((f): f is string => f !== undefined);
  return html`<ul class="facts">
    ${facts.map((f) => html`<li>${f}</li>`)}
  </ul>`;
};

/** "Ändra" (the same form as adding), with the removal of a relative added by mistake at its end. */
const editDisclosure = (view: RelativesView, r: Relative, key: string, name: string): TemplateResult => {
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
    <details class="edit">
      <summary>${t.term('edit')}<span class="visually-hidden">${t.term('editWho', name)}</span></summary>
      <form @submit=${submit} novalidate>
        ${view.refusal(edit, 5, relativeFieldRefs(prefix, t))}
        ${relativeFields({ prefix, draft, set, t, d: view.d, lifeAreas: view.context.catalogue.lifeAreas, rejection: forms.rejection(edit) })}
        <div class="actions">
          <button type="submit">${t.term('saveChanges')}<span class="visually-hidden"> (${name})</span></button>
        </div>
        ${savedNotice(forms.saved(edit), t.term('saved'))}
      </form>
      ${removal(view, r, key, name)}
    </details>
  `;
};

const removal = (view: RelativesView, r: Relative, key: string, name: string): TemplateResult => {
  const { t } = view;
  return html`
    ${view.removing === r.id
      ? html`<div class="notice">
          <p>${t.term('removeConfirm', name)}</p>
          <div class="actions">
            <button type="button" id="${key}-confirm-remove" @click=${() => view.remove(r, name, key)}>${t.term('confirmRemove', name)}</button>
            <button type="button" class="secondary" @click=${() => view.cancelRemove(key)}>${t.term('cancel')}</button>
          </div>
        </div>`
      : html`<div class="actions">
          <button type="button" class="secondary" id="${key}-remove" @click=${() => view.startRemove(r, key)}>
            ${t.term('remove')}<span class="visually-hidden">${t.term('removeWho', name)}</span>
          </button>
        </div>`}
  `;
};
