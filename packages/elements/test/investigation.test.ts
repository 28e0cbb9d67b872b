import { expect } from '@open-wc/testing';
import { computeAccessibleName } from 'dom-accessibility-api';
import { setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { AnhorigInvestigation } from '../src/investigation/anhorig-investigation.js';
import type { AnhorigErrorDetail, AnhorigChangeDetail } from '../src/events/events.js';
import { scenarios, badRecord, SCENARIO_TODAY } from '../../../stories/scenarios.js';
import { testCatalogue } from '../../core/test/fixtures/records.js';
import { allByRole, byRole, deepElements, mount, press, queryByRole, settle, textOf } from './helpers.js';

const mountScenario = (name: keyof typeof scenarios, extra: Record<string, unknown> = {}) => {
  const { record, relativeRecords } = scenarios[name]();
  return mount<AnhorigInvestigation>('anhorig-investigation', { record, relativeRecords, catalogue: undefined, today: SCENARIO_TODAY, ...extra });
};

const deepActive = (): Element | null => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('<anhorig-investigation>', () => {
  it('without a record from the host it says it is waiting, and passes axe', async () => {
    const { el } = await mount<AnhorigInvestigation>('anhorig-investigation', { record: undefined });
    expect(byRole(el, 'status', /Väntar på utredningen/)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('a bad first record never crashes: a Swedish message in the element and the error event with the input and issues', async () => {
    const { el, of } = await mount<AnhorigInvestigation>('anhorig-investigation', { record: badRecord });
    const alert = byRole(el, 'alert');
    expect(alert.textContent).to.include('Utredningen från värdsystemet kunde inte läsas in.');
    const [error] = of<AnhorigErrorDetail>('anhorig-error');
    expect(error?.detail.source).to.equal('record');
    expect((error?.detail.input as { record: unknown }).record).to.equal(badRecord);
    expect(error?.detail.issues.length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('a bad record after a good one keeps the current state, shows one message and fires the error event', async () => {
    const { el, of } = await mountScenario('oneInvolvedOneNot');
    const before = textOf(el);
    el.record = { ...scenarios.oneInvolvedOneNot().record, relatives: 'inte en lista' };
    await settle(el);
    const alert = byRole(el, 'alert', /Uppgifter från ärendesystemet kunde inte användas/);
    expect(alert.textContent).to.include('Utredningen från värdsystemet kunde inte läsas in. Det som visas är oförändrat.');
    expect(of<AnhorigErrorDetail>('anhorig-error')[0]?.detail.source).to.equal('record');
    expect(textOf(el)).to.include('Eva Exempelsson');
    expect(byRole(el, 'heading', /Steg 3 av 6/)).to.exist;
    await expect(el).to.be.accessible();
    await press(byRole(el, 'button', 'Stäng meddelandet'));
    await settle(el);
    expect(queryByRole(el, 'alert', /kunde inte användas/)).to.equal(undefined);
    expect(before).to.include('Eva Exempelsson');
  });

  it('a catalogue that lacks a life area the record uses is refused; the element keeps working', async () => {
    const { el, of } = await mountScenario('assigned', { catalogue: undefined });
    el.catalogue = { ...testCatalogue, lifeAreas: testCatalogue.lifeAreas.filter((a) => a.id !== 'd6') };
    await settle(el);
    const [error] = of<AnhorigErrorDetail>('anhorig-error');
    expect(error?.detail.source).to.equal('catalogue');
    expect(error?.detail.issues.some((i) => i.message.includes('Livsområdet "d6" finns inte'))).to.equal(true);
  });

  it('restores a saved record into the saved step with nothing lost', async () => {
    const saved = scenarios.indirectSupportDisagreement();
    const { el } = await mount<AnhorigInvestigation>('anhorig-investigation', { ...saved, catalogue: undefined, today: SCENARIO_TODAY });
    expect(byRole(el, 'heading', /Steg 4 av 6: Inhämta uppgifter/)).to.exist;
    const nav = byRole(el, 'navigation', 'Utredningens steg');
    expect(nav.querySelector('[aria-current="step"]')?.textContent).to.include('Inhämta uppgifter');
    const relativeView = allByRole(el, 'textbox').find((t) => (t as HTMLTextAreaElement).value.includes('Vill inte att det ska kallas stöd till mig'));
    expect(relativeView, 'the relative’s view is restored into its field').to.exist;
  });

  it('a step change moves focus to the new step heading and is announced in a live region', async () => {
    const { el, of } = await mountScenario('oneInvolvedOneNot');
    await press(byRole(el, 'button', /^Nästa: Inhämta uppgifter/));
    await settle(el);
    await new Promise((r) => requestAnimationFrame(r));
    expect(of('anhorig-step-change')[0]?.detail).to.deep.equal({ step: 'gather', previousStep: 'involve' });
    expect(deepActive()?.textContent).to.equal('Steg 4 av 6: Inhämta uppgifter');
    const live = allByRole(el, 'status').find((s) => s.getAttribute('aria-live') === 'polite');
    expect(live?.textContent).to.equal('Nu visas Steg 4 av 6: Inhämta uppgifter.');
  });

  it('moving the element in the DOM keeps the step and the record', async () => {
    const { el } = await mountScenario('oneInvolvedOneNot');
    await press(byRole(el, 'button', /^Nästa: Inhämta uppgifter/));
    await settle(el);
    const other = document.createElement('section');
    document.body.append(other);
    other.append(el);
    await settle(el);
    expect(byRole(el, 'heading', /Steg 4 av 6/)).to.exist;
    expect(textOf(el)).to.include('Eva Exempelsson');
    await press(byRole(el, 'button', /^Föregående/));
    await settle(el);
    expect(byRole(el, 'heading', /Steg 3 av 6/)).to.exist;
    other.remove();
  });

  it('passing the emitted record straight back (a framework re-render) does not reset anything', async () => {
    const { el, of } = await mountScenario('oneInvolvedOneNot');
    await press(byRole(el, 'button', /^Nästa: Inhämta uppgifter/));
    await settle(el);
    const change = of<AnhorigChangeDetail>('anhorig-change').at(-1)!;
    // Reaching into the element on purpose: a restore of an equal record is invisible on screen, but it
    // would replace the record object the machine holds with the host's copy.
    const held = () => (el as unknown as { owner: { actor: { getSnapshot(): { context: { record: unknown } } } } }).owner.actor.getSnapshot().context.record;
    expect(held()).to.equal(change.detail.record);
    el.record = JSON.parse(JSON.stringify(change.detail.record));
    await settle(el);
    expect(held(), 'no restore: the machine still holds its own record').to.equal(change.detail.record);
    expect(byRole(el, 'heading', /Steg 4 av 6/)).to.exist;
    expect(of('anhorig-error')).to.have.length(0);
  });

  it('decided support from the host (decidedSupport) is shown read-only in the assessment, without the host naming a source', async () => {
    const { el, of } = await mountScenario('oneInvolvedOneNot');
    el.decidedSupport = {
      needsAssessment: 'Bedömt i ärendesystemet.',
      decidedAt: SCENARIO_TODAY,
      decisions: [{ id: 'b-1', lifeAreaId: 'd6', supportTypeId: 'hemtjanst', outcome: 'granted', goal: 'Ett rent hem.' }],
    };
    await settle(el);
    expect(of('anhorig-error')).to.have.length(0);
    expect(of<AnhorigChangeDetail>('anhorig-change').at(-1)?.detail.record.assessment?.source).to.equal('host');
    await press(byRole(el, 'button', /Bedöma och besluta/));
    await settle(el);
    expect(textOf(el)).to.include('Beslutet kommer från verksamhetssystemet');
    expect(textOf(el)).to.include('Bedömt i ärendesystemet.');
  });

  it('readonly shows the whole record as a summary with no control that changes data', async () => {
    const { el } = await mountScenario('assigned', { readonly: true });
    expect(textOf(el)).to.include('Granskningsläge');
    expect(queryByRole(el, 'navigation', 'Utredningens steg')).to.equal(undefined);
    expect(allByRole(el, 'textbox')).to.have.length(0);
    expect(allByRole(el, 'button').filter((b) => !/Skriv ut/.test(b.textContent ?? ''))).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('lang="en" shows the interface in English', async () => {
    const { el } = await mountScenario('oneInvolvedOneNot', { lang: 'en' });
    expect(byRole(el, 'navigation', 'Steps of the investigation')).to.exist;
    expect(byRole(el, 'heading', /Step 3 of 6/)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('the consent panel and the information log are reachable from every step', async () => {
    const { el } = await mountScenario('oneInvolvedOneNot');
    await press(byRole(el, 'button', /^Samtycken \(\d+\)$/));
    await settle(el);
    expect(deepActive()?.textContent).to.equal('Samtycken');
    await expect(el).to.be.accessible();
    await press(byRole(el, 'button', /^Informationslogg/));
    await settle(el);
    expect(byRole(el, 'heading', 'Information till anhöriga')).to.exist;
    await press(byRole(el, 'button', 'Steg'));
    await settle(el);
    expect(byRole(el, 'heading', /Steg 3 av 6/)).to.exist;
  });
});

describe('<anhorig-investigation>: reflow (WCAG 1.4.10)', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });
  it('at 320 CSS px wide every step fits without horizontal scrolling of the page', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await mountScenario('assigned');
    for (const step of ['Ta reda på om den enskilde vill att anhöriga deltar', 'Inhämta uppgifter', 'Bedöma och besluta', 'Utforma uppdraget till utföraren']) {
      await press(byRole(el, 'button', new RegExp(`^(Steg \\d: )?${step}`)));
      await settle(el);
      expect(document.documentElement.scrollWidth, `step "${step}" overflows`).to.be.at.most(320);
    }
  });
});

/** Landmarks by role and name, through shadow roots (the shared finder knows no `main`). */
const LANDMARKS = { main: 'main, [role="main"]', region: 'section[aria-label], section[aria-labelledby], [role="region"]', navigation: 'nav, [role="navigation"]' };
const landmarks = (root: Element, role: keyof typeof LANDMARKS, name?: string): HTMLElement[] =>
  deepElements(root).filter(
    (e): e is HTMLElement =>
      e.matches(LANDMARKS[role]) &&
      (name === undefined ||
        (e.getAttribute('aria-label') ?? (e.getRootNode() as ShadowRoot).getElementById(e.getAttribute('aria-labelledby') ?? '')?.textContent) === name),
  );
/** Whether `inner` is inside `outer` in the flat tree, as assistive technology sees it. */
const inside = (outer: Element, inner: Element): boolean => {
  for (let node: Node | null = inner; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) if (node === outer) return true;
  return false;
};

describe('<anhorig-investigation>: landmarks', () => {
  it('is one region named "Anhöriga i utredningen" holding the step navigator, the current step and the previous/next pager in a nav of its own', async () => {
    const { el } = await mountScenario('oneInvolvedOneNot');
    const [region, ...more] = landmarks(el, 'region', 'Anhöriga i utredningen');
    expect(region, 'the element’s region').to.exist;
    expect(more).to.have.length(0);
    expect(landmarks(el, 'main')).to.have.length(0);
    const steps = landmarks(el, 'navigation', 'Utredningens steg')[0]!;
    const pager = landmarks(el, 'navigation', 'Föregående och nästa steg')[0]!;
    expect(inside(region!, steps)).to.equal(true);
    expect(inside(region!, pager)).to.equal(true);
    expect(inside(region!, byRole(el, 'heading', /^Steg 3 av 6/))).to.equal(true);
    // The buttons a first release left outside every landmark.
    for (const button of [byRole(el, 'button', /^Föregående: /), byRole(el, 'button', /^Nästa: Inhämta uppgifter/)]) expect(inside(pager, button), button.textContent!).to.equal(true);
    // The pager's and the header's own buttons are named without a space before a colon.
    for (const button of allByRole(pager, 'button')) expect(computeAccessibleName(button)).to.not.match(/\s[:.,]/);
    // The live region is inside too: nothing of the element is outside its landmark.
    const top = Array.from(el.shadowRoot!.children).filter((c) => c.tagName !== 'STYLE');
    expect(top).to.deep.equal([region]);
    await expect(el).to.be.accessible();
  });

  it('landmark="main" makes the element the page’s main landmark (for a host page without a main of its own)', async () => {
    const { el } = await mountScenario('oneInvolvedOneNot');
    el.setAttribute('landmark', 'main');
    await settle(el);
    const [main] = landmarks(el, 'main');
    expect(main?.getAttribute('aria-label')).to.equal('Anhöriga i utredningen');
    expect(landmarks(el, 'region', 'Anhöriga i utredningen')).to.have.length(0);
    expect(inside(main!, landmarks(el, 'navigation', 'Utredningens steg')[0]!)).to.equal(true);
    expect(inside(main!, landmarks(el, 'navigation', 'Föregående och nästa steg')[0]!)).to.equal(true);
    await expect(el).to.be.accessible();
    // Anything else than "main" is the region.
    el.setAttribute('landmark', 'banner');
    await settle(el);
    expect(landmarks(el, 'main')).to.have.length(0);
    expect(landmarks(el, 'region', 'Anhöriga i utredningen')).to.have.length(1);
  });

  it('readonly and waiting are inside the landmark as well', async () => {
    const { el } = await mountScenario('assigned', { readonly: true });
    const [region] = landmarks(el, 'region', 'Anhöriga i utredningen');
    expect(inside(region!, byRole(el, 'heading', /Sammanfattning/))).to.equal(true);
    const { el: waiting } = await mount<AnhorigInvestigation>('anhorig-investigation', { record: undefined, lang: 'en' });
    expect(inside(landmarks(waiting, 'region', 'Relatives in the investigation')[0]!, byRole(waiting, 'status', /Waiting/))).to.equal(true);
  });
});

describe('<anhorig-investigation>: language switch', () => {
  /** Parts of the view the handläggare sees, in the words of one language. */
  const expectLanguage = (el: HTMLElement, lang: 'sv' | 'en') => {
    const sv = lang === 'sv';
    expect(landmarks(el, 'region', sv ? 'Anhöriga i utredningen' : 'Relatives in the investigation'), 'the landmark’s name').to.have.length(1);
    expect(textOf(el), 'header').to.include(sv ? 'Utredning för' : 'Investigation for');
    expect(byRole(el, 'button', sv ? /^Samtycken \(\d+\)$/ : /^Consents \(\d+\)$/), 'view switcher').to.exist;
    expect(landmarks(el, 'navigation', sv ? 'Utredningens steg' : 'Steps of the investigation'), 'navigator').to.have.length(1);
    expect(byRole(el, 'button', sv ? /^Steg 1: Ta reda på/ : /^Step 1: Find out/), 'navigator entry').to.exist;
    expect(landmarks(el, 'navigation', sv ? 'Föregående och nästa steg' : 'Previous and next step'), 'pager').to.have.length(1);
    expect(byRole(el, 'button', sv ? /^Nästa: Inhämta uppgifter/ : /^Next: Gather/), 'pager button').to.exist;
  };
  const expectStep = (el: HTMLElement, lang: 'sv' | 'en') => {
    const sv = lang === 'sv';
    expect(byRole(el, 'heading', sv ? /^Steg 3 av 6: Om den enskilde vill att anhöriga deltar$/ : /^Step 3 of 6: If the person wants relatives to take part$/), 'step heading').to.exist;
    expect(byRole(el, 'group', sv ? /^Hur ska samtalet med Eva Exempelsson genomföras\?/ : /^How should the conversation with Eva Exempelsson be held\?/), 'a form’s group label').to.exist;
  };

  it('setting lang="en" on the shown element switches the header, the navigator, the current step and its form labels at once, without navigating; and back', async () => {
    const { el, of } = await mountScenario('oneInvolvedOneNot');
    expectLanguage(el, 'sv');
    expectStep(el, 'sv');
    el.setAttribute('lang', 'en');
    await settle(el);
    expectLanguage(el, 'en');
    expectStep(el, 'en');
    expect(of('anhorig-step-change'), 'no navigation').to.have.length(0);
    await expect(el).to.be.accessible();
    el.lang = 'sv';
    await settle(el);
    expectLanguage(el, 'sv');
    expectStep(el, 'sv');
  });

  it('follows lang on an ancestor, with an open view (the consent panel, the information log) switching too', async () => {
    const { el } = await mountScenario('oneInvolvedOneNot');
    const host = el.parentElement!;
    await press(byRole(el, 'button', /^Samtycken \(\d+\)$/));
    await settle(el);
    expect(byRole(el, 'heading', 'Samtycken')).to.exist;
    host.setAttribute('lang', 'en');
    await settle(el);
    expect(byRole(el, 'heading', 'Consents')).to.exist;
    expect(landmarks(el, 'navigation', 'Steps of the investigation')).to.have.length(1);
    await press(byRole(el, 'button', /^Information log/));
    await settle(el);
    expect(byRole(el, 'heading', 'Information to relatives')).to.exist;
    host.removeAttribute('lang');
    await settle(el);
    expect(byRole(el, 'heading', 'Information till anhöriga')).to.exist;
    expect(byRole(el, 'checkbox', 'Hur vården och omsorgen fungerar')).to.exist;
    expect(landmarks(el, 'navigation', 'Utredningens steg')).to.have.length(1);
  });
});
