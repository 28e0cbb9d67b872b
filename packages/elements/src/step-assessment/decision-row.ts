/**
 * One decided support in the assessment form: life area, support, granted or refused, extent, goal
 * (M3), and whether it is also meant to relieve a relative (linked to an indirect-support proposal,
 * with C6 in words), and the button to remove it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { radioGroup, selectField, textArea, textField } from '../shared/fields.js';
import { decisionFieldId, type DecisionDraft, type DecisionField, type Outcome } from './assessment-draft.js';
import { proposalLabel, supportName, type AssessmentView } from './assessment-view.js';
import { indirectMarker } from './indirect-marker.js';

export interface DecisionRowHandlers {
  /** The field's error from the machine's refusal, spread into the field's options. */
  errorFor(fieldId: string): { error?: string };
  onChange(patch: Partial<DecisionDraft>): void;
  onRemove(): void;
}

/** The field's label, as the error summary names it ("Beslut 1, livsområde"). */
export const decisionFieldLabel = ({ t }: AssessmentView, field: DecisionField): string => {
  switch (field) {
    case 'lifeAreaId':
      return t.term('lifeArea');
    case 'supportTypeId':
      return t.term('supportType');
    case 'outcome':
      return t.term('outcome');
    case 'extent':
      return t.term('extent');
    case 'goal':
      return t.term('goal');
    case 'indirectSupportId':
      return t.term('indirect');
  }
};

export const decisionRow = (
  view: AssessmentView,
  d: DecisionDraft,
  index: number,
  { errorFor, onChange, onRemove }: DecisionRowHandlers,
): TemplateResult => {
  const { context, t } = view;
  const n = index + 1;
  const id = (field: DecisionField) => decisionFieldId(index, field);
  const lifeAreas = context.catalogue.lifeAreas.filter((a) => !a.isIndirectSupportMarker);
  const proposals = context.record.indirectSupport;
  return html`
    <fieldset class="decision card">
      <legend>${t.term('decision', n)}</legend>
      ${selectField({
        id: id('lifeAreaId'),
        label: t.term('lifeArea'),
        value: d.lifeAreaId,
        placeholder: t.term('choose'),
        options: lifeAreas.map((a) => ({ value: a.id, label: a.name })),
        ...errorFor(id('lifeAreaId')),
        onChange: (lifeAreaId) => onChange({ lifeAreaId }),
      })}
      ${selectField({
        id: id('supportTypeId'),
        label: t.term('supportType'),
        value: d.supportTypeId,
        placeholder: t.term('choose'),
        options: context.catalogue.supportTypes.map((s) => ({ value: s.id, label: s.name })),
        ...errorFor(id('supportTypeId')),
        onChange: (supportTypeId) => onChange({ supportTypeId }),
      })}
      ${radioGroup<Outcome>({
        id: id('outcome'),
        // One name per decision, so a screen reader moving by form field hears which decision it is.
        label: t.term('outcomeFor', n, supportName(context, d.supportTypeId)),
        value: d.outcome,
        options: [
          { value: 'granted', label: t.term('granted') },
          { value: 'refused', label: t.term('refused') },
        ],
        ...errorFor(id('outcome')),
        onChange: (outcome) => onChange({ outcome }),
      })}
      ${textField({
        id: id('extent'),
        label: t.term('extent'),
        hint: t.term('extentHint'),
        value: d.extent,
        ...errorFor(id('extent')),
        onChange: (extent) => onChange({ extent }),
      })}
      ${textArea({
        id: id('goal'),
        label: t.term('goal'),
        hint: t.term('goalHint'),
        value: d.goal,
        ...errorFor(id('goal')),
        onChange: (goal) => onChange({ goal }),
      })}
      ${proposals.length
        ? html`
            ${selectField({
              id: id('indirectSupportId'),
              label: t.term('indirect'),
              hint: t.term('indirectHint'),
              value: d.indirectSupportId,
              placeholder: t.term('indirectNone'),
              options: proposals.map((p) => ({ value: p.id, label: proposalLabel(view, p.id) })),
              ...errorFor(id('indirectSupportId')),
              onChange: (indirectSupportId) => onChange({ indirectSupportId }),
            })}
            <div class="marker" aria-live="polite">${d.indirectSupportId ? indirectMarker(view, d.indirectSupportId) : nothing}</div>
          `
        : html`<p class="hint">${t.term('noProposals')}</p>`}
      <div class="actions">
        <button type="button" class="secondary" aria-label=${t.term('removeDecision', n)} @click=${() => onRemove()}>${t.term('remove')}</button>
      </div>
    </fieldset>
  `;
};
