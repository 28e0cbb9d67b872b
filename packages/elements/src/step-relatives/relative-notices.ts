/**
 * The special rules a relative's card shows from the consent engine: for a legal representative,
 * the role, the mandate and what they may consent to (C5); for a relative under 18, the child
 * perspective (C11).
 */
import { html, nothing } from 'lit';
import { childPerspective, representativeMayConsent, type Relative } from '@anhorig/core';
import { yesNo, type Renderable, type RelativesView } from './relatives-view.js';
import { msg } from '../localization/messages.js';

/** C5: the relative's role as legal representative follows special rules; the core says what they may consent to. */
export const representativeNotice = (view: RelativesView, r: Relative, name: string): Renderable => {
  const representative = r.legalRepresentative;
  if (!representative) return nothing;
  const { t } = view;
  const gate = representativeMayConsent(view.context.record, r.id);
  return html`
    <h5>${t.term('representativeHeading')}</h5>
    <dl class="summary">
      <dt>${t.term('representativeKind')}</dt>
      <dd>${t.term(`kind.${representative.kind}`)}</dd>
      <dt>${t.term('mandate')}</dt>
      <dd>${representative.mandate}</dd>
      <dt>${t.term('coversPersonalMattersShort')}</dt>
      <dd>${yesNo(view, representative.coversPersonalMatters)}</dd>
    </dl>
    <div class="notice info" part="representative-notice">
      <p>${gate.allowed ? t.term('representativeMayConsent', name) : msg(t, gate.reason)}</p>
      <p>${t.term(r.isRelative ? 'representativeRule' : 'representativeOnlyRule', name)}</p>
    </div>
  `;
};

/**
 * C11: a relative under 18 raises the child perspective, with its answer in place (H4): the
 * handläggare records that the child was guided to support of its own (in the child's own record),
 * and the prompt turns into that fact.
 */
export const childNotice = (view: RelativesView, r: Relative, key: string): Renderable => {
  const { record, relativeRecords } = view.context;
  const flag = childPerspective(record, relativeRecords).find((f) => f.relativeId === r.id);
  if (!flag) return nothing;
  const { t, forms } = view;
  const formKey = `guided:${r.id}`;
  if (flag.guidedToOwnSupport)
    return html`<p class="notice info" part="child-perspective" id="${key}-guided" tabindex="-1">${t.term('childGuided')}</p>`;
  const guided = () => {
    if (forms.send(formKey, { type: 'relativeRecord.update', relativeId: r.id, patch: { childGuidedToOwnSupport: true } })) view.focus(`${key}-guided`);
  };
  return html`
    <div class="notice info" part="child-perspective">
      <p>${msg(t, flag.prompt)}</p>
      ${view.readonly
        ? nothing
        : html`<div class="actions">
            <button type="button" class="secondary" @click=${guided}>${t.term('markGuided')}<span class="visually-hidden"> (${r.chosenName ?? r.name})</span></button>
          </div>`}
      ${view.refusal(formKey, 6)}
    </div>
  `;
};
