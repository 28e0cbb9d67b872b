/**
 * The catalogue's question prompts (seed 003, "Frågor till den enskilde" / "Frågor till anhöriga")
 * with free-text answers: the person's in one disclosure, each relative's in another. A relative's
 * answer about the person is gathered information (C1): where that consent gate is closed the
 * notice says which consent is missing instead of offering the answer fields. A disclosure's content
 * is rendered only once it is opened (in review mode all are open), so a step with many relatives
 * does not build dozens of hidden answer fields on every step change.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { canGatherFrom, type QuestionPrompt, type Relative } from '@anhorig/core';
import { textArea } from '../shared/fields.js';
import { consentNeeded } from '../shared/consent-needed.js';
import { relativeLabel, type GatherView, type Renderable } from './gather-view.js';

const answerOf = (view: GatherView, promptId: string, relativeId?: string): string =>
  view.context.record.promptAnswers.find((a) => a.promptId === promptId && a.relativeId === relativeId)?.answer ?? '';

const answerFields = (view: GatherView, prompts: readonly QuestionPrompt[], prefix: string, form: string, relativeId?: string): TemplateResult => {
  if (view.readonly)
    return html`<dl class="answers">
      ${prompts.map((p) => {
        const answer = answerOf(view, p.id, relativeId);
        return html`<dt>${p.text}</dt>
          <dd>${answer || html`<span class="hint">${view.t.term('notAnswered')}</span>`}</dd>`;
      })}
    </dl>`;
  return html`
    ${view.rejection(form)}
    ${prompts.map((p, i) =>
      textArea({
        id: `${prefix}-${i}`,
        label: p.text,
        value: answerOf(view, p.id, relativeId),
        onChange: (answer) => view.send(form, { type: 'promptAnswer.set', promptId: p.id, ...(relativeId !== undefined ? { relativeId } : {}), answer: answer.trim() }),
      }),
    )}
  `;
};

const answered = (view: GatherView, prompts: readonly QuestionPrompt[], relativeId?: string) =>
  prompts.filter((p) => answerOf(view, p.id, relativeId) !== '').length;

/** A disclosure whose content is built only while it is open (the `toggle` event keeps the element informed). */
const disclosure = (view: GatherView, key: string, part: string, summary: string, content: () => Renderable): TemplateResult => {
  const open = view.isOpen(key);
  return html`
    <details class="prompts" part=${part} ?open=${open} @toggle=${(e: Event) => view.toggled(key, (e.currentTarget as HTMLDetailsElement).open)}>
      <summary>${summary}</summary>
      ${open ? content() : nothing}
    </details>
  `;
};

const relativePrompts = (view: GatherView, prompts: readonly QuestionPrompt[], relative: Relative, index: number): TemplateResult =>
  disclosure(view, `prompts-relative:${relative.id}`, 'relative-prompts', view.t.term('relativePrompts', relativeLabel(relative), answered(view, prompts, relative.id), prompts.length), () => {
    const gate = canGatherFrom(view.context.record, relative.id, view.context.today);
    return html`
      <p class="hint">${view.t.term('relativePromptsHint')}</p>
      ${gate.allowed
        ? answerFields(view, prompts, `prompt-relative-${index}`, `prompts-relative:${relative.id}`, relative.id)
        : consentNeeded(gate, view.t.term('recordConsent'), view.readonly)}
    `;
  });

export const promptsSection = (view: GatherView): TemplateResult => {
  const all = view.context.catalogue.questionPrompts;
  const forPerson = all.filter((p) => p.audience === 'person');
  const forRelatives = all.filter((p) => p.audience === 'relative');
  const personPart: Renderable = forPerson.length
    ? disclosure(view, 'prompts-person', 'person-prompts', view.t.term('personPrompts', answered(view, forPerson), forPerson.length), () =>
        answerFields(view, forPerson, 'prompt-person', 'prompts-person'),
      )
    : nothing;
  return html`
    <section aria-labelledby="prompts-heading" part="prompts">
      <h3 id="prompts-heading">${view.t.term('promptsHeading')}</h3>
      ${all.length === 0
        ? html`<p>${view.t.term('noPrompts')}</p>`
        : html`
            <p class="hint">${view.t.term('promptsIntro')}</p>
            ${personPart}
            ${forRelatives.length ? view.context.record.relatives.map((r, i) => relativePrompts(view, forRelatives, r, i)) : nothing}
          `}
    </section>
  `;
};
