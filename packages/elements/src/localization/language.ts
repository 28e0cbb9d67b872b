/**
 * Switching language while the element is shown. `lang` is read per render (`localize.ts`), but
 * setting it does not re-render anything by itself: the attribute is not a reactive property, and a
 * step rendered below `<anhorig-investigation>` never hears that an ancestor's attribute changed.
 *
 * The element that owns the investigation (`<anhorig-investigation>`, or a step element standing
 * alone) watches `lang` on itself and on every ancestor — in the document and in each shadow root on
 * the way up — and provides the language it resolves through @lit/context. Every element with terms
 * consumes it (see `Localize`), so a change re-renders the header, the navigator, the current step and
 * whatever is open inside it in the same frame.
 */
import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const SUPPORTED_LANGS = ['sv', 'en'] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];

type Host = ReactiveControllerHost & HTMLElement;

/** A loader not yet run, or run: the promise it returned. */
interface Registered {
  load: () => Promise<unknown>;
  done?: Promise<unknown>;
  loaded: boolean;
}
const loaders: Record<Exclude<Lang, 'sv'>, Registered[]> = { en: [] };
let pending: Promise<void> | undefined;

/**
 * Register something to load before `lang` is shown: each `defineTerms` registers its English table;
 * other lazily loaded tables (e.g. the core's messages) register here too.
 */
export const registerLanguageLoader = (lang: Exclude<Lang, 'sv'>, load: () => Promise<unknown>): void => {
  loaders[lang].push({ load, loaded: false });
};

/**
 * Load every table registered for `lang` that is not loaded yet. Undefined when there is nothing to
 * load (Swedish, or all loaded), so a caller can switch in the same task.
 */
export const loadLanguage = (lang: Lang): Promise<void> | undefined => {
  if (lang === 'sv') return undefined;
  const waiting = loaders[lang].filter((l) => !l.loaded);
  if (!waiting.length) return undefined;
  const all = Promise.all(
    waiting.map((l) => (l.done ??= l.load().then(() => (l.loaded = true), (error: unknown) => ((l.done = undefined), Promise.reject(error))))),
  ).then(() => undefined);
  const current: Promise<void> = all.finally(() => {
    if (pending === current) pending = undefined;
  });
  pending = current;
  return current;
};

/** How many tables each language has registered so far (they are only ever added). */
export const registeredTables = (): Record<Exclude<Lang, 'sv'>, number> => ({ en: loaders.en.length });

/**
 * Whether the tables registered for `lang` up to `counts` (a `registeredTables()` taken earlier) are
 * loaded: what a module brought with it, not what a module prefetched since brought.
 */
export const isLanguageLoadedUpTo = (lang: Lang, counts: Record<Exclude<Lang, 'sv'>, number>): boolean =>
  lang === 'sv' || loaders[lang].slice(0, counts[lang]).every((l) => l.loaded);


/** A language load in progress, if any (elements' `updateComplete` awaits it). */
export const languageLoading = (): Promise<void> | undefined => pending;


/** The language the owning element resolved; consumers re-render when it changes. */
export const languageContext = createContext<Lang>(Symbol('anhorig-language'));

/** The nearest non-empty `lang` on the element or an ancestor, crossing shadow roots. */
export const nearestLang = (start: Element): string | undefined => {
  let node: Element | null = start;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) {
      const lang = withLang.getAttribute('lang');
      if (lang) return lang;
      // lang="" says "unknown": keep looking further up.
      const root = withLang.getRootNode();
      node = withLang.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
      continue;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
};

/** Swedish unless the element or an ancestor says English. */
export const resolveLang = (element: Element): Lang => ((nearestLang(element) ?? 'sv').toLowerCase().startsWith('en') ? 'en' : 'sv');

/**
 * On the owning element: watches `lang` (attribute or property, which reflects to the attribute) on
 * the element and its ancestors, and provides the resolved language to everything it renders.
 */
export class LanguageProvider implements ReactiveController {
  private readonly provider: ContextProvider<typeof languageContext, Host>;
  private readonly observer = new MutationObserver(() => this.sync());
  /** The language last asked for; the provided value follows once its tables are loaded. */
  private wanted: Lang = 'sv';
  /** Loading the tables of `wanted` before switching (the host's `updateComplete` awaits it). */
  loading: Promise<void> | undefined;

  constructor(private readonly host: Host) {
    // Swedish until connected: a `lang="en"` found then is switched to once English is loaded.
    this.provider = new ContextProvider(host, { context: languageContext, initialValue: 'sv' });
    host.addController(this);
  }

  hostConnected(): void {
    // One observer over every tree the element sits in: a `lang` set anywhere there may be ours.
    let node: Node = this.host;
    for (;;) {
      const root = node.getRootNode();
      this.observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang'] });
      if (!(root instanceof ShadowRoot)) break;
      node = root.host;
    }
    this.sync();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  private sync(): void {
    const lang = resolveLang(this.host);
    if (lang === this.wanted && !this.loading) {
      if (lang !== this.provider.value) this.switchTo(lang);
      return;
    }
    this.wanted = lang;
    const loading = loadLanguage(lang);
    if (!loading) {
      this.loading = undefined;
      this.switchTo(lang);
      return;
    }
    // Every registered table of the language first, then everything re-renders in it in one frame.
    const current: Promise<void> = loading.then(
      () => {
        if (this.loading !== current) return;
        this.loading = undefined;
        this.switchTo(this.wanted);
      },
      () => {
        // Could not load (offline): stay in the language shown.
        if (this.loading === current) this.loading = undefined;
      },
    );
    this.loading = current;
    this.host.requestUpdate();
  }

  private switchTo(lang: Lang): void {
    if (lang === this.provider.value) return;
    this.provider.setValue(lang);
    this.host.requestUpdate();
  }
}

const consuming = new WeakSet<HTMLElement>();

/** On every element with terms (once per element): re-render when the owner's language changes. */
export const followLanguage = (host: Host): void => {
  if (consuming.has(host)) return;
  consuming.add(host);
  new ContextConsumer(host, { context: languageContext, subscribe: true, callback: () => host.requestUpdate() });
};
