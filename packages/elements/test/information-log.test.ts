import { expect } from '@open-wc/testing';
import { computeAccessibleName } from 'dom-accessibility-api';
import '../src/information-log/define.js';
import type { AnhorigInformationLog } from '../src/information-log/anhorig-information-log.js';
import type { InformationLogEntry, InvestigationRecord } from '@anhorig/core';
import { caseworker, makeRecord, withConsent, withRelative } from '../../core/test/fixtures/records.js';
import { allByRole, byRole, choose, deepElements, mount, press, queryByRole, settle, textOf, TODAY, typeInto } from './helpers.js';

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

/** The form to record information given (a CSS selector only to scope the search to that form). */
const entryForm = (el: HTMLElement): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('form[aria-labelledby="entry-form-heading"]')!;

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
    expect(byRole(el, 'status', /Informationen är registrerad/)).to.exist;
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
    // The link goes to the group's first choice (a fieldset cannot take focus), and moves focus there.
    const link = alert.querySelector<HTMLAnchorElement>('a[href="#entry-items-supportOffers"]')!;
    expect(link.textContent, 'the item names its field').to.match(/^Information som gavs: \S/);
    await press(link);
    expect(el.shadowRoot?.activeElement?.id).to.equal('entry-items-supportOffers');
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
    expect(byRole(el, 'status', /Kontakten är planerad/)).to.exist;
    expect(textOf(el)).to.include('Planerad');
    await expect(el).to.be.accessible();

    await press(byRole(el, 'button', /^Markera som genomförd: kontakten med Eva Andersson/));
    await settle(el);
    expect(lastRecord(of)?.plannedContacts[0]?.done).to.equal(true);
    expect(byRole(el, 'status', /markerad som genomförd/)).to.exist;
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

  it('L5: telling a relative about the person’s own rights needs the person’s consent for that relative — said in the form before saving, recordable in place, and saving is refused with the reason', async () => {
    const { el, of } = await mount<AnhorigInformationLog>('anhorig-information-log', { record: withEvaAndOmar() });
    // The status region is in place (empty) before the gate closes, so the message is announced when it appears.
    const status = byRole(el, 'status', '');
    await choose(byRole(el, 'combobox', 'Till vem gavs informationen?'), 'Eva Andersson (granne)');
    await press(byRole(el, 'checkbox', /^Den enskildes särskilda rättigheter/));
    await settle(el);
    expect(status.isConnected, 'the same status region, now with the message').to.equal(true);
    expect(status.textContent).to.match(/^Samtycke saknas: .*Eva Andersson/);
    const request = el.shadowRoot?.querySelector('anhorig-consent-request[scope="receiveInformation"][relative-id="eva"]');
    expect(request?.getAttribute('label')).to.equal('Registrera samtycke till att den anhöriga får information');
    expect(request?.getAttribute('heading-level'), 'the consent form sits under the h3 of this form').to.equal('4');
    await expect(el).to.be.accessible();

    await press(byRole(el, 'button', 'Registrera informationen'));
    await settle(el);
    expect(of('anhorig-change')).to.have.length(0);
    const alert = byRole(el, 'alert', /Informationen kunde inte registreras/);
    expect(alert.textContent).to.include(status.textContent!.trim());
    await expect(el).to.be.accessible();

    // General information to the same relative needs nothing: the gate opens when the item is unticked.
    await press(byRole(el, 'checkbox', /^Den enskildes särskilda rättigheter/));
    await press(byRole(el, 'checkbox', 'Att anhörigas insatser är frivilliga'));
    await settle(el);
    expect(status.textContent?.trim()).to.equal('');
    expect(el.shadowRoot?.querySelector('anhorig-consent-request[scope="receiveInformation"]')).to.equal(null);
    await press(byRole(el, 'button', 'Registrera informationen'));
    await settle(el);
    expect(lastRecord(of)?.informationLog[0]?.items).to.deep.equal(['voluntariness']);
  });

  it('L5: with the person’s consent to the relative receiving information, the person’s own rights are logged', async () => {
    const record = withConsent(withEva(), { scope: 'receiveInformation', relativeId: 'eva' });
    const { el, of } = await mount<AnhorigInformationLog>('anhorig-information-log', { record });
    await press(byRole(el, 'checkbox', /^Den enskildes särskilda rättigheter/));
    await settle(el);
    expect(textOf(entryForm(el))).to.not.include('Samtycke saknas');
    await press(byRole(el, 'button', 'Registrera informationen'));
    await settle(el);
    expect(lastRecord(of)?.informationLog[0]?.items).to.deep.equal(['personRights']);
  });

  it('H7: the relative’s own rights as a national minority are offered, and need no consent', async () => {
    const { el, of } = await mount<AnhorigInformationLog>('anhorig-information-log', { record: withEva() });
    await press(byRole(el, 'checkbox', /^Den anhörigas egna rättigheter som nationell minoritet, till exempel att använda sitt minoritetsspråk/));
    await settle(el);
    expect(textOf(entryForm(el))).to.not.include('Samtycke saknas');
    await press(byRole(el, 'button', 'Registrera informationen'));
    await settle(el);
    expect(lastRecord(of)?.informationLog[0]?.items).to.deep.equal(['minorityLanguageRights']);
    expect(textOf(el)).to.include('Den anhörigas egna rättigheter som nationell minoritet');
  });

  it('says plainly that information about the person needs consent, and never that the log holds nothing about the person', async () => {
    const { el } = await mount<AnhorigInformationLog>('anhorig-information-log', { record: withEva() });
    const text = textOf(el);
    expect(text).to.include('så länge den inte handlar om den enskilde');
    expect(text).to.not.include('Den innehåller aldrig uppgifter om den enskilde');
  });

  it('words and structure: headings step down one level at a time (error summaries under their form), no rule codes, no space before a colon in a name, "inbjudan" not "kallelse"', async () => {
    const record = {
      ...withConsent(withConsent(withEvaAndOmar(), { id: 'c-later', scope: 'laterContact', relativeId: 'eva', status: 'withdrawn', withdrawnAt: '2026-03-01' }), {
        scope: 'laterContact',
        relativeId: 'omar',
      }),
      informationLog: [entry({ id: 'i-1', relativeId: 'eva', date: '2026-03-01' })],
      plannedContacts: [{ id: 'k-1', relativeId: 'eva', date: '2026-04-01', purpose: 'Uppföljande samtal.', consentId: 'c-later', done: false }],
    };
    const { el } = await mount<AnhorigInformationLog>('anhorig-information-log', { record });
    const headingLevels = () =>
      deepElements(el)
        .filter((h) => /^H[2-6]$/.test(h.tagName))
        .map((h) => Number(h.tagName[1]));
    const expectNoJump = (levels: number[]) =>
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `heading ${i} (h${level}) after h${levels[i - 1]}: ${levels.join(' ')}`).to.be.at.most(levels[i - 1]! + 1);
      });
    await press(byRole(el, 'button', 'Registrera informationen'));
    await settle(el);
    expect(byRole(el, 'alert', /Informationen kunde inte registreras/)).to.exist;
    expectNoJump(headingLevels());
    expect(headingLevels().filter((l) => l === 4).length, 'the summary (h4) under the form (h3), beside the entries (h4)').to.be.greaterThan(1);
    await choose(byRole(el, 'combobox', 'Vem ska du kontakta?'), 'Omar Said (son)');
    await press(byRole(el, 'button', 'Planera kontakten'));
    await settle(el);
    expect(byRole(el, 'alert', /Kontakten kunde inte planeras/)).to.exist;
    expectNoJump(headingLevels());
    expect(headingLevels(), 'the contact form’s error summary sits under its h4').to.include(5);
    // Names as the W3C computation gives them (a hidden span is a block, which adds a space around it).
    const names = ['button', 'link', 'checkbox', 'radio', 'textbox', 'combobox', 'group', 'heading'].flatMap((role) =>
      allByRole(el, role).map((c) => computeAccessibleName(c)),
    );
    expect(names).to.include('Markera som genomförd: kontakten med Eva Andersson 1 april 2026');
    for (const name of names) expect(name, name).to.not.match(/\s[:.,]/);
    for (const text of allByRole(el, 'alert').map((a) => a.textContent ?? '')) expect(text, text).to.not.match(/\s[:,]/);
    const text = textOf(el);
    expect(text).to.not.match(/\(?\b[CLRMHT]\d+\b/);
    expect(text.toLowerCase()).to.not.include('kallelse');
    expect(text).to.not.include('., ');
    await expect(el).to.be.accessible();
  });

  it('follows a language switch at once: set lang="en" on the element and back, without any other change', async () => {
    const record = { ...withEva(), informationLog: [entry({ id: 'i-1', relativeId: 'eva', date: '2026-03-01' })] };
    const { el } = await mount<AnhorigInformationLog>('anhorig-information-log', { record });
    expect(byRole(el, 'heading', '1 mars 2026, Eva Andersson')).to.exist;
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(byRole(el, 'heading', 'Information to relatives')).to.exist;
    expect(byRole(el, 'heading', 'March 1, 2026, Eva Andersson')).to.exist;
    expect(byRole(el, 'checkbox', 'How care works')).to.exist;
    el.lang = 'sv';
    await settle(el);
    expect(byRole(el, 'heading', 'Information till anhöriga')).to.exist;
    expect(byRole(el, 'checkbox', 'Hur vården och omsorgen fungerar')).to.exist;
  });

  it('a language switch reaches an open consent form inside the log (an open panel), and its disclosure', async () => {
    const { el } = await mount<AnhorigInformationLog>('anhorig-information-log', { record: withEva() });
    await press(byRole(el, 'checkbox', /^Den enskildes särskilda rättigheter/));
    await settle(el);
    const request = el.shadowRoot!.querySelector('anhorig-consent-request')!;
    const summary = request.shadowRoot!.querySelector('summary')!;
    await press(summary, 'Enter');
    await settle(el);
    expect(byRole(el, 'heading', /^Registrera samtycke: /)).to.exist;
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(summary.textContent?.trim()).to.equal('Record consent to the relative receiving information');
    expect(byRole(el, 'heading', /^Record consent: /), 'the open form').to.exist;
    expect(queryByRole(el, 'heading', /^Registrera samtycke/)).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const { el } = await mount<AnhorigInformationLog>('anhorig-information-log', { record: withEva(), lang: 'en' });
    expect(byRole(el, 'heading', 'Information to relatives')).to.exist;
    expect(byRole(el, 'checkbox', 'How care works')).to.exist;
    await expect(el).to.be.accessible();
  });
});
