/**
 * The whole investigation by keyboard alone, from an empty record to a started follow-up, the way
 * a handläggare who does not use a mouse works: focus moves only with Tab / Shift+Tab, text is
 * typed, choices are made with Space and the arrow keys, disclosures and buttons with Enter, and the
 * "Nästa: …" pager moves between steps.
 *
 * Mount with `scenarios.emptyStart()`, `today: SCENARIO_TODAY` and `catalogue: undefined` (the
 * default catalogue). Two relatives: Eva (dotter, gives support in Hemliv, lives with the person),
 * whom the person wants involved (consents to take part and to give information, recorded in the
 * consent form embedded in step 1), and Olle (granne), whom the person declines. Step 2 logs
 * information given to Olle; step 3 plans a meeting with Eva; step 4 records a statement from the
 * person and one from Eva under consent; the assessment records a needs assessment and a granted
 * decision with a goal; step 5 adds how the follow-up is done and sends the assignment (which
 * fires `anhorig-complete`); step 6 starts the follow-up and records that the support was given.
 *
 * Every value typed is in `TYPED`, so other suites can look for it (console, storage).
 */
import { nextFrame } from '@open-wc/testing';
import type { AnhorigInvestigation } from '../../../packages/elements/src/investigation/anhorig-investigation.js';
import { byRole, deepElements, settle, textOf } from '../../../packages/elements/test/dom.js';
import { deepActive, describeElement, keyboard, type Keyboard, type SendKeys } from './keyboard.js';

/** Everything the flow types into the element. */
export const TYPED = {
  evaName: 'Eva Exempelsson',
  evaRelation: 'dotter',
  olleName: 'Olle Granne',
  olleRelation: 'granne',
  consentNote: 'Sagt vid hembesöket i köket',
  olleInformation: 'Kommunens anhöriggrupper på tisdagar',
  reflection: 'Gunnar uttrycker sig tydligt, inget särskilt stöd behövs',
  evaInterpreter: 'finska',
  personStatement: 'Gunnar behöver hjälp med tvätt och storstädning',
  evaStatement: 'Eva handlar och lagar middag varje kväll',
  needsAssessment: 'Gunnar behöver stöd med tvätt och städning för att bo kvar hemma',
  extent: 'Fyra timmar i veckan',
  goal: 'Gunnar har rena kläder och ett städat hem',
  followUpHow: 'Uppföljningssamtal hemma hos Gunnar, med Eva om han vill',
  qualityView: 'Personalen kommer på utsatt tid',
} as const;

/** What the test saw right after each "Nästa: …" press (and for the first step, after mounting). */
export interface StepObservation {
  /** The heading the step should have ("Steg 2 av 6: …"). */
  heading: string;
  /** The focused element (deep), its tag and text. */
  focusedTag: string | undefined;
  focusedText: string;
  /** Text of the polite live region in the investigation. */
  announced: string;
}

export interface FlowOptions {
  /** Called after each step is entered (and once for step 1), e.g. to run axe. */
  onStep?: (observation: StepObservation) => Promise<void> | void;
  /** Receives the keyboard, to read how many keys were pressed. */
  onKeyboard?: (kb: Keyboard) => void;
}

const EVENTS = [
  'anhorig-change',
  'anhorig-step-change',
  'anhorig-consent-change',
  'anhorig-own-application-request',
  'anhorig-assignment-issued',
  'anhorig-complete',
  'anhorig-error',
] as const;

const STEP_HEADINGS = {
  relatives: 'Steg 1 av 6: Ta reda på om den enskilde vill att anhöriga deltar',
  equip: 'Steg 2 av 6: Om den enskilde inte vill att anhöriga deltar',
  involve: 'Steg 3 av 6: Om den enskilde vill att anhöriga deltar',
  gather: 'Steg 4 av 6: Inhämta uppgifter',
  assessment: 'Bedöma och besluta',
  assignment: 'Steg 5 av 6: Utforma uppdraget till utföraren',
  followUp: 'Steg 6 av 6: Följa upp',
} as const;
export { STEP_HEADINGS };

const shadow = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`${describeElement(el)} has no shadow root`);
  return el.shadowRoot;
};

/** The step element the investigation shows. */
const stepElement = (el: HTMLElement, tag: string): HTMLElement => {
  const step = shadow(el).querySelector<HTMLElement>(tag);
  if (!step) throw new Error(`<${tag}> is not shown; the heading is ${describeElement(shadow(el).querySelector('h2'))}`);
  return step;
};

/** A card (article or section) in a step whose heading starts with `name`. */
const cardOf = (step: HTMLElement, name: string): HTMLElement => {
  const card = Array.from(shadow(step).querySelectorAll<HTMLElement>('.card')).find((c) =>
    (c.querySelector('h3, h4')?.textContent ?? '').trim().startsWith(name),
  );
  if (!card) throw new Error(`No card for ${name} in <${step.tagName.toLowerCase()}>`);
  return card;
};

const summaryOf = (root: Element, text: string | RegExp): HTMLElement => {
  const found = deepElements(root).find(
    (e) => e.tagName === 'SUMMARY' && (typeof text === 'string' ? e.textContent?.replace(/\s+/g, ' ').trim() === text : text.test(e.textContent ?? '')),
  );
  if (!found) throw new Error(`No <summary> ${String(text)}`);
  return found as HTMLElement;
};

export const liveRegion = (el: HTMLElement): HTMLElement => {
  const live = shadow(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]');
  if (!live) throw new Error('No polite live region in the investigation');
  return live;
};

export const runFullFlow = async (el: AnhorigInvestigation, keys?: SendKeys, options: FlowOptions = {}): Promise<CustomEvent[]> => {
  const events: CustomEvent[] = [];
  for (const type of EVENTS) el.addEventListener(type, (e) => events.push(e as CustomEvent));
  const kb = keyboard(el, keys);
  options.onKeyboard?.(kb);
  await settle(el);

  const observe = async (heading: string) => {
    await settle(el);
    await nextFrame();
    await nextFrame();
    const focused = deepActive();
    const observation: StepObservation = {
      heading,
      focusedTag: focused?.tagName.toLowerCase(),
      focusedText: (focused?.textContent ?? '').trim(),
      announced: (liveRegion(el).textContent ?? '').trim(),
    };
    await options.onStep?.(observation);
  };

  /** Press the pager's "Nästa: <title>" and observe the new step. */
  const next = async (step: keyof typeof STEP_HEADINGS) => {
    const title = STEP_HEADINGS[step].replace(/^Steg \d av 6: /, '');
    await kb.activate(byRole(el, 'button', `Nästa: ${title}`));
    await observe(STEP_HEADINGS[step]);
  };

  // ── Step 1: the relatives and the person's decision ───────────────────────────────────────
  await observe(STEP_HEADINGS.relatives);
  let step = stepElement(el, 'anhorig-step-relatives');
  const addForm = () => shadow(step).querySelector<HTMLFormElement>('form.add')!;

  await kb.fill(byRole(addForm(), 'textbox', 'Namn'), TYPED.evaName);
  await kb.fill(byRole(addForm(), 'textbox', /^Relation till den enskilde/), TYPED.evaRelation);
  await kb.toggle(byRole<HTMLInputElement>(addForm(), 'checkbox', 'Ger stöd, omsorg eller vård till den enskilde'));
  await kb.toggle(byRole<HTMLInputElement>(addForm(), 'checkbox', 'Hemliv'));
  await kb.toggle(byRole<HTMLInputElement>(addForm(), 'checkbox', 'Bor med den enskilde'));
  await kb.toggle(byRole<HTMLInputElement>(addForm(), 'checkbox', /^Den anhöriga har fått veta/));
  await kb.activate(byRole(addForm(), 'button', 'Lägg till'));

  await kb.fill(byRole(addForm(), 'textbox', 'Namn'), TYPED.olleName);
  await kb.fill(byRole(addForm(), 'textbox', /^Relation till den enskilde/), TYPED.olleRelation);
  await kb.activate(byRole(addForm(), 'button', 'Lägg till'));

  // Eva: the person consents to her taking part and giving information, recorded in the consent form
  // embedded in her card (step 1 labels the disclosure "Registrera den enskildes besked: <scope>";
  // steps 3–5 label the same embedded form "Registrera samtycket här").
  for (const scope of ['Delta i utredningens samtal', 'Lämna uppgifter om den enskilde']) {
    const eva = cardOf(step, TYPED.evaName);
    await kb.openDetails(summaryOf(eva, `Registrera den enskildes besked: ${scope}`));
    const panel = summaryOf(eva, `Registrera den enskildes besked: ${scope}`).closest('details')!.querySelector('anhorig-consent-panel')!;
    await settle(panel);
    if (scope === 'Delta i utredningens samtal') await kb.fill(byRole(panel, 'textbox', 'Anteckning (frivilligt)'), TYPED.consentNote);
    await kb.activate(byRole(panel, 'button', 'Registrera'));
  }
  // Olle: the person says no to his taking part.
  {
    const olle = cardOf(step, TYPED.olleName);
    const summary = summaryOf(olle, 'Registrera den enskildes besked: Delta i utredningens samtal');
    await kb.openDetails(summary);
    const panel = summary.closest('details')!.querySelector('anhorig-consent-panel')!;
    await settle(panel);
    await kb.chooseRadio(byRole<HTMLInputElement>(panel, 'radio', 'Nej'));
    await kb.activate(byRole(panel, 'button', 'Registrera'));
  }

  // ── Step 2: equip Olle for the future ─────────────────────────────────────────────────────
  await next('equip');
  step = stepElement(el, 'anhorig-step-equip');
  {
    const olle = cardOf(step, TYPED.olleName);
    await kb.fill(byRole(olle, 'textbox', 'Vilken information gav du?'), TYPED.olleInformation);
    await kb.chooseRadio(byRole<HTMLInputElement>(olle, 'radio', 'Möte'));
    await kb.activate(byRole(olle, 'button', 'Lägg till informationen'));
  }

  // ── Step 3: a meeting plan with Eva ───────────────────────────────────────────────────────
  await next('involve');
  step = stepElement(el, 'anhorig-step-involve');
  await kb.fill(byRole(step, 'textbox', /^Din egen reflektion/), TYPED.reflection);
  await kb.activate(byRole(step, 'button', 'Spara'));
  {
    const eva = cardOf(step, TYPED.evaName);
    await kb.chooseRadio(byRole<HTMLInputElement>(eva, 'radio', 'Tillsammans med den enskilde'));
    await kb.fill(byRole(eva, 'textbox', `Tolk för ${TYPED.evaName}: vilket språk? (frivilligt)`), TYPED.evaInterpreter);
    await kb.activate(byRole(eva, 'button', 'Spara samtalsplanen'));
  }

  // ── Step 4: a statement from the person, and one from Eva under her consent ────────────────
  await next('gather');
  step = stepElement(el, 'anhorig-step-gather');
  {
    const form = () => shadow(step).querySelector<HTMLFormElement>('form[part="statement-form"]')!;
    await kb.chooseOption(byRole<HTMLSelectElement>(form(), 'combobox', 'Livsområde'), 'Hemliv');
    await kb.fill(byRole(form(), 'textbox', 'Uppgiften'), TYPED.personStatement);
    await kb.activate(byRole(form(), 'button', 'Spara uppgiften'));

    await kb.chooseOption(byRole<HTMLSelectElement>(form(), 'combobox', 'Vad handlar uppgiften om?'), 'Stöd som anhöriga ger i dag');
    await kb.fill(byRole(form(), 'textbox', 'Uppgiften'), TYPED.evaStatement);
    await kb.chooseRadio(byRole<HTMLInputElement>(form(), 'radio', `${TYPED.evaName} (${TYPED.evaRelation})`));
    const basis = byRole<HTMLInputElement>(form(), 'radio', 'Jag frågade, med den enskildes samtycke');
    if (!basis.checked) await kb.chooseRadio(basis);
    await kb.activate(byRole(form(), 'button', 'Spara uppgiften'));
  }

  // ── Assessment and decision ───────────────────────────────────────────────────────────────
  await next('assessment');
  step = stepElement(el, 'anhorig-step-assessment');
  await kb.fill(byRole(step, 'textbox', /^Bedömning av den enskildes behov/), TYPED.needsAssessment);
  await kb.activate(byRole(step, 'button', 'Lägg till ett beslut'));
  {
    const decision = () => shadow(step).querySelector<HTMLElement>('fieldset.decision')!;
    await kb.chooseOption(byRole<HTMLSelectElement>(decision(), 'combobox', 'Livsområde'), 'Hemliv');
    await kb.chooseOption(byRole<HTMLSelectElement>(decision(), 'combobox', 'Insats'), 'Hemtjänst');
    await kb.chooseRadio(byRole<HTMLInputElement>(decision(), 'radio', 'Beviljas'));
    await kb.fill(byRole(decision(), 'textbox', 'Omfattning'), TYPED.extent);
    await kb.fill(byRole(decision(), 'textbox', 'Mål för insatsen'), TYPED.goal);
  }
  await kb.activate(byRole(step, 'button', 'Spara bedömning och beslut'));

  // ── Step 5: M4, then send the assignment (completes the investigation) ────────────────────
  await next('assignment');
  step = stepElement(el, 'anhorig-step-assignment');
  await kb.fill(byRole(step, 'textbox', 'Hur följs insatsen upp?'), TYPED.followUpHow);
  await kb.activate(byRole(step, 'button', 'Skicka uppdraget till utföraren'));

  // ── Step 6: follow-up ─────────────────────────────────────────────────────────────────────
  await next('followUp');
  step = stepElement(el, 'anhorig-step-follow-up');
  await kb.activate(byRole(step, 'button', 'Påbörja uppföljningen'));
  await kb.chooseRadio(byRole<HTMLInputElement>(step, 'radio', 'Ja'));
  await kb.fill(byRole(step, 'textbox', 'Den enskildes syn på insatsen och på dess kvalitet'), TYPED.qualityView);
  // Commit the last text field by moving on, as a handläggare would.
  await kb.press('Tab');
  await settle(el);

  if (!textOf(el).includes(TYPED.qualityView) && !deepElements(el).some((e) => (e as HTMLTextAreaElement).value === TYPED.qualityView))
    throw new Error('The follow-up quality view is not shown');
  return events;
};
