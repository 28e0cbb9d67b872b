/**
 * The form to propose an indirect support (C6): which support type in which life area also
 * relieves which relative, with both views, the goal from the relative's perspective (M3), the
 * continued search where they disagree, and for a child relative the child's views.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InvestigationContext, InvestigationEvent } from '@anhorig/core';
import { selectField, textArea } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { fieldLabels } from './indirect-support-section.js';
import { needAreas, relativeLabel, type GatherView } from './gather-view.js';

export interface ProposalDraft {
  supportTypeId: string;
  lifeAreaId: string;
  /** The relative who would be relieved, by id ('' before a choice): never by list position. */
  relativeId: string;
  personView: string;
  relativeView: string;
  continuedSearch: string;
  goal: string;
  childViews: string;
}

export const emptyProposalDraft = (): ProposalDraft => ({
  supportTypeId: '',
  lifeAreaId: '',
  relativeId: '',
  personView: '',
  relativeView: '',
  continuedSearch: '',
  goal: '',
  childViews: '',
});

/** The chosen relative, if they are (still) in the record. */
const chosenRelative = (context: InvestigationContext, draft: ProposalDraft) => context.record.relatives.find((r) => r.id === draft.relativeId);

const TEXTS = ['personView', 'relativeView', 'continuedSearch', 'goal', 'childViews'] as const;

/** The event the draft stands for; the relative is sent by the id chosen, so one no longer in the record is refused, never replaced. */
export const proposalEvent = (context: InvestigationContext, draft: ProposalDraft): Extract<InvestigationEvent, { type: 'indirectSupport.propose' }> => {
  const relative = chosenRelative(context, draft);
  const texts = Object.fromEntries(
    TEXTS.filter((k) => draft[k].trim() !== '' && (k !== 'childViews' || relative?.isChild)).map((k) => [k, draft[k].trim()]),
  );
  return {
    type: 'indirectSupport.propose',
    proposal: { supportTypeId: draft.supportTypeId, lifeAreaId: draft.lifeAreaId, relativeId: draft.relativeId, ...texts },
  };
};

export const PROPOSAL_FORM = 'proposal-form';

export const proposalForm = (
  view: GatherView,
  draft: ProposalDraft,
  set: (patch: Partial<ProposalDraft>) => void,
  submit: (event: Event) => void,
): TemplateResult => {
  const { context, t } = view;
  const relative = chosenRelative(context, draft);
  const labels = fieldLabels(view, relative);
  // Support types that can usually relieve a relative first (catalogue hint), otherwise in catalogue order.
  const types = [...context.catalogue.supportTypes].sort((a, b) => Number(b.canRelieveRelative) - Number(a.canRelieveRelative));
  const eligibility = context.catalogue.supportTypes.find((s) => s.id === draft.supportTypeId)?.eligibilityNote;
  const text = (key: (typeof TEXTS)[number], hint?: string) =>
    textArea({ id: `proposal-${key}`, label: labels[key], ...(hint ? { hint } : {}), value: draft[key], onChange: (value) => set({ [key]: value }) });
  return html`
    <form class="card add-form" novalidate aria-labelledby="proposal-form-heading" @submit=${submit} part="indirect-support-form">
      <h4 id="proposal-form-heading">${t.term('proposeHeading')}</h4>
      ${savedNotice(view.saved(PROPOSAL_FORM), t.term('proposed'))}
      ${view.rejection(PROPOSAL_FORM, { supportTypeId: 'proposal-type', lifeAreaId: 'proposal-area', relativeId: 'proposal-relative' })}
      ${selectField({
        id: 'proposal-type',
        label: t.term('supportType'),
        hint: eligibility ? `${t.term('supportTypeHint')} ${eligibility}` : t.term('supportTypeHint'),
        value: draft.supportTypeId,
        placeholder: t.term('choose'),
        options: types.map((s) => ({ value: s.id, label: s.canRelieveRelative ? `${s.name} – ${t.term('relieves')}` : s.name })),
        onChange: (supportTypeId) => set({ supportTypeId }),
      })}
      ${selectField({
        id: 'proposal-area',
        label: t.term('proposalArea'),
        value: draft.lifeAreaId,
        placeholder: t.term('choose'),
        options: needAreas(context).map((a) => ({ value: a.id, label: a.name })),
        onChange: (lifeAreaId) => set({ lifeAreaId }),
      })}
      ${selectField({
        id: 'proposal-relative',
        label: t.term('proposalRelative'),
        value: relative?.id ?? '',
        placeholder: t.term('choose'),
        // Indirect support relieves a relative; a legal representative who is not one is no choice here (H2).
        options: context.record.relatives.filter((r) => r.isRelative).map((r) => ({ value: r.id, label: relativeLabel(r) })),
        onChange: (relativeId) => set({ relativeId }),
      })}
      ${text('personView')} ${text('relativeView')} ${text('goal', t.term('goalHint'))} ${text('continuedSearch')}
      ${relative?.isChild ? text('childViews') : nothing}
      <div class="actions"><button type="submit">${t.term('propose')}</button></div>
    </form>
  `;
};
