/** The relatives (anhöriga) and which branch each is in: step 1. */
import { html, type TemplateResult } from 'lit';
import { childPerspective, type Relative } from '@anhorig/core';
import { branchesOf, displayName } from '../base/selectors.js';
import { communicationText } from '../step-involve/communication-note.js';
import { lifeAreaName, listValue, nothingRecorded, summaryList, summarySection, yesNo, type SummaryView } from './parts.js';

/**
 * A violence/threat concern (C4) is shown calmly: only that one is recorded and whether a judgement
 * is documented. The description and direction stay in the step where the handläggare works with it.
 */
const concernValue = (v: SummaryView, relative: Relative): TemplateResult | undefined => {
  const concern = relative.violenceConcern;
  if (!concern) return undefined;
  const judgement = concern.judgement ? v.t.term('concernJudged', concern.judgement.date) : v.t.term('concernNotJudged');
  return html`<p class="pair">${v.t.term('concernRaised', concern.raisedAt)}</p><p class="pair">${judgement}</p>`;
};

/**
 * H2: a legal representative who is not a relative: role and mandate (C5), never "Inte tillfrågad" or
 * anything else asked of a relative.
 */
const renderRepresentative = (v: SummaryView, relative: Relative, index: number): TemplateResult => {
  const rep = relative.legalRepresentative;
  return html`
    <div class="item">
      <h4 id=${`summary-relative-${index}`}>${displayName(relative)}</h4>
      ${summaryList(v, [
        { label: v.t.term('role'), value: v.t.term(`repRole.${rep?.kind ?? 'other'}`) },
        rep !== undefined && { label: v.t.term('mandate'), value: rep.mandate },
        rep !== undefined && { label: v.t.term('coversPersonalMatters'), value: yesNo(v, rep.coversPersonalMatters) },
        relative.communication !== undefined && { label: v.t.term('communication'), value: communicationText(v.c, relative.communication) },
        { label: v.t.term('contact'), value: relative.contact },
      ])}
    </div>
  `;
};

const renderRelative = (v: SummaryView, relative: Relative, index: number): TemplateResult => {
  if (!relative.isRelative) return renderRepresentative(v, relative, index);
  const branch = branchesOf(v.context).get(relative.id) ?? 'undecided';
  const rep = relative.legalRepresentative;
  const child = relative.isChild ? childPerspective(v.context.record, v.context.relativeRecords).find((c) => c.relativeId === relative.id) : undefined;
  return html`
    <div class="item">
      <h4 id=${`summary-relative-${index}`}>${displayName(relative)}</h4>
      ${summaryList(v, [
        { label: v.t.term('relation'), value: relative.relation },
        relative.chosenName !== undefined && { label: v.t.term('name'), value: relative.name },
        { label: v.t.term('pronouns'), value: relative.pronouns },
        { label: v.t.term('branch'), value: v.d.term(`branch.${branch}`) },
        { label: v.t.term('askedAt'), value: relative.involvementAskedAt },
        { label: v.t.term('givesSupport'), value: yesNo(v, relative.givesSupport) },
        { label: v.t.term('supportAreas'), value: listValue(relative.supportLifeAreas.map((id) => lifeAreaName(v, id))) },
        { label: v.t.term('worries'), value: yesNo(v, relative.worriesAboutPerson) },
        { label: v.t.term('livesWith'), value: yesNo(v, relative.livesWithPerson) },
        { label: v.t.term('isChild'), value: yesNo(v, relative.isChild) },
        child !== undefined && {
          label: v.t.term('childGuided'),
          value: child.guidedToOwnSupport === undefined ? undefined : yesNo(v, child.guidedToOwnSupport),
        },
        { label: v.t.term('legalRepresentative'), value: rep ? v.t.term(`rep.${rep.kind}`) : yesNo(v, false) },
        rep !== undefined && { label: v.t.term('mandate'), value: rep.mandate },
        rep !== undefined && { label: v.t.term('coversPersonalMatters'), value: yesNo(v, rep.coversPersonalMatters) },
        { label: v.t.term('informed'), value: yesNo(v, relative.informedOfPossibility) },
        relative.communication !== undefined && { label: v.t.term('communication'), value: communicationText(v.c, relative.communication) },
        relative.violenceConcern !== undefined && { label: v.t.term('concern'), value: concernValue(v, relative) },
        { label: v.t.term('contact'), value: relative.contact },
      ])}
    </div>
  `;
};

export const relativesSection = (v: SummaryView): TemplateResult => {
  const { relatives } = v.context.record;
  return summarySection(
    v,
    { id: 'summary-relatives', title: v.t.term('sectionRelatives'), step: 'relatives', part: 'relatives' },
    relatives.length === 0 ? nothingRecorded(v) : relatives.map((r, i) => renderRelative(v, r, i)),
  );
};
