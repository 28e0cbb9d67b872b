/**
 * A host page with hostile global CSS for its own elements. Global rules do not cross shadow
 * boundaries, but inherited properties do (through the host element, which the page's rules do
 * match). The elements must keep their own look: buttons shown, inputs visible, headings as written,
 * and our font, size, colour and spacing wherever we set them; axe still passes; and a vendor's
 * design-token override on the element still changes our button colour.
 *
 * Not allowed (no real host page targets a vendor's element to unset it): `anhorig-investigation { all: unset }`.
 */
import { expect } from '@open-wc/testing';
import '../../packages/elements/src/define.js';
import type { AnhorigInvestigation } from '../../packages/elements/src/investigation/anhorig-investigation.js';
import { allByRole, byRole, deepElements, mount, settle } from '../../packages/elements/test/helpers.js';
import { scenarios, SCENARIO_TODAY } from '../../stories/scenarios.js';

const HOSTILE = `
  * { color: red !important; font: 30px "Comic Sans MS", cursive !important; letter-spacing: 1em !important; }
  button { display: none !important; }
  input { visibility: hidden !important; }
  h2 { text-transform: uppercase !important; }
  body { text-align: center; line-height: 3; word-spacing: 2em; font-style: italic; white-space: nowrap; text-indent: 3em; text-shadow: 1px 1px 2px black; font-variant: small-caps; word-break: break-all; }
  p, label, legend { text-transform: uppercase; }
`;

/**
 * Inherited properties our :host sets on purpose (tokens.ts), except font-size and line-height:
 * those are in rem, so they follow the page's root font size by design (a user's font-size setting
 * must reach us, WCAG 1.4.4); they are checked against the root font size instead.
 */
const RESET_BY_HOST = ['font-family', 'color', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'font-style', 'font-weight'] as const;
/** Inherited properties our :host does not set. */
const OTHER_INHERITED = ['white-space', 'text-indent', 'text-shadow', 'font-variant-caps', 'word-break', 'cursor', 'visibility'] as const;
const SIZES = ['font-size', 'line-height'] as const;
type Prop = (typeof RESET_BY_HOST)[number] | (typeof OTHER_INHERITED)[number] | (typeof SIZES)[number];

const mountScenario = (extra: Record<string, unknown> = {}) => {
  const { record, relativeRecords } = scenarios.oneInvolvedOneNot();
  return mount<AnhorigInvestigation>('anhorig-investigation', { record, relativeRecords, catalogue: undefined, today: SCENARIO_TODAY, ...extra });
};

/** Elements to compare, by where they sit: the investigation's own shadow root, and a step's. */
const probes = (el: HTMLElement): Record<string, Element> => {
  const root = el.shadowRoot!;
  const step = root.querySelector('anhorig-step-involve')!.shadowRoot!;
  return {
    'investigation: header title': root.querySelector('.header .title')!,
    'investigation: view button': root.querySelector('.views button')!,
    'investigation: pager button': root.querySelector('.pager button')!,
    'navigator: step button': root.querySelector('anhorig-step-nav')!.shadowRoot!.querySelector('button.step')!,
    'step: h2': step.querySelector('h2')!,
    'step: paragraph': step.querySelector('section > p')!,
    'step: label': step.querySelector('label')!,
    'step: text input': step.querySelector('input[type="text"], input:not([type])')!,
    'step: button': step.querySelector('button')!,
  };
};

const styleOf = (el: HTMLElement): Record<string, Record<Prop, string>> =>
  Object.fromEntries(
    Object.entries(probes(el)).map(([name, probe]) => {
      const cs = getComputedStyle(probe);
      return [name, Object.fromEntries([...RESET_BY_HOST, ...OTHER_INHERITED, ...SIZES].map((p) => [p, cs.getPropertyValue(p)])) as Record<Prop, string>];
    }),
  );

const leaksBetween = (clean: ReturnType<typeof styleOf>, hostile: ReturnType<typeof styleOf>, props: readonly Prop[]) =>
  Object.keys(clean).flatMap((name) =>
    props.filter((p) => clean[name]![p] !== hostile[name]![p]).map((p) => `${name}: ${p} ${clean[name]![p]} → ${hostile[name]![p]}`),
  );

describe('hostile host CSS', () => {
  let sheet: HTMLStyleElement | undefined;
  let clean: ReturnType<typeof styleOf>;
  let cleanRoot = 16;

  before(async () => {
    const { el } = await mountScenario();
    clean = styleOf(el);
    cleanRoot = parseFloat(getComputedStyle(document.documentElement).fontSize);
    el.parentElement!.remove();
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE;
    document.head.append(sheet);
  });

  after(() => sheet?.remove());

  it('the hostile sheet is in force on the page itself (the test would otherwise prove nothing)', async () => {
    const outside = document.createElement('div');
    outside.innerHTML = '<button>x</button><p>y</p>';
    document.body.append(outside);
    expect(getComputedStyle(outside.querySelector('button')!).display).to.equal('none');
    expect(getComputedStyle(outside.querySelector('p')!).fontFamily).to.include('Comic Sans');
    expect(getComputedStyle(outside).whiteSpace).to.equal('nowrap');
    outside.remove();
  });

  it('every button is shown and every input visible; headings keep their case', async () => {
    const { el } = await mountScenario();
    const buttons = allByRole(el, 'button');
    expect(buttons.length).to.be.greaterThan(5);
    const hiddenButtons = buttons.filter((b) => getComputedStyle(b).display === 'none' && !b.closest('details:not([open])'));
    expect(hiddenButtons.map((b) => b.textContent?.trim())).to.deep.equal([]);
    const inputs = deepElements(el).filter((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.checkVisibility());
    expect(inputs.length).to.be.greaterThan(3);
    expect(inputs.filter((i) => getComputedStyle(i).visibility !== 'visible').map((i) => i.id)).to.deep.equal([]);
    const headings = allByRole(el, 'heading');
    expect(headings.filter((h) => getComputedStyle(h).textTransform !== 'none').map((h) => h.textContent?.trim())).to.deep.equal([]);
  });

  it('the step content keeps our font, colour and spacing; sizes follow the root font size (rem) by design', async () => {
    const { el } = await mountScenario();
    const hostile = styleOf(el);
    const inStep = Object.fromEntries(Object.entries(hostile).filter(([name]) => name.startsWith('step:') || name.startsWith('navigator:')));
    const cleanInStep = Object.fromEntries(Object.entries(clean).filter(([name]) => name in inStep));
    expect(leaksBetween(cleanInStep, inStep, RESET_BY_HOST)).to.deep.equal([]);
    for (const [name, style] of Object.entries(inStep)) expect(style['font-family'], name).not.to.include('Comic Sans');
    // The page's `* { font: 30px … }` also sets the root font size: our rem sizes scale with it, in proportion.
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(root).to.equal(30);
    for (const [name, style] of Object.entries(inStep))
      for (const size of SIZES) expect(parseFloat(style[size]) / root, `${name}: ${size} in rem`).to.be.closeTo(parseFloat(cleanInStep[name]![size]) / cleanRoot, 0.01);
  });

  it('the investigation’s own header and pager keep our font, size, colour and spacing', async () => {
    const { el } = await mountScenario();
    const hostile = styleOf(el);
    const own = Object.fromEntries(Object.entries(hostile).filter(([name]) => name.startsWith('investigation:')));
    const cleanOwn = Object.fromEntries(Object.entries(clean).filter(([name]) => name in own));
    // Props our :host resets on purpose (tokens.ts: "Isolate from hostile host CSS that reaches us through inheritance").
    expect(leaksBetween(cleanOwn, own, RESET_BY_HOST)).to.deep.equal([]);
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
    for (const [name, style] of Object.entries(own))
      expect(parseFloat(style['font-size']) / root, `${name}: font-size in rem`).to.be.closeTo(parseFloat(cleanOwn[name]!['font-size']) / cleanRoot, 0.01);
  });

  it('inherited properties our :host does not reset do not reach our text either (white-space: nowrap on a host container is common)', async () => {
    const { el } = await mountScenario();
    const leaks = leaksBetween(clean, styleOf(el), OTHER_INHERITED);
    expect(leaks).to.deep.equal([]);
  });

  it('axe passes', async () => {
    const { el } = await mountScenario();
    await expect(el).to.be.accessible();
  });

  it('a vendor’s token override on the element changes our button background', async () => {
    const { el } = await mountScenario();
    const next = byRole(el, 'button', /^Nästa: /);
    const stepButton = byRole(el.shadowRoot!.querySelector('anhorig-step-involve')!, 'button', 'Spara');
    const before = [getComputedStyle(next).backgroundColor, getComputedStyle(stepButton).backgroundColor];
    expect(before).to.deep.equal(['rgb(11, 92, 173)', 'rgb(11, 92, 173)']);
    el.style.setProperty('--anhorig-color-primary', '#7a1f5c');
    await settle(el);
    expect([getComputedStyle(next).backgroundColor, getComputedStyle(stepButton).backgroundColor]).to.deep.equal(['rgb(122, 31, 92)', 'rgb(122, 31, 92)']);
    await expect(el).to.be.accessible();
  });
});
