/**
 * (b) The follow-up with the person: whether the decided support was given, their view of it and of
 * its quality, and whether they still want each relative's support (a relative's support rests on
 * the person wanting it). Each answer is saved as it is given.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FollowUp } from '@anhorig/core';
import { radioGroup, textArea } from '../shared/fields.js';
import { communicationNote } from '../step-involve/communication-note.js';
import { relativeLabel, relativesOf, yesNoOptions, type FollowUpView } from './follow-up-view.js';

type Person = FollowUp['person'];

/** The part's key: where a refusal of an answer is shown. */
export const PERSON = 'person';

const personSummary = (view: FollowUpView, person: Person): TemplateResult => {
  const { context, t, d } = view;
  return html`
    <section aria-labelledby="fu-person-heading">
      <h3 id="fu-person-heading">${t.term('personHeading')}</h3>
      <dl class="summary">
        <dt>${t.term('supportGiven')}</dt>
        <dd>${d.term(`yesNo.${person.supportGiven}`)}</dd>
        ${person.qualityView ? html`<dt>${t.term('qualityView')}</dt><dd>${person.qualityView}</dd>` : nothing}
        ${relativesOf(view).map((r) => {
          const answer = person.stillWantsRelativeSupport.find((s) => s.relativeId === r.id)?.answer;
          return html`<dt>${t.term('stillWants', relativeLabel(r))}</dt>
            <dd>${answer ? d.term(`yesNo.${answer}`) : t.term('notAnswered')}</dd>`;
        })}
      </dl>
    </section>
  `;
};

/** The person's part: the questions, or in review mode the answers. `onUpdate` saves the person's answers. */
export const personPart = (view: FollowUpView, followUp: FollowUp, onUpdate: (person: Person) => void): TemplateResult => {
  const { context, t } = view;
  const person = followUp.person;
  if (view.readonly) return personSummary(view, person);
  const yesNo = yesNoOptions(view);
  const update = (patch: Partial<Person>) => onUpdate({ ...person, ...patch });
  return html`
    <section aria-labelledby="fu-person-heading">
      <h3 id="fu-person-heading">${t.term('personHeading')}</h3>
      ${view.rejection(PERSON)} ${communicationNote(view.c, context.record.person.communication)}
      ${radioGroup({
        id: 'fu-support-given',
        label: t.term('supportGiven'),
        value: person.supportGiven,
        options: yesNo,
        inline: true,
        onChange: (supportGiven) => update({ supportGiven }),
      })}
      ${textArea({
        id: 'fu-quality',
        label: t.term('qualityView'),
        value: person.qualityView ?? '',
        onChange: (v) => update({ qualityView: v.trim() || undefined }),
      })}
      ${relativesOf(view).map((r) => {
        const value = person.stillWantsRelativeSupport.find((s) => s.relativeId === r.id)?.answer;
        return radioGroup({
          id: `fu-still-wants-${r.id}`,
          label: t.term('stillWants', relativeLabel(r)),
          hint: t.term('stillWantsHint'),
          ...(value ? { value } : {}),
          options: yesNo,
          inline: true,
          onChange: (answer) => {
            const others = person.stillWantsRelativeSupport.filter((s) => s.relativeId !== r.id);
            update({ stillWantsRelativeSupport: [...others, { relativeId: r.id, answer }] });
          },
        });
      })}
    </section>
  `;
};
