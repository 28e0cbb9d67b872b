/**
 * C12: whether the relative wants to stay anonymous (open support without needs assessment), in the
 * relative's own record. The checkbox has its own form key, so a refusal shows at it and nowhere else.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Relative, RelativeRecord } from '@anhorig/core';
import { checkbox } from '../shared/fields.js';
import type { EquipView } from './equip-view.js';

/** The checkbox's key in the element's forms: one per relative. */
export const anonymousKey = (relativeId: string): string => `${relativeId}:anonymous`;

/** The checkbox (in review mode, only a line when the relative is anonymous). `onChange` sends the choice. */
export const anonymousField = (
  view: EquipView,
  relative: Relative,
  own: RelativeRecord | undefined,
  p: string,
  onChange: (anonymous: boolean) => void,
): TemplateResult => {
  const { t } = view;
  return html`
    ${view.rejection(anonymousKey(relative.id))}
    ${view.readonly
      ? own?.anonymous
        ? html`<p>${t.term('anonymousYes')}</p>`
        : nothing
      : checkbox({
          id: `${p}-anonymous`,
          label: t.term('anonymous'),
          hint: t.term('anonymousHint'),
          checked: own?.anonymous ?? false,
          onChange,
        })}
  `;
};
