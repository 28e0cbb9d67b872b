/**
 * What the step's section templates get from the element: the machine's context, the terms, and
 * the only ways to change anything (send an event) or to show the machine's refusal in place.
 */
import type { nothing, TemplateResult } from 'lit';
import type { InvestigationContext, InvestigationEvent, Relative } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import type { DomainTerms } from '../shared/domain-terms.js';
import type { GatherTerms } from './step-gather.terms.js';

export type Renderable = TemplateResult | typeof nothing;

export interface GatherView {
  readonly context: InvestigationContext;
  readonly t: GatherTerms;
  readonly d: DomainTerms;
  readonly readonly: boolean;
  /**
   * Send an event to the machine. `where` names the place that shows the error summary if the
   * machine refuses it. Returns whether the machine accepted it.
   */
  send(event: InvestigationEvent, where: string): boolean;
  /** The error summary, when the machine refused the last event sent from `where`. */
  rejection(where: string, fields?: Readonly<Record<string, string>>): Renderable;
  /** Put a checkbox back to the record's value after a refusal (focus stays where it is). */
  revert(controlId: string, checked: boolean): void;
}

/** "Eva Andersson (granne)": the name the relative goes by and the relation in the person's words. */
export const relativeLabel = (relative: Relative): string => `${displayName(relative)} (${relative.relation})`;

/** Need areas: the catalogue's life areas without the indirect-support marker (not a need area). */
export const needAreas = (context: InvestigationContext) => context.catalogue.lifeAreas.filter((a) => !a.isIndirectSupportMarker);

export const lifeAreaName = (context: InvestigationContext, id: string): string =>
  context.catalogue.lifeAreas.find((a) => a.id === id)?.name ?? id;
