/**
 * The measuring method, shared by both bench pages so ours and SurveyJS's are timed alike:
 * `performance.now()` around the work, waiting for the DOM by condition (microtasks first, then
 * MessageChannel macrotasks: never a timer or an animation frame, which would add idle time), then a
 * forced style and layout before the clock is read. Sub-millisecond work is timed as a batch.
 */

/** Force style recalculation and layout of the whole document (what the next frame would do). */
export const forceLayout = (): number => document.documentElement.getBoundingClientRect().height + document.body.offsetHeight;

const macrotask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** Wait until `ready()` holds: up to 200 microtask turns, then macrotask turns, at most `timeoutMs`. */
export const until = async (ready: () => boolean, what: string, timeoutMs = 10_000): Promise<void> => {
  for (let i = 0; i < 200; i += 1) {
    if (ready()) return;
    await Promise.resolve();
  }
  const end = performance.now() + timeoutMs;
  while (performance.now() < end) {
    if (ready()) return;
    await macrotask();
  }
  throw new Error(`Timed out waiting for ${what}`);
};

/** A fresh container per run, so no run sees the previous run's DOM. */
export const freshContainer = (): HTMLDivElement => {
  const container = document.createElement('div');
  container.className = 'bench-container';
  document.body.append(container);
  return container;
};

/** Time `fn` run `batch` times in a row and return the mean per call in ms. */
export const timeBatch = (batch: number, fn: () => unknown): number => {
  let sink: unknown;
  const t0 = performance.now();
  for (let i = 0; i < batch; i += 1) sink = fn();
  const ms = (performance.now() - t0) / batch;
  (globalThis as { __sink?: unknown }).__sink = sink;
  return ms;
};

/** Let pending timers, observers and idle work run between runs (outside any measurement). */
export const idle = async (): Promise<void> => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await macrotask();
};

export interface PageInfo {
  crossOriginIsolated: boolean;
  userAgent: string;
  /** The smallest non-zero step of performance.now() seen in a busy loop, in ms. */
  timerResolutionMs: number;
}

export const pageInfo = (): PageInfo => {
  let smallest = Infinity;
  let last = performance.now();
  for (let i = 0; i < 200_000 && smallest > 0.001; i += 1) {
    const now = performance.now();
    if (now !== last) {
      smallest = Math.min(smallest, now - last);
      last = now;
    }
  }
  return { crossOriginIsolated: globalThis.crossOriginIsolated, userAgent: navigator.userAgent, timerResolutionMs: smallest };
};

/** Every node (elements, text, comments) below `root`, through open shadow roots. */
export const countNodes = (root: Node): number => {
  let count = 0;
  const walk = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ALL);
    for (let current: Node | null = walker.nextNode(); current; current = walker.nextNode()) {
      count += 1;
      const shadow = (current as Element).shadowRoot;
      if (shadow) walk(shadow);
    }
  };
  walk(root);
  return count;
};
