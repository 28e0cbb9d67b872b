/**
 * H4: what step 4 prompts about one relative, each with its answer in place, so the prompt (and the
 * core's warning at the top of the step) goes away once answered:
 * - a relative under 18 (C11): record that the child was guided to support of its own (in the child's
 *   own record), and the prompt turns into that fact;
 * - a relative who coordinates care between social services and health care (C14): a SIP is to be
 *   initiated, or is not needed now (`sipConsidered`), and the prompt turns into that answer;
 * - a relative who lives with the person and is still to be heard (the core's `relativesToHear`):
 *   document what they say, in the statement form, with them as the source.
 * Each notice is short: the full wording is in the step's list of things to consider.
 */
import { html, nothing } from 'lit';
import { childPerspective, relativesToHear, type Relative } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import type { GatherView, Renderable } from './gather-view.js';

/** The id of the relative's prompts (the anchor a warning may link to). */
export const attentionId = (relativeId: string): string => `attention-${relativeId}`;

type SipOutcome = 'initiate' | 'notNeeded';

/**
 * Whether step 4 prompts about this relative at all, answered or not: a child (C11), a relative who
 * coordinates care (C14), one who shares the home and is still to be heard. Such a relative keeps a
 * block in the step, so the answer stays where it was given.
 */
export const concernsStep = (view: GatherView, relative: Relative): boolean =>
  relative.isChild || relative.coordinatesCare === true || relativesToHear(view.context.record).some((r) => r.id === relative.id);

/**
 * A button whose visible text repeats for every relative ("Barnet har vägletts …"): its name adds whose
 * it is, as one label that starts with the visible text (so a voice user can still say what they see).
 */
const labelFor = (text: string, name: string): string => `${text} (${name})`;

const childNotice = (view: GatherView, relative: Relative, name: string): Renderable => {
  const { record, relativeRecords } = view.context;
  const flag = childPerspective(record, relativeRecords).find((f) => f.relativeId === relative.id);
  if (!flag) return nothing;
  const { t } = view;
  const doneId = `${attentionId(relative.id)}-child`;
  if (flag.guidedToOwnSupport) return html`<p class="done" id=${doneId} tabindex="-1">${t.term('childGuided')}</p>`;
  const form = `child:${relative.id}`;
  const guided = () => {
    if (view.send(form, { type: 'relativeRecord.update', relativeId: relative.id, patch: { childGuidedToOwnSupport: true } })) view.focus(doneId);
  };
  return html`
    <div class="prompt" part="child-perspective">
      <p>${t.term('childPrompt', name)}</p>
      ${view.rejection(form)}
      ${view.readonly
        ? nothing
        : html`<div class="actions">
            <button type="button" class="secondary" aria-label=${labelFor(t.term('markGuided'), name)} @click=${guided}>${t.term('markGuided')}</button>
          </div>`}
    </div>
  `;
};

const sipNotice = (view: GatherView, relative: Relative, name: string): Renderable => {
  if (!relative.coordinatesCare) return nothing;
  const { t, context } = view;
  const doneId = `${attentionId(relative.id)}-sip`;
  const considered = relative.sipConsidered;
  if (considered) return html`<p class="done" id=${doneId} tabindex="-1">${t.term(`sip.${considered.outcome}Done`, considered.date)}</p>`;
  const form = `sip:${relative.id}`;
  const answer = (outcome: SipOutcome) => {
    if (view.send(form, { type: 'relative.update', relativeId: relative.id, patch: { sipConsidered: { date: context.today, outcome } } })) view.focus(doneId);
  };
  return html`
    <div class="prompt" part="sip">
      <p>${t.term('sipPrompt', name)}</p>
      ${view.rejection(form)}
      ${view.readonly
        ? nothing
        : html`<div class="actions">
            ${(['initiate', 'notNeeded'] as const).map(
              (o) =>
                html`<button type="button" class="secondary" aria-label=${labelFor(t.term(`sip.${o}`), name)} @click=${() => answer(o)}>
                  ${t.term(`sip.${o}`)}
                </button>`,
            )}
          </div>`}
    </div>
  `;
};

const hearNotice = (view: GatherView, relative: Relative, name: string): Renderable => {
  if (!relativesToHear(view.context.record).some((r) => r.id === relative.id)) return nothing;
  const { t } = view;
  return html`
    <div class="prompt" part="hear">
      <p>${t.term('hearPrompt', name)}</p>
      ${view.readonly
        ? nothing
        : html`<div class="actions"><button type="button" class="secondary" @click=${() => view.hear(relative.id)}>${t.term('hear', name)}</button></div>`}
    </div>
  `;
};

/** The relative's prompts with their answers, or nothing when there is none. */
export const relativeAttention = (view: GatherView, relative: Relative): Renderable => {
  const name = displayName(relative);
  const parts = [childNotice(view, relative, name), sipNotice(view, relative, name), hearNotice(view, relative, name)].filter((p) => p !== nothing);
  if (parts.length === 0) return nothing;
  return html`<div class="attention" id=${attentionId(relative.id)} part="relative-attention">${parts}</div>`;
};
