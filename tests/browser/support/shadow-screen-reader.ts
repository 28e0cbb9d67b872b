/**
 * @guidepup/virtual-screen-reader over shadow DOM, in real Chromium.
 *
 * The virtual screen reader (0.33) reads one DOM tree: it does not enter shadow roots, and it hears
 * focus and live-region changes only inside the container it was started on. Our elements render in
 * nested open shadow roots, so this harness starts one virtual screen reader per shadow tree, on the
 * tree's top elements. Each hears, as the library models it, what happens in its own tree: a focused
 * element ("heading, Steg 4 av 6: …, level 2"), a change inside a live region ("polite: …").
 *
 * Two things the harness adds, because the library cannot do them in shadow DOM:
 * - A tree that appears later (the next step's element) gets its reader the moment focus first lands
 *   in it: the reader is started from a capturing `focusin` listener, before the event reaches the
 *   tree, so the reader hears that very focus. The listener sits on every shadow root we know, not only
 *   on the document: focus moving within one element's trees (the pager's button to the next step's
 *   heading) is, by the DOM's retargeting rules, never dispatched to the document at all.
 * - An element with role alert inserted into the page is announced by Chromium's accessibility API
 *   (NVDA, JAWS and VoiceOver speak it); the library only announces changes inside an existing live
 *   region. The harness reads an inserted alert from its start to its end with a virtual screen reader
 *   of its own, so what is logged is what a user reading the alert hears: role, heading, list, items.
 *
 * `spoken()` returns what was said since `clear()`, in the order the actions happened (phrases of one
 * action are grouped per tree, so a focus and a live region of the same moment may come in either
 * order). Empty announcements (a live region cleared) are left out: a screen reader says nothing for
 * them; and one text change the library saw as two mutations is said once.
 */
import { Virtual } from '@guidepup/virtual-screen-reader/browser.js';

interface Reader {
  readonly virtual: Virtual;
  /** Phrases of this reader already taken into the log (the phrase it says on start is skipped). */
  taken: number;
}

const topOf = (node: Element): Element => {
  let top = node;
  while (top.parentElement) top = top.parentElement;
  return top;
};

const shadowRootsBelow = (host: Element): ShadowRoot[] => {
  const roots: ShadowRoot[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      if (child.shadowRoot) {
        roots.push(child.shadowRoot);
        walk(child.shadowRoot);
      }
      walk(child);
    }
  };
  if (host.shadowRoot) {
    roots.push(host.shadowRoot);
    walk(host.shadowRoot);
  }
  walk(host);
  return roots;
};

export class ShadowScreenReader {
  private readonly readers = new Map<Element, Reader>();
  private readonly observed = new WeakSet<ShadowRoot>();
  private readonly observers: MutationObserver[] = [];
  private readonly roots: ShadowRoot[] = [];
  private log: string[] = [];
  /** Inserted alerts are read one after another, in the order they appeared. */
  private reading: Promise<void> = Promise.resolve();
  /** Collections run one at a time, so no phrase is taken twice. */
  private collecting: Promise<void> = Promise.resolve();
  private scheduled = false;
  private host?: Element;

  /** Listen to everything `host` renders, now and later. */
  start(host: Element): void {
    this.host = host;
    document.addEventListener('focusin', this.onFocus, true);
    this.scan();
  }

  /** Start readers for trees rendered since (a view opened, a disclosure rendered its form). */
  scan(): void {
    if (!this.host) return;
    for (const root of shadowRootsBelow(this.host)) this.attach(root);
  }

  /** What was said since the last `clear()`, in order. */
  async spoken(): Promise<string[]> {
    await this.collect();
    return [...this.log];
  }

  async clear(): Promise<void> {
    await this.collect();
    this.log = [];
  }

  async stop(): Promise<void> {
    document.removeEventListener('focusin', this.onFocus, true);
    for (const root of this.roots) root.removeEventListener('focusin', this.onFocus as EventListener, true);
    for (const observer of this.observers) observer.disconnect();
    await this.reading;
    for (const reader of this.readers.values()) await reader.virtual.stop();
    this.readers.clear();
  }

  private attach(root: ShadowRoot): void {
    for (const top of Array.from(root.children)) if (top.tagName !== 'STYLE') this.readerFor(top);
    if (this.observed.has(root)) return;
    this.observed.add(root);
    root.addEventListener('focusin', this.onFocus as EventListener, true);
    this.roots.push(root);
    const observer = new MutationObserver((mutations) => {
      this.schedule();
      for (const mutation of mutations)
        for (const node of Array.from(mutation.addedNodes)) {
          if (!(node instanceof Element)) continue;
          const alerts = [...(node.matches('[role="alert"]') ? [node] : []), ...Array.from(node.querySelectorAll('[role="alert"]'))];
          for (const alert of alerts) this.reading = this.reading.then(() => this.readAlert(alert));
          // A tree that appears as a new top element of a root we know.
          if (!node.parentElement) this.readerFor(node);
        }
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.observers.push(observer);
  }

  private readerFor(container: Element): Reader {
    const known = this.readers.get(container);
    if (known) return known;
    const virtual = new Virtual();
    // Synchronous up to adding its focus listener (no await before it in the library's start()).
    void virtual.start({ container });
    const reader: Reader = { virtual, taken: virtual.activeNode ? 1 : 0 };
    this.readers.set(container, reader);
    return reader;
  }

  private readonly onFocus = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const root = target.getRootNode();
    if (root instanceof ShadowRoot) this.attach(root);
    this.readerFor(topOf(target));
    this.schedule();
  };

  /** Take what the readers said soon after it was said, so the log keeps the order of events across trees. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      void this.collect();
    }, 0);
  }

  private async readAlert(alert: Element): Promise<void> {
    if (!alert.isConnected) return;
    const virtual = new Virtual();
    await virtual.start({ container: alert });
    for (let i = 0; i < 200; i += 1) {
      const phrase = await virtual.lastSpokenPhrase();
      if (phrase.startsWith('end of alert')) break;
      await virtual.next();
    }
    const phrases = await virtual.spokenPhraseLog();
    await virtual.stop();
    this.log.push(...phrases);
  }

  private collect(): Promise<void> {
    this.collecting = this.collecting.then(() => this.collectNow());
    return this.collecting;
  }

  private async collectNow(): Promise<void> {
    // Let focus handlers and live-region observers (each waits a microtask) and alert reading finish.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await this.reading;
    for (const reader of this.readers.values()) {
      const phrases = await reader.virtual.spokenPhraseLog();
      const fresh = phrases.slice(reader.taken);
      reader.taken = phrases.length;
      // One text change can be two DOM mutations (Lit inserts a text node, then sets it), which the library
      // speaks twice; Chromium raises one live-region change for them. Keep one of two identical neighbours.
      const said = fresh.filter((p, i) => p.trim() !== '' && !/^(polite|assertive):\s*$/.test(p) && !(/^(polite|assertive): /.test(p) && p === fresh[i - 1]));
      this.log.push(...said);
    }
  }
}
