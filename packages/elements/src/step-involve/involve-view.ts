/**
 * What the step's section templates get from the element: the machine's context, the terms, the
 * element's forms (drafts, and whether a form's last send was refused or saved), and the error
 * summary for a refused form. Sections only render; the element sends.
 */
import type { nothing, TemplateResult } from 'lit';
import type { InvestigationContext } from '@anhorig/core';
import type { FormsController } from '../controllers/forms-controller.js';
import type { FieldRef } from '../shared/notices.js';
import type { InvolveTerms } from './step-involve.terms.js';
import type { CommunicationTerms } from './communication-note.js';

export type Renderable = TemplateResult | typeof nothing;

export interface InvolveView {
  readonly context: InvestigationContext;
  readonly t: InvolveTerms;
  /** H7: interpreter and communication support, shown at each conversation. */
  readonly c: CommunicationTerms;
  readonly readonly: boolean;
  readonly forms: FormsController;
  /** The error summary, when the machine refused the last event sent from the form `key`. */
  rejection(key: string, fields: Readonly<Record<string, FieldRef>>): Renderable;
}

/** "Eva Andersson (granne)": the name the relative goes by and the relation in the person's words. */
export { relativeLabel } from '../base/selectors.js';
