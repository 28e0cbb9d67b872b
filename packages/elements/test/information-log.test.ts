import { expect } from '@open-wc/testing';
import '../src/information-log/define.js';
import type { AnhorigInformationLog } from '../src/information-log/anhorig-information-log.js';
import type { InformationLogEntry, InvestigationRecord } from '@anhorig/core';
import { caseworker, makeRecord, withConsent, withRelative } from '../../core/test/fixtures/records.js';
import { allByRole, byRole, choose, mount, press, queryByRole, settle, textOf, TODAY, typeInto } from './helpers.js';

type Change = { record: InvestigationRecord };

const withEva = (): InvestigationRecord => withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson', relation: 'granne' });
const withEvaAndOmar = (): InvestigationRecord => withRelative(withEva(), { id: 'omar', name: 'Omar Said', relation: 'son' });

const entry = (overrides: Partial<InformationLogEntry> & Pick<InformationLogEntry, 'id' | 'relativeId' | 'date'>): InformationLogEntry => ({
  items: ['supportOffers'],
  channel: 'meeting',
  understood: true,
  recordedBy: caseworker,
  ...overrides,
});

const lastRecord = (of: <T>(type: string) => CustomEvent<T>[]): InvestigationRecord | undefined => of<Change>('anhorig-change').at(-1)?.detail.record;

describe('<anhorig-information-log>', () => {
  it('C9: logs information given to a relative by keyboard (what, when, how, understood, who recorded it), with no consent needed', async () => {
    const { el, of } = await mount<AnhorigInformationLog>('anhorig-information-log', { record: withEva() });
    expect(textOf(el)).to.include('kräver inget samtycke');
    await expect(el).to.be.accessible();

    await choose(byRole(el, 'combobox', 'Till vem gavs informationen?'), 'Eva Andersson (granne)');
    await press(byRole(el, 'checkbox', 'Vilket stöd kommunen och andra aktörer kan erbjuda anhöriga'));
    await press(byRole(el, 'checkbox', 'Rätten att ansöka om stöd för egen del, och hur man ansöker'));
    await press(byRole(el, 'radio', 'Telefon'));
    await press(byRole(el, 'checkbox', 'Jag försäkrade mig om att den anhöriga förstod informationen'));
    await typeInto(byRole(el, 'textbox', 'Anteckning (frivilligt)'), 'Eva fick broschyren om anhöriggrupper.');
    await press(byRole(el, 'button', 'Registrera informationen'));
    await settle(el);

    const log = lastRecord(of)?.informationLog ?? [];
    expect(log).to.have.length(1);
    expect(log[0]).to.deep.include({ relativeId: 'eva', date: TODAY, channel: 'phone', understood: true, note: 'Eva fick broschyren om anhöriggrupper.' });
    expect(log[0]?.items).to.deep.equal(['supportOffers', 'ownSupportRight']);
    expect(log[0]?.recordedBy).to.deep.equal(caseworker);
    expect(byRole(el, 'status').textContent).to.include('Informationen är registrerad');
    expect(textOf(el)).to.include('15 mars 2026, Eva Andersson');
    await expect(el).to.be.accessible();
  });

  it('information without any item is refused, with the reason linked to the field', async () => {
    const { el, of } = await mount<AnhorigInformationLog>('anhorig-information-log', { record: withEva() });
    await press(byRole(el, 'button', 'Registrera informationen'));
    await settle(el);
    expect(of('anhorig-change')).to.have.length(0);
    const alert = byRole(el, 'alert');
    expect(alert.textContent).to.include('Informationen kunde inte registreras');
    expect(alert.querySelector('a[href="#entry-items"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('lists the entries over time newest first', async () => {
    const record = {
      ...withEva(),
      informationLog: [
        entry({ id: 'i-1', relativeId: 'eva', date: '2026-03-01', items: ['sip'] }),
        entry({ id: 'i-2', relativeId: 'eva', date: '2026-02-01', items: ['voluntariness'], channel: 'letter', understood: false }),
      ],
    };
    const { el } = await mount<AnhorigInformationLog>('anhorig-information-log', { record });
    await press(byRole(el, 'checkbox', 'Hur vården och omsorgen fungerar'));
    await press(byRole(el, 'button', 'Registrera informationen'));
    await settle(el);
    const headings = allByRole(el, 'heading', /, Eva Andersson$/).map((h) => h.textContent?.trim());
    expect(headings).to.deep.equal(['15 mars 2026, Eva Andersson', '1 mars 2026, Eva Andersson', '1 februari 2026, Eva Andersson']);
    expect(textOf(el)).to.include('Att anhörigas insatser är frivilliga');
    await expect(el).to.be.accessible();
  });

  it('filters the entries per relative', async () => {
    const record = {
      ...withEvaAndOmar(),
      informationLog: [
        entry({ id: 'i-1', relativeId: 'eva', date: '2026-03-01' }),
        entry({ id: 'i-2', relativeId: 'omar', date: '2026-02-01', items: ['whereToTurn'] }),
      ],
    };
    const { el } = await mount<AnhorigInformationLog>('anhorig-information-log', { record });
    expect(allByRole(el, 'heading', /, (Eva Andersson|Omar Said)$/)).to.have.length(2);
    await choose(byRole(el, 'combobox', 'Visa för'), 'Omar Said (son)');
    await settle(el);
    const headings = allByRole(el, 'heading', /, (Eva Andersson|Omar Said)$/).map((h) => h.textContent?.trim());
    expect(headings).to.deep.equal(['1 februari 2026, Omar Said']);
    await expect(el).to.be.accessible();
  });

  it('C9: planning a later contact without the person’s consent shows the missing consent and stores nothing', async () => {
    const { el, of } = await mount<AnhorigInformationLog>('anhorig-information-log', { record: withEvaAndOmar() });
    expect(queryByRole(el, 'textbox', 'Syfte med kontakten')).to.exist;
    await choose(byRole(el, 'combobox', 'Vem ska du kontakta?'), 'Eva Andersson (granne)');
    await settle(el);
    const text = textOf(el);
    expect(text).to.include('Samtycke saknas');
    expect(text).to.include('Registrera samtycke till senare kontakt');
    expect(queryByRole(el, 'button', 'Planera kontakten')).to.equal(undefined);
    expect(queryByRole(el, 'textbox', 'Syfte med kontakten')).to.equal(undefined);
    expect(el.shadowRoot?.querySelector('anhorig-consent-request[scope="laterContact"][relative-id="eva"]')).to.exist;
    expect(of('anhorig-change')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('C9: with the person’s consent a later contact is planned with that consent named, and can be marked as done', async () => {
    const record = withConsent(withEva(), { id: 'c-later', scope: 'laterContact', relativeId: 'eva' });
    const { el, of } = await mount<AnhorigInformationLog>('anhorig-information-log', { record });
    await choose(byRole(el, 'combobox', 'Vem ska du kontakta?'), 'Eva Andersson (granne)');
    await typeInto(byRole(el, 'textbox', 'Syfte med kontakten'), 'Höra hur Eva har det efter sommaren.');
    await press(byRole(el, 'button', 'Planera kontakten'));
    await settle(el);
    const [contact] = lastRecord(of)?.plannedContacts ?? [];
    expect(contact).to.deep.include({ relativeId: 'eva', date: TODAY, purpose: 'Höra hur Eva har det efter sommaren.', consentId: 'c-later', done: false });
    expect(byRole(el, 'status').textContent).to.include('Kontakten är planerad');
    expect(textOf(el)).to.include('Planerad');
    await expect(el).to.be.accessible();

    await press(byRole(el, 'button', /^Markera som genomförd: kontakten med Eva Andersson/));
    await settle(el);
    expect(lastRecord(of)?.plannedContacts[0]?.done).to.equal(true);
    expect(byRole(el, 'status').textContent).to.include('markerad som genomförd');
    expect(queryByRole(el, 'button', /^Markera som genomförd/)).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('C3: a planned contact whose consent was withdrawn says so', async () => {
    let record = withConsent(withEva(), { id: 'c-later', scope: 'laterContact', relativeId: 'eva', status: 'withdrawn', withdrawnAt: '2026-03-01' });
    record = { ...record, plannedContacts: [{ id: 'k-1', relativeId: 'eva', date: '2026-04-01', purpose: 'Uppföljande samtal.', consentId: 'c-later', done: false }] };
    const { el } = await mount<AnhorigInformationLog>('anhorig-information-log', { record });
    expect(textOf(el)).to.include('återkallades 2026-03-01');
    await expect(el).to.be.accessible();
  });

  it('readonly: shows the log and the planned contacts, offers nothing to change', async () => {
    let record = withConsent(withEva(), { id: 'c-later', scope: 'laterContact', relativeId: 'eva' });
    record = {
      ...record,
      informationLog: [entry({ id: 'i-1', relativeId: 'eva', date: '2026-03-01', note: 'Fick information om SIP.' })],
      plannedContacts: [{ id: 'k-1', relativeId: 'eva', date: '2026-04-01', purpose: 'Uppföljande samtal.', consentId: 'c-later', done: false }],
    };
    const { el } = await mount<AnhorigInformationLog>('anhorig-information-log', { record, readonly: true });
    const text = textOf(el);
    expect(text).to.include('1 mars 2026, Eva Andersson');
    expect(text).to.include('Fick information om SIP.');
    expect(text).to.include('Uppföljande samtal.');
    expect(allByRole(el, 'button')).to.have.length(0);
    expect(allByRole(el, 'textbox')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('focusHeading() moves focus to the heading (opened from any step)', async () => {
    const { el } = await mount<AnhorigInformationLog>('anhorig-information-log', { record: withEva() });
    el.focusHeading();
    expect(el.shadowRoot?.activeElement?.id).to.equal('log-heading');
  });

  it('speaks English with lang="en"', async () => {
    const { el } = await mount<AnhorigInformationLog>('anhorig-information-log', { record: withEva(), lang: 'en' });
    expect(byRole(el, 'heading', 'Information to relatives')).to.exist;
    expect(byRole(el, 'checkbox', 'How care works')).to.exist;
    await expect(el).to.be.accessible();
  });
});
