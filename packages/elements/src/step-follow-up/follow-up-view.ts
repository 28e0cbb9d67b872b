/**
 * What the step's section templates get from the element: the machine's context, the terms, the
 * element's forms (drafts, and whether a form's last send was refused or saved), and the error
 * summary for a refused form. Sections only render; the element sends.
 */
import type { nothing, TemplateResult } from 'lit';
import type { DecidedSupport, InvestigationContext, Relative, YesNoUnknown } from '@anhorig/core';
import type { FormsController } from '../controllers/forms-controller.js';
import type { Option } from '../shared/fields.js';
import type { DomainTerms } from '../shared/domain-terms.js';
import type { FieldRef } from '../shared/notices.js';
import type { FollowUpTerms } from './step-follow-up.terms.js';
import type { CommunicationTerms } from '../step-involve/communication-note.js';

export type Renderable = TemplateResult | typeof nothing;

export interface FollowUpView {
  readonly context: InvestigationContext;
  readonly t: FollowUpTerms;
  readonly d: DomainTerms;
  /** H7: interpreter and communication support, shown at each conversation. */
  readonly c: CommunicationTerms;
  readonly readonly: boolean;
  readonly forms: FormsController;
  /** The error summary, when the machine refused the last event sent from the form or part `key`. */
  rejection(key: string, fields?: Readonly<Record<string, FieldRef>>): Renderable;
}

const YES_NO: readonly YesNoUnknown[] = ['yes', 'no', 'unknown'];

/** Ja / Nej / Vet inte, as radio options. */
export const yesNoOptions = (view: FollowUpView): Option<YesNoUnknown>[] => YES_NO.map((v) => ({ value: v, label: view.d.term(`yesNo.${v}`) }));

/** "Eva Andersson (granne)": the name the relative goes by and the relation in the person's words. */
export { relativeLabel } from '../base/selectors.js';

/**
 * H2: those the follow-up asks about as relatives; a legal representative who is not a relative is
 * not asked whether the person still wants their support, nor whether they can go on giving it.
 */
export const relativesOf = (view: FollowUpView): Relative[] => view.context.record.relatives.filter((r) => r.isRelative);

export const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('sv') + s.slice(1);

/** The decided support's name from the catalogue. */
export const supportName = (context: InvestigationContext, decision: DecidedSupport): string =>
  context.catalogue.supportTypes.find((s) => s.id === decision.supportTypeId)?.name ?? decision.supportTypeId;
