/**
 * What step 1's section templates get from the element: the machine's context, the terms, the
 * element's forms (drafts, sending on a form's behalf, its saved confirmation), the machine's refusal
 * shown in place, and the handlers that need the element itself (focus, the removal's confirmation).
 */
import type { nothing, TemplateResult } from 'lit';
import type { InvestigationContext, Relative } from '@anhorig/core';
import type { FormsController } from '../controllers/forms-controller.js';
import type { DomainTerms } from '../shared/domain-terms.js';
import type { HeadingLevel } from '../shared/fields.js';
import type { FieldRef } from '../shared/notices.js';
import type { RelativeDraft } from './relative-form.js';
import type { StepRelativesTerms } from './step-relatives.terms.js';

export type Renderable = TemplateResult | typeof nothing;
export type FieldRefs = Readonly<Record<string, FieldRef>>;

export interface RelativesView {
  readonly context: InvestigationContext;
  readonly t: StepRelativesTerms;
  readonly d: DomainTerms;
  readonly readonly: boolean;
  /** The element's forms: each form's draft, sending on its behalf, and whether its last send was saved. */
  readonly forms: FormsController;
  /** The error summary, when the machine refused the last event sent from form `key`. */
  refusal(key: string, level: HeadingLevel, fields?: FieldRefs): Renderable;
  /** Move focus to the element with this id once the element has updated. */
  focus(id: string): void;
  /** The element's shadow root (error summaries link to fields in it). */
  readonly root: ShadowRoot | null;

  /** Add the relative in the add form's draft (form `add`). */
  add(draft: RelativeDraft): void;
  /** The name the add form's confirmation uses, while the add is the last thing saved. */
  readonly added: string | undefined;
  /** The relative whose removal awaits confirmation. */
  readonly removing: string | undefined;
  startRemove(relative: Relative, key: string): void;
  cancelRemove(key: string): void;
  remove(relative: Relative, name: string, key: string): void;
  /** The removed relative's name (gone from the record), while the removal is the last thing saved. */
  readonly removed: string | undefined;
}

export const yesNo = (view: RelativesView, value: boolean): string => view.d.term(value ? 'yesNo.yes' : 'yesNo.no');

/** One line per entry, blank lines dropped. */
export const lines = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Blank optional text is absent, not '' (the schema rejects an empty `text()`). */
export const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
