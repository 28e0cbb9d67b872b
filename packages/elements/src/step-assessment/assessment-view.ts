/**
 * What the step's section templates get from the element: the machine's context, the terms, the
 * element's forms (drafts, and whether a form's last send was refused or saved) and the shadow root
 * the error summaries link into; and the names the sections show for catalogue and record ids.
 * Sections only render; the element sends.
 */
import type { InvestigationContext } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import type { FormsController } from '../controllers/forms-controller.js';
import type { StepAssessmentTerms } from './step-assessment.terms.js';

export interface AssessmentView {
  readonly context: InvestigationContext;
  readonly t: StepAssessmentTerms;
  readonly readonly: boolean;
  readonly forms: FormsController;
  /** Where the error summaries' links move focus. */
  readonly root: ShadowRoot | null;
}

export const areaName = (context: InvestigationContext, id: string): string =>
  context.catalogue.lifeAreas.find((a) => a.id === id)?.name ?? id;

export const supportName = (context: InvestigationContext, id: string): string =>
  context.catalogue.supportTypes.find((s) => s.id === id)?.name ?? id;

/** "Avlösning i hemmet som också avlastar Eva Andersson (sambo)": an indirect-support proposal. */
export const proposalLabel = ({ context, t }: AssessmentView, proposalId: string): string => {
  const p = context.record.indirectSupport.find((x) => x.id === proposalId);
  if (!p) return proposalId;
  const relative = context.record.relatives.find((r) => r.id === p.relativeId);
  return t.term('proposal', supportName(context, p.supportTypeId), relative ? displayName(relative) : p.relativeId, relative?.relation ?? '');
};
