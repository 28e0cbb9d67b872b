/**
 * What the step's section templates get from the element: the machine's context, the step's terms
 * and the assignment document's, the element's forms (drafts, and whether a form's last send was
 * refused or saved) and the shadow root the error summaries link into. Sections only render; the
 * element sends.
 */
import type { InvestigationContext } from '@anhorig/core';
import type { FormsController } from '../controllers/forms-controller.js';
import type { AssignmentViewTerms } from './assignment-view.js';
import type { StepAssignmentTerms } from './step-assignment.terms.js';

export interface AssignmentStepView {
  readonly context: InvestigationContext;
  readonly t: StepAssignmentTerms;
  /** The terms of the assignment document (assignment-view.ts). */
  readonly documentTerms: AssignmentViewTerms;
  readonly readonly: boolean;
  readonly forms: FormsController;
  /** Where the error summaries' links move focus. */
  readonly root: ShadowRoot | null;
}

/** The fields of this step that the machine's issues point at (last path segment), and their ids. */
export const FIELDS = { followUpHow: 'follow-up-how', followUpWhen: 'follow-up-when' } as const;
