import { expect } from '@open-wc/testing';
import '../src/consent-panel/define.js';
import type { AnhorigConsentPanel } from '../src/consent-panel/anhorig-consent-panel.js';
import { readyRecord, withConsent, withRelative, makeRecord } from '../../core/test/fixtures/records.js';
import { byRole, choose, deepElements, mount, press, queryByRole, settle, textOf, TODAY } from './helpers.js';

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
    await press(byRole(el, 'button', 'Registrera'));
    await settle(el);
    expect(textOf(el)).to.include('Den enskilde motsätter sig att Eva Andersson deltar i en samordnad individuell plan (SIP).');
    await expect(el).to.be.accessible();
  });
});

describe('<anhorig-consent-panel>: several forms on one investigation', () => {
  it('a form shows only the refusal of what it sent, not another form’s', async () => {
    await import('../src/step-relatives/define.js');
    const { el } = await mount<HTMLElement>('anhorig-step-relatives', { record: withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' }) });
    const open = async (scope: string) => {
      const summary = deepElements(el).find((e) => e.tagName === 'SUMMARY' && e.textContent?.includes(`Registrera den enskildes besked: ${scope}`)) as HTMLElement;
      await press(summary);
      await settle(el);
      return summary.closest('details')!.querySelector('anhorig-consent-panel')!;
    };
    const first = await open('Delta i utredningens samtal');
    // The first form sends something the machine accepts (a "no": the gate stays closed, the form stays).
    await press(byRole(byRole(first, 'group', 'Besked'), 'radio', 'Nej'));
    await press(byRole(first, 'button', 'Registrera'));
    await settle(el);
    expect(queryByRole(first, 'alert')).to.equal(undefined);
    const second = await open('Lämna uppgifter om den enskilde');
    // The second form sends something the machine refuses (a relative cannot consent about the person's information).
    await press(byRole(second, 'radio', 'Den anhöriga själv'));
    await press(byRole(second, 'button', 'Registrera'));
    await settle(el);
    expect(queryByRole(second, 'alert'), 'the refusal shows where it was sent from').to.exist;
    expect(queryByRole(first, 'alert'), 'and not in the other form').to.equal(undefined);
  });
});
