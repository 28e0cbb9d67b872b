/**
 * Nothing lost (issue "Nothing lost"): every committed edit fires `anhorig-change` with the full
 * documents, and a new element mounted with them is in exactly the same state (step heading and
 * navigator); the handläggare's unsaved input survives a DOM move, a catalogue change and the host
 * passing the emitted record straight back; a host listener that throws does not break the element.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultCatalogue, validateRecord, type InvestigationRecord, type RelativeRecord } from '@anhorig/core';
import '../../packages/elements/src/define.js';
import type { AnhorigInvestigation } from '../../packages/elements/src/investigation/anhorig-investigation.js';
import type { AnhorigChangeDetail } from '../../packages/elements/src/events/events.js';
import { byRole, deepElements, mount, press, settle, textOf, typeInto } from '../../packages/elements/test/helpers.js';
import { scenarios, SCENARIO_TODAY } from '../../stories/scenarios.js';

const mountFresh = () =>
  mount<AnhorigInvestigation>('anhorig-investigation', { ...scenarios.emptyStart(), catalogue: undefined, today: SCENARIO_TODAY });

const shown = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('.content > *')!;

/** What the handläggare sees of where they are: the step heading and the whole navigator (statuses, who is where). */
const stateOf = (el: HTMLElement) => {
  const nav = el.shadowRoot!.querySelector('anhorig-step-nav')!.shadowRoot!;
  const buttons = Array.from(nav.querySelectorAll<HTMLButtonElement>('button.step'));
  return {
    heading: shown(el).shadowRoot?.querySelector('h2')?.textContent?.trim(),
    navigator: buttons.map((b) => ({
      text: (b.textContent ?? '').replace(/\s+/g, ' ').trim(),
      current: b.getAttribute('aria-current'),
      disabled: b.disabled,
    })),
  };
};

/** The add-relative form's name field. */
const nameField = (el: HTMLElement) => shadow(shown(el)).querySelector<HTMLInputElement>('#new-name')!;
const shadow = (el: Element) => el.shadowRoot!;

/** A card in the current step whose heading starts with `name`. */
const card = (el: HTMLElement, name: string) =>
  Array.from(shadow(shown(el)).querySelectorAll<HTMLElement>('.card')).find((c) => (c.querySelector('h3, h4')?.textContent ?? '').trim().startsWith(name))!;

/** The person's decision about one relative: one form, the questions answered, how it was given, one save. */
const decide = async (el: HTMLElement, name: string, answers: Partial<Record<'participate' | 'provideInformation', 'Ja' | 'Nej'>>) => {
  const questions = {
    participate: `Får ${name} delta i utredningens samtal och möten?`,
    provideInformation: `Får ${name} lämna uppgifter om den enskilde?`,
  } as const;
  for (const [scope, answer] of Object.entries(answers) as [keyof typeof questions, 'Ja' | 'Nej'][]) {
    await press(byRole(byRole(card(el, name), 'group', questions[scope]), 'radio', answer));
    await settle(el);
  }
  await press(byRole(byRole(card(el, name), 'group', 'Hur lämnade den enskilde beskedet?'), 'radio', 'Muntligt'));
  await settle(el);
  await press(byRole(card(el, name), 'button', `Spara beskedet om ${name}`));
};

const addRelative = async (el: HTMLElement, name: string, relation: string, extra: string[] = []) => {
  const form = shadow(shown(el)).querySelector<HTMLElement>('form.add')!;
  await typeInto(byRole(form, 'textbox', 'Namn'), name);
  await typeInto(byRole(form, 'textbox', /^Relation till den enskilde/), relation);
  for (const box of extra) {
    await press(byRole(form, 'checkbox', box));
    await settle(el);
  }
  await press(byRole(form, 'button', 'Lägg till'));
};

/** The committed edits of the first steps, each ending in one commit. */
const EDITS: [string, (el: AnhorigInvestigation) => Promise<void>][] = [
  ['add Eva', (el) => addRelative(el, 'Eva Exempelsson', 'dotter', ['Ger stöd, omsorg eller vård till den enskilde', 'Hemliv', 'Bor med den enskilde'])],
  ['add Olle', (el) => addRelative(el, 'Olle Granne', 'granne')],
  ['mark Eva asked', async (el) => press(byRole(card(el, 'Eva Exempelsson'), 'button', /^Markera att den enskilde har tillfrågats/))],
  // One save records both answers (two consents) and is one committed edit.
  ['Eva may take part and give information', (el) => decide(el, 'Eva Exempelsson', { participate: 'Ja', provideInformation: 'Ja' })],
  ['Olle may not take part', (el) => decide(el, 'Olle Granne', { participate: 'Nej' })],
  ['next: step 2', async (el) => press(byRole(el, 'button', /^Nästa: /))],
  [
    'information given to Olle',
    async (el) => {
      const olle = card(el, 'Olle Granne');
      await typeInto(byRole(olle, 'textbox', 'Vilken information gav du?'), 'Anhöriggrupper');
      await press(byRole(olle, 'radio', 'Telefon'));
      await settle(el);
      await press(byRole(olle, 'button', 'Lägg till informationen'));
    },
  ],
  ['next: step 3', async (el) => press(byRole(el, 'button', /^Nästa: /))],
  [
    'meeting plan for Eva',
    async (el) => {
      const eva = card(el, 'Eva Exempelsson');
      await press(byRole(eva, 'radio', 'Var för sig'));
      await settle(el);
      await press(byRole(eva, 'button', 'Spara samtalsplanen'));
    },
  ],
  ['next: step 4', async (el) => press(byRole(el, 'button', /^Nästa: /))],
  ['back: step 3', async (el) => press(byRole(el, 'button', /^Föregående: /))],
];

describe('nothing lost', () => {
  it('every committed edit fires one anhorig-change with the full documents, and mounting them reproduces the state', async function () {
    this.timeout(30_000);
    const { el, of } = await mountFresh();
    for (const [name, edit] of EDITS) {
      const before = of('anhorig-change').length;
      await edit(el);
      await settle(el);
      const changes = of<AnhorigChangeDetail>('anhorig-change').slice(before);
      expect(changes, `${name}: one anhorig-change`).to.have.length(1);
      const { record, relativeRecords, valid } = changes[0]!.detail;
      expect(valid, `${name}: valid`).to.equal(true);
      expect(validateRecord(record).ok, `${name}: a full, valid record`).to.equal(true);
      expect(record).to.equal(changes[0]!.detail.record);

      const restored = await mount<AnhorigInvestigation>('anhorig-investigation', {
        record: structuredClone(record),
        relativeRecords: structuredClone(relativeRecords),
        catalogue: undefined,
        today: SCENARIO_TODAY,
      });
      expect(stateOf(restored.el), `${name}: the restored element`).to.deep.equal(stateOf(el));
      expect(restored.of('anhorig-error'), `${name}: restored without error`).to.have.length(0);
      restored.el.parentElement!.remove();
    }
    const last = of<AnhorigChangeDetail>('anhorig-change').at(-1)!.detail;
    expect(last.record.relatives.map((r) => r.name)).to.deep.equal(['Eva Exempelsson', 'Olle Granne']);
    expect(last.relativeRecords.map((r) => r.informationGiven.map((i) => i.what))).to.deep.equal([['Anhöriggrupper']]);
  });

  describe('unsaved input', () => {
    /** Type into the add-relative name field and leave focus there: nothing is committed, not even to the form's draft. */
    const typeUncommitted = async (el: HTMLElement, text: string) => {
      nameField(el).focus();
      await sendKeys({ type: text });
      await settle(el);
    };

    it('survives moving the element in the DOM while the handläggare types', async () => {
      const { el, of } = await mountFresh();
      await typeUncommitted(el, 'Eva Exempel');
      const changes = of('anhorig-change').length;
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      elsewhere.append(el);
      await settle(el);
      expect(nameField(el).value, 'the typed, uncommitted name').to.equal('Eva Exempel');
      expect(of('anhorig-change').length, 'nothing committed by the move').to.equal(changes);
      elsewhere.remove();
    });

    it('survives moving the element after the field was left (the form’s draft, not yet added)', async () => {
      const { el } = await mountFresh();
      await typeInto(nameField(el), 'Eva Exempelsson');
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      elsewhere.append(el);
      await settle(el);
      expect(nameField(el).value).to.equal('Eva Exempelsson');
      await press(byRole(shadow(shown(el)).querySelector('form.add')!, 'button', 'Lägg till'));
      await settle(el);
      // The draft is still the draft: adding it is refused for the missing relation, with the name kept.
      expect(nameField(el).value).to.equal('Eva Exempelsson');
      elsewhere.remove();
    });

    it('survives the host changing the catalogue while the handläggare types', async () => {
      const { el, of } = await mountFresh();
      await typeUncommitted(el, 'Eva Exempel');
      el.catalogue = structuredClone(defaultCatalogue);
      await settle(el);
      expect(of('anhorig-error')).to.have.length(0);
      expect(nameField(el).value, 'the typed, uncommitted name').to.equal('Eva Exempel');
    });

    it('survives the host re-setting caseworker and today to equal values (a framework re-render with new objects)', async () => {
      const { el, of } = await mountFresh();
      await typeUncommitted(el, 'Eva Exempel');
      const host = el as unknown as { caseworker: { id: string; name: string }; today: string };
      host.caseworker = { ...host.caseworker };
      host.today = `${SCENARIO_TODAY}`;
      await settle(el);
      expect(of('anhorig-error')).to.have.length(0);
      expect(nameField(el).value, 'the typed, uncommitted name').to.equal('Eva Exempel');
    });

    it('survives the host changing the catalogue after the field was left (draft)', async () => {
      const { el } = await mountFresh();
      await typeInto(nameField(el), 'Eva Exempelsson');
      el.catalogue = structuredClone(defaultCatalogue);
      await settle(el);
      expect(nameField(el).value).to.equal('Eva Exempelsson');
    });

    it('survives the host passing the emitted record straight back (a framework re-render)', async () => {
      const { el, of } = await mountFresh();
      await addRelative(el, 'Olle Granne', 'granne');
      await settle(el);
      const { record, relativeRecords } = of<AnhorigChangeDetail>('anhorig-change').at(-1)!.detail;
      await typeUncommitted(el, 'Eva Exempel');
      el.record = JSON.parse(JSON.stringify(record)) as InvestigationRecord;
      el.relativeRecords = JSON.parse(JSON.stringify(relativeRecords)) as RelativeRecord[];
      await settle(el);
      expect(nameField(el).value, 'the typed, uncommitted name').to.equal('Eva Exempel');
      expect(of('anhorig-error')).to.have.length(0);
      expect(textOf(el)).to.include('Olle Granne');
    });

    it('survives a committed edit elsewhere in the same step (another form re-renders the step)', async () => {
      const { el } = await mountFresh();
      await typeInto(nameField(el), 'Eva Exempelsson');
      await press(byRole(shown(el), 'checkbox', 'Ansökan gäller också stöd eller avlösning för en anhörig'));
      await settle(el);
      expect(nameField(el).value).to.equal('Eva Exempelsson');
    });
  });

  it('a host listener that throws on anhorig-change does not break the element', async () => {
    const { el, of } = await mountFresh();
    const swallowed: string[] = [];
    const previous = window.onerror;
    window.onerror = (message) => {
      swallowed.push(String(message));
      return true;
    };
    const throwing = () => {
      throw new Error('Värdens lyssnare kraschade');
    };
    el.addEventListener('anhorig-change', throwing);
    try {
      await addRelative(el, 'Eva Exempelsson', 'dotter');
      await settle(el);
    } finally {
      window.onerror = previous;
    }
    expect(swallowed.some((m) => m.includes('Värdens lyssnare kraschade')), 'the browser reported the host’s error').to.equal(true);
    expect(of('anhorig-change')).to.have.length(1);
    expect(textOf(el)).to.include('Eva Exempelsson');

    el.removeEventListener('anhorig-change', throwing);
    await addRelative(el, 'Olle Granne', 'granne');
    await settle(el);
    expect(of('anhorig-change'), 'another edit still works and fires again').to.have.length(2);
    expect(of<AnhorigChangeDetail>('anhorig-change')[1]!.detail.record.relatives).to.have.length(2);
  });

  it('a host listener that keeps throwing: every edit still commits and fires', async () => {
    const { el, of } = await mountFresh();
    const swallowed: string[] = [];
    const previous = window.onerror;
    window.onerror = (message) => {
      swallowed.push(String(message));
      return true;
    };
    el.addEventListener('anhorig-change', () => {
      throw new Error('Värdens lyssnare kraschade igen');
    });
    try {
      await addRelative(el, 'Eva Exempelsson', 'dotter');
      await addRelative(el, 'Olle Granne', 'granne');
      await settle(el);
    } finally {
      window.onerror = previous;
    }
    expect(swallowed).to.have.length(2);
    expect(of('anhorig-change')).to.have.length(2);
    expect(textOf(el)).to.include('Olle Granne');
  });
});
