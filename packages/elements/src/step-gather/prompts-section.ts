/**
 * The catalogue's question prompts (seed 003, "Frågor till den enskilde" / "Frågor till anhöriga")
 * with free-text answers: the person's in one disclosure, and each relative's in a disclosure in that
 * relative's block, only for a relative who takes part in the investigation. L4: an answer is
 * a statement. The person's own answers need no consent; a relative's answer about the person is
 * gathered information (C1): it names the consent it was given under, or that it was volunteered, and
 * carries the same personal-file and quality choices as any statement (C10), and is marked after a
 * withdrawal (C3). A disclosure's content is rendered only once it is opened (in review mode all are
 * open), so a step with many relatives does not build dozens of hidden answer fields on every step change.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isMarkedAfterWithdrawal, type InvestigationEvent, type QuestionPrompt, type Relative, type Statement } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { textArea } from '../shared/fields.js';
import { basisField, relativeBasis, type BasisChoice } from './statement-basis.js';
import { basisText, toggles } from './statement-list.js';
import { relativeLabel, type GatherView, type Renderable } from './gather-view.js';

const answerOf = (view: GatherView, promptId: string, relativeId?: string): { statement: Statement; index: number } | undefined => {
  const { statements } = view.context.record;
  for (let index = statements.length - 1; index >= 0; index -= 1) {
    const statement = statements[index]!;
    const { source } = statement;
    const sameSource = relativeId === undefined ? source.kind === 'person' : source.kind === 'relative' && source.relativeId === relativeId;
    if (statement.kind === 'promptAnswer' && statement.promptId === promptId && sameSource) return { statement, index };
  }
  return undefined;
};

const basisKey = (relativeId: string) => `prompts-basis:${relativeId}`;

/** A new answer, or the changed text of the one already recorded (its basis and time stay as they were). */
const answerEvent = (view: GatherView, prompt: QuestionPrompt, text: string, relativeId: string | undefined, basis: BasisChoice | undefined): InvestigationEvent => {
  const existing = answerOf(view, prompt.id, relativeId)?.statement;
  if (existing) return { type: 'statement.update', statementId: existing.id, patch: { text } };
  return {
    type: 'statement.add',
    statement: {
      kind: 'promptAnswer',
      promptId: prompt.id,
      ...(prompt.lifeAreaId !== undefined ? { lifeAreaId: prompt.lifeAreaId } : {}),
      text,
      source: relativeId === undefined ? { kind: 'person' } : { kind: 'relative', relativeId },
      basis: relativeId === undefined ? { kind: 'own' } : relativeBasis(view.context, relativeId, basis),
      toPersonalFile: false,
      qualityConfirmed: false,
      checkedWithPerson: false,
    },
  };
};

const answerFields = (view: GatherView, prompts: readonly QuestionPrompt[], prefix: string, form: string, relative?: Relative): TemplateResult => {
  const relativeId = relative?.id;
  if (view.readonly)
    return html`<dl class="answers">
      ${prompts.map((p) => {
        const answer = answerOf(view, p.id, relativeId)?.statement;
        return html`<dt>${p.text}</dt>
          <dd>${answer ? html`${answer.text}${relativeId ? html` <span class="hint">(${basisText(view, answer)})</span>` : nothing}` : html`<span class="hint">${view.t.term('notAnswered')}</span>`}</dd>`;
      })}
    </dl>`;
  const basis = relativeId === undefined ? undefined : view.choice<BasisChoice>(basisKey(relativeId));
  const fields = prompts.map((p, i) => {
      const answer = answerOf(view, p.id, relativeId);
      const marked = answer ? isMarkedAfterWithdrawal(view.context.record, answer.statement) : false;
      return html`
        <div class="prompt-answer ${marked ? 'marked' : ''}">
          ${textArea({
            id: `${prefix}-${i}`,
            label: p.text,
            ...(answer && relativeId ? { hint: basisText(view, answer.statement) } : {}),
            value: answer?.statement.text ?? '',
            onChange: (text) => {
              if (text.trim() === '' && !answer) return;
              view.send(form, answerEvent(view, p, text.trim(), relativeId, basis));
            },
          })}
          ${marked ? html`<p><span class="tag withdrawn">${view.t.term('withdrawnTag')}</span></p>` : nothing}
          ${answer ? toggles(view, answer.statement, answer.index, view.t.term('answerHandling', p.text)) : nothing}
        </div>
      `;
    });
  // The person's questions sit under the section's h3.
  if (relative === undefined) return html`${view.rejection(form, {}, 4)}${fields}`;
  // A relative's answers are one group named after the relative: the questions repeat for every relative.
  const name = displayName(relative);
  return html`
    ${basisField(view, relative.id, basis, (choice) => view.choose(basisKey(relative.id), choice), `${prefix}-basis`, view.t.term('answerBasis', name))}
    ${view.rejection(form)}
    <fieldset class="answers-group">
      <legend class="visually-hidden">${view.t.term('answers', name)}</legend>
      ${fields}
    </fieldset>
  `;
};

const answered = (view: GatherView, prompts: readonly QuestionPrompt[], relativeId?: string) =>
  prompts.filter((p) => answerOf(view, p.id, relativeId) !== undefined).length;

/** A disclosure whose content is built only while it is open (the `toggle` event keeps the element informed). */
export const disclosure = (view: GatherView, key: string, part: string, summary: string, content: () => Renderable): TemplateResult => {
  const open = view.isOpen(key);
  return html`
    <details class="prompts" part=${part} ?open=${open} @toggle=${(e: Event) => view.toggled(key, (e.currentTarget as HTMLDetailsElement).open)}>
      <summary>${summary}</summary>
      ${open ? content() : nothing}
    </details>
  `;
};

/** The questions to one relative who takes part, in a disclosure in their block (nothing if the catalogue has none). */
export const relativePrompts = (view: GatherView, relative: Relative): Renderable => {
  const prompts = view.context.catalogue.questionPrompts.filter((p) => p.audience === 'relative');
  if (prompts.length === 0) return nothing;
  const index = view.context.record.relatives.indexOf(relative);
  return disclosure(view, `prompts-relative:${relative.id}`, 'relative-prompts', view.t.term('relativePrompts', relativeLabel(relative), answered(view, prompts, relative.id), prompts.length), () => html`
    <p class="hint">${view.t.term('relativePromptsHint')}</p>
    ${answerFields(view, prompts, `prompt-relative-${index}`, `prompts-relative:${relative.id}`, relative)}
  `);
};

/** The questions to the person; the questions to relatives are in each relative's block. */
export const promptsSection = (view: GatherView): TemplateResult => {
  const all = view.context.catalogue.questionPrompts;
  const forPerson = all.filter((p) => p.audience === 'person');
  return html`
    <section aria-labelledby="prompts-heading" part="prompts">
      <h3 id="prompts-heading">${view.t.term('promptsHeading')}</h3>
      ${all.length === 0
        ? html`<p>${view.t.term('noPrompts')}</p>`
        : html`
            <p class="hint">${view.t.term('promptsIntro')}</p>
            ${forPerson.length
              ? disclosure(view, 'prompts-person', 'person-prompts', view.t.term('personPrompts', answered(view, forPerson), forPerson.length), () =>
                  answerFields(view, forPerson, 'prompt-person', 'prompts-person'),
                )
              : nothing}
          `}
    </section>
  `;
};
