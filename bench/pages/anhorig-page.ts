/**
 * Bench page for <anhorig-investigation>: `window.bench` does the measured work and returns ms.
 * It loads the element as a vendor's bundler builds it (production Vite build, lit, xstate and zod
 * in it): `<anhorig-investigation>` up front, each step and view as a chunk when first shown, the
 * next step prefetched when idle. With `?cold` the page never runs idle callbacks, so nothing is
 * prefetched and a step change fetches its chunk then (bench/run.ts: step change from a cold chunk).
 */
import '../../packages/elements/src/investigation/define.js';
import { defaultCatalogue, deriveAssignment, validateRecord, type StepId } from '@anhorig/core';
import type { AnhorigInvestigation } from '../../packages/elements/src/investigation/anhorig-investigation.js';
import { BENCH_TODAY, atStep, caseworker, scaleRecord, typicalRecord } from '../records.js';
import type { Scenario } from '../../stories/scenarios.js';
import { countNodes, forceLayout, freshContainer, idle, pageInfo, timeBatch, until } from './timing.js';

// `?cold`: no idle callbacks, so nothing is prefetched (set before anything is mounted).
if (new URLSearchParams(location.search).has('cold')) window.requestIdleCallback = () => 0;

const STEP_TAGS: Record<StepId, string> = {
  relatives: 'anhorig-step-relatives',
  equip: 'anhorig-step-equip',
  involve: 'anhorig-step-involve',
  gather: 'anhorig-step-gather',
  assessment: 'anhorig-step-assessment',
  assignment: 'anhorig-step-assignment',
  followUp: 'anhorig-step-follow-up',
};

const records = new Map<string, Scenario>();
const recordOf = (key: string): Scenario => {
  const found = records.get(key);
  if (!found) throw new Error(`prepare("${key}") first`);
  return found;
};

type Updating = Element & { updateComplete?: Promise<boolean> };

/** The element and every element with a shadow root below it, through shadow roots. */
const shadowHosts = (root: Element): Updating[] => {
  const found: Updating[] = [root];
  const visit = (scope: ParentNode) => {
    for (const el of Array.from(scope.querySelectorAll('*')))
      if (el.shadowRoot) {
        found.push(el);
        visit(el.shadowRoot);
      }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
};

/** Wait until the element and every Lit element in its shadow trees has finished updating. */
const settle = async (root: Element): Promise<void> => {
  let count = -1;
  for (let i = 0; i < 20; i += 1) {
    const hosts = shadowHosts(root);
    const results = await Promise.all(hosts.map((e) => e.updateComplete ?? true));
    if (results.every((r) => r !== false) && hosts.length === count) return;
    count = hosts.length;
  }
};

/** The step element is there and has rendered its controls. */
const stepReady = (el: Element, step: StepId): boolean =>
  !!el.shadowRoot?.querySelector(STEP_TAGS[step])?.shadowRoot?.querySelector('input, textarea, select, button');

const create = (scenario: Scenario, step: StepId): AnhorigInvestigation => {
  const el = document.createElement('anhorig-investigation');
  el.today = BENCH_TODAY;
  el.caseworker = caseworker;
  el.relativeRecords = scenario.relativeRecords;
  el.record = atStep(scenario.record, step);
  return el;
};

/** Mount at `step` (untimed), for measurements that start from a rendered element. */
const mounted = async (key: string, step: StepId): Promise<{ el: AnhorigInvestigation; container: HTMLElement }> => {
  const container = freshContainer();
  const el = create(recordOf(key), step);
  container.append(el);
  await until(() => stepReady(el, step), `step ${step}`);
  await settle(el);
  forceLayout();
  return { el, container };
};

const kept: HTMLElement[] = [];

const bench = {
  info: pageInfo,
  /** Build the record for `key` ('typical', or 'n<relatives>' for a scale record); untimed. */
  prepare(key: string): { relatives: number; statements: number; bytes: number } {
    if (!records.has(key)) records.set(key, key === 'typical' ? typicalRecord() : scaleRecord(Number(key.slice(1))));
    const { record } = recordOf(key);
    return { relatives: record.relatives.length, statements: record.statements.length, bytes: JSON.stringify(record).length };
  },
  /** Insert the element with the record opened at step 1, until step 1's controls are rendered and laid out. */
  async mount(key: string): Promise<number> {
    const scenario = recordOf(key);
    const container = freshContainer();
    const t0 = performance.now();
    const el = create(scenario, 'relatives');
    container.append(el);
    await until(() => stepReady(el, 'relatives'), 'step 1');
    await settle(el);
    forceLayout();
    const ms = performance.now() - t0;
    container.remove();
    await idle();
    return ms;
  },
  /** Press "Next" on step 3 (involve): send → step 4 (gather) rendered and laid out. */
  async stepChange(key: string): Promise<number> {
    const { el, container } = await mounted(key, 'involve');
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="pager"] button');
    const next = buttons[buttons.length - 1];
    if (!next) throw new Error('no Next button');
    await idle();
    const t0 = performance.now();
    next.click();
    await until(() => stepReady(el, 'gather'), 'step 4');
    await settle(el);
    forceLayout();
    const ms = performance.now() - t0;
    container.remove();
    await idle();
    return ms;
  },
  /**
   * The first step change on a fresh page (bench/run.ts opens one per run): the form at step 3, then
   * Next → step 4 rendered and laid out. Unless the page was opened with `?cold`, wait first until
   * step 4's chunk was prefetched (idle time after step 3 appeared); with `?cold` it is fetched on Next.
   */
  async firstStepChange(key: string): Promise<{ ms: number; prefetched: boolean }> {
    const { el } = await mounted(key, 'involve');
    const cold = new URLSearchParams(location.search).has('cold');
    if (!cold) await until(() => customElements.get('anhorig-step-gather') !== undefined, 'step 4 prefetched', 10_000);
    const prefetched = customElements.get('anhorig-step-gather') !== undefined;
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="pager"] button');
    const next = buttons[buttons.length - 1];
    if (!next) throw new Error('no Next button');
    await idle();
    const t0 = performance.now();
    next.click();
    await until(() => stepReady(el, 'gather'), 'step 4', 10_000);
    await settle(el);
    forceLayout();
    return { ms: performance.now() - t0, prefetched };
  },
  /** validateRecord on the complete record (shape and references), mean of a batch. */
  validate(key: string, batch: number): number {
    const { record } = recordOf(key);
    const once = validateRecord(record);
    if (!once.ok) throw new Error(`record ${key} does not validate`);
    return timeBatch(batch, () => validateRecord(record));
  },
  /** deriveAssignment: the next assignment version from the record, mean of a batch. */
  derive(key: string, batch: number): number {
    const { record } = recordOf(key);
    const options = { issuedBy: caseworker, today: BENCH_TODAY };
    if (!deriveAssignment(record, defaultCatalogue, options).ok) throw new Error(`record ${key} cannot derive`);
    return timeBatch(batch, () => deriveAssignment(record, defaultCatalogue, options));
  },
  /** Mount more elements (typical record, step 1) and keep them, for the heap figures. */
  async mountMore(key: string, count: number): Promise<number> {
    for (let i = 0; i < count; i += 1) kept.push((await mounted(key, 'relatives')).container);
    await idle();
    return kept.length;
  },
  /** DOM nodes (through shadow roots) of the form at step 1 and at step 4; untimed. */
  async domNodes(key: string): Promise<{ step1: number; step4: number }> {
    const a = await mounted(key, 'relatives');
    const b = await mounted(key, 'gather');
    const result = { step1: countNodes(a.container), step4: countNodes(b.container) };
    a.container.remove();
    b.container.remove();
    return result;
  },
};

export type Bench = typeof bench;
(window as unknown as { bench: Bench }).bench = bench;
document.body.dataset.ready = 'true';
