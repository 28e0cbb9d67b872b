/**
 * What the step's section templates get from the element: the machine's context, the terms, the
 * element's forms (drafts, and whether a form's last send was refused or saved), and the error
 * summary for a refused form. Sections only render; the element sends. Everything a section shows
 * or sends is the relative's own record (C9), never the person's.
 */
import type { nothing, TemplateResult } from 'lit';
import type { InvestigationContext } from '@anhorig/core';
import type { FormsController } from '../controllers/forms-controller.js';
import type { DomainTerms } from '../shared/domain-terms.js';
import type { FieldRef } from '../shared/notices.js';
import type { EquipTerms } from './step-equip.terms.js';
import type { CommunicationTerms } from '../step-involve/communication-note.js';

export type Renderable = TemplateResult | typeof nothing;

export interface EquipView {
  readonly context: InvestigationContext;
  readonly t: EquipTerms;
  readonly d: DomainTerms;
  /** H7: interpreter, communication support and minority languages, in words. */
  readonly c: CommunicationTerms;
  readonly readonly: boolean;
  readonly forms: FormsController;
  /** The error summary, when the machine refused the last event sent from the form `key`. */
  rejection(key: string, fields?: Readonly<Record<string, FieldRef>>): Renderable;
}

/** A form's field error, spread into the field's options. */
export const errorFor = (view: EquipView, key: string, field: string): { error: string } | Record<string, never> => {
  const message = view.forms.error(key, field);
  return message ? { error: message } : {};
};
