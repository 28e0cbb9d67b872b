/**
 * Privacy (issue: "No network … No storage … No console output containing any value typed into
 * the element"). Traps for every way a page can reach the network are installed before the element
 * is mounted; the handläggare's whole day is then run by keyboard (tests/browser/flows/day.ts).
 * Nothing may be called, nothing stored, and nothing the handläggare typed may reach the console.
 * The only thing the page may fetch is the element's own code (a step's module, loaded when it is
 * opened): from the same origin, and with nothing typed in its address.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/define.js';
import type { AnhorigInvestigation } from '../../packages/elements/src/investigation/anhorig-investigation.js';
import { deepElements, mount } from '../../packages/elements/test/helpers.js';
import { scenarios, SCENARIO_TODAY } from '../../stories/scenarios.js';
import { DAY, runDay } from './flows/day.js';

/** Every value the day types, from the nested DAY table. */
const TYPED: string[] = Object.values(DAY)
  .flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))
  // Words as short as "son" occur in any text ("person"): the check looks for what identifies someone.
  .filter((v) => v.length >= 5);

type Restore = () => void;

/** Replace `object[key]` (a function or constructor) with a trap that records the call, then calls through. */
const trapFunction = (object: object, key: string, label: string, hits: string[], restores: Restore[]): void => {
  const target = object as Record<string, unknown>;
  const original = target[key];
  if (typeof original !== 'function') return;
  const trap = new Proxy(original, {
    apply(fn, thisArg, args) {
      hits.push(`${label}(${String(args[0]).slice(0, 80)})`);
      return Reflect.apply(fn, thisArg, args);
    },
    construct(fn, args, newTarget) {
      hits.push(`new ${label}(${String(args[0]).slice(0, 80)})`);
      return Reflect.construct(fn, args, newTarget);
    },
  });
  target[key] = trap;
  restores.push(() => (target[key] = original));
};

/** Record every write to a URL-carrying property (img.src, script.src, link.href …), even on detached elements. */
const trapSetter = (proto: object, key: string, label: string, hits: string[], restores: Restore[]): void => {
  const descriptor = Object.getOwnPropertyDescriptor(proto, key);
  if (!descriptor?.set) return;
  Object.defineProperty(proto, key, {
    ...descriptor,
    set(value: unknown) {
      hits.push(`${label}.${key} = ${String(value).slice(0, 80)}`);
      descriptor.set!.call(this, value);
    },
  });
  restores.push(() => Object.defineProperty(proto, key, descriptor));
};

const LOADING = new Set(['IMG', 'SCRIPT', 'LINK', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SOURCE', 'VIDEO', 'AUDIO', 'PICTURE', 'IMAGE', 'USE', 'TRACK']);
const URL_ATTRIBUTES = ['src', 'srcset', 'href', 'xlink:href', 'poster', 'data', 'background', 'action', 'formaction', 'ping'];

describe('privacy: the full flow with traps on network, storage and console', () => {
  const networkHits: string[] = [];
  const elementHits: string[] = [];
  const resourceHits: { type: string; url: string }[] = [];
  const consoleDuringFlow: { level: string; text: string }[] = [];
  const restores: Restore[] = [];
  let flowRunning = false;
  let events: CustomEvent[] = [];
  let el: AnhorigInvestigation;
  const baseline = { cookie: '', localStorage: 0, sessionStorage: 0 };

  before(async function () {
    this.timeout(90_000);
    // Warm up the runner's own channel (its first command imports a module) before watching resources.
    await sendKeys({ press: 'Shift' });
    baseline.cookie = document.cookie;
    baseline.localStorage = localStorage.length;
    baseline.sessionStorage = sessionStorage.length;

    // Network.
    trapFunction(window, 'fetch', 'fetch', networkHits, restores);
    trapFunction(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open', networkHits, restores);
    trapFunction(window, 'WebSocket', 'WebSocket', networkHits, restores);
    trapFunction(window, 'EventSource', 'EventSource', networkHits, restores);
    trapFunction(navigator, 'sendBeacon', 'navigator.sendBeacon', networkHits, restores);
    trapFunction(window, 'Worker', 'Worker', networkHits, restores);
    trapFunction(window, 'SharedWorker', 'SharedWorker', networkHits, restores);
    trapFunction(window, 'open', 'window.open', networkHits, restores);
    trapFunction(window, 'Image', 'Image', networkHits, restores);
    trapSetter(HTMLImageElement.prototype, 'src', 'img', networkHits, restores);
    trapSetter(HTMLImageElement.prototype, 'srcset', 'img', networkHits, restores);
    trapSetter(HTMLScriptElement.prototype, 'src', 'script', networkHits, restores);
    trapSetter(HTMLLinkElement.prototype, 'href', 'link', networkHits, restores);
    trapSetter(HTMLIFrameElement.prototype, 'src', 'iframe', networkHits, restores);

    // Elements that load something, anywhere: the document and every shadow root created from now on.
    const observer = new MutationObserver((records) => {
      if (!flowRunning) return;
      for (const record of records) {
        const value = record.type === 'attributes' && record.target instanceof Element ? (record.target as Element).getAttribute(record.attributeName!) : null;
        // A link to a place on the same page ("#relative-…", the warnings' links) loads nothing.
        if (value && !value.startsWith('#')) elementHits.push(`${(record.target as Element).tagName.toLowerCase()}[${record.attributeName}] = ${value.slice(0, 40)}`);
        for (const node of Array.from(record.addedNodes)) {
          if (!(node instanceof Element)) continue;
          for (const e of [node, ...Array.from(node.querySelectorAll('*'))])
            if (LOADING.has(e.tagName.toUpperCase())) elementHits.push(`<${e.tagName.toLowerCase()}> added`);
        }
      }
    });
    const watch = (root: Node) => observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: URL_ATTRIBUTES });
    watch(document);
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attachShadow.call(this, init);
      watch(root);
      return root;
    };
    restores.push(() => (Element.prototype.attachShadow = attachShadow), () => observer.disconnect());

    // Anything fetched after the flow starts (fonts, images, style sheets, modules …).
    const resources = new PerformanceObserver((list) => {
      if (flowRunning) for (const entry of list.getEntries()) resourceHits.push({ type: (entry as PerformanceResourceTiming).initiatorType, url: entry.name });
    });
    resources.observe({ type: 'resource', buffered: false });
    restores.push(() => resources.disconnect());

    // Console: keep what is printed while the flow runs.
    for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'] as const) {
      const original = console[level] as (...args: unknown[]) => void;
      (console as unknown as Record<string, unknown>)[level] = (...args: unknown[]) => {
        if (flowRunning)
          consoleDuringFlow.push({
            level,
            text: args
              .map((a) => {
                try {
                  return typeof a === 'string' ? a : JSON.stringify(a);
                } catch {
                  return String(a);
                }
              })
              .join(' '),
          });
        original.apply(console, args);
      };
      restores.push(() => ((console as unknown as Record<string, unknown>)[level] = original));
    }

    ({ el } = await mount<AnhorigInvestigation>('anhorig-investigation', { ...scenarios.emptyStart(), catalogue: undefined, today: SCENARIO_TODAY }));
    flowRunning = true;
    try {
      ({ events } = await runDay(el, sendKeys));
      // Let anything deferred (timers, idle callbacks, observers) run before looking.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      flowRunning = false;
    }
  });

  after(() => {
    for (const restore of restores.reverse()) restore();
  });

  it('the flow ran to the end (the investigation completed)', () => {
    expect(events.filter((e) => e.type === 'anhorig-complete')).to.have.length(1);
  });

  it('no network: fetch, XHR, WebSocket, EventSource, sendBeacon, workers, window.open and image/script/link URLs are never used', () => {
    expect(networkHits).to.deep.equal([]);
  });

  it('no element that loads anything is added or pointed at a URL, in the document or any shadow root', () => {
    expect(elementHits).to.deep.equal([]);
    const inShadow = deepElements(el).filter((e) => LOADING.has(e.tagName.toUpperCase()));
    expect(inShadow.map((e) => e.tagName)).to.deep.equal([]);
  });

  it('no resource is fetched while the flow runs (PerformanceObserver), except the element’s own code from the same origin, with nothing typed in its address', () => {
    const ownCode = (url: URL) => url.origin === location.origin && /\.(m?js|ts)$/.test(url.pathname);
    const others = resourceHits.filter((r) => !ownCode(new URL(r.url)));
    expect(others).to.deep.equal([]);
    const carrying = resourceHits.filter((r) => TYPED.some((value) => decodeURIComponent(r.url).includes(value)));
    expect(carrying).to.deep.equal([]);
  });

  it('no storage: localStorage, sessionStorage, cookies, IndexedDB and the Cache API stay empty', async () => {
    expect(baseline, 'the test page starts empty').to.deep.equal({ cookie: '', localStorage: 0, sessionStorage: 0 });
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    expect(await indexedDB.databases()).to.deep.equal([]);
    if ('caches' in window) expect(await caches.keys()).to.deep.equal([]);
  });

  it('nothing typed into the element reaches the console', () => {
    const leaks = consoleDuringFlow.filter((m) => TYPED.some((value) => m.text.includes(value)));
    expect(leaks, JSON.stringify(leaks)).to.deep.equal([]);
  });

  it('the traps themselves work (a negative control with data: URLs, which never leave the page)', async () => {
    const before = { network: networkHits.length, elements: elementHits.length };
    flowRunning = true;
    try {
      await fetch('data:,x');
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      document.body.append(host);
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      root.append(img);
      await new Promise((resolve) => setTimeout(resolve, 0));
      host.remove();
    } finally {
      flowRunning = false;
    }
    expect(networkHits.slice(before.network)).to.have.length(2);
    expect(elementHits.slice(before.elements)).to.deep.equal(['<img> added']);
    networkHits.length = before.network;
    elementHits.length = before.elements;
  });

  it('nothing at all is printed to the console during the flow (no warnings or errors)', () => {
    expect(consoleDuringFlow).to.deep.equal([]);
  });
});
