/**
 * Support to express their will: whether the person needs it and with what, the handläggare's own
 * reflection, the supporter the person chose among the relatives (with the consent
 * `supportInInvestigation`, C1) and the judgement of the supporter's suitability.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { PERSON_EXPRESSION_NEEDS, activeConsent, consentGate, type ExpressionSupport, type InvestigationContext } from '@anhorig/core';
import { checkboxGroup, selectField, textArea } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { consentNeeded } from '../shared/consent-needed.js';
import { relativeLabel, type InvolveView } from './involve-view.js';

type ExpressionNeed = (typeof PERSON_EXPRESSION_NEEDS)[number];

export interface ExpressionDraft {
  needs: ExpressionNeed[];
  caseworkerReflection: string;
  supporterRelativeId: string;
  suitabilityJudgement: string;
}

/** The form's key in the element's forms. */
export const EXPRESSION_KEY = 'expression';

/** The value the form saves: a supporter named without being a relative (set by a host) is kept unless a relative is chosen. */
export const expressionSupportValue = (saved: ExpressionSupport | undefined, draft: ExpressionDraft): ExpressionSupport => ({
  needs: draft.needs,
  caseworkerReflection: draft.caseworkerReflection,
  supporterRelativeId: draft.supporterRelativeId || undefined,
  supporterName: draft.supporterRelativeId ? undefined : saved?.supporterName,
  suitabilityJudgement: draft.suitabilityJudgement,
});

const supporterLabel = (context: InvestigationContext, relativeId: string | undefined): string | undefined => {
  const relative = context.record.relatives.find((r) => r.id === relativeId);
  return relative ? relativeLabel(relative) : undefined;
};

const supporterConsent = (view: InvolveView, supporterId: string): TemplateResult => {
  const { context, t } = view;
  const gate = consentGate(context.record, supporterId, 'supportInInvestigation', context.today);
  const consent = activeConsent(context.record, supporterId, 'supportInInvestigation', context.today);
  return html`
    ${consent ? html`<p>${t.term('supporterConsent', consent.date)}</p>` : nothing}
    ${consentNeeded(gate, t.term('recordConsent'), view.readonly, t)}
  `;
};

const expressionSummary = (view: InvolveView): TemplateResult => {
  const { context, t } = view;
  const support = context.record.expressionSupport;
  const supporter =
    supporterLabel(context, support?.supporterRelativeId) ?? (support?.supporterName ? t.term('otherSupporter', support.supporterName) : undefined);
  return html`
    <dl class="summary">
      <dt>${t.term('needs')}</dt>
      <dd>${support?.needs.length ? support.needs.map((n) => t.term(`need.${n}`)).join(', ') : t.term('noNeeds')}</dd>
      ${support?.caseworkerReflection
        ? html`<dt>${t.term('reflection')}</dt>
            <dd>${support.caseworkerReflection}</dd>`
        : nothing}
      <dt>${t.term('supporterLabel')}</dt>
      <dd>${supporter ?? t.term('none')}</dd>
      ${support?.suitabilityJudgement
        ? html`<dt>${t.term('suitability')}</dt>
            <dd>${support.suitabilityJudgement}</dd>`
        : nothing}
    </dl>
    ${support?.supporterRelativeId ? supporterConsent(view, support.supporterRelativeId) : nothing}
    ${supporter ? html`<p class="notice info">${t.term('supportsNotDecides')}</p>` : nothing}
  `;
};

const expressionForm = (view: InvolveView, onSave: (event: Event, value: ExpressionSupport) => void): TemplateResult => {
  const { context, t, forms } = view;
  const saved = context.record.expressionSupport;
  const initial = (): ExpressionDraft => ({
    needs: [...(saved?.needs ?? [])],
    caseworkerReflection: saved?.caseworkerReflection ?? '',
    supporterRelativeId: saved?.supporterRelativeId ?? '',
    suitabilityJudgement: saved?.suitabilityJudgement ?? '',
  });
  const draft = forms.draft(EXPRESSION_KEY, initial);
  const set = (patch: Partial<ExpressionDraft>) => forms.patchDraft(EXPRESSION_KEY, initial, patch);
  const error = (field: keyof ExpressionDraft) => forms.error(EXPRESSION_KEY, field);
  return html`
    <form novalidate @submit=${(e: Event) => onSave(e, expressionSupportValue(saved, draft))}>
      ${savedNotice(forms.saved(EXPRESSION_KEY), t.term('expressionSaved'))}
      ${view.rejection(EXPRESSION_KEY, {
        needs: 'expression-needs',
        caseworkerReflection: 'expression-reflection',
        supporterRelativeId: 'expression-supporter',
        suitabilityJudgement: 'expression-suitability',
      })}
      ${checkboxGroup({
        id: 'expression-needs',
        label: t.term('needs'),
        hint: t.term('needsHint'),
        values: draft.needs,
        options: PERSON_EXPRESSION_NEEDS.map((n) => ({ value: n, label: t.term(`need.${n}`) })),
        onChange: (needs) => set({ needs }),
      })}
      ${textArea({
        id: 'expression-reflection',
        label: t.term('reflection'),
        hint: t.term('reflectionHint'),
        value: draft.caseworkerReflection,
        error: error('caseworkerReflection'),
        onChange: (caseworkerReflection) => set({ caseworkerReflection }),
      })}
      ${selectField({
        id: 'expression-supporter',
        label: t.term('supporter'),
        hint: t.term('supporterHint'),
        value: draft.supporterRelativeId,
        placeholder: t.term('noSupporter'),
        // H2: relatives only (a representative outside the family is kept where already chosen).
        options: context.record.relatives
          .filter((r) => r.isRelative || r.id === saved?.supporterRelativeId)
          .map((r) => ({ value: r.id, label: relativeLabel(r) })),
        error: error('supporterRelativeId'),
        onChange: (supporterRelativeId) => set({ supporterRelativeId }),
      })}
      ${draft.supporterRelativeId
        ? html`
            ${supporterConsent(view, draft.supporterRelativeId)}
            ${textArea({
              id: 'expression-suitability',
              label: t.term('suitability'),
              hint: t.term('suitabilityHint'),
              value: draft.suitabilityJudgement,
              error: error('suitabilityJudgement'),
              onChange: (suitabilityJudgement) => set({ suitabilityJudgement }),
            })}
            <p class="notice info">${t.term('supportsNotDecides')}</p>
          `
        : nothing}
      <div class="actions"><button type="submit">${t.term('expressionSave')}</button></div>
    </form>
  `;
};

/** The section: the form, or in review mode what is recorded. `onSave` sends the form's value. */
export const expressionSupportSection = (view: InvolveView, onSave: (event: Event, value: ExpressionSupport) => void): TemplateResult => html`
  <section aria-labelledby="expression-heading">
    <h3 id="expression-heading">${view.t.term('expressionHeading')}</h3>
    <p class="hint">${view.t.term('expressionIntro')}</p>
    ${view.readonly ? expressionSummary(view) : expressionForm(view, onSave)}
  </section>
`;
