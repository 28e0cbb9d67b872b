/**
 * The catalogue's question prompts (seed 003, "Frågor till den enskilde" / "Frågor till anhöriga")
 * with free-text answers: the person's in one disclosure, each relative's in another. A relative's
 * answer about the person is gathered information (C1): where that consent gate is closed the
 * notice says which consent is missing instead of offering the answer fields.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { canGatherFrom, type QuestionPrompt, type Relative } from '@anhorig/core';
import { textArea } from '../shared/fields.js';
import { consentNeeded } from '../shared/consent-needed.js';
import { relativeLabel, type GatherView, type Renderable } from './gather-view.js';

const answerOf = (view: GatherView, promptId: string, relativeId?: string): string =>
  view.context.record.promptAnswers.find((a) => a.promptId === promptId && a.relativeId === relativeId)?.answer ?? '';

const answerFields = (view: GatherView, prompts: readonly QuestionPrompt[], prefix: string, where: string, relativeId?: string): TemplateResult => {
  if (view.readonly)
    return html`<dl class="answers">
      ${prompts.map((p) => {
        const answer = answerOf(view, p.id, relativeId);
        return html`<dt>${p.text}</dt>
          <dd>${answer || html`<span class="hint">${view.t.term('notAnswered')}</span>`}</dd>`;
      })}
    </dl>`;
  return html`
    ${view.rejection(where)}
    ${prompts.map((p, i) =>
      textArea({
        id: `${prefix}-${i}`,
        label: p.text,
        value: answerOf(view, p.id, relativeId),
        onChange: (answer) => view.send({ type: 'promptAnswer.set', promptId: p.id, ...(relativeId !== undefined ? { relativeId } : {}), answer: answer.trim() }, where),
      }),
    )}
  `;
};

const answered = (view: GatherView, prompts: readonly QuestionPrompt[], relativeId?: string) =>
  prompts.filter((p) => answerOf(view, p.id, relativeId) !== '').length;

const relativePrompts = (view: GatherView, prompts: readonly QuestionPrompt[], relative: Relative, index: number): TemplateResult => {
  const gate = canGatherFrom(view.context.record, relative.id, view.context.today);
  return html`
    <details class="prompts" part="relative-prompts" ?open=${view.readonly}>
      <summary>${view.t.term('relativePrompts', relativeLabel(relative), answered(view, prompts, relative.id), prompts.length)}</summary>
      <p class="hint">${view.t.term('relativePromptsHint')}</p>
      ${gate.allowed
        ? answerFields(view, prompts, `prompt-relative-${index}`, `prompts-relative-${index}`, relative.id)
        : consentNeeded(gate, view.t.term('recordConsent'), view.readonly)}
    </details>
  `;
};

export const promptsSection = (view: GatherView): TemplateResult => {
  const all = view.context.catalogue.questionPrompts;
  const forPerson = all.filter((p) => p.audience === 'person');
  const forRelatives = all.filter((p) => p.audience === 'relative');
  const personPart: Renderable = forPerson.length
    ? html`<details class="prompts" part="person-prompts" ?open=${view.readonly}>
        <summary>${view.t.term('personPrompts', answered(view, forPerson), forPerson.length)}</summary>
        ${answerFields(view, forPerson, 'prompt-person', 'prompts-person')}
      </details>`
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
