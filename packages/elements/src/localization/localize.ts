/**
 * Localisation: typed term tables per element (TypeScript checks that every Swedish term has an English
 * one), and `@shoelace-style/localize`'s LocalizeController (the one Shoelace and Web Awesome use),
 * which re-renders the element when the page's language changes and formats dates. Per-element
 * `lang`, no page-global configuration to clash with a host's own. Terms are read straight from the
 * element's own table: a step renders a few hundred of them, and a registry lookup per term showed in
 * the step-change benchmark.
 *
 * One language at a time: Swedish ships with the element; each English table is a module of its own
 * (`x.terms.en.ts`), loaded with `import()` only when an element resolves `lang="en"`. `defineTerms(sv,
 * () => import('./x.terms.en.js'))` registers the loader (typed against the Swedish table, so a missing
 * English term fails to compile). `loadLanguage('en')` loads every registered English table at once:
 * the LanguageProvider (`language.ts`) awaits it before it switches, and the investigation awaits it
 * before it renders a step module loaded while English is shown, so no frame is half Swedish. Until its
 * table is loaded an element renders Swedish. Other tables that load English lazily (the core's
 * messages) register with `registerLanguageLoader('en', load)` and are awaited the same way.
 *
 * Swedish is the default: an element without a `lang` of its own takes its nearest ancestor's
 * (crossing shadow roots, so step elements follow `<anhorig-investigation lang="en">`), else `sv`.
 * Changing `lang` while shown re-renders every element at once (`language.ts`).
 */
import { LocalizeController } from '@shoelace-style/localize';
import { followLanguage, loadLanguage, registerLanguageLoader, resolveLang, type Lang } from './language.js';

export {
  SUPPORTED_LANGS,
  isLanguageLoadedUpTo,
  languageLoading,
  loadLanguage,
  registerLanguageLoader,
  registeredTables,
  type Lang,
} from './language.js';

type Terms = Record<string, string | ((...args: never[]) => string)>;

/** The English table of a Swedish one: every key, each with the Swedish term's type. */
export type Translation<T extends Terms> = { [K in keyof T]: T[K] };

/** How an English table arrives: the module itself (`import()`), or (small shared tables) the table. */
type EnglishSource<T extends Terms> = (() => Promise<{ default: Translation<T> }>) | Translation<T>;

/** An element's terms; returns a factory for its typed `Localize`. English is loaded on demand. */
export const defineTerms = <T extends Terms>(sv: T, en: EnglishSource<T>) => {
  const tables: Partial<Record<Lang, Terms>> = { sv };
  if (typeof en === 'function') registerLanguageLoader('en', async () => void (tables.en = (await en()).default));
  else tables.en = en;
  return (host: ConstructorParameters<typeof LocalizeController>[0]) => new Localize<T>(host, tables);
};

export class Localize<T extends Terms> {
  private readonly controller: LocalizeController;
  /** The language found for the current render; looked up once per update, not once per term. */
  private current: Lang | undefined;

  constructor(
    private readonly host: ConstructorParameters<typeof LocalizeController>[0],
    private readonly tables: Partial<Record<Lang, Terms>>,
  ) {
    this.controller = new LocalizeController(host);
    // Resolve the language ourselves: Swedish unless an ancestor (or the element) says otherwise.
    this.controller.lang = () => this.lang();
    // The cache lives for one render: cleared when an update starts and when it ends.
    const clear = () => (this.current = undefined);
    host.addController({ hostUpdate: clear, hostUpdated: clear, hostDisconnected: clear });
    // Re-render when the owning element's language changes (a `lang` set on it or an ancestor).
    followLanguage(host);
  }

  /** The language asked for, once its table is here; Swedish until then (the owner loads it first). */
  lang(): Lang {
    if (this.current === undefined) {
      const wanted = resolveLang(this.host);
      this.current = this.tables[wanted] ? wanted : 'sv';
      if (wanted !== this.current) {
        // Not through an owner that loads first (an element on its own): load, then render again.
        const loading = loadLanguage(wanted);
        if (loading) loading.then(() => this.host.requestUpdate(), () => undefined);
      }
    }
    return this.current;
  }

  term<K extends keyof T & string>(key: K, ...args: T[K] extends (...a: infer A) => string ? A : []): string {
    const value = this.tables[this.lang()]![key] as string | ((...a: unknown[]) => string);
    return typeof value === 'function' ? value(...args) : value;
  }

  /** A calendar date (`YYYY-MM-DD`) in the element's language, e.g. "24 november 2026". */
  date(isoDate: string): string {
    return this.controller.date(`${isoDate}T12:00:00`, { dateStyle: 'long' });
  }
}
