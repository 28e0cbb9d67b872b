/**
 * C6: support applied for that also relieves a relative (indirekt stöd). Each proposal shows the
 * core's status in words — agreed, disagreement, what is missing, whether the marker applies — the
 * person's consent (offered in place where missing), both views, the continued search for a
 * solution, the goal from the relative's perspective (M3) and, for a child relative, the child's views.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { consentGate, indirectSupportStatus, type IndirectSupportProposal, type Relative } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { textArea } from '../shared/fields.js';
import { consentNeeded } from '../shared/consent-needed.js';
import { lifeAreaName, type GatherView, type Renderable } from './gather-view.js';

type ViewField = 'personView' | 'relativeView' | 'continuedSearch' | 'goal' | 'childViews';

export const fieldLabels = (view: GatherView, relative: Relative | undefined): Record<ViewField, string> => {
  const name = relative ? displayName(relative) : undefined;
  return {
    personView: view.t.term('personView'),
    relativeView: name ? view.t.term('relativeView', name) : view.t.term('relativeViewGeneric'),
    continuedSearch: view.t.term('continuedSearch'),
    goal: name ? view.t.term('goal', name) : view.t.term('goalGeneric'),
    childViews: view.t.term('childViews'),
  };
};

const statusNotice = (view: GatherView, proposal: IndirectSupportProposal, relative: Relative | undefined): Renderable => {
  const { context, t } = view;
  const status = indirectSupportStatus(context.record, proposal.id, context.today);
  if (!status) return nothing;
  const name = relative ? displayName(relative) : proposal.relativeId;
  const lines = [
    status.markerApplies ? t.term('markerApplies') : t.term('markerMissing', status.missing.join(', ')),
    ...(status.agreed ? [t.term('agreed')] : []),
    ...(status.disagreement ? [t.term('disagreement', name)] : []),
    ...(status.relativeDeclined ? [t.term('relativeDeclined', name)] : []),
    ...(status.childRelative ? [t.term('childNote', name)] : !status.relativeConsent ? [t.term('relativeConsentNote', name)] : []),
  ];
  return html`
    <div class="notice ${status.markerApplies ? 'info' : ''} status" part="indirect-support-status">
      <ul>
        ${lines.map((line) => html`<li>${line}</li>`)}
      </ul>
    </div>
    ${consentNeeded(consentGate(context.record, proposal.relativeId, 'indirectSupport', context.today), t.term('recordConsent'), view.readonly)}
  `;
};

const proposalFields = (view: GatherView, proposal: IndirectSupportProposal, relative: Relative | undefined, index: number): TemplateResult => {
  const labels = fieldLabels(view, relative);
  const fields: ViewField[] = ['personView', 'relativeView', 'continuedSearch', 'goal', ...(relative?.isChild ? (['childViews'] as const) : [])];
  const form = `proposal:${proposal.id}`;
  if (view.readonly)
    return html`<dl class="summary">
      ${fields.map((f) => html`<dt>${labels[f]}</dt><dd>${proposal[f] || html`<span class="hint">${view.t.term('notRecorded')}</span>`}</dd>`)}
    </dl>`;
  return html`
    ${view.rejection(form)}
    ${fields.map((f) =>
      textArea({
        id: `proposal-${index}-${f}`,
        label: labels[f],
        ...(f === 'goal' ? { hint: view.t.term('goalHint') } : {}),
        value: proposal[f] ?? '',
        onChange: (value) => view.send(form, { type: 'indirectSupport.update', proposalId: proposal.id, patch: { [f]: value.trim() } }),
      }),
    )}
  `;
};

export const proposalList = (view: GatherView): Renderable => {
  const { context } = view;
  return html`${context.record.indirectSupport.map((proposal, index) => {
    const relative = context.record.relatives.find((r) => r.id === proposal.relativeId);
    const type = context.catalogue.supportTypes.find((s) => s.id === proposal.supportTypeId)?.name ?? proposal.supportTypeId;
    return html`
      <div class="card" part="indirect-support">
        <h4>${view.t.term('proposalHeading', type, lifeAreaName(context, proposal.lifeAreaId), relative ? displayName(relative) : proposal.relativeId)}</h4>
        ${statusNotice(view, proposal, relative)}
        ${proposalFields(view, proposal, relative, index)}
      </div>
    `;
  })}`;
};

