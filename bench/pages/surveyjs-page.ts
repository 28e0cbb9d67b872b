/**
 * Bench page for the same form built with SurveyJS (bench/surveyjs-form.ts): `window.bench` has the
 * same functions as the anhorig page, measured the same way (bench/pages/timing.ts).
 */
// The font-less variant: the default one pulls Open Sans from a font CDN (offline here, and our element uses system fonts).
import 'survey-core/survey-core.fontless.min.css';
import type { SurveyModel } from 'survey-core';
import { mountSurvey, unmountSurvey } from './surveyjs-app.js';
import { toSurveyData } from '../surveyjs-form.js';
import { scaleRecord, typicalRecord } from '../records.js';
import type { InvestigationRecord } from '@anhorig/core';
import { countNodes, forceLayout, freshContainer, idle, pageInfo, timeBatch, until } from './timing.js';

interface Prepared {
  record: InvestigationRecord;
  data: Record<string, unknown>;
}
const prepared = new Map<string, Prepared>();
const dataOf = (key: string): Prepared => {
  const found = prepared.get(key);
  if (!found) throw new Error(`prepare("${key}") first`);
  return found;
};

/** Page 1 is rendered: every relative's panel has its name input. */
const page1Ready = (container: HTMLElement, relatives: number): boolean =>
  !!container.querySelector('[data-name="canTakePosition"] input') && container.querySelectorAll('[data-name="name"] input').length >= relatives;

/** Page 4 is rendered: a matrix row with its text cell for every statement. */
const page4Ready = (container: HTMLElement, statements: number): boolean =>
  !!container.querySelector('[data-name="statements"]') && container.querySelectorAll('[data-name="statements"] textarea').length >= statements;

const kept: { container: HTMLElement; survey: SurveyModel }[] = [];
const validating = new Map<string, { container: HTMLElement; survey: SurveyModel }>();

const mountedAt = async (key: string, page: string) => {
  const { data, record } = dataOf(key);
  const container = freshContainer();
  const survey = mountSurvey(container, data, page);
  if (page === 'relatives') await until(() => page1Ready(container, record.relatives.length), 'page 1');
  else await until(() => container.querySelector(`[data-name]`) !== null, `page ${page}`);
  forceLayout();
  return { container, survey };
};

const bench = {
  info: pageInfo,
  prepare(key: string): { relatives: number; statements: number; bytes: number } {
    if (!prepared.has(key)) {
      const { record, relativeRecords } = key === 'typical' ? typicalRecord() : scaleRecord(Number(key.slice(1)));
      prepared.set(key, { record, data: toSurveyData(record, relativeRecords) });
    }
    const { record, data } = dataOf(key);
    return { relatives: record.relatives.length, statements: record.statements.length, bytes: JSON.stringify(data).length };
  },
  /** Create the model with the data and render it into a container, until page 1's inputs exist and are laid out. */
  async mount(key: string): Promise<number> {
    const { data, record } = dataOf(key);
    const container = freshContainer();
    const t0 = performance.now();
    const survey = mountSurvey(container, data);
    await until(() => page1Ready(container, record.relatives.length), 'page 1');
    forceLayout();
    const ms = performance.now() - t0;
    unmountSurvey(container, survey);
    container.remove();
    await idle();
    return ms;
  },
  /** survey.nextPage() on page 3 (involve, which validates it first) → page 4 (gather) rendered and laid out. */
  async stepChange(key: string): Promise<number> {
    const { record } = dataOf(key);
    const { container, survey } = await mountedAt(key, 'involve');
    await idle();
    const t0 = performance.now();
    if (!survey.nextPage()) throw new Error('nextPage refused');
    await until(() => page4Ready(container, record.statements.length), 'page 4');
    forceLayout();
    const ms = performance.now() - t0;
    if (survey.currentPage.name !== 'gather') throw new Error(`on page ${survey.currentPage.name}`);
    unmountSurvey(container, survey);
    container.remove();
    await idle();
    return ms;
  },
  /** survey.validate() on the filled, rendered form (every page, no focus), mean of a batch. */
  async validate(key: string, batch: number): Promise<number> {
    let mounted = validating.get(key);
    if (!mounted) validating.set(key, (mounted = await mountedAt(key, 'relatives')));
    const { survey } = mounted;
    if (!survey.validate(false, false)) throw new Error(`data ${key} does not validate`);
    return timeBatch(batch, () => survey.validate(false, false));
  },
  /** DOM nodes of the form on page 1 and on page 4; untimed. */
  async domNodes(key: string): Promise<{ step1: number; step4: number }> {
    const { record } = dataOf(key);
    const a = await mountedAt(key, 'relatives');
    const b = await mountedAt(key, 'gather');
    await until(() => page4Ready(b.container, record.statements.length), 'page 4');
    const result = { step1: countNodes(a.container), step4: countNodes(b.container) };
    for (const { container, survey } of [a, b]) {
      unmountSurvey(container, survey);
      container.remove();
    }
    return result;
  },
  async mountMore(key: string, count: number): Promise<number> {
    for (let i = 0; i < count; i += 1) kept.push(await mountedAt(key, 'relatives'));
    await idle();
    return kept.length;
  },
  /** Release what validate() kept mounted. */
  release(): void {
    for (const { container, survey } of validating.values()) {
      unmountSurvey(container, survey);
      container.remove();
    }
    validating.clear();
  },
};

export type Bench = typeof bench;
(window as unknown as { bench: Bench }).bench = bench;
document.body.dataset.ready = 'true';
