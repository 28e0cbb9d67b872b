/**
 * Finding things the way a user does, through open shadow roots: by role and accessible name, and
 * by visible text. Plain DOM, no test-runner API, so host pages built with Vite can use it too.
 */
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

/** Text content as assistive technology reads it: without `aria-hidden` parts. */
const readableText = (node: Node): string => {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return Array.from(node.childNodes).map(readableText).join('');
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
  return readableText(el).replace(/\s+/g, ' ').trim();
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

