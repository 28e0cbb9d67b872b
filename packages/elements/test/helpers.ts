/**
 * Test helpers: mount elements the way a host does (properties, then listen), find controls the way
 * a user does (by role and accessible name, across shadow roots), and drive them by keyboard.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InvestigationRecord, RelativeRecord } from '@anhorig/core';
import { TODAY, caseworker, makeRecord, testCatalogue } from '../../core/test/fixtures/records.js';
import { deepElements, settle } from './dom.js';

export * from './dom.js';

export { TODAY, caseworker, testCatalogue };

export interface Mounted<E extends HTMLElement> {
  el: E;
  events: CustomEvent[];
  of: <T = unknown>(type: string) => CustomEvent<T>[];
}

/** Mount `<tag>` with the host's properties set before it is connected, and record every `anhorig-*` event. */
export const mount = async <E extends HTMLElement>(
  tag: string,
  props: { record?: unknown; relativeRecords?: unknown; catalogue?: unknown; readonly?: boolean; today?: string; caseworker?: unknown; lang?: string } = {},
): Promise<Mounted<E>> => {
  const events: CustomEvent[] = [];
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as E & Record<string, unknown>;
  Object.assign(el, {
    record: 'record' in props ? props.record : makeRecord(),
    relativeRecords: props.relativeRecords ?? [],
    catalogue: 'catalogue' in props ? props.catalogue : testCatalogue,
    caseworker: 'caseworker' in props ? props.caseworker : caseworker,
    today: props.today ?? TODAY,
    readonly: props.readonly ?? false,
  });
  if (props.lang) el.setAttribute('lang', props.lang);
  for (const type of [
    'anhorig-change',
    'anhorig-step-change',
    'anhorig-consent-change',
    'anhorig-own-application-request',
    'anhorig-assignment-issued',
    'anhorig-complete',
    'anhorig-error',
  ])
    holder.addEventListener(type, (e) => events.push(e as CustomEvent));
  holder.append(el);
  await settle(el);
  return { el, events, of: <T>(type: string) => events.filter((e) => e.type === type) as CustomEvent<T>[] };
};

/** Focus a control and type into it by keyboard, then commit with Tab (fires `change`). */
export const typeInto = async (control: HTMLElement, text: string): Promise<void> => {
  control.focus();
  if ((control as HTMLInputElement).value) (control as HTMLInputElement).select?.();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
};

/** Activate a button or check a box/radio by keyboard. */
export const press = async (control: HTMLElement, key = control.tagName === 'INPUT' ? 'Space' : 'Enter'): Promise<void> => {
  control.focus();
  await sendKeys({ press: key });
};

/** Choose an option of a native select by keyboard-equivalent: set and fire change, as the browser does. */
export const choose = async (select: HTMLSelectElement, label: string): Promise<void> => {
  const option = Array.from(select.options).find((o) => o.textContent?.trim() === label);
  if (!option) throw new Error(`No option "${label}" in ${select.id}: ${Array.from(select.options).map((o) => o.textContent).join(', ')}`);
  select.focus();
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};

/** Open a disclosure (<details>) by keyboard on its summary, found by its text (hidden parts included). */
export const openDisclosure = async (root: Element, name: RegExp): Promise<void> => {
  const summary = deepElements(root).find((e) => e.tagName === 'SUMMARY' && name.test((e.textContent ?? '').replace(/\s+/g, ' '))) as HTMLElement | undefined;
  if (!summary) throw new Error(`No disclosure ${String(name)}`);
  if (!(summary.parentElement as HTMLDetailsElement).open) await press(summary, 'Enter');
  await settle(root);
};

export type { InvestigationRecord, RelativeRecord };
