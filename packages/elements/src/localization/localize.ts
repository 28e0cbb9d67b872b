/**
 * Localisation: typed term tables per element (TypeScript checks that every Swedish term has an English
 * one), and `@shoelace-style/localize`'s LocalizeController (the one Shoelace and Web Awesome use),
 * which re-renders the element when the page's language changes and formats dates. Per-element
 * `lang`, no page-global configuration to clash with a host's own. Terms are read straight from the
 * element's own table: a step renders a few hundred of them, and a registry lookup per term showed in
 * the step-change benchmark.
 *
 * Swedish is the default: an element without a `lang` of its own takes its nearest ancestor's
 * (crossing shadow roots, so step elements follow `<anhorig-investigation lang="en">`), else `sv`.
 * Changing `lang` while shown re-renders every element at once (`language.ts`).
 */
import { LocalizeController } from '@shoelace-style/localize';
import { followLanguage, resolveLang, type Lang } from './language.js';

export { SUPPORTED_LANGS, type Lang } from './language.js';

type Terms = Record<string, string | ((...args: never[]) => string)>;

/** An element's terms in both languages; returns a factory for its typed `Localize`. */
export const defineTerms = <T extends Terms>(sv: T, en: { [K in keyof T]: T[K] }) => {
  const tables: Record<Lang, Terms> = { sv, en };
  return (host: ConstructorParameters<typeof LocalizeController>[0]) => new Localize<T>(host, tables);
};

export class Localize<T extends Terms> {
  private readonly controller: LocalizeController;
  /** The language found for the current render; looked up once per update, not once per term. */
  private current: Lang | undefined;

  constructor(
    private readonly host: ConstructorParameters<typeof LocalizeController>[0],
    private readonly tables: Record<Lang, Terms>,
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

  lang(): Lang {
    this.current ??= resolveLang(this.host);
    return this.current;
  }

  term<K extends keyof T & string>(key: K, ...args: T[K] extends (...a: infer A) => string ? A : []): string {
    const value = this.tables[this.lang()][key] as string | ((...a: unknown[]) => string);
    return typeof value === 'function' ? value(...args) : value;
  }

  /** A calendar date (`YYYY-MM-DD`) in the element's language, e.g. "24 november 2026". */
  date(isoDate: string): string {
    return this.controller.date(`${isoDate}T12:00:00`, { dateStyle: 'long' });
  }
}
