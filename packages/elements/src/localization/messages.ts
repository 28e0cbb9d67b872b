/**
 * The core's messages (gate refusals, warnings, validation issues, the machine's refusals, prompts)
 * in the element's language. The core says what it means as a code with parameters; this renders it
 * with `@anhorig/core/messages/sv`, which ships with the element, or `@anhorig/core/messages/en`, which
 * is loaded with `import()` the first time an element needs English (the promise is kept, so it loads
 * once). The English table is registered with the language loader (`language.ts`), so an owner that
 * switches to English loads it together with the term tables and no frame mixes the two; an element
 * that asks before it is here renders Swedish and is rendered again when it arrives.
 *
 * Small and self-contained on purpose: "English on demand" for every table may fold it in later.
 */
import type { ReactiveControllerHost } from 'lit';
import { formatMessage, type Message, type MessageTable, type Rejection, type ValidationIssue } from '@anhorig/core';
import { sv } from '@anhorig/core/messages/sv';
import { registerLanguageLoader, resolveLang, type Lang } from './language.js';

let en: MessageTable | undefined;
let loading: Promise<MessageTable> | undefined;

/** Load the English table once; a failed load may be tried again. */
const loadEnglish = (): Promise<MessageTable> =>
  (loading ??= import('@anhorig/core/messages/en').then(
    (module) => (en = module.en),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));

registerLanguageLoader('en', loadEnglish);

/**
 * Whose language a message is rendered in: the element (or its shadow root), or its terms (`this.t`,
 * `view.t`), which know the language the element renders in now.
 */
export type MessageSource = Element | ShadowRoot | { lang(): Lang } | null | undefined;

const isUpdating = (element: Element): element is Element & ReactiveControllerHost =>
  typeof (element as Partial<ReactiveControllerHost>).requestUpdate === 'function';

/** The element behind a source, when there is one (to render it again once English has loaded). */
const elementOf = (source: MessageSource): Element | undefined =>
  source instanceof ShadowRoot ? source.host : source instanceof Element ? source : undefined;

const langOf = (source: MessageSource): Lang => {
  if (!source) return 'sv';
  const element = elementOf(source);
  return element ? resolveLang(element) : (source as { lang(): Lang }).lang();
};

/** The table for a source now: English once it is here, else Swedish (and ask for English). */
const tableFor = (source: MessageSource): MessageTable => {
  if (langOf(source) === 'sv') return sv;
  if (en) return en;
  const element = elementOf(source);
  loadEnglish().then(
    () => element && isUpdating(element) && element.requestUpdate(),
    () => undefined,
  );
  return sv;
};

/** A core message (or anything that is one: a warning, a validation issue) in the source's language. */
export const msg = (source: MessageSource, message: Message): string => formatMessage(tableFor(source), message);

/** A validation issue with its sentence in the element's language (what the `anhorig-error` event carries). */
export type RenderedIssue = ValidationIssue & { message: string };

/**
 * A refusal with its sentences in the element's language: `issues` carry `message`, and `reason`
 * (still the coded message) turns into its sentence where it is rendered as text. For the host's
 * `anhorig-error` event and for views that show a refused host input.
 */
export type RenderedRejection = Omit<Rejection, 'issues'> & { issues: RenderedIssue[]; message: string };

/** The issues of a refusal, each with its sentence. */
export const renderIssues = (source: MessageSource, issues: readonly ValidationIssue[]): RenderedIssue[] =>
  issues.map((issue) => ({ ...issue, message: msg(source, issue) }));

/**
 * The refusal in the source's language. `into`: a rendering of the same refusal to update in place,
 * so a view that remembers it by identity (a dismissed banner) still recognises it after a language switch.
 */
export const renderRejection = (source: MessageSource, rejection: Rejection, into?: RenderedRejection): RenderedRejection => {
  // `reason` stays the coded message; `message` is its sentence in the source's language.
  return Object.assign(into ?? {}, { ...rejection, message: msg(source, rejection.reason), issues: renderIssues(source, rejection.issues) });
};
