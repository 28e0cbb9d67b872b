/**
 * What the panel's templates get from the element: the machine's context, the terms, and the
 * machine's refusal or a saved confirmation for one of the panel's forms, shown where that form is.
 */
import type { nothing, TemplateResult } from 'lit';
import type { ConsentScope, InvestigationContext } from '@anhorig/core';
import type { DomainTerms } from '../shared/domain-terms.js';
import type { FieldRef } from '../shared/notices.js';
import type { ConsentPanelTerms } from './consent-panel.terms.js';
import type { HeadingLevel } from './heading.js';

export type Renderable = TemplateResult | typeof nothing;

export interface ConsentView {
  readonly context: InvestigationContext;
  readonly t: ConsentPanelTerms;
  readonly d: DomainTerms;
  readonly readonly: boolean;
  /** The level of the compact form's heading (the panel's `heading-level`); its error summary sits one below. */
  readonly headingLevel: HeadingLevel;
  /** The panel's shadow root, where the error summary's links move focus. */
  readonly root: ShadowRoot | null;
  /** The error summary, when the machine refused the last event sent from `form`. */
  rejection(form: string, fields: Readonly<Record<string, FieldRef>>, level?: 3 | 4 | 5 | 6): Renderable;
  /** The last event sent from `form` was saved. */
  saved(form: string): boolean;
}

export const scopeLabel = (view: ConsentView, scope: ConsentScope): string => view.d.term(`scope.${scope}`);
