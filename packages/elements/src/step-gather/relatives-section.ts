/**
 * Step 4, one block per relative the step concerns (id `gather-relative-<id>`, marked
 * `data-relative-id`: where the step's warnings take focus). A relative who takes part in the
 * investigation (the core's branch `involve`) gets the whole block: what step 4 prompts about them
 * with the answer in place (H4), their own stance (C13), the questions to them, and their need of own
 * support (C12). A relative who does not take part but whom the step still prompts about (a child, a
 * relative who coordinates care, one who shares the home) gets a block with only those prompts. Every
 * other relative is named in one collapsed disclosure, "Övriga anhöriga". A legal representative who
 * is not a relative is not here at all (H2).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Relative } from '@anhorig/core';
import { branchesOf, displayName, relativeLabel } from '../base/selectors.js';
import { relativeBlockId, type GatherView, type Renderable } from './gather-view.js';
import { concernsStep, relativeAttention } from './relatives-attention.js';
import { relativeStance } from './stance-section.js';
import { disclosure, relativePrompts } from './prompts-section.js';

/** C12 in step 4: the relative's need of own support, in a disclosure (the element is built once opened). */
const ownSupport = (view: GatherView, relative: Relative): TemplateResult => {
  const own = view.context.relativeRecords.find((r) => r.relativeId === relative.id);
  const needs = own?.ownSupportNeeds.length ?? 0;
  return disclosure(view, `own-support:${relative.id}`, 'own-support', view.t.term('ownSupport', displayName(relative), needs), () =>
    html`<anhorig-own-support relative-id=${relative.id} heading-level="5" ?readonly=${view.readonly}></anhorig-own-support>`,
  );
};

const block = (view: GatherView, relative: Relative, takesPart: boolean): TemplateResult => {
  const id = relativeBlockId(relative.id);
  const index = view.context.record.relatives.indexOf(relative);
  return html`
    <section class="card relative" id=${id} data-relative-id=${relative.id} aria-labelledby="${id}-heading" part="relative">
      <h4 id="${id}-heading" tabindex="-1">${relativeLabel(relative)}</h4>
      ${takesPart ? nothing : html`<p class="hint">${view.t.term('notTakingPart')}</p>`}
      ${relativeAttention(view, relative)}
      ${takesPart ? html`${relativeStance(view, relative, index)} ${relativePrompts(view, relative)} ${ownSupport(view, relative)}` : nothing}
    </section>
  `;
};

export const relativesSection = (view: GatherView): TemplateResult => {
  const { context, t } = view;
  const branches = branchesOf(context);
  const relatives = context.record.relatives.filter((r) => r.isRelative);
  const involved = relatives.filter((r) => branches.get(r.id) === 'involve');
  const concerned = relatives.filter((r) => branches.get(r.id) !== 'involve' && concernsStep(view, r));
  const others = relatives.filter((r) => branches.get(r.id) !== 'involve' && !concernsStep(view, r));
  const othersPart: Renderable = others.length
    ? disclosure(view, 'other-relatives', 'other-relatives', t.term('othersSummary', others.length), () => html`
        <p class="hint">${t.term('othersIntro')}</p>
        <ul>
          ${others.map((r) => html`<li>${relativeLabel(r)}</li>`)}
        </ul>
      `)
    : nothing;
  return html`
    <section aria-labelledby="relatives-heading" part="relatives">
      <h3 id="relatives-heading">${t.term('relativesHeading')}</h3>
      ${relatives.length === 0
        ? html`<p>${t.term('noRelatives')}</p>`
        : html`
            <p class="hint">${t.term(involved.length ? 'relativesIntro' : 'noneInvolved')}</p>
            ${involved.map((r) => block(view, r, true))} ${concerned.map((r) => block(view, r, false))} ${othersPart}
          `}
    </section>
  `;
};
