/**
 * What the step's section templates get from the element: the machine's context, the terms, and
 * the only ways to change anything (send an event on behalf of a form) or to show the machine's
 * refusal and a saved confirmation where the form is. A disclosure's content is rendered only while
 * it is open, so the element keeps which disclosures are open.
 */
import type { nothing, TemplateResult } from 'lit';
import type { InvestigationContext, InvestigationEvent } from '@anhorig/core';
import type { DomainTerms } from '../shared/domain-terms.js';
import type { FieldRef } from '../shared/notices.js';
import type { HeadingLevel } from '../shared/fields.js';
import type { GatherTerms } from './step-gather.terms.js';

export type Renderable = TemplateResult | typeof nothing;

export interface GatherView {
  readonly context: InvestigationContext;
  readonly t: GatherTerms;
  readonly d: DomainTerms;
  readonly readonly: boolean;
  /**
   * Send an event on behalf of the form `form` (a key such as `stance-0`), which then shows the
   * machine's refusal or the saved confirmation. Returns whether the machine accepted it.
   */
  send(form: string, event: InvestigationEvent): boolean;
  /**
   * The error summary, when the machine refused the last event sent from `form`. Its heading is an h5
   * (most forms sit under an h4), or at `level` where the form sits higher.
   */
  rejection(form: string, fields?: Readonly<Record<string, FieldRef>>, level?: HeadingLevel): Renderable;
  /** The last event sent from `form` was saved. */
  saved(form: string): boolean;
  /** Whether the disclosure `key` is open (always in review mode, where every disclosure is open). */
  isOpen(key: string): boolean;
  /** The disclosure `key` was opened or closed (its `toggle` event). */
  toggled(key: string, open: boolean): void;
  /** A choice the handläggare made that is not (yet) part of the record, e.g. how a relative's answers came. */
  choice<T extends string>(key: string): T | undefined;
  choose(key: string, value: string): void;
  /** Move focus to the element with this id once the step has rendered. */
  focus(id: string): void;
  /** H4: hear a relative in place: the statement form's source becomes that relative, and focus moves to the form. */
  hear(relativeId: string): void;
}

/** The id of a relative's block in step 4, the anchor the step's warnings link to. */
export const relativeBlockId = (relativeId: string): string => `gather-relative-${relativeId}`;

/** "Eva Andersson (granne)": the name the relative goes by and the relation in the person's words. */
export { relativeLabel } from '../base/selectors.js';

/** Need areas: the catalogue's life areas without the indirect-support marker (not a need area). */
export const needAreas = (context: InvestigationContext) => context.catalogue.lifeAreas.filter((a) => !a.isIndirectSupportMarker);

export const lifeAreaName = (context: InvestigationContext, id: string): string =>
  context.catalogue.lifeAreas.find((a) => a.id === id)?.name ?? id;
