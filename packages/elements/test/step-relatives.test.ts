import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/step-relatives/define.js';
import type { AnhorigStepRelatives } from '../src/step-relatives/anhorig-step-relatives.js';
import { childPerspective, representativeMayConsent, violenceGate, type InvestigationRecord, type Relative } from '@anhorig/core';
import { makeRecord, withAssessment, withConsent, withRelative } from '../../core/test/fixtures/records.js';
import { allByRole, byRole, caseworker, deepElements, mount, openDisclosure, press, queryByRole, settle, textOf, TODAY, typeInto } from './helpers.js';
import { sv } from '../../core/test/support/sv.js';

const TAG = 'anhorig-step-relatives';

/** The record in the last `anhorig-change` event. */
const lastRecord = (of: (type: string) => CustomEvent[]): InvestigationRecord => {
  const changes = of('anhorig-change') as CustomEvent<{ record: InvestigationRecord }>[];
  const last = changes.at(-1);
  if (!last) throw new Error('no anhorig-change event');
  return last.detail.record;
};

/** A disclosure (`<details>`) by the text of its summary, through shadow roots. */
const disclosure = (root: Element, text: string | RegExp): HTMLDetailsElement => {
  const summary = deepElements(root).find((e) => {
    if (e.tagName !== 'SUMMARY') return false;
    const actual = (e.textContent ?? '').replace(/\s+/g, ' ').trim();
    return typeof text === 'string' ? actual === text : text.test(actual);
  });
  if (!summary) throw new Error(`No disclosure "${String(text)}"`);
  return summary.parentElement as HTMLDetailsElement;
};

/** Open a disclosure by keyboard, as a user does. */
const open = async (el: Element, text: string | RegExp): Promise<HTMLDetailsElement> => {
  const details = disclosure(el, text);
  await press(details.querySelector('summary') as HTMLElement, 'Enter');
  await settle(el);
  expect(details.open, `disclosure "${String(text)}" opened`).to.equal(true);
  return details;
};

/** The branch tag of the relative card (steps 2/3 are chosen by the person's decision). */
const branchOf = (el: Element): string => {
  const tag = deepElements(el).find((e) => e.getAttribute('part') === 'branch');
  return (tag?.textContent ?? '').trim();
};

/** The element's text with the spaces textOf puts before a colon between elements removed. */
const flat = (el: Element): string => textOf(el).replace(/\s+:/g, ':');

const withEva = (overrides: Partial<Relative> = {}) =>
  withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson', relation: 'dotter', ...overrides });

describe('<anhorig-step-relatives>', () => {
  it('step 1: shows the step heading, the person and the relatives with their branch, and passes axe', async () => {
    const { el } = await mount<AnhorigStepRelatives>(TAG, { record: withEva({ involvementAskedAt: undefined }) });
    expect(byRole(el, 'heading', /Steg 1 av 6: Ta reda på om den enskilde vill att anhöriga deltar/)).to.exist;
    expect(textOf(el)).to.include('Sven Svensson');
    expect(byRole(el, 'heading', 'Eva Andersson (dotter)')).to.exist;
    expect(branchOf(el)).to.equal('Inte tillfrågad');
    expect(textOf(el)).to.include('Det är den enskilde som avgör om och på vilket sätt anhöriga deltar i utredningen.');
    await expect(el).to.be.accessible();
  });

  it('step 1: adds a relative by keyboard; the list and the record show them, with the life areas where they give support', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG);
    expect(textOf(el)).to.include('Inga anhöriga är tillagda ännu.');
    await typeInto(byRole(el, 'textbox', 'Namn'), 'Eva Andersson');
    await typeInto(byRole(el, 'textbox', /Relation till den enskilde/), 'min dotter');
    await press(byRole(el, 'checkbox', 'Ger stöd, omsorg eller vård till den enskilde'));
    await settle(el);
    // The marker area marks indirect support; it is not a life area where someone gives support.
    expect(queryByRole(el, 'checkbox', /Personligt stöd från person som vårdar/)).to.equal(undefined);
    await press(byRole(el, 'checkbox', 'Hemliv'));
    await press(byRole(el, 'checkbox', 'Bor med den enskilde'));
    await press(byRole(el, 'checkbox', /har fått veta att hen kan delta/));
    await settle(el);
    await expect(el).to.be.accessible();
    await press(byRole(el, 'button', 'Lägg till'));
    await settle(el);

    const [eva] = lastRecord(of).relatives;
    expect(eva).to.include({ name: 'Eva Andersson', relation: 'min dotter', givesSupport: true, livesWithPerson: true, informedOfPossibility: true, addedAt: TODAY });
    expect(eva?.supportLifeAreas).to.deep.equal(['d6']);
    expect(eva).not.to.have.property('chosenName');
    expect(byRole(el, 'heading', 'Eva Andersson (min dotter)')).to.exist;
    expect(textOf(el)).to.include('Ger stöd inom: Hemliv');
    expect(byRole(el, 'status').textContent).to.include('Eva Andersson är tillagd.');
    // The add form (the first "Namn", above the cards; each card has its own in "Ändra") is empty again.
    expect((allByRole(el, 'textbox', 'Namn').at(0) as HTMLInputElement).value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('step 1: a relative without a name is refused, with an error summary whose link leads to the name field', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG);
    await typeInto(byRole(el, 'textbox', /Relation till den enskilde/), 'granne');
    await press(byRole(el, 'button', 'Lägg till'));
    await settle(el);

    expect(of('anhorig-change')).to.have.length(0);
    const alert = byRole(el, 'alert');
    const link = byRole<HTMLAnchorElement>(alert, 'link', 'Namn: Fältet får inte vara tomt.');
    expect(link.getAttribute('href')).to.equal('#new-name');
    const name = byRole<HTMLInputElement>(el, 'textbox', 'Namn');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await press(link, 'Enter');
    expect(el.shadowRoot?.activeElement).to.equal(name);
  });

  it('step 1: relatives can be added up to the decision; afterwards the machine’s reason is shown', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG, { record: withAssessment(makeRecord(), [{ id: 'b-1' }]) });
    await typeInto(byRole(el, 'textbox', 'Namn'), 'Eva Andersson');
    await typeInto(byRole(el, 'textbox', /Relation till den enskilde/), 'granne');
    await press(byRole(el, 'button', 'Lägg till'));
    await settle(el);
    expect(of('anhorig-change')).to.have.length(0);
    expect(byRole(el, 'alert').textContent).to.include('Anhöriga kan läggas till fram till beslutet.');
    await expect(el).to.be.accessible();
  });

  it('step 1: changes a relative through the same form in an "Ändra" disclosure', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG, { record: withEva() });
    const details = await open(el, 'Ändra uppgifter om Eva Andersson');
    await typeInto(byRole(details, 'textbox', /Relation till den enskilde/), 'min äldsta dotter');
    await open(details, /^Mer om personen/);
    await typeInto(byRole(details, 'textbox', 'Valt namn (frivilligt)'), 'Evi');
    await expect(el).to.be.accessible();
    await press(byRole(details, 'button', /Spara ändringarna/));
    await settle(el);
    expect(lastRecord(of).relatives[0]).to.include({ relation: 'min äldsta dotter', chosenName: 'Evi', name: 'Eva Andersson' });
    expect(byRole(el, 'heading', 'Evi (min äldsta dotter)')).to.exist;
  });

  it('step 1: the person was asked about the relative; without a consent they are in step 2', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG, { record: withEva({ involvementAskedAt: undefined }) });
    expect(branchOf(el)).to.equal('Inte tillfrågad');
    await press(byRole(el, 'button', 'Markera att den enskilde har tillfrågats om Eva Andersson'));
    await settle(el);
    expect(lastRecord(of).relatives[0]?.involvementAskedAt).to.equal(TODAY);
    expect(textOf(el)).to.include(`Den enskilde tillfrågades ${TODAY} men har inte lämnat något besked.`);
    expect(queryByRole(el, 'button', /har tillfrågats/)).to.equal(undefined);
    expect(branchOf(el)).to.equal('Deltar inte (steg 2)');
    await expect(el).to.be.accessible();
  });

  /** Answer one of the decision's questions by keyboard, as a user does. */
  const answer = async (el: Element, question: string | RegExp, label: 'Ja' | 'Nej') => {
    await press(byRole(byRole(el, 'group', question), 'radio', label));
    await settle(el);
  };

  it('C1/C2: the person’s decision is one form — three questions, how it was given, one save — and a yes moves the relative to step 3', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG, { record: withEva() });
    expect(branchOf(el)).to.equal('Deltar inte (steg 2)');
    await answer(el, 'Får Eva Andersson delta i utredningens samtal och möten?', 'Ja');
    await answer(el, 'Får Eva Andersson lämna uppgifter om den enskilde?', 'Ja');
    await press(byRole(byRole(el, 'group', 'Hur lämnade den enskilde beskedet?'), 'radio', 'Muntligt'));
    await expect(el).to.be.accessible();
    await press(byRole(el, 'button', 'Spara beskedet om Eva Andersson'));
    await settle(el);

    const consents = lastRecord(of).consents;
    expect(consents.map((c) => [c.scope, c.status, c.givenBy, c.form, c.date])).to.deep.equal([
      ['participate', 'given', 'person', 'oral', TODAY],
      ['provideInformation', 'given', 'person', 'oral', TODAY],
    ]);
    expect(of('anhorig-consent-change')).to.have.length(2);
    expect(branchOf(el)).to.equal('Deltar (steg 3)');
    expect(flat(el)).to.include(`Delta i utredningens samtal: Ja (${TODAY})`);
    expect(flat(el)).to.include('Få information om den enskildes ärende: Inget besked');
    expect(byRole(el, 'status').textContent).to.include('Beskedet om Eva Andersson är sparat.');
    // The form closed once saved (H1): no question is on the screen until the handläggare changes the answer.
    expect(queryByRole(el, 'group', /Får Eva Andersson delta/)).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('C1/C2: the person’s no to taking part keeps the relative in step 2', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG, { record: withEva({ involvementAskedAt: undefined }) });
    await answer(el, 'Får Eva Andersson delta i utredningens samtal och möten?', 'Nej');
    await press(byRole(byRole(el, 'group', 'Hur lämnade den enskilde beskedet?'), 'radio', 'Muntligt'));
    await press(byRole(el, 'button', 'Spara beskedet om Eva Andersson'));
    await settle(el);

    expect(lastRecord(of).consents.map((c) => [c.scope, c.status])).to.deep.equal([['participate', 'declined']]);
    expect(branchOf(el)).to.equal('Deltar inte (steg 2)');
    expect(flat(el)).to.include(`Delta i utredningens samtal: Nej (${TODAY})`);
    await expect(el).to.be.accessible();
  });

  it('H1: no answer is preselected; saving a "Nej" closes the form, and pressing Enter again records nothing', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG, { record: withEva() });
    for (const radio of (allByRole(el, 'radio') as HTMLInputElement[]).filter((r) => r.closest('form.decision-form'))) expect(radio.checked, radio.value).to.equal(false);
    // Saving with nothing chosen is refused by the form itself, with an error summary.
    await press(byRole(el, 'button', 'Spara beskedet om Eva Andersson'));
    await settle(el);
    expect(byRole(el, 'alert').textContent).to.include('Välj ja eller nej för minst en av frågorna.');
    expect(of('anhorig-change')).to.have.length(0);

    await answer(el, 'Får Eva Andersson delta i utredningens samtal och möten?', 'Nej');
    await press(byRole(el, 'button', 'Spara beskedet om Eva Andersson'));
    await settle(el);
    expect(byRole(el, 'alert').textContent).to.include('Välj om beskedet lämnades muntligt eller skriftligt.');
    await press(byRole(byRole(el, 'group', 'Hur lämnade den enskilde beskedet?'), 'radio', 'Muntligt'));
    const save = byRole(el, 'button', 'Spara beskedet om Eva Andersson');
    await press(save);
    await settle(el);
    expect(lastRecord(of).consents.map((c) => c.status)).to.deep.equal(['declined']);
    // The trap was: the form stayed open with "Ja" selected, so a second Enter recorded a consent.
    expect(queryByRole(el, 'button', 'Spara beskedet om Eva Andersson')).to.equal(undefined);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(lastRecord(of).consents).to.have.length(1);
    // Changing the answer starts from the answer in force, and records only what changed.
    await press(byRole(el, 'button', 'Ändra beskedet om Eva Andersson'));
    await settle(el);
    expect(byRole<HTMLInputElement>(byRole(el, 'group', 'Får Eva Andersson delta i utredningens samtal och möten?'), 'radio', 'Nej').checked).to.equal(true);
    expect(byRole<HTMLInputElement>(byRole(el, 'group', 'Får Eva Andersson lämna uppgifter om den enskilde?'), 'radio', 'Ja').checked).to.equal(false);
  });

  it('H1 and C4: a judgement of a violence concern has no answer preselected, for joint conversations either', async () => {
    const record = withEva({ violenceConcern: { direction: 'unclear', routineFollowed: true, raisedAt: '2026-03-01' } });
    const { el, of } = await mount<AnhorigStepRelatives>(TAG, { record });
    await typeInto(byRole(el, 'textbox', 'Bedömning'), 'Eva kan delta.');
    await answer(el, 'Kan Eva Andersson delta i utredningen enligt bedömningen?', 'Ja');
    const joint = byRole(el, 'group', 'Är också gemensamma samtal med Eva Andersson och den enskilde säkra enligt bedömningen?');
    for (const radio of allByRole(joint, 'radio') as HTMLInputElement[]) expect(radio.checked).to.equal(false);
    await press(byRole(el, 'button', 'Dokumentera bedömningen (Eva Andersson)'));
    await settle(el);
    expect(of('anhorig-change')).to.have.length(0);
    expect(textOf(el)).to.include('Välj ja eller nej: är gemensamma samtal säkra?');
  });

  it('H2: a god man outside the family is recorded with role and mandate, and is not asked about, prompted or warned about as a relative', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG);
    await typeInto(byRole(el, 'textbox', 'Namn'), 'Gustav Granne');
    await typeInto(byRole(el, 'textbox', /Relation till den enskilde/), 'granne');
    await press(byRole(el, 'checkbox', /Är också den enskildes ställföreträdare/));
    await settle(el);
    await typeInto(byRole(el, 'textbox', /omfattar uppdraget/), 'Bevaka rätt och förvalta egendom');
    await press(byRole(el, 'checkbox', /Är inte anhörig till den enskilde/));
    await settle(el);
    // What only a relative has is not asked.
    expect(queryByRole(el, 'checkbox', 'Bor med den enskilde')).to.equal(undefined);
    await press(byRole(el, 'button', 'Lägg till'));
    await settle(el);
    const [gustav] = lastRecord(of).relatives;
    expect(gustav).to.include({ isRelative: false, relationCategory: 'neighbour', informedOfPossibility: false });
    expect(gustav?.legalRepresentative?.mandate).to.equal('Bevaka rätt och förvalta egendom');
    expect(branchOf(el)).to.equal('Ställföreträdare, inte anhörig');
    expect(queryByRole(el, 'group', /Får Gustav Granne delta/)).to.equal(undefined);
    expect(queryByRole(el, 'button', /har tillfrågats/)).to.equal(undefined);
    const card = deepElements(el).find((e) => e.getAttribute('data-relative-id') === gustav?.id)!;
    expect(textOf(el)).not.to.include('har inte tillfrågats');
    expect(textOf(card)).not.to.include('kan delta');
    expect(textOf(card)).to.include('tillfrågas därför inte om att delta som anhörig');
    await expect(el).to.be.accessible();
  });

  it('compact: what is left for one relative is listed once at the top, linked to the relative’s card', async () => {
    const { el } = await mount<AnhorigStepRelatives>(TAG, { record: withEva({ involvementAskedAt: undefined, informedOfPossibility: false }) });
    const warnings = byRole(el, 'region', 'Att tänka på i det här steget');
    const link = byRole<HTMLAnchorElement>(warnings, 'link', 'Eva Andersson (dotter)');
    expect(textOf(warnings)).to.include('Den enskilde har inte tillfrågats om Eva Andersson ska delta i utredningen.');
    expect(textOf(warnings)).to.include('Eva Andersson har inte fått veta att det finns möjlighet att delta');
    // One list for the step: no second warning box inside the card.
    expect(deepElements(el).filter((e) => e.getAttribute('part') === 'warnings')).to.have.length(1);
    await press(link, 'Enter');
    expect(el.shadowRoot!.activeElement?.textContent).to.include('Eva Andersson');
    await expect(el).to.be.accessible();
  });

  it('H4 and C11: the child perspective has its answer in place; once recorded the prompt becomes a fact', async () => {
    const record = withEva({ name: 'Alva Andersson', relation: 'barnbarn', isChild: true });
    const { el, of } = await mount<AnhorigStepRelatives>(TAG, { record });
    const [flag] = childPerspective(record);
    expect(textOf(el)).to.include(sv(flag!.prompt));
    await press(byRole(el, 'button', 'Barnet har vägletts till stöd för egen del (Alva Andersson)'));
    await settle(el);
    const last = of<{ relativeRecords: { relativeId: string; childGuidedToOwnSupport?: boolean }[] }>('anhorig-change').at(-1)!.detail;
    expect(last.relativeRecords.find((r) => r.relativeId === 'eva')?.childGuidedToOwnSupport).to.equal(true);
    expect(textOf(el)).to.include('Barnet har vägletts till stöd för egen del.');
    expect(textOf(el)).not.to.include(sv(flag!.prompt));
    await expect(el).to.be.accessible();
  });

  it('repeated groups name their relative, so a screen-reader user moving by field can tell whose they are', async () => {
    const record = withRelative(withEva(), { id: 'olle', name: 'Olle Berg', relation: 'son' });
    const { el } = await mount<AnhorigStepRelatives>(TAG, { record });
    const names = allByRole(el, 'group').map((g) => g.getAttribute('aria-label') ?? g.querySelector('legend')?.textContent?.trim() ?? '');
    const decisions = names.filter((n) => n.startsWith('Får '));
    expect(decisions.length).to.equal(6);
    expect(new Set(decisions).size).to.equal(decisions.length);
  });

  it('C4: a concern about violence, threats or coercion means no joint meeting and no part in the investigation until a documented judgement, which names who recorded it', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG, { record: withEva() });
    const details = await open(el, 'Registrera oro för våld, hot eller tvång (Eva Andersson)');
    await press(byRole(details, 'radio', 'Eva Andersson kan vara utsatt'));
    await typeInto(byRole(details, 'textbox', 'Beskriv oron'), 'Eva har berättat om hot.');
    await expect(el).to.be.accessible();
    await press(byRole(details, 'button', 'Registrera oron (Eva Andersson)'));
    await settle(el);

    let record = lastRecord(of);
    expect(record.relatives[0]?.violenceConcern).to.deep.equal({
      direction: 'relativeAtRisk',
      description: 'Eva har berättat om hot.',
      routineFollowed: false,
      raisedAt: TODAY,
    });
    const gate = violenceGate(record, 'eva');
    expect(gate.allowed).to.equal(false);
    const text = textOf(el);
    if (!gate.allowed) expect(text).to.include(sv(gate.reason));
    expect(text).to.include('Information, hänvisning och eget samtal för Eva Andersson är fortfarande möjligt.');
    expect(text).to.include('Ingen gemensam träff med Eva Andersson och den enskilde erbjuds.');
    await expect(el).to.be.accessible();

    await typeInto(byRole(el, 'textbox', 'Bedömning'), 'Samråd med relationsvåldsteamet: Eva kan delta i separata samtal.');
    await press(byRole(byRole(el, 'group', 'Kan Eva Andersson delta i utredningen enligt bedömningen?'), 'radio', 'Ja'));
    await settle(el);
    await press(byRole(byRole(el, 'group', /Är också gemensamma samtal med Eva Andersson/), 'radio', 'Nej'));
    await press(byRole(el, 'button', 'Dokumentera bedömningen (Eva Andersson)'));
    await settle(el);

    record = lastRecord(of);
    expect(record.relatives[0]?.violenceConcern?.judgement).to.deep.equal({
      text: 'Samråd med relationsvåldsteamet: Eva kan delta i separata samtal.',
      allowsParticipation: true,
      allowsJointMeeting: false,
      date: TODAY,
      recordedBy: caseworker,
    });
    expect(textOf(el)).not.to.include('Ingen gemensam träff med Eva Andersson');
    expect(textOf(el)).to.include('kan Eva Andersson delta, men bara i samtal var för sig');
    expect(byRole(el, 'status').textContent).to.include('Bedömningen är dokumenterad.');
    await expect(el).to.be.accessible();
  });

  it('C5: a relative who is the legal representative shows role, mandate and the rule from the consent engine', async () => {
    const record = withEva({ legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt och förvalta egendom', coversPersonalMatters: false } });
    const { el } = await mount<AnhorigStepRelatives>(TAG, { record });
    const gate = representativeMayConsent(record, 'eva');
    expect(gate.allowed).to.equal(false);
    const text = textOf(el);
    if (!gate.allowed) expect(text).to.include(sv(gate.reason));
    expect(text).to.include('God man');
    expect(text).to.include('Bevaka rätt och förvalta egendom');
    expect(text).to.include('För ställföreträdare gäller särskilda regler.');
    await expect(el).to.be.accessible();
  });

  it('C2: a person who cannot take a position, with no one to consent for them, gets a documented judgement of their likely wish', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG);
    expect(queryByRole(el, 'textbox', 'Vad skulle den enskilde troligen vilja?')).to.equal(undefined);
    await press(byRole(byRole(el, 'group', 'Kan den enskilde ta ställning till samtycke?'), 'radio', 'Nej'));
    await settle(el);
    expect(lastRecord(of).person.canTakePosition).to.equal('no');
    expect(byRole(el, 'heading', 'Bedömning av vad den enskilde troligen vill')).to.exist;
    await expect(el).to.be.accessible();

    await typeInto(byRole(el, 'textbox', 'Vad skulle den enskilde troligen vilja?'), 'Att dottern Eva är med vid samtalen.');
    await typeInto(byRole(el, 'textbox', 'Vilka har du frågat? (en per rad)'), 'Eva Andersson');
    await press(byRole(el, 'button', 'Dokumentera bedömningen'));
    await settle(el);
    expect(lastRecord(of).person.capacityJudgement).to.deep.equal({
      likelyWish: 'Att dottern Eva är med vid samtalen.',
      consulted: ['Eva Andersson'],
      date: TODAY,
      recordedBy: caseworker,
    });
    expect(byRole(el, 'status').textContent).to.include('Bedömningen är dokumenterad.');
    await expect(el).to.be.accessible();
  });

  it('C2: for a person under 18 the guardians and the child’s own views are recorded', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG);
    expect(queryByRole(el, 'textbox', 'Barnets egna synpunkter')).to.equal(undefined);
    await press(byRole(el, 'radio', 'Under 18 år'));
    await settle(el);
    expect(lastRecord(of).person.ageGroup).to.equal('minor');
    await typeInto(byRole(el, 'textbox', 'Vårdnadshavare (en per rad)'), 'Anna Svensson');
    await typeInto(byRole(el, 'textbox', 'Barnets egna synpunkter'), 'Vill att mormor är med.');
    await settle(el);
    const { person } = lastRecord(of);
    expect(person.childViews).to.equal('Vill att mormor är med.');
    expect(person.guardians).to.deep.equal(['Anna Svensson']);
    await expect(el).to.be.accessible();
  });

  it('step 1: records that the application itself also concerns support or relief for a relative', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG);
    await press(byRole(el, 'checkbox', 'Ansökan gäller också stöd eller avlösning för en anhörig'));
    await settle(el);
    expect(lastRecord(of).applicationConcernsRelative).to.equal(true);
  });

  it('step 1: removes a relative added by mistake, after confirmation', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG, { record: withEva() });
    await openDisclosure(el, /^Ändra uppgifter om Eva Andersson$/);
    await press(byRole(el, 'button', 'Ta bort Eva Andersson'));
    await settle(el);
    await expect(el).to.be.accessible();
    await press(byRole(el, 'button', 'Ja, ta bort Eva Andersson'));
    await settle(el);
    expect(lastRecord(of).relatives).to.have.length(0);
    expect(byRole(el, 'status').textContent).to.include('Eva Andersson är borttagen.');
    expect(textOf(el)).to.include('Inga anhöriga är tillagda ännu.');
    await expect(el).to.be.accessible();
  });

  it('step 1: a relative something refers to is not removed, and the machine’s reason is shown', async () => {
    const { el, of } = await mount<AnhorigStepRelatives>(TAG, { record: withConsent(withEva(), { scope: 'participate', relativeId: 'eva' }) });
    await openDisclosure(el, /^Ändra uppgifter om Eva Andersson$/);
    await press(byRole(el, 'button', 'Ta bort Eva Andersson'));
    await settle(el);
    await press(byRole(el, 'button', 'Ja, ta bort Eva Andersson'));
    await settle(el);
    expect(of('anhorig-change')).to.have.length(0);
    expect(byRole(el, 'alert').textContent).to.include('Den anhöriga kan inte tas bort');
    expect(byRole(el, 'heading', 'Eva Andersson (dotter)')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('C4: a judgement without its text is refused, with the error summary in the relative’s card', async () => {
    const record = withEva({ violenceConcern: { direction: 'unclear', routineFollowed: false, raisedAt: '2026-03-01' } });
    const { el, of } = await mount<AnhorigStepRelatives>(TAG, { record });
    await press(byRole(el, 'button', 'Dokumentera bedömningen (Eva Andersson)'));
    await settle(el);
    expect(of('anhorig-change')).to.have.length(0);
    const alert = byRole(el, 'alert');
    expect(byRole(alert, 'link', 'Bedömning: Fältet får inte vara tomt.').getAttribute('href')).to.equal('#r0-judgement-text');
    expect(textOf(alert)).to.include('Uppgiften saknas.');
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const { el } = await mount<AnhorigStepRelatives>(TAG, { record: withEva({ involvementAskedAt: undefined }), lang: 'en' });
    expect(byRole(el, 'heading', 'Relatives who are important to the person')).to.exist;
    expect(branchOf(el)).to.equal('Not asked');
    expect(byRole(el, 'button', 'Mark that the person has been asked about Eva Andersson')).to.exist;
    expect(byRole(el, 'group', 'May Eva Andersson take part in the investigation\'s conversations and meetings?')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('readonly: shows everything, with no form fields and no buttons that change data', async () => {
    let record = withEva({
      isChild: true,
      legalRepresentative: { kind: 'forvaltare', mandate: 'Förvalta egendom', coversPersonalMatters: false },
      violenceConcern: { direction: 'both', description: 'Oro för hot.', routineFollowed: true, raisedAt: '2026-02-01' },
    });
    record = withConsent(record, { scope: 'participate', relativeId: 'eva' });
    const { el } = await mount<AnhorigStepRelatives>(TAG, { record, readonly: true });
    expect(allByRole(el, 'button')).to.have.length(0);
    for (const role of ['textbox', 'checkbox', 'radio', 'combobox']) expect(allByRole(el, role), role).to.have.length(0);
    expect(deepElements(el).filter((e) => e.tagName === 'FORM' || e.tagName === 'DETAILS')).to.have.length(0);
    const text = textOf(el);
    expect(text).to.include('Eva Andersson');
    expect(text).to.include('Oro för hot.');
    expect(text).to.include('Förvalta egendom');
    expect(flat(el)).to.include('Delta i utredningens samtal: Ja (2026-01-15)');
    expect(flat(el)).to.include('Lämna uppgifter om den enskilde: Inget besked');
    await expect(el).to.be.accessible();
  });
});

describe('<anhorig-step-relatives>: focus is never lost', () => {
  const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

  it('"Ändra beskedet" puts focus on the answer in force; an error summary’s link to a question focuses its choice', async () => {
    const { el } = await mount<AnhorigStepRelatives>(TAG, { record: withConsent(withEva(), { scope: 'participate', relativeId: 'eva' }) });
    await press(byRole(el, 'button', /^Ändra beskedet/));
    await settle(el);
    const participate = byRole(el, 'group', 'Får Eva Andersson delta i utredningens samtal och möten?');
    expect(focused(el)).to.equal(byRole(participate, 'radio', 'Ja'));
    // Nothing chosen for the form of the answer: the summary's link goes to the group's first choice.
    await press(byRole(participate, 'radio', 'Nej'));
    await press(byRole(el, 'button', /^Spara beskedet/));
    await settle(el);
    const link = byRole(byRole(el, 'alert'), 'link');
    await press(link, 'Enter');
    expect(focused(el)).to.equal(byRole(byRole(el, 'group', 'Hur lämnade den enskilde beskedet?'), 'radio', 'Muntligt'));
  });

  it('recording a first concern about violence moves focus to the section that now shows it', async () => {
    const { el } = await mount<AnhorigStepRelatives>(TAG, { record: withEva() });
    const details = await open(el, 'Registrera oro för våld, hot eller tvång (Eva Andersson)');
    await press(byRole(details, 'radio', 'Eva Andersson kan vara utsatt'));
    await press(byRole(details, 'button', 'Registrera oron (Eva Andersson)'));
    await settle(el);
    expect(focused(el)?.textContent?.trim()).to.equal('Oro för våld, hot eller tvång');
  });

  it('clearing the last optional detail keeps "Mer om personen" open, with focus inside', async () => {
    const { el } = await mount<AnhorigStepRelatives>(TAG, { record: withEva({ contact: '070-123 45 67' }) });
    const edit = await open(el, 'Ändra uppgifter om Eva Andersson');
    const more = disclosure(edit, /^Mer om personen/);
    expect(more.open, 'open: something in it is filled in').to.equal(true);
    const contact = byRole<HTMLTextAreaElement>(more, 'textbox', /^Kontaktuppgifter/);
    contact.focus();
    contact.value = '';
    contact.dispatchEvent(new Event('change'));
    await settle(el);
    expect(more.open).to.equal(true);
    expect(focused(el)).to.equal(contact);
  });

  it('removing a relative leaves the next relative’s card as it was (its disclosures closed)', async () => {
    const record = withRelative(withEva(), { id: 'bo', name: 'Bo Berg', relation: 'son' });
    const { el } = await mount<AnhorigStepRelatives>(TAG, { record });
    await open(el, 'Ändra uppgifter om Eva Andersson');
    await press(byRole(el, 'button', 'Ta bort Eva Andersson'));
    await settle(el);
    await press(byRole(el, 'button', 'Ja, ta bort Eva Andersson'));
    await settle(el);
    expect(disclosure(el, 'Ändra uppgifter om Bo Berg').open).to.equal(false);
  });

  it('a refused removal puts focus back on "Ta bort", with the reason announced', async () => {
    const { el } = await mount<AnhorigStepRelatives>(TAG, { record: withConsent(withEva(), { scope: 'participate', relativeId: 'eva' }) });
    await open(el, 'Ändra uppgifter om Eva Andersson');
    await press(byRole(el, 'button', 'Ta bort Eva Andersson'));
    await settle(el);
    await press(byRole(el, 'button', 'Ja, ta bort Eva Andersson'));
    await settle(el);
    expect(byRole(el, 'alert').textContent).to.include('Den anhöriga kan inte tas bort');
    expect(focused(el)).to.equal(byRole(el, 'button', 'Ta bort Eva Andersson'));
  });
});
