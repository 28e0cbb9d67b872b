/**
 * C6: support applied for that also relieves a relative (indirekt stöd). Each proposal shows the
 * core's status in one short line — whether the marker applies, agreement, a "no" — then both
 * consents, each recorded in place where missing (H6: the person side's, and the relative's own),
 * both views, the continued search for a solution, the goal from the relative's perspective (M3)
 * and, for a child relative, the child's views. What is still missing is listed once, at the top of
 * the step.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { consentGate, indirectSupportStatus, type IndirectSupportProposal, type IndirectSupportStatus, type Relative } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { textArea } from '../shared/fields.js';
import { consentRequest } from './consent-gap.js';
import { lifeAreaName, type GatherView, type Renderable } from './gather-view.js';
import { msg } from '../localization/messages.js';

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

/** Where the parties stand, in one short line each: the marker, agreement, a "no" (C6). */
const statusLines = (view: GatherView, status: IndirectSupportStatus, name: string): string[] => {
  const { t } = view;
  return [
    t.term(status.markerApplies ? 'markerApplies' : 'markerMissing'),
    ...(status.agreed ? [t.term('agreed')] : []),
    ...(status.disagreement ? [t.term('disagreement', name)] : []),
    ...(status.relativeDeclined ? [t.term('relativeDeclined', name)] : []),
  ];
};

/**
 * H6: both consents of C6 where the proposal is, each with its answer or the offer to record it in
 * place: the person side's (who answers for the person, asked in the form) and the relative's own
 * (`given-by="relative"`, a short form). For a child relative the child's views count instead.
 */
const consents = (view: GatherView, proposal: IndirectSupportProposal, status: IndirectSupportStatus, relative: Relative | undefined, name: string): TemplateResult => {
  const { context, t } = view;
  const gate = consentGate(context.record, proposal.relativeId, 'indirectSupport', context.today);
  const personSide = status.personConsent
    ? t.term('consentGiven', status.personConsent.date)
    : html`${gate.allowed ? nothing : msg(t, gate.reason)}
        ${view.readonly || !relative ? nothing : consentRequest(proposal.relativeId, 'indirectSupport', t.term('recordPersonConsent'), 5)}`;
  const relativeSide = status.childRelative
    ? t.term('childNote', name)
    : status.relativeConsent
      ? t.term('consentGiven', status.relativeConsent.date)
      : html`${t.term(status.relativeDeclined ? 'relativeSaidNo' : 'consentMissing')}
          ${view.readonly || !relative ? nothing : consentRequest(proposal.relativeId, 'indirectSupport', t.term('recordRelativeConsent', name), 5, 'relative')}`;
  return html`
    <dl class="summary consents">
      <dt>${t.term('personConsent')}</dt>
      <dd>${personSide}</dd>
      <dt>${t.term('relativeConsent', name)}</dt>
      <dd>${relativeSide}</dd>
    </dl>
  `;
};

const proposalFields = (view: GatherView, proposal: IndirectSupportProposal, relative: Relative | undefined, index: number, heading: string): TemplateResult => {
  const labels = fieldLabels(view, relative);
  const fields: ViewField[] = ['personView', 'relativeView', 'continuedSearch', 'goal', ...(relative?.isChild ? (['childViews'] as const) : [])];
  const form = `proposal:${proposal.id}`;
  if (view.readonly)
    return html`<dl class="summary">
      ${fields.map((f) => html`<dt>${labels[f]}</dt><dd>${proposal[f] || html`<span class="hint">${view.t.term('notRecorded')}</span>`}</dd>`)}
    </dl>`;
  // The same fields repeat for every proposal: one group, named after the proposal.
  return html`
    ${view.rejection(form)}
    <fieldset class="views">
      <legend class="visually-hidden">${view.t.term('viewsOf', heading)}</legend>
    ${fields.map((f) =>
      textArea({
        id: `proposal-${index}-${f}`,
        label: labels[f],
        ...(f === 'goal' ? { hint: view.t.term('goalHint') } : {}),
        value: proposal[f] ?? '',
        onChange: (value) => view.send(form, { type: 'indirectSupport.update', proposalId: proposal.id, patch: { [f]: value.trim() } }),
      }),
    )}
    </fieldset>
  `;
};

export const proposalList = (view: GatherView): Renderable => {
  const { context } = view;
  return html`${context.record.indirectSupport.map((proposal, index) => {
    const relative = context.record.relatives.find((r) => r.id === proposal.relativeId);
    const type = context.catalogue.supportTypes.find((s) => s.id === proposal.supportTypeId)?.name ?? proposal.supportTypeId;
    const name = relative ? displayName(relative) : proposal.relativeId;
    const heading = view.t.term('proposalHeading', type, lifeAreaName(context, proposal.lifeAreaId), name);
    const status = indirectSupportStatus(context.record, proposal.id, context.today);
    const headingId = `proposal-${index}-heading`;
    return html`
      <section class="card" part="indirect-support" aria-labelledby=${headingId}>
        <h4 id=${headingId}>${heading}</h4>
        ${status
          ? html`<p class="status" part="indirect-support-status">${statusLines(view, status, name).join(' ')}</p>
              ${consents(view, proposal, status, relative, name)}`
          : nothing}
        ${proposalFields(view, proposal, relative, index, heading)}
      </section>
    `;
  })}`;
};

