/**
 * C11, H4: a child relative in step 2 raises the child perspective here, where the child is, with
 * the answer in place: the handläggare records that the child was guided to support of its own (in
 * the child's own record), and the core's prompt then gives way to what was recorded.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { childPerspective, type Relative } from '@anhorig/core';
import { checkbox } from '../shared/fields.js';
import type { EquipView } from './equip-view.js';
import { msg } from '../localization/messages.js';

/** The checkbox's key in the element's forms: one per relative. */
export const childKey = (relativeId: string): string => `${relativeId}:child-guided`;

/** The part, for a child relative only. `onChange` sends whether the child was guided to own support. */
export const childPerspectivePart = (view: EquipView, relative: Relative, p: string, onChange: (guided: boolean) => void): TemplateResult | typeof nothing => {
  if (!relative.isChild) return nothing;
  const { context, t } = view;
  const flag = childPerspective(context.record, context.relativeRecords).find((c) => c.relativeId === relative.id);
  const guided = flag?.guidedToOwnSupport === true;
  return html`
    <div class="part">
      <h4>${t.term('childHeading')}</h4>
      ${guided ? html`<p>${t.term('childGuidedYes')}</p>` : html`<p class="notice">${flag ? msg(t, flag.prompt) : ''}</p>`}
      ${view.rejection(childKey(relative.id))}
      ${view.readonly
        ? nothing
        : checkbox({ id: `${p}-child-guided`, label: t.term('childGuided'), hint: t.term('childGuidedHint'), checked: guided, onChange })}
    </div>
  `;
};
