/**
 * What the log's section templates get from the element: the machine's context, the terms, the
 * element's forms (drafts, and whether a form's last send was refused or saved), the relative the
 * lists are filtered on, and the error summary for a refused form. Sections only render; the element sends.
 */
import type { nothing, TemplateResult } from 'lit';
import type { InvestigationContext } from '@anhorig/core';
import type { HeadingLevel } from '../shared/fields.js';
import { displayName } from '../base/selectors.js';
import type { FormsController } from '../controllers/forms-controller.js';
import type { DomainTerms } from '../shared/domain-terms.js';
import type { FieldRef } from '../shared/notices.js';
import type { InformationLogTerms } from './information-log.terms.js';

export type Renderable = TemplateResult | typeof nothing;

export interface LogView {
  readonly context: InvestigationContext;
  readonly t: InformationLogTerms;
  readonly d: DomainTerms;
  readonly readonly: boolean;
  readonly forms: FormsController;
  /** Show the entries and contacts of this relative only ('' = all). */
  readonly filter: string;
  /**
   * The error summary under `heading`, when the machine refused the last event sent from the form `key`;
   * its heading at `level`, one below the heading of the form it belongs to.
   */
  rejection(key: string, heading: string, level: HeadingLevel, fields?: Readonly<Record<string, FieldRef>>): Renderable;
}

/** The forms' keys: information given, a planned contact, and marking a contact as done. */
export const ENTRY_KEY = 'entry';
export const CONTACT_KEY = 'contact';
export const DONE_KEY = 'done';

/** "Eva Andersson (granne)": the name the relative goes by and the relation in the person's words. */
export { relativeLabel } from '../base/selectors.js';

export const nameOf = (context: InvestigationContext, relativeId: string): string => {
  const relative = context.record.relatives.find((r) => r.id === relativeId);
  return relative ? displayName(relative) : relativeId;
};

/** The items of the filtered relative (all of them without a filter), as a new array to sort. */
export const shown = <T extends { relativeId: string }>(view: LogView, items: readonly T[]): T[] =>
  view.filter ? items.filter((i) => i.relativeId === view.filter) : [...items];
