/**
 * The script-tag bundle's entry (`@anhorig/elements/bundle`, built by vite.bundle.config.ts into an ES
 * module entry plus chunk files that load from the same origin, so `script-src 'self'` covers them).
 * `<anhorig-investigation>` is registered at once; its steps and views are chunks it loads when it
 * first shows them (investigation/step-loader.ts). Every other element is registered when it first
 * appears in the page's document: its chunk is loaded then. A host that creates those elements inside
 * a shadow root of its own, or awaits `customElements.whenDefined()` before creating one, imports
 * `@anhorig/elements/define` instead (every element, no chunks).
 */
import './investigation/define.js';

const ON_DEMAND: Record<string, () => Promise<unknown>> = {
  'anhorig-consent-panel': () => import('./consent-panel/define.js'),
  'anhorig-consent-request': () => import('./consent-panel/define.js'),
  'anhorig-information-log': () => import('./information-log/define.js'),
  'anhorig-summary': () => import('./summary/define.js'),
  'anhorig-own-support': () => import('./own-support/define.js'),
  'anhorig-step-relatives': () => import('./step-relatives/define.js'),
  'anhorig-step-equip': () => import('./step-equip/define.js'),
  'anhorig-step-involve': () => import('./step-involve/define.js'),
  'anhorig-step-gather': () => import('./step-gather/define.js'),
  'anhorig-step-assessment': () => import('./step-assessment/define.js'),
  'anhorig-step-assignment': () => import('./step-assignment/define.js'),
  'anhorig-step-follow-up': () => import('./step-follow-up/define.js'),
};
const SELECTOR = Object.keys(ON_DEMAND).join(',');

const define = (root: ParentNode): void => {
  for (const element of Array.from(root.querySelectorAll(SELECTOR))) {
    const tag = element.localName;
    if (!customElements.get(tag)) void ON_DEMAND[tag]?.();
  }
};

if (typeof document !== 'undefined') {
  define(document);
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of Array.from(record.addedNodes))
        if (node instanceof Element) {
          if (ON_DEMAND[node.localName] && !customElements.get(node.localName)) void ON_DEMAND[node.localName]!();
          define(node);
        }
  }).observe(document, { childList: true, subtree: true });
}
