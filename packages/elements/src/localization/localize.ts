/**
 * Localisation through `@shoelace-style/localize` (the controller Shoelace and Web Awesome use):
 * per-element `lang`, no page-global configuration to clash with a host's own, and term tables
 * that TypeScript checks for completeness (every Swedish term must have an English one).
 *
 * Swedish is the default: an element without a `lang` of its own takes its nearest ancestor's
 * (crossing shadow roots, so step elements follow `<anhorig-investigation lang="en">`), else `sv`.
 */
import { LocalizeController, registerTranslation, type Translation } from '@shoelace-style/localize';

export const SUPPORTED_LANGS = ['sv', 'en'] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];

type Terms = Record<string, string | ((...args: never[]) => string)>;

/**
 * Register an element's terms in both languages and return a controller factory typed by them.
 * Keys are namespaced by `prefix` so our terms never collide with a host's registrations.
 */
export const defineTerms = <T extends Terms>(prefix: string, sv: T, en: { [K in keyof T]: T[K] }) => {
  const prefixed = (terms: Terms) =>
    Object.fromEntries(Object.entries(terms).map(([key, value]) => [`${prefix}.${key}`, value]));
  registerTranslation(
    { $code: 'sv', $name: 'Svenska', $dir: 'ltr', ...prefixed(sv) } as Translation,
    { $code: 'en', $name: 'English', $dir: 'ltr', ...prefixed(en) } as Translation,
  );
  return (host: ConstructorParameters<typeof LocalizeController>[0]) => new Localize<T>(host, prefix);
};

const nearestLang = (start: Element): string | undefined => {
  let node: Element | null = start;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    const lang = withLang?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
};

export class Localize<T extends Terms> {
  private readonly controller: LocalizeController;
  /** The language found for the current render; looked up once per update, not once per term. */
  private current: Lang | undefined;

  constructor(
    private readonly host: ConstructorParameters<typeof LocalizeController>[0],
    private readonly prefix: string,
  ) {
    this.controller = new LocalizeController(host);
    // Resolve the language ourselves: Swedish unless an ancestor (or the element) says otherwise.
    this.controller.lang = () => this.lang();
    // The cache lives for one render: cleared when an update starts and when it ends.
    const clear = () => (this.current = undefined);
    host.addController({ hostUpdate: clear, hostUpdated: clear, hostDisconnected: clear });
  }

  lang(): Lang {
    if (this.current) return this.current;
    const declared = (nearestLang(this.host) ?? 'sv').toLowerCase();
    this.current = declared.startsWith('en') ? 'en' : 'sv';
    return this.current;
  }

  term<K extends keyof T & string>(key: K, ...args: T[K] extends (...a: infer A) => string ? A : []): string {
    return (this.controller.term as (k: string, ...a: unknown[]) => string)(`${this.prefix}.${key}`, ...args);
  }

  /** A calendar date (`YYYY-MM-DD`) in the element's language, e.g. "24 november 2026". */
  date(isoDate: string): string {
    return this.controller.date(`${isoDate}T12:00:00`, { dateStyle: 'long' });
  }
}
