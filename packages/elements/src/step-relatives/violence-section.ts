/**
 * C4, violence, threats or coercion, in one relative's card: what the consent engine says a concern
 * means for the relative (no part in the investigation, no joint meeting, until a documented
 * judgement), the concern and its judgement as recorded, and the forms to record them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { jointMeetingViolenceGate, violenceGate, type Relative, type ViolenceConcern } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { checkbox } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { concernForm, concernKey, directionLabel } from './concern-form.js';
import { judgementForm, judgementKey } from './judgement-form.js';
import { yesNo, type RelativesView } from './relatives-view.js';
import { msg } from '../localization/messages.js';

export const violenceSection = (view: RelativesView, r: Relative, key: string, name: string): TemplateResult | typeof nothing => {
  const { t, forms } = view;
  const { record } = view.context;
  const concern = r.violenceConcern;
  const gate = violenceGate(record, r.id);
  const joint = jointMeetingViolenceGate(record, r.id);
  const jointBlocked = !joint.allowed;
  // Without a concern, only the way to raise one (collapsed): nothing to read for most relatives.
  if (!concern)
    return view.readonly
      ? nothing
      : html`<details class="violence" part="violence">
          <summary>${t.term('raiseConcern')}<span class="visually-hidden"> (${name})</span></summary>
          <p class="hint">${t.term('violenceIntro', name)}</p>
          ${concernForm(view, r, key, name, false)}
        </details>`;
  return html`
    <div class="violence" part="violence">
      <h5 id="${key}-violence-heading" tabindex="-1">${t.term('violenceHeading')}</h5>
      ${gate.allowed
        ? jointBlocked
          ? html`<p class="notice info">${joint.allowed ? '' : msg(t, joint.reason)}</p>`
          : nothing
        : html`<div class="notice" part="violence-notice">
            <p>${msg(t, gate.reason)}</p>
            ${jointBlocked ? html`<p>${t.term('noJointMeeting', name)}</p>` : nothing}
          </div>`}
      ${concernSummary(view, r, key, concern)}
      ${savedNotice(forms.saved(concernKey(r.id)), t.term('concernRecorded'))}${savedNotice(forms.saved(judgementKey(r.id)), t.term('judgementRecorded'))}
      ${!view.readonly && !concern.judgement ? judgementForm(view, r, key, name) : nothing}
      ${view.readonly
        ? nothing
        : html`<details>
            <summary>${t.term('raiseNewConcern')}<span class="visually-hidden"> (${name})</span></summary>
            ${concernForm(view, r, key, name, true)}
          </details>`}
    </div>
  `;
};

/** The concern and its judgement as recorded; the routine can still be marked as followed. */
const concernSummary = (view: RelativesView, r: Relative, key: string, concern: ViolenceConcern): TemplateResult => {
  const { t } = view;
  const judgement = concern.judgement;
  const routineKey = `routine:${r.id}`;
  const markRoutine = (routineFollowed: boolean) => {
    const { judgement: _kept, ...rest } = concern;
    view.forms.send(routineKey, { type: 'relative.raiseViolenceConcern', relativeId: r.id, concern: { ...rest, routineFollowed } });
  };
  return html`
    <dl class="summary">
      <dt>${t.term('directionShort')}</dt>
      <dd>${directionLabel(view, concern.direction, displayName(r))}</dd>
      ${concern.description ? html`<dt>${t.term('concernDescriptionShort')}</dt><dd>${concern.description}</dd>` : nothing}
      ${view.readonly ? html`<dt>${t.term('routineFollowedShort')}</dt><dd>${yesNo(view, concern.routineFollowed)}</dd>` : nothing}
      <dt>${t.term('raisedAtShort')}</dt>
      <dd>${concern.raisedAt}</dd>
      ${judgement
        ? html`
            <dt>${t.term('judgementText')}</dt>
            <dd>${judgement.text}</dd>
            <dt>${t.term('allowsParticipationShort')}</dt>
            <dd>${yesNo(view, judgement.allowsParticipation)}</dd>
            ${judgement.allowsParticipation
              ? html`<dt>${t.term('allowsJointMeetingShort')}</dt>
                  <dd>${yesNo(view, judgement.allowsJointMeeting === true)}</dd>`
              : nothing}
            <dt>${t.term('documented')}</dt>
            <dd>${t.term('recordedOnBy', judgement.date, judgement.recordedBy.name)}</dd>
          `
        : nothing}
    </dl>
    ${view.readonly
      ? nothing
      : html`
          ${checkbox({ id: `${key}-routine-followed`, label: t.term('routineFollowed'), checked: concern.routineFollowed, onChange: markRoutine })}
          ${view.refusal(routineKey, 6)}
        `}
  `;
};
