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

  constructor(private readonly host: Host) {
    this.provider = new ContextProvider(host, { context: languageContext, initialValue: resolveLang(host) });
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
