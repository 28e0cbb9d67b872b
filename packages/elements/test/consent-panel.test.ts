import { expect } from '@open-wc/testing';
import '../src/consent-panel/define.js';
import type { AnhorigConsentPanel } from '../src/consent-panel/anhorig-consent-panel.js';
import { readyRecord, withRelative, makeRecord } from '../../core/test/fixtures/records.js';
import { byRole, choose, mount, press, settle, textOf, TODAY, typeInto } from './helpers.js';

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
    expect(textOf(el)).to.include('Nästa uppdrag tar inte med vilket stöd Eva Andersson ger (R2).');
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
