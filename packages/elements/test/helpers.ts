/**
 * Test helpers: mount elements the way a host does (properties, then listen), find controls the way
 * a user does (by role and accessible name, across shadow roots), and drive them by keyboard.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InvestigationRecord, RelativeRecord } from '@anhorig/core';
import { TODAY, caseworker, makeRecord, testCatalogue } from '../../core/test/fixtures/records.js';

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
    catalogue: props.catalogue ?? testCatalogue,
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

/** Wait until the element and every Lit element in its shadow trees has rendered. */
export const settle = async (root: Element): Promise<void> => {
  for (let i = 0; i < 5; i += 1) {
    const pending = [root, ...deepElements(root)].map((e) => (e as { updateComplete?: Promise<unknown> }).updateComplete).filter(Boolean);
    const results = await Promise.all(pending);
    if (results.every((r) => r !== false)) return;
  }
};

/** Every element below `root`, through open shadow roots. */
export const deepElements = (root: Element | ShadowRoot): Element[] => {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
};

const accessibleName = (el: Element): string => {
  const labelledBy = el.getAttribute('aria-labelledby');
  const root = el.getRootNode() as Document | ShadowRoot;
  if (labelledBy)
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  if (el.id) {
    const forLabel = root.querySelector(`label[for="${el.id}"]`);
    if (forLabel) return (forLabel.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  if (el.tagName === 'FIELDSET') return (el.querySelector('legend')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
};

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button',
  link: 'a[href]',
  textbox: 'input:not([type]), input[type="text"], input[type="date"], textarea',
  combobox: 'select',
  checkbox: 'input[type="checkbox"]',
  radio: 'input[type="radio"]',
  heading: 'h1, h2, h3, h4',
  group: 'fieldset, [role="group"]',
  navigation: 'nav',
  alert: '[role="alert"]',
  status: '[role="status"]',
  region: 'section[aria-labelledby], [role="region"]',
  table: 'table',
};

/** All elements with this role whose accessible name matches, in document order through shadow roots. */
export const allByRole = (root: Element, role: string, name?: string | RegExp): HTMLElement[] =>
  deepElements(root).filter((el): el is HTMLElement => {
    if (!el.matches(ROLE_SELECTORS[role] ?? `[role="${role}"]`)) return false;
    if (name === undefined) return true;
    const actual = accessibleName(el);
    return typeof name === 'string' ? actual === name : name.test(actual);
  });

export const byRole = <T extends HTMLElement = HTMLElement>(root: Element, role: string, name?: string | RegExp): T => {
  const found = allByRole(root, role, name);
  if (found.length === 0) throw new Error(`No ${role} named ${String(name)}`);
  return found[0] as T;
};

export const queryByRole = (root: Element, role: string, name?: string | RegExp): HTMLElement | undefined => allByRole(root, role, name)[0];

/** All visible text below `root`, through shadow roots. */
export const textOf = (root: Element): string =>
  [root, ...deepElements(root)]
    .flatMap((el) => Array.from((el.shadowRoot ?? el).childNodes).filter((n) => n.nodeType === Node.TEXT_NODE))
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');

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

export type { InvestigationRecord, RelativeRecord };
