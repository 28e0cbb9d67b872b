/**
 * One language at a time (issue 11): every story, rendered in English, shows no Swedish interface
 * text, and rendered in Swedish, no English. What the host passes in (the record, the relatives' own
 * records, the catalogue, the report's records) stays in the municipality's language, so its strings
 * are taken out of the text first; what is left is ours. Everything an element renders is read, the
 * parts a screen reader hears included: text in every shadow root (closed disclosures too) and the
 * aria-label, title, placeholder and alt attributes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { defaultCatalogue } from '@anhorig/core';
import '../../packages/elements/src/define.js';
import { deepElements, settle } from '../../packages/elements/test/helpers.js';
import { composeStory, STORY_MODULES, storiesOf } from './support/stories.js';

/** Words that only Swedish interface text has (and the letters). */
const SWEDISH = /[åäöÅÄÖ]|\b(och|att|inte|för|med|som|eller|den|det|har|kan|ska|vill|gäller|enskilde|anhörig\w*|samtycke\w*|steg|uppdrag\w*|spara|lägg|ändra|registrera|nästa|föregående|ja|nej|namn|datum|avbryt|skicka|tillbaka|muntligt|skriftligt|frivilligt|välj|visa|dölj)\b/i;
/** Words that only English interface text has. */
const ENGLISH = /\b(the|and|with|for|not|has|have|this|that|save|add|change|record|next|previous|step|relative|consent|person’s|person's|yes|no|name|date|cancel|send|back|oral|written|optional|choose|show|hide)\b/i;

/**
 * Swedish terms English text may keep: a Swedish role with no English equivalent (god man,
 * förvaltare), a name that is the same in English (Meänkieli), and a Swedish term in parentheses
 * beside its English ("carer support advisor (anhörigkonsulent)").
 */
const SWEDISH_TERMS_IN_ENGLISH = ['Meänkieli', 'god man', 'förvaltare', '(anhörigkonsulent)'];

/** Ids and enum values (`person`, `given`, `anhorig-1`) are not text anyone reads: never taken out. */
const IDENTIFIER = /^[a-z][A-Za-z0-9-]*$/;

/** Every string in a value, deeply (the data the host passed in). */
const stringsIn = (value: unknown, out: Set<string>, seen = new Set<unknown>()): Set<string> => {
  if (typeof value === 'string') {
    const text = value.trim();
    if (text.length > 1 && !IDENTIFIER.test(text)) out.add(text);
  } else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const v of Object.values(value)) stringsIn(v, out, seen);
  }
  return out;
};

const DATA_PROPERTIES = ['record', 'relativeRecords', 'catalogue', 'records', 'decidedSupport', 'caseworker'];

/** The host's data in the rendered elements (and the default catalogue, which elements fall back on). */
const hostData = (root: Element): string[] => {
  const out = stringsIn(defaultCatalogue, new Set());
  for (const e of [root, ...deepElements(root)])
    if (e.tagName.startsWith('ANHORIG-')) for (const p of DATA_PROPERTIES) stringsIn((e as unknown as Record<string, unknown>)[p], out);
  // Longest first, so a name is removed before a word inside it.
  return [...out].sort((a, b) => b.length - a.length);
};

/**
 * Everything the elements render that a user sees or hears, one string per text node or attribute.
 * A part marked with another language (`lang`, e.g. the assignment: a Swedish document to the
 * provider) is that language's, not the interface's.
 */
const interfaceText = (root: Element, lang: string): string[] => {
  const texts: string[] = [];
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent?.trim();
        if (text) texts.push(text);
      } else if (child instanceof Element) {
        if (child.tagName === 'STYLE' || child.tagName === 'SCRIPT' || child.tagName === 'TEMPLATE') continue;
        const own = child.getAttribute('lang');
        if (own && !own.startsWith(lang)) continue;
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = child.getAttribute(a);
          if (value?.trim()) texts.push(value.trim());
        }
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    }
  };
  visit(root);
  return texts;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The texts that still match `words` once the host's data (whole words only, in any case: a support
 * type may be written in lower case mid-sentence), cited data (“…”) and allowed terms are taken out.
 */
const leftovers = (texts: string[], data: string[], words: RegExp, allowed: readonly string[]): string[] => {
  const remove = [
    ...data.map((d) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(d)}(?![\\p{L}\\p{N}])`, 'giu')),
    ...allowed.map((d) => new RegExp(escape(d), 'gi')),
  ];
  return texts
    .map((text) => remove.reduce((t, d) => t.replace(d, ' '), text.replace(/“[^”]*”?/g, ' ')))
    .filter((text) => words.test(text));
};

for (const [file, module] of Object.entries(STORY_MODULES)) {
  describe(`stories in one language: ${file}`, () => {
    const { meta, stories } = storiesOf(module);
    for (const [name, story] of stories) {
      it(`${name}: English without Swedish, Swedish without English`, async () => {
        for (const [lang, foreign] of [['en', SWEDISH], ['sv', ENGLISH]] as const) {
          const container = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
          render(composeStory(meta, story, { lang }), container);
          const element = container.firstElementChild!;
          await settle(element);
          for (const e of deepElements(container)) if (e.tagName.startsWith('ANHORIG-')) await settle(e);
          const found = leftovers(interfaceText(container, lang), hostData(container), foreign, lang === 'en' ? SWEDISH_TERMS_IN_ENGLISH : []);
          expect(found, `${lang}: ${found.slice(0, 8).join(' | ')}`).to.deep.equal([]);
          container.remove();
        }
      });
    }
  });
}
