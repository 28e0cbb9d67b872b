/**
 * Load what the handläggare opens: each step and view `<anhorig-investigation>` renders is a module of
 * its own, fetched with a plain `import()` of a relative module when it is first shown, so a vendor's
 * bundler (Vite, webpack, esbuild, Rollup) splits it into a chunk with no configuration, and the
 * script-tag build ships it as a chunk file beside the entry (same origin, `script-src 'self'`).
 *
 * `load(tag, lang)` resolves once the element is defined and, when English is shown, its English
 * table (and every other registered one) is loaded too: the investigation renders the step only then,
 * so it appears at once and in one language. `prefetch(tags, lang)` does the same when the browser is
 * idle, for the next step and the views the current one opens, so moving on does not wait for the
 * network. A page that registered everything up front (`@anhorig/elements/define`) loads nothing here.
 */
import { isLanguageLoadedUpTo, loadLanguage, registeredTables, type Lang } from '../localization/localize.js';

const MODULES = {
  'anhorig-step-relatives': () => import('../step-relatives/define.js'),
  'anhorig-step-equip': () => import('../step-equip/define.js'),
  'anhorig-step-involve': () => import('../step-involve/define.js'),
  'anhorig-step-gather': () => import('../step-gather/define.js'),
  'anhorig-step-assessment': () => import('../step-assessment/define.js'),
  'anhorig-step-assignment': () => import('../step-assignment/define.js'),
  'anhorig-step-follow-up': () => import('../step-follow-up/define.js'),
  'anhorig-consent-panel': () => import('../consent-panel/define.js'),
  'anhorig-information-log': () => import('../information-log/define.js'),
  'anhorig-summary': () => import('../summary/define.js'),
} satisfies Record<string, () => Promise<unknown>>;

export type LazyTag = keyof typeof MODULES;

const loading = new Map<LazyTag, Promise<void>>();

/**
 * The tables registered when each tag was defined (its own among them, since a module registers its
 * tables as it is evaluated). A table registered later, e.g. by a neighbour prefetched while English
 * loads, must not send the step on screen back to its placeholder for a frame.
 */
const tablesWhenDefined = new Map<LazyTag, ReturnType<typeof registeredTables>>();

/** Whether `tag` can render now: defined, and the tables it came with loaded in `lang`. */
export const isReady = (tag: LazyTag, lang: Lang): boolean => {
  if (customElements.get(tag) === undefined) return false;
  let tables = tablesWhenDefined.get(tag);
  if (!tables) tablesWhenDefined.set(tag, (tables = registeredTables()));
  return isLanguageLoadedUpTo(lang, tables);
};

/** Define `tag` (fetching its module once) and load `lang`'s tables, including the ones it brought. */
export const load = (tag: LazyTag, lang: Lang): Promise<void> => {
  let defined = loading.get(tag);
  if (!defined) {
    defined = customElements.get(tag)
      ? Promise.resolve()
      : MODULES[tag]().then(
          () => {
            if (!tablesWhenDefined.has(tag)) tablesWhenDefined.set(tag, registeredTables());
          },
          (error: unknown) => {
            // A failed fetch (offline, a deploy in between) may be retried on the next render.
            loading.delete(tag);
            throw error;
          },
        );
    loading.set(tag, defined);
  }
  return defined.then(() => loadLanguage(lang));
};

const idle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
};

/** Load `tags` when the browser is idle, so showing them later needs no fetch. Failures are ignored (retried when shown). */
export const prefetch = (tags: readonly LazyTag[], lang: Lang): void => {
  const missing = tags.filter((tag) => !isReady(tag, lang));
  if (!missing.length) return;
  idle(() => {
    for (const tag of missing) load(tag, lang).catch(() => undefined);
  });
};
