import { expect } from '@open-wc/testing';
import { computeAccessibleName } from 'dom-accessibility-api';
import '../src/consent-panel/define.js';
import type { AnhorigConsentPanel } from '../src/consent-panel/anhorig-consent-panel.js';
import { readyRecord, withConsent, withProposal, withRelative, makeRecord } from '../../core/test/fixtures/records.js';
import { allByRole, byRole, choose, deepElements, mount, press, queryByRole, settle, textOf, TODAY } from './helpers.js';

/** Commit a date in a date field, as the browser does when one is picked: set it and fire `change`. */
const pickDate = async (input: HTMLElement, value: string): Promise<void> => {
  input.focus();
  (input as HTMLInputElement).value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('<anhorig-consent-panel>', () => {
  it('lists each consent with scope, answer, giver, form, date and who recorded it, and passes axe', async () => {
    const { el } = await mount<AnhorigConsentPanel>('anhorig-consent-panel', { record: readyRecord() });
    const text = textOf(el);
    expect(text).to.include('Samtycken som gäller Eva Andersson');
    expect(text).to.include('Uppgifter om den anhöriga lämnas till utföraren');
    expect(text).to.include('Handläggare Hanna');
    await expect(el).to.be.accessible();
  });

  it('C2: records a consent by keyboard and tells the host (audit log)', async () => {
    const { el, of } = await mount<AnhorigConsentPanel>('anhorig-consent-panel', { record: withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' }) });
    await choose(byRole(el, 'combobox', 'Anhörig'), 'Eva Andersson (granne)');
    await choose(byRole(el, 'combobox', 'Vad gäller samtycket?'), 'Delta i utredningens samtal');
    await press(byRole(el, 'radio', 'Ja'));
    await press(byRole(el, 'radio', 'Skriftligt'));
    await press(byRole(el, 'button', 'Registrera'));
    await settle(el);
    const [change] = of<{ consent: { scope: string; form: string; date: string; recordedBy: { id: string } }; change: string }>('anhorig-consent-change');
    expect(change?.detail.change).to.equal('given');
    expect(change?.detail.consent).to.include({ scope: 'participate', form: 'written', date: TODAY });
    expect(byRole(el, 'status').textContent).to.include('Beskedet är registrerat');
    await expect(el).to.be.accessible();
  });

  it('C2: a consent given by someone who may not give it is refused, with the reason in an error summary', async () => {
    const { el, of } = await mount<AnhorigConsentPanel>('anhorig-consent-panel', { record: withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' }) });
    await choose(byRole(el, 'combobox', 'Anhörig'), 'Eva Andersson (granne)');
    await choose(byRole(el, 'combobox', 'Vad gäller samtycket?'), 'Lämna uppgifter om den enskilde');
    await press(byRole(el, 'radio', 'Den anhöriga själv'));
    await press(byRole(el, 'radio', 'Ja'));
    await press(byRole(el, 'radio', 'Muntligt'));
    await press(byRole(el, 'button', 'Registrera'));
    await settle(el);
    expect(of('anhorig-consent-change')).to.have.length(0);
    expect(byRole(el, 'alert').textContent).to.include('bestämmer om sin egen medverkan');
    await expect(el).to.be.accessible();
  });

  it('C3: withdrawing shows first what will leave the next assignment, then withdraws and says what changed', async () => {
    const { el, of } = await mount<AnhorigConsentPanel>('anhorig-consent-panel', { record: readyRecord() });
    await press(byRole(el, 'button', 'Återkalla samtycket: Uppgifter om den anhöriga lämnas till utföraren'));
    await settle(el);
    expect(textOf(el)).to.include('Nästa uppdrag tar inte med vilket stöd Eva Andersson ger.');
    await expect(el).to.be.accessible();
    await press(byRole(el, 'button', 'Återkalla samtycket'));
    await settle(el);
    const [change] = of<{ change: string; consent: { withdrawnAt: string } }>('anhorig-consent-change');
    expect(change?.detail.change).to.equal('withdrawn');
    expect(change?.detail.consent.withdrawnAt).to.equal(TODAY);
    expect(byRole(el, 'status').textContent).to.include('Nästa uppdrag tar inte med');
    expect(textOf(el)).to.include(`Återkallat ${TODAY}`);
  });
});

describe('<anhorig-consent-panel>: whether a consent is in force (C2, C3)', () => {
  it('C2: a consent past its validUntil is shown as expired, not in force, with no withdraw button', async () => {
    let record = withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' });
    record = withConsent(record, { id: 'c-old', scope: 'participate', relativeId: 'eva', validUntil: '2026-02-01' });
    const { el } = await mount<AnhorigConsentPanel>('anhorig-consent-panel', { record });
    const row = byRole(el, 'table').querySelector('tbody tr')!;
    expect(row.textContent).to.include('Gäller inte längre, gällde till och med 2026-02-01');
    expect(row.classList.contains('inactive'), 'styled as not in force').to.equal(true);
    expect(queryByRole(el, 'button', 'Återkalla samtycket: Delta i utredningens samtal')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('C2: a consent given by someone who may not give it is shown as not in force', async () => {
    let record = withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' });
    record = { ...record, person: { ...record.person, ageGroup: 'minor' } };
    record = withConsent(record, { scope: 'participate', relativeId: 'eva', givenBy: 'person' });
    const { el } = await mount<AnhorigConsentPanel>('anhorig-consent-panel', { record });
    const row = byRole(el, 'table').querySelector('tbody tr')!;
    expect(row.textContent).to.include('Inte lämnat av någon som får samtycka');
    expect(row.classList.contains('inactive')).to.equal(true);
  });

  it('C3: choosing another withdrawal date changes the date in the preview, and the withdrawal acts from it', async () => {
    const { el, of } = await mount<AnhorigConsentPanel>('anhorig-consent-panel', { record: readyRecord() });
    await press(byRole(el, 'button', 'Återkalla samtycket: Uppgifter om den anhöriga lämnas till utföraren'));
    await settle(el);
    expect(textOf(el)).to.include(`Från och med ${TODAY} gäller inte samtycket`);
    await pickDate(byRole(el, 'textbox', 'Datum för återkallelsen'), '2026-03-01');
    await settle(el);
    expect(textOf(el)).to.include('Från och med 2026-03-01 gäller inte samtycket');
    expect(textOf(el)).not.to.include(`Från och med ${TODAY}`);
    await press(byRole(el, 'button', 'Återkalla samtycket'));
    await settle(el);
    const [change] = of<{ consent: { withdrawnAt: string } }>('anhorig-consent-change');
    expect(change?.detail.consent.withdrawnAt).to.equal('2026-03-01');
    expect(byRole(el, 'status').textContent).to.include('Från och med 2026-03-01');
  });

  it('C2: for a minor the answer is given by the guardian by default', async () => {
    const base = withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' });
    const record = { ...base, person: { ...base.person, ageGroup: 'minor' as const } };
    const { el } = await mount<AnhorigConsentPanel>('anhorig-consent-panel', { record });
    expect((byRole(el, 'radio', 'Vårdnadshavare') as HTMLInputElement).checked).to.equal(true);
    expect((byRole(el, 'radio', 'Den enskilde') as HTMLInputElement).checked).to.equal(false);
    expect(byRole(el, 'textbox', 'Namn på vårdnadshavare eller ställföreträdare')).to.exist;
  });
});

describe('<anhorig-consent-panel>: SIP (C14)', () => {
  it('C14: SIP is objection-based — a relative may take part until the person objects', async () => {
    const { el } = await mount<AnhorigConsentPanel>('anhorig-consent-panel', { record: withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' }) });
    expect(textOf(el)).to.include('SIP: kan delta i en samordnad individuell plan');
    await choose(byRole(el, 'combobox', 'Anhörig'), 'Eva Andersson (granne)');
    await choose(byRole(el, 'combobox', 'Vad gäller samtycket?'), 'Delta i samordnad individuell plan (SIP)');
    await press(byRole(el, 'radio', 'Motsätter sig'));
    await press(byRole(el, 'radio', 'Muntligt'));
    await press(byRole(el, 'button', 'Registrera'));
    await settle(el);
    expect(textOf(el)).to.include('Den enskilde motsätter sig att Eva Andersson deltar i en samordnad individuell plan (SIP).');
    await expect(el).to.be.accessible();
  });
});

describe('<anhorig-consent-panel>: several forms on one investigation', () => {
  it('a form shows only the refusal of what it sent, not another form’s', async () => {
    await import('../src/step-gather/define.js');
    let record = withRelative(makeRecord({ progress: { step: 'gather', phase: 'investigation' } }), { id: 'eva', name: 'Eva Andersson' });
    record = withConsent(record, { scope: 'participate', relativeId: 'eva' });
    record = withProposal(record, { id: 'is-1', relativeId: 'eva' });
    const { el } = await mount<HTMLElement>('anhorig-step-gather', { record });
    const open = async (label: string) => {
      const summary = deepElements(el).find((e) => e.tagName === 'SUMMARY' && e.textContent?.trim() === label) as HTMLElement;
      await press(summary);
      await settle(el);
      return summary.closest('details')!.querySelector('anhorig-consent-panel')!;
    };
    const own = await open('Registrera Eva Anderssons eget samtycke här');
    // The first form sends something the machine accepts (Eva's own "no"): the form stays, unchosen.
    await press(byRole(own, 'radio', 'Nej'));
    await press(byRole(own, 'radio', 'Muntligt'));
    await press(byRole(own, 'button', 'Registrera'));
    await settle(el);
    expect(queryByRole(own, 'alert')).to.equal(undefined);
    const person = await open('Registrera den enskildes samtycke här');
    // The second form sends something the machine refuses (a guardian for an adult).
    await press(byRole(person, 'radio', 'Vårdnadshavare'));
    await press(byRole(person, 'radio', 'Ja'));
    await press(byRole(person, 'radio', 'Muntligt'));
    await press(byRole(person, 'button', 'Registrera'));
    await settle(el);
    expect(queryByRole(person, 'alert'), 'the refusal shows where it was sent from').to.exist;
    expect(queryByRole(own, 'alert'), 'and not in the other form').to.equal(undefined);
  });
});

/** The consent panel for one consent, as a step embeds it (optionally with the giver preset). */
const mountSingle = async (attributes: Record<string, string>, record = withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' })) => {
  const mounted = await mount<AnhorigConsentPanel>('anhorig-consent-panel', { record });
  for (const [name, value] of Object.entries(attributes)) mounted.el.setAttribute(name, value);
  await settle(mounted.el);
  return mounted;
};

describe('<anhorig-consent-panel>: no answer is preselected (H1)', () => {
  it('H1: the answer and how it was given start unchosen; saving without them is refused by the form, in its error summary', async () => {
    const { el, of } = await mountSingle({ 'relative-id': 'eva', scope: 'participate' });
    for (const label of ['Ja', 'Nej', 'Muntligt', 'Skriftligt']) expect(byRole<HTMLInputElement>(el, 'radio', label).checked, label).to.equal(false);
    await press(byRole(el, 'button', 'Registrera'));
    await settle(el);
    expect(of('anhorig-consent-change')).to.have.length(0);
    const alert = byRole(el, 'alert');
    expect(textOf(alert)).to.include('Beskedet kunde inte registreras.');
    expect(textOf(alert)).to.include('Välj ett besked: Ja eller Nej.');
    expect(textOf(alert)).to.include('Välj hur beskedet lämnades: muntligt eller skriftligt.');
    await expect(el).to.be.accessible();
    // The summary's link takes focus to the choice; choosing it leaves only what is still missing.
    (allByRole(alert, 'link')[0] as HTMLElement).click();
    expect(el.shadowRoot!.activeElement).to.equal(byRole(el, 'radio', 'Ja'));
    await press(byRole(el, 'radio', 'Ja'));
    await settle(el);
    expect(textOf(byRole(el, 'alert'))).not.to.include('Välj ett besked');
    expect(textOf(byRole(el, 'alert'))).to.include('Välj hur beskedet lämnades');
  });

  it('H1: the trap — after saving a "Nej" the form starts over unchosen, and Enter again records nothing', async () => {
    const { el, of } = await mountSingle({ 'relative-id': 'eva', scope: 'participate' });
    await press(byRole(el, 'radio', 'Nej'));
    await press(byRole(el, 'radio', 'Muntligt'));
    const submit = byRole(el, 'button', 'Registrera');
    await press(submit);
    await settle(el);
    expect(of<{ change: string }>('anhorig-consent-change').map((e) => e.detail.change)).to.deep.equal(['declined']);
    for (const label of ['Ja', 'Nej', 'Muntligt', 'Skriftligt']) expect(byRole<HTMLInputElement>(el, 'radio', label).checked, label).to.equal(false);
    expect(byRole(el, 'status').textContent).to.include('Beskedet är registrerat.');
    // The handläggare presses Enter again on the same button.
    await press(submit);
    await settle(el);
    expect(of('anhorig-consent-change'), 'no consent nobody gave').to.have.length(1);
    expect(textOf(byRole(el, 'alert'))).to.include('Välj ett besked: Ja eller Nej.');
  });

  it('H1, C14: for SIP the answer is "motsätter sig" or "motsätter sig inte", neither chosen; without one the form says so', async () => {
    const { el, of } = await mountSingle({ 'relative-id': 'eva', scope: 'sip' });
    expect(byRole<HTMLInputElement>(el, 'radio', 'Motsätter sig').checked).to.equal(false);
    expect(byRole<HTMLInputElement>(el, 'radio', 'Motsätter sig inte').checked).to.equal(false);
    await press(byRole(el, 'radio', 'Skriftligt'));
    await press(byRole(el, 'button', 'Registrera'));
    await settle(el);
    expect(of('anhorig-consent-change')).to.have.length(0);
    expect(textOf(byRole(el, 'alert'))).to.include('Välj om den enskilde motsätter sig eller inte motsätter sig.');
  });
});

describe('<anhorig-consent-panel>: the giver preset, and where the form is shown', () => {
  it('H6: with given-by="relative" the relative’s own answer is one short form that does not ask who answers', async () => {
    const { el, of } = await mountSingle({ 'relative-id': 'eva', scope: 'indirectSupport', 'given-by': 'relative' });
    expect(queryByRole(el, 'group', /^Vem lämnar/), 'who answers is preset').to.equal(undefined);
    expect(byRole(el, 'heading').textContent?.trim()).to.equal('Registrera Eva Anderssons eget besked: Insatsen är också ett stöd till den anhöriga (indirekt stöd)');
    await press(byRole(byRole(el, 'group', 'Eva Anderssons eget besked'), 'radio', 'Ja'));
    await press(byRole(byRole(el, 'group', 'Hur lämnade Eva Andersson sitt besked?'), 'radio', 'Muntligt'));
    await press(byRole(el, 'button', 'Registrera'));
    await settle(el);
    const [change] = of<{ consent: { givenBy: string; scope: string; status: string } }>('anhorig-consent-change');
    expect(change?.detail.consent).to.include({ givenBy: 'relative', scope: 'indirectSupport', status: 'given' });
    await expect(el).to.be.accessible();
  });

  it('structure: heading-level puts the form under its caller (an h5 under an h4), the error summary one level below; groups name the relative', async () => {
    const { el } = await mountSingle({ 'relative-id': 'eva', scope: 'participate', 'heading-level': '5' });
    const heading = deepElements(el).find((e) => /^H[1-6]$/.test(e.tagName))!;
    expect(heading.tagName).to.equal('H5');
    expect(heading.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Registrera samtycke: Delta i utredningens samtal (Eva Andersson)');
    expect(queryByRole(el, 'group', 'Besked om Eva Andersson')).to.exist;
    expect(queryByRole(el, 'group', 'Hur lämnades beskedet om Eva Andersson?')).to.exist;
    expect(queryByRole(el, 'group', 'Vem lämnar beskedet om Eva Andersson?')).to.exist;
    await press(byRole(el, 'button', 'Registrera'));
    await settle(el);
    expect(byRole(el, 'alert').querySelector('h6')?.textContent).to.equal('Beskedet kunde inte registreras.');
  });

  it('structure: the consent request passes heading-level and given-by on to its form', async () => {
    await import('../src/step-gather/define.js');
    let record = withRelative(makeRecord({ progress: { step: 'gather', phase: 'investigation' } }), { id: 'eva', name: 'Eva Andersson' });
    record = withProposal(withConsent(record, { scope: 'participate', relativeId: 'eva' }), { id: 'is-1', relativeId: 'eva' });
    const { el } = await mount<HTMLElement>('anhorig-step-gather', { record });
    const request = deepElements(el).find((e) => e.tagName === 'ANHORIG-CONSENT-REQUEST' && e.getAttribute('given-by') === 'relative') as HTMLElement;
    expect(request.getAttribute('heading-level')).to.equal('5');
    await press(request.shadowRoot!.querySelector('summary')!);
    await settle(el);
    const panel = request.shadowRoot!.querySelector('anhorig-consent-panel')!;
    expect(panel.getAttribute('given-by')).to.equal('relative');
    expect(panel.shadowRoot!.querySelector('h5')?.textContent).to.include('Registrera Eva Anderssons eget besked');
  });

  it('structure: each consent table has a caption naming its relative; no name has a space before a colon', async () => {
    const { el } = await mount<AnhorigConsentPanel>('anhorig-consent-panel', { record: readyRecord() });
    expect(byRole(el, 'table').querySelector('caption')?.textContent).to.equal('Samtycken och nej som gäller Eva Andersson');
    const names = deepElements(el)
      .filter((e) => e.matches('h2, h3, h4, fieldset, button, input, select, textarea, table, [role="region"]'))
      .map((e) => computeAccessibleName(e));
    expect(names).to.include('Återkalla samtycket: Uppgifter om den anhöriga lämnas till utföraren');
    expect(names.filter((n) => /\s:/.test(n))).to.deep.equal([]);
  });
});
