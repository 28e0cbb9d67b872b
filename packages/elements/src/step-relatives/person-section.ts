/**
 * The person: age group, chosen name and pronouns, for a minor the guardians and the child's own
 * views, otherwise whether they can take a position on consent (and then the capacity judgement),
 * and whether the application also concerns support for a relative. Each change is sent as it is made.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Person } from '@anhorig/core';
import { checkbox, radioGroup, textArea, textField } from '../shared/fields.js';
import { openWhen } from '../shared/open-when.js';
import { communicationDraftOf, communicationFields, communicationOf } from '../shared/communication-fields.js';
import { communicationLabels } from './relative-form.js';
import { capacitySection } from './capacity-section.js';
import { lines, optional, yesNo, type FieldRefs, type RelativesView } from './relatives-view.js';

const KEY = 'person';

export const personSection = (view: RelativesView): TemplateResult => html`
  <section aria-labelledby="person-heading" part="person">
    <h3 id="person-heading">${view.t.term('personHeading')}</h3>
    ${view.readonly ? personSummary(view) : personFields(view)} ${capacitySection(view)}
  </section>
`;

const personSummary = (view: RelativesView): TemplateResult => {
  const { t, d } = view;
  const { person } = view.context.record;
  const minor = person.ageGroup === 'minor';
  return html`
    <dl class="summary">
      <dt>${t.term('personName')}</dt>
      <dd>${person.displayName}</dd>
      ${person.chosenName ? html`<dt>${t.term('chosenName')}</dt><dd>${person.chosenName}</dd>` : nothing}
      ${person.pronouns ? html`<dt>${t.term('pronouns')}</dt><dd>${person.pronouns}</dd>` : nothing}
      <dt>${t.term('ageGroup')}</dt>
      <dd>${t.term(`age.${person.ageGroup}`)}</dd>
      ${minor
        ? html`
            <dt>${t.term('guardians')}</dt>
            <dd>${(person.guardians ?? []).join(', ') || '–'}</dd>
            <dt>${t.term('childViews')}</dt>
            <dd>${person.childViews || '–'}</dd>
          `
        : html`
            <dt>${t.term('canTakePosition')}</dt>
            <dd>${d.term(`yesNo.${person.canTakePosition}`)}</dd>
          `}
      <dt>${t.term('concernsRelativeShort')}</dt>
      <dd>${yesNo(view, view.context.record.applicationConcernsRelative)}</dd>
      ${person.communication?.interpreterLanguage ? html`<dt>${t.term('interpreterLanguage')}</dt><dd>${person.communication.interpreterLanguage}</dd>` : nothing}
      ${person.communication?.supports.length ? html`<dt>${t.term('communicationSupports')}</dt><dd>${person.communication.supports.map((s) => d.term(`support.${s}`)).join(', ')}</dd>` : nothing}
      ${person.communication?.minorityLanguage ? html`<dt>${t.term('minorityLanguage')}</dt><dd>${d.term(`minority.${person.communication.minorityLanguage}`)}</dd>` : nothing}
    </dl>
  `;
};

const personFields = (view: RelativesView): TemplateResult => {
  const { t, d, forms } = view;
  const { person } = view.context.record;
  const update = (patch: Partial<Person>) => forms.send(KEY, { type: 'person.update', patch });
  const refs: FieldRefs = {
    chosenName: { id: 'person-chosen-name', label: t.term('chosenName') },
    pronouns: { id: 'person-pronouns', label: t.term('pronouns') },
    guardians: { id: 'person-guardians', label: t.term('guardians') },
    childViews: { id: 'person-child-views', label: t.term('childViews') },
  };
  const chosenNameRefused = forms.error(KEY, 'chosenName') !== undefined || forms.error(KEY, 'pronouns') !== undefined;
  return html`
    ${view.refusal(KEY, 4, refs)}
    <dl class="summary">
      <dt>${t.term('personName')}</dt>
      <dd>${person.displayName}</dd>
    </dl>
    ${radioGroup({
      id: 'person-age',
      label: t.term('ageGroup'),
      hint: t.term('ageGroupHint'),
      value: person.ageGroup,
      inline: true,
      options: (['adult', 'minor'] as const).map((a) => ({ value: a, label: t.term(`age.${a}`) })),
      onChange: (ageGroup) => update({ ageGroup }),
    })}
    ${person.ageGroup === 'minor'
      ? html`
          ${textArea({
            id: 'person-guardians',
            label: t.term('guardians'),
            value: (person.guardians ?? []).join('\n'),
            error: forms.error(KEY, 'guardians'),
            onChange: (v) => {
              const guardians = lines(v);
              update({ guardians: guardians.length ? guardians : undefined });
            },
          })}
          ${textArea({
            id: 'person-child-views',
            label: t.term('childViews'),
            hint: t.term('childViewsHint'),
            value: person.childViews ?? '',
            error: forms.error(KEY, 'childViews'),
            onChange: (childViews) => update({ childViews }),
          })}
        `
      : radioGroup({
          id: 'person-can-take-position',
          label: t.term('canTakePosition'),
          hint: t.term('canTakePositionHint'),
          value: person.canTakePosition,
          inline: true,
          options: (['yes', 'no', 'unknown'] as const).map((v) => ({ value: v, label: d.term(`yesNo.${v}`) })),
          onChange: (canTakePosition) => update({ canTakePosition }),
        })}
    ${checkbox({
      id: 'person-concerns-relative',
      label: t.term('concernsRelative'),
      hint: t.term('concernsRelativeHint'),
      checked: view.context.record.applicationConcernsRelative,
      onChange: (value) => forms.send(KEY, { type: 'application.setConcernsRelative', value }),
    })}
    <details class="more" ${openWhen(person.communication !== undefined || person.chosenName !== undefined || person.pronouns !== undefined || chosenNameRefused)}>
      <summary>${t.term('personCommunication')}</summary>
      <div class="row">
        ${textField({
          id: 'person-chosen-name',
          label: t.term('chosenName'),
          hint: t.term('personChosenNameHint'),
          value: person.chosenName ?? '',
          error: forms.error(KEY, 'chosenName'),
          onChange: (v) => update({ chosenName: optional(v) }),
        })}
        ${textField({
          id: 'person-pronouns',
          label: t.term('pronouns'),
          hint: t.term('personPronounsHint'),
          value: person.pronouns ?? '',
          error: forms.error(KEY, 'pronouns'),
          onChange: (v) => update({ pronouns: optional(v) }),
        })}
      </div>
      ${communicationFields({
        id: 'person-communication',
        draft: communicationDraftOf(person.communication),
        // Saved as it is changed, like the person's other fields; nothing noted removes it.
        set: (draft) => update({ communication: communicationOf(draft) }),
        labels: communicationLabels(t),
        d,
      })}
    </details>
  `;
};
