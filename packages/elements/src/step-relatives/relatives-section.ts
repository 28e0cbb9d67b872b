/**
 * The relatives important to the person: the form that adds a relative (up to the decision; the
 * machine says when it is too late), the confirmation of a removal, and one card per relative. The
 * form comes first: after adding, focus is back in its name field, and the next Tab leads on to the
 * cards, so the handläggare adds everyone and then records the person's decisions in one pass.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { savedNotice } from '../shared/notices.js';
import { relativeCard } from './relative-card.js';
import { emptyRelativeDraft, relativeFieldRefs, relativeFields, type RelativeDraft } from './relative-form.js';
import type { RelativesView } from './relatives-view.js';

/** The form key of the add form (its draft, refusal and confirmation). */
export const ADD = 'add';

export const relativesSection = (view: RelativesView): TemplateResult => {
  const { t } = view;
  const { relatives } = view.context.record;
  return html`
    <section aria-labelledby="relatives-heading" part="relatives">
      <h3 id="relatives-heading" tabindex="-1">${t.term('relativesHeading')}</h3>
      <p>${t.term('decides')}</p>
      ${view.readonly ? nothing : addForm(view)}
      ${view.removed === undefined ? nothing : savedNotice(true, t.term('removed', view.removed))}
      ${relatives.length === 0
        ? html`<p>${t.term('noRelatives')}</p>`
        : // Keyed: a card's open disclosures stay with its relative when one above is removed.
          html`<div class="cards">${repeat(relatives, (r) => r.id, (r, i) => relativeCard(view, r, `r${i}`))}</div>`}
    </section>
  `;
};

const addForm = (view: RelativesView): TemplateResult => {
  const { t, forms } = view;
  const draft = forms.draft(ADD, emptyRelativeDraft);
  const set = (patch: Partial<RelativeDraft>) => forms.patchDraft(ADD, emptyRelativeDraft, patch);
  const submit = (event: Event) => {
    event.preventDefault();
    // Read at submit: a field's change (Enter in a text field) may have just updated the draft.
    view.add(forms.draft(ADD, emptyRelativeDraft));
  };
  return html`
    <form class="add" aria-labelledby="add-heading" @submit=${submit} novalidate part="add-relative">
      <h4 id="add-heading">${t.term('addHeading')}</h4>
      <p class="hint">${t.term('addHint')}</p>
      ${view.refusal(ADD, 5, relativeFieldRefs('new', t))}
      ${relativeFields({ prefix: 'new', draft, set, t, d: view.d, lifeAreas: view.context.catalogue.lifeAreas, rejection: forms.rejection(ADD) })}
      <div class="actions"><button type="submit">${t.term('submitAdd')}</button></div>
      ${view.added === undefined ? nothing : savedNotice(true, t.term('added', view.added))}
    </form>
  `;
};
