/**
 * Keyboard-only driving through shadow roots: focus moves only with Tab / Shift+Tab (`tabTo`), text
 * is typed, checkboxes and radios are chosen with Space (and the arrow keys inside a radio group,
 * which is how a native group is operated), options of a closed <select> with ArrowDown / ArrowUp,
 * buttons and disclosures with Enter. The helpers read the DOM to know where focus is and when to
 * stop, but never focus, click or change anything themselves.
 */
import { sendKeys } from '@web/test-runner-commands';
import { deepElements, settle } from '../../../packages/elements/test/dom.js';

/** What the helpers send keys with (`sendKeys` from @web/test-runner-commands, or a wrapper). */
export type SendKeys = (payload: { press: string } | { type: string }) => Promise<void>;

/** The focused element, following open shadow roots down to the innermost one. */
export const deepActive = (): Element | null => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

export const describeElement = (el: Element | null | undefined): string => {
  if (!el) return 'nothing';
  const id = el.id ? `#${el.id}` : '';
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `<${el.tagName.toLowerCase()}${id}> "${text}"`;
};

export interface Keyboard {
  /** Key presses sent so far: Tab / Shift+Tab, and everything else. */
  readonly stats: { tab: number; other: number };
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** Tab (or Shift+Tab, when the target comes earlier) until the deep active element is a target. */
  tabTo(target: Element | Element[], max?: number): Promise<Element>;
  /** Tab to a text field and type; the value is committed (`change`) when focus leaves the field. */
  fill(control: HTMLElement, text: string): Promise<void>;
  /** Tab to a button and press Enter. */
  activate(control: HTMLElement): Promise<void>;
  /** Tab to a checkbox and press Space. */
  toggle(box: HTMLInputElement): Promise<void>;
  /** Tab to a <summary> and press Enter to open its <details> (nothing when it is open). */
  openDetails(summary: HTMLElement): Promise<void>;
  /** Tab into the radio group, then Space on the target or the arrow keys until it is checked. */
  chooseRadio(radio: HTMLInputElement): Promise<void>;
  /** Tab to a closed <select> and move with ArrowDown / ArrowUp until the option is selected. */
  chooseOption(select: HTMLSelectElement, label: string | RegExp): Promise<void>;
}

/** A keyboard driving the elements below `root` (document order through shadow roots = tab order here). */
export const keyboard = (root: Element, send: SendKeys = sendKeys as SendKeys): Keyboard => {
  const stats = { tab: 0, other: 0 };
  const press = async (key: string) => {
    if (key === 'Tab' || key === 'Shift+Tab') stats.tab += 1;
    else stats.other += 1;
    await send({ press: key });
  };
  const order = (el: Element | null) => (el ? deepElements(root).indexOf(el) : -1);

  const tabTo = async (target: Element | Element[], max = 150): Promise<Element> => {
    const targets = Array.isArray(target) ? target : [target];
    if (targets.length === 0) throw new Error('tabTo: no target');
    const hit = () => targets.find((t) => t === deepActive());
    let found = hit();
    if (found) return found;
    const here = order(deepActive());
    const there = Math.min(...targets.map(order));
    if (there < 0) throw new Error(`tabTo: ${describeElement(targets[0])} is not inside the element`);
    const key = here > there ? 'Shift+Tab' : 'Tab';
    for (let i = 0; i < max; i += 1) {
      await press(key);
      found = hit();
      if (found) return found;
    }
    throw new Error(`tabTo: ${describeElement(targets[0])} not reached after ${max} × ${key}; focus is on ${describeElement(deepActive())}`);
  };

  const kb: Keyboard = {
    stats,
    press,
    type: async (text) => {
      stats.other += 1;
      await send({ type: text });
    },
    tabTo,
    fill: async (control, text) => {
      await tabTo(control);
      await kb.type(text);
    },
    activate: async (control) => {
      await tabTo(control);
      await press('Enter');
      await settle(root);
    },
    toggle: async (box) => {
      await tabTo(box);
      await press('Space');
      await settle(root);
    },
    openDetails: async (summary) => {
      const details = summary.closest('details');
      if (details?.open) return;
      await kb.activate(summary);
      if (details && !details.open) throw new Error(`Enter did not open ${describeElement(summary)}`);
    },
    chooseRadio: async (radio) => {
      const scope = radio.getRootNode() as ShadowRoot | Document;
      const group = Array.from(scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')).filter(
        (r) => r.name === radio.name && !r.disabled,
      );
      await tabTo(group);
      if (deepActive() === radio && !radio.checked) await press('Space');
      for (let i = 0; i < group.length && !radio.checked; i += 1) {
        const from = group.indexOf(deepActive() as HTMLInputElement);
        await press(group.indexOf(radio) < from ? 'ArrowUp' : 'ArrowDown');
      }
      await settle(root);
      if (!radio.checked) throw new Error(`chooseRadio: ${describeElement(radio)} is not checked`);
    },
    chooseOption: async (select, label) => {
      const matches = (o: HTMLOptionElement) => (typeof label === 'string' ? o.textContent?.trim() === label : label.test(o.textContent ?? ''));
      const index = Array.from(select.options).findIndex(matches);
      if (index < 0) throw new Error(`chooseOption: no option ${String(label)} in ${describeElement(select)}`);
      await tabTo(select);
      for (let i = 0; i < select.options.length && select.selectedIndex !== index; i += 1)
        await press(select.selectedIndex < index ? 'ArrowDown' : 'ArrowUp');
      await settle(root);
      if (select.selectedIndex !== index) throw new Error(`chooseOption: ${String(label)} is not selected`);
    },
  };
  return kb;
};
