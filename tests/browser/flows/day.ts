/**
 * The handläggare's day (the full case of issue 10): the person, a cohabiting partner who gives daily
 * care, an adult child the person does not want involved, a teenage grandchild who helps, and a
 * neighbour who is the person's god man, driven through the element by keyboard alone (./keyboard.ts):
 * focus moves only with Tab / Shift+Tab, text is typed (one `type` = one "other" key; the characters
 * are counted apart), choices with Space and the arrow keys, disclosures and buttons with Enter, and
 * the "Nästa: …" pager moves between steps.
 *
 * The shortest honest path a careful handläggare takes: the element's own forms, nothing sent to the
 * machine directly. The same case was run through the first release (commit 8641b3b) by the same
 * helper: 716 Tab and 139 other keys, step 1 with the four relatives 8,204 px tall at 1280 × 800
 * (docs/accessibility.md, "The handläggare's day"). Keys are counted per segment (a named piece of
 * work, including "Nästa" to leave a step), and the page height is sampled after every key and
 * measured when each step is entered and when its work is done.
 */
import { nextFrame } from '@open-wc/testing';
import type { AnhorigInvestigation } from '../../../packages/elements/src/investigation/anhorig-investigation.js';
import { byRole, deepElements, settle } from '../../../packages/elements/test/dom.js';
import { deepActive, describeElement, keyboard, type Keyboard, type SendKeys } from './keyboard.js';

/** Everything the day types into the element (other suites look for it in the console and in storage). */
export const DAY = {
  maja: { name: 'Maja Exempelsson', relation: 'sambo' },
  per: { name: 'Per Exempelsson', relation: 'son' },
  lo: { name: 'Lo Exempelsson', relation: 'barnbarn' },
  gustav: { name: 'Gustav Granne', relation: 'granne', mandate: 'Bevaka rätt och förvalta egendom' },
  perInformation: 'Kommunens anhörigstöd',
  majaInterpreter: 'finska',
  personNeed: 'Gunnar behöver hjälp med tvätt och städning',
  majaSupport: 'Maja tvättar och lagar mat varje dag',
  majaCoordination: 'Maja vill samordna tiderna för hemtjänsten med sitt arbete',
  proposalPersonView: 'Vill att Maja får vila',
  proposalMajaView: 'Vill ha två lediga eftermiddagar',
  proposalGoal: 'Maja har två lediga eftermiddagar i veckan',
  needsAssessment: 'Gunnar behöver stöd med tvätt och städning och Maja behöver avlastning',
  extent1: '4 timmar i veckan',
  goal1: 'Gunnar har rena kläder',
  extent2: '2 eftermiddagar i veckan',
  goal2: 'Gunnar är trygg när Maja är ledig',
  followUpHow: 'Uppföljningssamtal med Gunnar och Maja',
} as const;

/** The first release's figures for the same case (the "before"), from docs/accessibility.md. */
export const BEFORE = { tab: 716, other: 139, step1FourRelatives: 8204 } as const;

export const STEP_HEADINGS = {
  relatives: 'Steg 1 av 6: Ta reda på om den enskilde vill att anhöriga deltar',
  equip: 'Steg 2 av 6: Om den enskilde inte vill att anhöriga deltar',
  involve: 'Steg 3 av 6: Om den enskilde vill att anhöriga deltar',
  gather: 'Steg 4 av 6: Inhämta uppgifter',
  assessment: 'Bedöma och besluta',
  assignment: 'Steg 5 av 6: Utforma uppdraget till utföraren',
  followUp: 'Steg 6 av 6: Följa upp',
} as const;

export type StepKey = keyof typeof STEP_HEADINGS;
export const STEP_ORDER: readonly StepKey[] = ['relatives', 'equip', 'involve', 'gather', 'assessment', 'assignment', 'followUp'];

export interface Height {
  /** getBoundingClientRect().height of <anhorig-investigation>. */
  element: number;
  /** document.documentElement.scrollHeight. */
  page: number;
}

export interface Segment {
  step: StepKey;
  label: string;
  tab: number;
  other: number;
  /** Characters typed (inside the `other` count, where each typed string counts once). */
  chars: number;
  /** Of `tab`, how many were Shift+Tab. */
  shiftTab: number;
  /** Largest height sampled after any key of the segment. */
  max: Height;
}

export interface StepFigures {
  step: StepKey;
  heading: string;
  tab: number;
  other: number;
  chars: number;
  shiftTab: number;
  /** Keys of the "Nästa" press that leaves the step (included in tab/other). */
  nextTab: number;
  nextOther: number;
  entered?: Height;
  done?: Height;
  max: Height;
}

export interface DayFigures {
  fullLayout: boolean;
  viewport: { width: number; height: number };
  steps: StepFigures[];
  segments: Segment[];
  total: { tab: number; other: number; chars: number; shiftTab: number };
  step1FourRelativesWithDecisions?: Height;
}

/** What the test sees right after a step is entered (and once for step 1, after mounting). */
export interface StepObservation {
  step: StepKey;
  heading: string;
  focusedTag: string | undefined;
  focusedText: string;
  announced: string;
}

const shadow = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`${describeElement(el)} has no shadow root`);
  return el.shadowRoot;
};

const stepElement = (el: HTMLElement, tag: string): HTMLElement => {
  const step = shadow(el).querySelector<HTMLElement>(tag);
  if (!step) throw new Error(`<${tag}> is not shown; the heading is ${describeElement(shadow(el).querySelector('h2'))}`);
  return step;
};

/** A relative's block in a step: the element marked with their id (`data-relative-id`), found by their name in its heading. */
const relativeBlock = (root: Element, name: string): HTMLElement => {
  const block = deepElements(root).find(
    (c) => c.hasAttribute('data-relative-id') && (c.querySelector('h3, h4, h5, summary')?.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(name),
  ) as HTMLElement | undefined;
  if (!block) throw new Error(`No block for ${name} in ${describeElement(root)}`);
  return block;
};

/** A card (article/section/div .card) whose first heading starts with `name`. */
const cardOf = (root: Element, name: string, selector = '.card'): HTMLElement => {
  const card = deepElements(root).find(
    (c) => c.matches(selector) && (c.querySelector('h3, h4, h5')?.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(name),
  ) as HTMLElement | undefined;
  if (!card) throw new Error(`No card ${selector} for ${name} in ${describeElement(root)}`);
  return card;
};

const summaryOf = (root: Element, text: string | RegExp): HTMLElement => {
  const found = deepElements(root).find(
    (e) => e.tagName === 'SUMMARY' && (typeof text === 'string' ? e.textContent?.replace(/\s+/g, ' ').trim() === text : text.test(e.textContent ?? '')),
  );
  if (!found) throw new Error(`No <summary> ${String(text)} in ${describeElement(root)}`);
  return found as HTMLElement;
};

export const liveRegion = (el: HTMLElement): HTMLElement => {
  const live = shadow(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]');
  if (!live) throw new Error('No polite live region in the investigation');
  return live;
};

const round = (n: number) => Math.round(n);

export const measure = (el: HTMLElement): Height => ({
  element: round(el.getBoundingClientRect().height),
  page: document.documentElement.scrollHeight,
});

/**
 * Step 4's cards have `content-visibility: auto` (contain-intrinsic-block-size: auto 12rem): a card
 * not yet near the viewport counts as 12rem until it has been laid out once, so the browser's height
 * depends on how far the handläggare has scrolled. For the full-layout figures every such card is
 * made `visible` (inline style) before measuring. Tab order and keys are not affected.
 */
export const layOutEverything = (el: HTMLElement): void => {
  for (const e of deepElements(el))
    if (e instanceof HTMLElement && e.style.contentVisibility !== 'visible' && getComputedStyle(e).contentVisibility === 'auto')
      e.style.contentVisibility = 'visible';
};

const maxOf = (a: Height, b: Height): Height => ({ element: Math.max(a.element, b.element), page: Math.max(a.page, b.page) });

export interface DayOptions {
  /** Measure with every `content-visibility: auto` element laid out (see `layOutEverything`). */
  fullLayout?: boolean;
  /** Called after each step is entered (and once for step 1), e.g. to run axe. */
  onStep?: (observation: StepObservation) => Promise<void> | void;
  /** Called when a step's work is done, before "Nästa" (e.g. to look at its layout). */
  onDone?: (step: StepKey) => Promise<void> | void;
}

export const runDay = async (
  el: AnhorigInvestigation,
  send: SendKeys,
  options: DayOptions = {},
): Promise<{ events: CustomEvent[]; figures: DayFigures }> => {
  const measureNow = (): Height => {
    if (options.fullLayout) layOutEverything(el);
    return measure(el);
  };
  const events: CustomEvent[] = [];
  for (const type of [
    'anhorig-change',
    'anhorig-step-change',
    'anhorig-consent-change',
    'anhorig-own-application-request',
    'anhorig-assignment-issued',
    'anhorig-complete',
    'anhorig-error',
  ])
    el.addEventListener(type, (e) => events.push(e as CustomEvent));

  // Heights: sampled after every key into the step the handläggare is in.
  let current: StepKey = 'relatives';
  let chars = 0;
  let shiftTab = 0;
  const steps = new Map<StepKey, StepFigures>(
    STEP_ORDER.map((step) => [
      step,
      { step, heading: STEP_HEADINGS[step], tab: 0, other: 0, chars: 0, shiftTab: 0, nextTab: 0, nextOther: 0, max: { element: 0, page: 0 } },
    ]),
  );
  let segmentMax: Height = { element: 0, page: 0 };
  let segmentStep: StepKey = current;
  const sample = () => {
    const s = steps.get(current)!;
    const now = measureNow();
    s.max = maxOf(s.max, now);
    // After "Nästa" the page shows the next step: that height is not the segment's.
    if (current === segmentStep) segmentMax = maxOf(segmentMax, now);
  };
  const counted: SendKeys = async (payload) => {
    if ('type' in payload) chars += payload.type.length;
    else if (payload.press === 'Shift+Tab') shiftTab += 1;
    await send(payload);
    sample();
  };
  const kb: Keyboard = keyboard(el, counted);

  const segments: Segment[] = [];
  const segment = async (label: string, work: () => Promise<void>): Promise<void> => {
    const before = { tab: kb.stats.tab, other: kb.stats.other, chars, shiftTab };
    segmentMax = { element: 0, page: 0 };
    segmentStep = current;
    await work();
    const seg: Segment = {
      step: current,
      label,
      tab: kb.stats.tab - before.tab,
      other: kb.stats.other - before.other,
      chars: chars - before.chars,
      shiftTab: shiftTab - before.shiftTab,
      max: segmentMax,
    };
    segments.push(seg);
    const s = steps.get(current)!;
    s.tab += seg.tab;
    s.other += seg.other;
    s.chars += seg.chars;
    s.shiftTab += seg.shiftTab;
  };

  const settled = async () => {
    await settle(el);
    await nextFrame();
    await nextFrame();
  };
  const markEntered = async () => {
    await settled();
    const s = steps.get(current)!;
    s.entered = measureNow();
    s.max = maxOf(s.max, s.entered);
    const focused = deepActive();
    await options.onStep?.({
      step: current,
      heading: STEP_HEADINGS[current],
      focusedTag: focused?.tagName.toLowerCase(),
      focusedText: (focused?.textContent ?? '').trim(),
      announced: (liveRegion(el).textContent ?? '').trim(),
    });
  };
  const markDone = async () => {
    await settled();
    const s = steps.get(current)!;
    s.done = measureNow();
    s.max = maxOf(s.max, s.done);
    await options.onDone?.(current);
  };

  /** "Nästa: <title>": its keys belong to the step left; heights after Enter to the step entered. */
  const next = async (to: StepKey) => {
    await markDone();
    const title = STEP_HEADINGS[to].replace(/^Steg \d av 6: /, '');
    const button = byRole(el, 'button', `Nästa: ${title}`);
    const from = current;
    const before = { tab: kb.stats.tab, other: kb.stats.other };
    await segment(`Nästa: ${title}`, async () => {
      await kb.tabTo(button);
      current = to; // the Enter below shows the next step
      await kb.press('Enter');
      await settle(el);
    });
    // The segment was booked to `to` (current changed inside it): move it back to the step left.
    const seg = segments.at(-1)!;
    seg.step = from;
    const left = steps.get(from)!;
    const entered = steps.get(to)!;
    entered.tab -= seg.tab;
    entered.other -= seg.other;
    entered.chars -= seg.chars;
    entered.shiftTab -= seg.shiftTab;
    left.tab += seg.tab;
    left.other += seg.other;
    left.chars += seg.chars;
    left.shiftTab += seg.shiftTab;
    left.nextTab = kb.stats.tab - before.tab;
    left.nextOther = kb.stats.other - before.other;
    await markEntered();
    const heading = deepActive();
    if (heading?.tagName !== 'H2' || !(heading.textContent ?? '').includes(STEP_HEADINGS[to]))
      throw new Error(`After "Nästa: ${title}" focus is on ${describeElement(heading)}`);
  };

  /**
   * Open an in-place consent request (a disclosure), answer it and press "Registrera". No answer is
   * preselected (H1): the decision and the form are chosen every time.
   */
  const recordInPlace = async (root: Element, summaryText: string | RegExp, answer: 'Ja' | 'Nej' = 'Ja', adjust?: (panel: HTMLElement) => Promise<void>) => {
    const summary = summaryOf(root, summaryText);
    await kb.openDetails(summary);
    const panel = summary.closest('details')!.querySelector<HTMLElement>('anhorig-consent-panel');
    if (!panel) throw new Error(`No consent panel under ${String(summaryText)}`);
    await settle(panel);
    await adjust?.(panel);
    await kb.chooseRadio(byRole<HTMLInputElement>(panel, 'radio', answer));
    await kb.chooseRadio(byRole<HTMLInputElement>(panel, 'radio', 'Muntligt'));
    await kb.activate(byRole(panel, 'button', 'Registrera'));
  };

  await settle(el);
  await markEntered();

  // ── Step 1: four relatives, then the person's decision about each ─────────────────────────
  let step = stepElement(el, 'anhorig-step-relatives');
  const addForm = () => shadow(step).querySelector<HTMLFormElement>('form.add')!;
  const box = (label: string | RegExp) => byRole<HTMLInputElement>(addForm(), 'checkbox', label);

  await segment(`Lägg till ${DAY.maja.name}`, async () => {
    await kb.fill(byRole(addForm(), 'textbox', 'Namn'), DAY.maja.name);
    await kb.fill(byRole(addForm(), 'textbox', /^Relation till den enskilde/), DAY.maja.relation);
    await kb.toggle(box('Ger stöd, omsorg eller vård till den enskilde'));
    await kb.toggle(box('Personlig vård'));
    await kb.toggle(box('Hemliv'));
    await kb.toggle(box('Bor med den enskilde'));
    await kb.toggle(box(/^Den anhöriga har fått veta/));
    await kb.activate(byRole(addForm(), 'button', 'Lägg till'));
  });
  await segment(`Lägg till ${DAY.per.name}`, async () => {
    await kb.fill(byRole(addForm(), 'textbox', 'Namn'), DAY.per.name);
    await kb.fill(byRole(addForm(), 'textbox', /^Relation till den enskilde/), DAY.per.relation);
    await kb.activate(byRole(addForm(), 'button', 'Lägg till'));
  });
  await segment(`Lägg till ${DAY.lo.name}`, async () => {
    await kb.fill(byRole(addForm(), 'textbox', 'Namn'), DAY.lo.name);
    await kb.fill(byRole(addForm(), 'textbox', /^Relation till den enskilde/), DAY.lo.relation);
    await kb.toggle(box('Ger stöd, omsorg eller vård till den enskilde'));
    await kb.toggle(box('Samhällsgemenskap, socialt och medborgerligt liv'));
    await kb.toggle(box('Är under 18 år'));
    await kb.toggle(box(/^Den anhöriga har fått veta/));
    await kb.activate(byRole(addForm(), 'button', 'Lägg till'));
  });
  await segment(`Lägg till ${DAY.gustav.name} (god man, inte anhörig)`, async () => {
    await kb.fill(byRole(addForm(), 'textbox', 'Namn'), DAY.gustav.name);
    await kb.fill(byRole(addForm(), 'textbox', /^Relation till den enskilde/), DAY.gustav.relation);
    await kb.toggle(box(/^Är också den enskildes ställföreträdare/));
    await kb.chooseRadio(byRole<HTMLInputElement>(addForm(), 'radio', 'God man'));
    await kb.fill(byRole(addForm(), 'textbox', /^Vad omfattar uppdraget\?/), DAY.gustav.mandate);
    await kb.toggle(box(/^Är inte anhörig till den enskilde/));
    await kb.activate(byRole(addForm(), 'button', 'Lägg till'));
  });

  /** The person's decision about one relative: one form, three questions, how it was given, one save. */
  const decide = async (name: string, answers: Partial<Record<'participate' | 'provideInformation' | 'receiveInformation', 'Ja' | 'Nej'>>) => {
    const card = () => relativeBlock(step, name);
    const questions = {
      participate: `Får ${name} delta i utredningens samtal och möten?`,
      provideInformation: `Får ${name} lämna uppgifter om den enskilde?`,
      receiveInformation: `Får ${name} få information om den enskildes ärende?`,
    } as const;
    for (const [scope, answer] of Object.entries(answers) as [keyof typeof questions, 'Ja' | 'Nej'][])
      await kb.chooseRadio(byRole<HTMLInputElement>(byRole(card(), 'group', questions[scope]), 'radio', answer));
    await kb.chooseRadio(byRole<HTMLInputElement>(byRole(card(), 'group', 'Hur lämnade den enskilde beskedet?'), 'radio', 'Muntligt'));
    await kb.activate(byRole(card(), 'button', `Spara beskedet om ${name}`));
  };
  await segment(`Den enskildes besked om ${DAY.maja.name} (delta, lämna uppgifter, få information)`, () =>
    decide(DAY.maja.name, { participate: 'Ja', provideInformation: 'Ja', receiveInformation: 'Ja' }),
  );
  await segment(`Den enskildes besked om ${DAY.per.name} (nej till att delta)`, () => decide(DAY.per.name, { participate: 'Nej' }));
  await segment(`Den enskildes besked om ${DAY.lo.name} (delta, lämna uppgifter)`, () =>
    decide(DAY.lo.name, { participate: 'Ja', provideInformation: 'Ja' }),
  );
  await markDone();
  const step1FourRelativesWithDecisions = steps.get('relatives')!.done;

  // ── Step 2: Per, not involved ─────────────────────────────────────────────────────────────
  await next('equip');
  step = stepElement(el, 'anhorig-step-equip');
  {
    const per = () => relativeBlock(step, DAY.per.name);
    await segment(`Information till ${DAY.per.name}`, async () => {
      await kb.fill(byRole(per(), 'textbox', 'Vilken information gav du?'), DAY.perInformation);
      await kb.chooseRadio(byRole<HTMLInputElement>(per(), 'radio', 'Möte'));
      await kb.activate(byRole(per(), 'button', 'Lägg till informationen'));
    });
    await segment(`Hänvisning till anhörigkonsulent (${DAY.per.name}, i dag)`, async () => {
      await kb.activate(byRole(per(), 'button', 'Spara hänvisningen'));
    });
  }

  // ── Step 3: meeting plans ─────────────────────────────────────────────────────────────────
  await next('involve');
  step = stepElement(el, 'anhorig-step-involve');
  await segment(`Samtalsplan ${DAY.maja.name}: tillsammans, tolk finska`, async () => {
    const maja = () => relativeBlock(step, DAY.maja.name);
    await kb.chooseRadio(byRole<HTMLInputElement>(maja(), 'radio', 'Tillsammans med den enskilde'));
    await kb.fill(byRole(maja(), 'textbox', `Tolk för ${DAY.maja.name}: vilket språk? (frivilligt)`), DAY.majaInterpreter);
    await kb.activate(byRole(maja(), 'button', /^Spara samtalsplanen/));
  });
  await segment(`Samtalsplan ${DAY.lo.name}: var för sig`, async () => {
    const lo = () => relativeBlock(step, DAY.lo.name);
    await kb.chooseRadio(byRole<HTMLInputElement>(lo(), 'radio', 'Var för sig'));
    await kb.activate(byRole(lo(), 'button', /^Spara samtalsplanen/));
  });

  // ── Step 4: statements, stance, indirect support, the child perspective ────────────────────
  await next('gather');
  step = stepElement(el, 'anhorig-step-gather');
  const statementForm = () => shadow(step).querySelector<HTMLFormElement>('form[part="statement-form"]')!;
  const majaLabel = `${DAY.maja.name} (${DAY.maja.relation})`;
  const relativeStatement = async (kindLabel: string, text: string) => {
    await kb.chooseOption(byRole<HTMLSelectElement>(statementForm(), 'combobox', 'Vad handlar uppgiften om?'), kindLabel);
    await kb.fill(byRole(statementForm(), 'textbox', 'Uppgiften'), text);
    await kb.chooseRadio(byRole<HTMLInputElement>(statementForm(), 'radio', majaLabel));
    const basis = byRole<HTMLInputElement>(statementForm(), 'radio', 'Jag frågade, med den enskildes samtycke');
    if (!basis.checked) await kb.chooseRadio(basis);
    await kb.toggle(byRole<HTMLInputElement>(statementForm(), 'checkbox', 'Jag har kontrollerat att uppgiften är saklig, väsentlig och inte nedsättande'));
    await kb.toggle(byRole<HTMLInputElement>(statementForm(), 'checkbox', 'Förs in i personakten'));
    await kb.activate(byRole(statementForm(), 'button', 'Spara uppgiften'));
  };
  await segment('Uppgift: den enskildes behov i Hemliv', async () => {
    await kb.chooseOption(byRole<HTMLSelectElement>(statementForm(), 'combobox', 'Livsområde'), 'Hemliv');
    await kb.fill(byRole(statementForm(), 'textbox', 'Uppgiften'), DAY.personNeed);
    await kb.activate(byRole(statementForm(), 'button', 'Spara uppgiften'));
  });
  await segment(`Uppgift: ${DAY.maja.name}s stöd i Hemliv (samtycke, kontrollerad, personakt)`, () =>
    relativeStatement('Stöd som anhöriga ger i dag', DAY.majaSupport),
  );
  await segment(`Uppgift: ${DAY.maja.name}s samordningsbehov (samtycke, kontrollerad, personakt)`, () =>
    relativeStatement('Samordning mellan anhöriga och socialtjänsten', DAY.majaCoordination),
  );
  await segment(`${DAY.maja.name}s inställning: vill ja, kan ja, den enskilde vill ja, Hemliv`, async () => {
    const stance = () => relativeBlock(step, DAY.maja.name);
    for (const question of [
      `Vill ${DAY.maja.name} ge stöd eller omsorg?`,
      `Kan ${DAY.maja.name} ge stöd eller omsorg (har möjlighet och ork)?`,
      `Vill den enskilde ta emot stöd från ${DAY.maja.name}?`,
    ])
      await kb.chooseRadio(byRole<HTMLInputElement>(byRole(stance(), 'group', question), 'radio', 'Ja'));
    await kb.toggle(byRole<HTMLInputElement>(byRole(stance(), 'group', `Inom vilka livsområden ger ${DAY.maja.name} stöd?`), 'checkbox', 'Hemliv'));
  });
  await segment(`${DAY.lo.name}: vägledd till stöd för egen del (barnperspektivet, på plats)`, async () => {
    await kb.activate(byRole(relativeBlock(step, DAY.lo.name), 'button', /^Barnet har vägletts till stöd för egen del/));
  });
  const proposalForm = () => shadow(step).querySelector<HTMLFormElement>('form[part="indirect-support-form"]')!;
  await segment('Förslag om indirekt stöd: avlösning i hemmet (Hemliv) som avlastar Maja', async () => {
    await kb.chooseOption(byRole<HTMLSelectElement>(proposalForm(), 'combobox', /^Insats/), /^Avlösning i hemmet/);
    await kb.chooseOption(byRole<HTMLSelectElement>(proposalForm(), 'combobox', 'Livsområde för insatsen'), 'Hemliv');
    await kb.chooseOption(byRole<HTMLSelectElement>(proposalForm(), 'combobox', 'Vilken anhörig avlastas?'), majaLabel);
    await kb.fill(byRole(proposalForm(), 'textbox', 'Den enskildes synpunkter'), DAY.proposalPersonView);
    await kb.fill(byRole(proposalForm(), 'textbox', `${DAY.maja.name}s synpunkter`), DAY.proposalMajaView);
    await kb.fill(byRole(proposalForm(), 'textbox', new RegExp(`^Mål för avlastningen, utifrån ${DAY.maja.name}s perspektiv`)), DAY.proposalGoal);
    await kb.activate(byRole(proposalForm(), 'button', 'Spara förslaget'));
  });
  await segment('Båda samtyckena till indirekt stöd, på plats i förslaget (H6)', async () => {
    const proposal = () => cardOf(step, 'Avlösning i hemmet', '[part="indirect-support"]');
    await recordInPlace(proposal(), 'Registrera den enskildes samtycke här');
    await recordInPlace(proposal(), `Registrera ${DAY.maja.name}s eget samtycke här`);
  });
  {
    const status = deepElements(step).find((e) => e.matches('[part="indirect-support-status"]'));
    if (!/Villkoren är uppfyllda/.test(status?.textContent ?? '')) throw new Error(`indirect support status: ${status?.textContent?.replace(/\s+/g, ' ')}`);
  }

  // ── Assessment and decisions ──────────────────────────────────────────────────────────────
  await next('assessment');
  step = stepElement(el, 'anhorig-step-assessment');
  const decision = (i: number) => shadow(step).querySelectorAll<HTMLElement>('fieldset.decision')[i]!;
  const fillDecision = async (i: number, support: string, extent: string, goal: string, indirect?: RegExp) => {
    await kb.chooseOption(byRole<HTMLSelectElement>(decision(i), 'combobox', 'Livsområde'), 'Hemliv');
    await kb.chooseOption(byRole<HTMLSelectElement>(decision(i), 'combobox', 'Insats'), support);
    const granted = byRole<HTMLInputElement>(decision(i), 'radio', 'Beviljas');
    if (!granted.checked) await kb.chooseRadio(granted);
    await kb.fill(byRole(decision(i), 'textbox', 'Omfattning'), extent);
    await kb.fill(byRole(decision(i), 'textbox', 'Mål för insatsen'), goal);
    if (indirect) await kb.chooseOption(byRole<HTMLSelectElement>(decision(i), 'combobox', 'Är insatsen också tänkt att avlasta en anhörig?'), indirect);
  };
  await segment('Bedömning av behoven', async () => {
    await kb.fill(byRole(step, 'textbox', /^Bedömning av den enskildes behov/), DAY.needsAssessment);
  });
  await segment('Beslut 1: Hemliv, Hemtjänst, beviljas', async () => {
    await kb.activate(byRole(step, 'button', 'Lägg till ett beslut'));
    await fillDecision(0, 'Hemtjänst', DAY.extent1, DAY.goal1);
  });
  await segment('Beslut 2: Hemliv, Avlösning i hemmet, beviljas, indirekt stöd till Maja', async () => {
    await kb.activate(byRole(step, 'button', 'Lägg till ett beslut'));
    await fillDecision(1, 'Avlösning i hemmet', DAY.extent2, DAY.goal2, new RegExp(DAY.maja.name));
  });
  await segment('Beslutsdatum (i dag, förifyllt) och spara', async () => {
    await kb.activate(byRole(step, 'button', 'Spara bedömning och beslut'));
  });

  // ── Step 5: the assignment (R3 and R5 proposed from step 4, H3) ───────────────────────────
  await next('assignment');
  step = stepElement(el, 'anhorig-step-assignment');
  await segment('Uppföljning', async () => {
    await kb.fill(byRole(step, 'textbox', 'Hur följs insatsen upp?'), DAY.followUpHow);
  });
  await segment(`Den enskildes samtycke: uppgifter om ${DAY.maja.name} till utföraren (på plats)`, async () => {
    await recordInPlace(relativeBlock(step, DAY.maja.name), 'Registrera samtycket här');
  });
  await segment('Skicka uppdraget (samordning och synpunkter föreslagna från steg 4)', async () => {
    await kb.activate(byRole(step, 'button', 'Skicka uppdraget till utföraren'));
  });

  // ── Step 6: follow-up ─────────────────────────────────────────────────────────────────────
  await next('followUp');
  step = stepElement(el, 'anhorig-step-follow-up');
  await segment('Påbörja uppföljningen; insatsen gavs: Ja', async () => {
    await kb.activate(byRole(step, 'button', 'Påbörja uppföljningen'));
    await kb.chooseRadio(byRole<HTMLInputElement>(byRole(step, 'group', /^Har den enskilde fått den beviljade insatsen/), 'radio', 'Ja'));
  });
  await markDone();

  const stepList = STEP_ORDER.map((s) => steps.get(s)!);
  const total = stepList.reduce(
    (t, s) => ({ tab: t.tab + s.tab, other: t.other + s.other, chars: t.chars + s.chars, shiftTab: t.shiftTab + s.shiftTab }),
    { tab: 0, other: 0, chars: 0, shiftTab: 0 },
  );
  if (total.tab !== kb.stats.tab || total.other !== kb.stats.other) throw new Error(`key accounting: ${JSON.stringify(total)} vs ${JSON.stringify(kb.stats)}`);
  return {
    events,
    figures: {
      fullLayout: options.fullLayout ?? false,
      viewport: { width: window.innerWidth, height: window.innerHeight },
      steps: stepList,
      segments,
      total,
      ...(step1FourRelativesWithDecisions ? { step1FourRelativesWithDecisions } : {}),
    },
  };
};
