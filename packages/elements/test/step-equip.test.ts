import { expect, fixture } from '@open-wc/testing';
import '../src/step-equip/define.js';
import type { AnhorigStepEquip } from '../src/step-equip/anhorig-step-equip.js';
import type { AnhorigChangeDetail } from '../src/events/events.js';
import { html, nothing, render } from 'lit';
import type { Catalogue, InvestigationContext, InvestigationRecord, Rejection } from '@anhorig/core';
import { FormsController } from '../src/controllers/forms-controller.js';
import { domainTerms } from '../src/shared/domain-terms.js';
import { stepEquipTerms } from '../src/step-equip/step-equip.terms.js';
import { communicationTerms } from '../src/step-involve/communication-note.js';
import type { EquipView } from '../src/step-equip/equip-view.js';
import { anonymousField, anonymousKey } from '../src/step-equip/anonymous-field.js';
import { helpKey, referralSection } from '../src/step-equip/referral-section.js';
import { makeRecord, makeRelativeRecord, testCatalogue, withConsent, withRelative } from '../../core/test/fixtures/records.js';
import { allByRole, byRole, mount, openDisclosure, press, queryByRole, settle, textOf, TODAY, typeInto } from './helpers.js';
import { sv } from '../../core/test/support/sv.js';

const catalogue: Catalogue = { ...testCatalogue, anhorigkonsulent: { name: 'Anna Lind, anhörigkonsulent', contact: '0321-59 50 00' } };

/** Eva: the person said no to her taking part. */
const declinedRecord = (): InvestigationRecord =>
  withConsent(withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson', relation: 'granne' }), {
    scope: 'participate',
    relativeId: 'eva',
    status: 'declined',
  });

/** Eva: the person consented, but there is a concern about violence and no judgement yet (C4). */
const violenceRecord = (): InvestigationRecord =>
  withConsent(
    withRelative(makeRecord(), {
      id: 'eva',
      name: 'Eva Andersson',
      relation: 'sambo',
      violenceConcern: { direction: 'relativeAtRisk', description: '', routineFollowed: true, raisedAt: '2026-01-20' },
    }),
    { scope: 'participate', relativeId: 'eva' },
  );

/** The person's record as the host stores it, leaving out who edited it last and where the flow is. */
const personPart = (record: InvestigationRecord) => {
  const { lastEditedBy: _editor, progress: _progress, ...rest } = record;
  return rest;
};

const lastChange = (of: (type: string) => CustomEvent<AnhorigChangeDetail>[]) => {
  const change = of('anhorig-change').at(-1);
  if (!change) throw new Error('no anhorig-change');
  return change.detail;
};

describe('<anhorig-step-equip>', () => {
  it('lists a relative the person does not want to take part, and says nothing about the person is disclosed', async () => {
    const { el } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record: declinedRecord(), catalogue });
    expect(byRole(el, 'heading', 'Steg 2 av 6: Om den enskilde inte vill att anhöriga deltar')).to.exist;
    expect(byRole(el, 'heading', 'Eva Andersson (granne)')).to.exist;
    const text = textOf(el);
    expect(text).to.include('Inget om den enskilde lämnas ut här.');
    expect(text).to.include('den anhörigas egen journal');
    expect(text).to.include('Anna Lind, anhörigkonsulent');
    expect(text).to.include('0321-59 50 00');
    await expect(el).to.be.accessible();
  });

  it('C9: information given about support lands in the relative’s own record, not in the person’s', async () => {
    const record = declinedRecord();
    const { el, of } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record, catalogue });
    await typeInto(byRole(el, 'textbox', 'Vilken information gav du?'), 'Kommunens anhöriggrupper');
    await press(byRole(el, 'radio', 'Telefon'));
    await press(byRole(el, 'button', 'Lägg till informationen'));
    await settle(el);
    const detail = lastChange(of);
    const own = detail.relativeRecords.find((r) => r.relativeId === 'eva');
    expect(own?.informationGiven).to.deep.equal([{ what: 'Kommunens anhöriggrupper', date: TODAY, channel: 'phone' }]);
    expect(personPart(detail.record)).to.deep.equal(personPart(record));
    expect(JSON.stringify(detail.record)).not.to.include('anhöriggrupper');
    expect(byRole(el, 'status').textContent).to.include('Informationen är dokumenterad i den anhörigas egen journal.');
    expect(textOf(el)).to.include(`${TODAY}, Telefon: Kommunens anhöriggrupper`);
    await expect(el).to.be.accessible();
  });

  it('C9: information without saying what was given is refused, with the reason linked to the field', async () => {
    const { el, of } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record: declinedRecord(), catalogue });
    await press(byRole(el, 'radio', 'Möte'));
    await press(byRole(el, 'button', 'Lägg till informationen'));
    await settle(el);
    expect(of('anhorig-change')).to.have.length(0);
    const alert = byRole(el, 'alert');
    expect(alert.textContent).to.include('Fältet får inte vara tomt.');
    expect(byRole(el, 'textbox', 'Vilken information gav du?').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('C9: a referral to the anhörigkonsulent and an offer of help with the contact land in the relative’s own record', async () => {
    const record = declinedRecord();
    const { el, of } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record, catalogue });
    expect(textOf(el)).to.include('Inte hänvisad till anhörigkonsulenten ännu.');
    await press(byRole(el, 'button', 'Spara hänvisningen'));
    await settle(el);
    let detail = lastChange(of);
    expect(detail.relativeRecords.find((r) => r.relativeId === 'eva')?.referredToAnhorigkonsulent).to.equal(TODAY);
    expect(personPart(detail.record)).to.deep.equal(personPart(record));
    expect(textOf(el)).to.include(`Hänvisad till anhörigkonsulenten ${TODAY}.`);
    await expect(el).to.be.accessible();

    await press(byRole(el, 'checkbox', 'Jag har erbjudit hjälp med kontakten'));
    await settle(el);
    detail = lastChange(of);
    expect(detail.relativeRecords.find((r) => r.relativeId === 'eva')?.helpWithContactOffered).to.equal(true);
    expect(personPart(detail.record)).to.deep.equal(personPart(record));
  });

  it('C9: an own conversation about the relative’s situation lands in the relative’s own record, not in the person’s', async () => {
    const record = declinedRecord();
    const { el, of } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record, catalogue });
    await openDisclosure(el, /^Dokumentera ett erbjudet samtal med Eva Andersson$/);
    await press(byRole(el, 'radio', 'Tackade ja'));
    await typeInto(byRole(el, 'textbox', 'Anteckningar om den anhörigas egen situation (frivilligt)'), 'Sover dåligt, vill träffa andra anhöriga.');
    await press(byRole(el, 'button', 'Lägg till samtalet'));
    await settle(el);
    const detail = lastChange(of);
    const own = detail.relativeRecords.find((r) => r.relativeId === 'eva');
    expect(own?.ownConversations).to.have.length(1);
    expect(own?.ownConversations[0]).to.include({ offeredAt: TODAY, answer: 'accepted', notes: 'Sover dåligt, vill träffa andra anhöriga.', duringFollowUp: false });
    expect(own?.ownConversations[0]).not.to.have.property('heldAt');
    expect(personPart(detail.record)).to.deep.equal(personPart(record));
    expect(JSON.stringify(detail.record)).not.to.include('Sover dåligt');
    expect(textOf(el)).to.include(`Erbjudet ${TODAY}: Tackade ja`);
    await expect(el).to.be.accessible();
  });

  it('C12: a relative who wants to stay anonymous is marked so in their own record', async () => {
    const record = declinedRecord();
    const { el, of } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record, catalogue });
    await press(byRole(el, 'checkbox', 'Den anhöriga vill vara anonym'));
    await settle(el);
    const detail = lastChange(of);
    expect(detail.relativeRecords.find((r) => r.relativeId === 'eva')?.anonymous).to.equal(true);
    expect(personPart(detail.record)).to.deep.equal(personPart(record));
    await expect(el).to.be.accessible();
  });

  it('C4: a relative under a violence concern still gets information, referral and an own conversation', async () => {
    const record = violenceRecord();
    const { el, of } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record, catalogue });
    expect(byRole(el, 'heading', 'Eva Andersson (sambo)')).to.exist;
    expect(textOf(el)).to.include('Det finns en oro för våld, hot eller tvång i relationen med Eva Andersson.');
    await expect(el).to.be.accessible();

    await typeInto(byRole(el, 'textbox', 'Vilken information gav du?'), 'Kvinnojourens stödlinje');
    await press(byRole(el, 'radio', 'Möte'));
    await press(byRole(el, 'button', 'Lägg till informationen'));
    await settle(el);
    await press(byRole(el, 'button', 'Spara hänvisningen'));
    await settle(el);
    await openDisclosure(el, /^Dokumentera ett erbjudet samtal/);
    await press(byRole(el, 'radio', 'Har inte bestämt sig'));
    await press(byRole(el, 'button', 'Lägg till samtalet'));
    await settle(el);

    const detail = lastChange(of);
    const own = detail.relativeRecords.find((r) => r.relativeId === 'eva');
    expect(own?.informationGiven).to.deep.equal([{ what: 'Kvinnojourens stödlinje', date: TODAY, channel: 'meeting' }]);
    expect(own?.referredToAnhorigkonsulent).to.equal(TODAY);
    expect(own?.ownConversations.map((c) => c.answer)).to.deep.equal(['undecided']);
    expect(personPart(detail.record)).to.deep.equal(personPart(record));
    await expect(el).to.be.accessible();
  });

  it('shows what is already in the relative’s own record', async () => {
    const relativeRecords = [
      makeRelativeRecord({
        relativeId: 'eva',
        informationGiven: [{ what: 'Anhörigcentrets program', date: '2026-02-01', channel: 'letter' }],
        referredToAnhorigkonsulent: '2026-02-02',
        ownConversations: [{ id: 'samtal-1', offeredAt: '2026-02-03', answer: 'declined', notes: '', duringFollowUp: false }],
      }),
    ];
    const { el } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record: declinedRecord(), relativeRecords, catalogue });
    const text = textOf(el);
    expect(text).to.include('2026-02-01, Brev: Anhörigcentrets program');
    expect(text).to.include('Hänvisad till anhörigkonsulenten 2026-02-02.');
    expect(text).to.include('Erbjudet 2026-02-03: Tackade nej');
    await expect(el).to.be.accessible();
  });

  it('with no relative in step 2 it says so calmly, and that a relative moves to step 3 if the person consents', async () => {
    const record = withConsent(withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' }), { scope: 'participate', relativeId: 'eva' });
    const { el } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record, catalogue });
    const text = textOf(el);
    expect(text).to.include('Just nu finns ingen anhörig i det här steget.');
    expect(text).to.include('flyttas den anhöriga till steg 3');
    expect(queryByRole(el, 'alert')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('C9: other relatives are collapsed under "Andra anhöriga" and can still be given information', async () => {
    const record = withConsent(withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' }), { scope: 'participate', relativeId: 'eva' });
    const { el, of } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record, catalogue });
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.include('Andra anhöriga (1)');
    await press(details.querySelector('summary')!);
    await settle(el);
    expect(details.open).to.equal(true);
    await expect(el).to.be.accessible();
    await typeInto(byRole(el, 'textbox', 'Vilken information gav du?'), 'Information om SIP');
    await press(byRole(el, 'radio', 'Digitalt'));
    await press(byRole(el, 'button', 'Lägg till informationen'));
    await settle(el);
    const detail = lastChange(of);
    expect(detail.relativeRecords.find((r) => r.relativeId === 'eva')?.informationGiven[0]).to.include({ what: 'Information om SIP', channel: 'digital' });
  });

  it('"anonym" and "erbjudit hjälp med kontakten" are separate forms: a refusal shows at the box that was changed, never under the other', async () => {
    const record = declinedRecord();
    const { el } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record, catalogue });
    const relative = record.relatives[0]!;
    const refusal: Rejection = { type: 'rejected', event: 'relativeRecord.update', reason: { code: 'relative.unknown', params: {} }, issues: [] };
    const forms = new FormsController(el, { send: () => undefined, refusal: () => refusal });
    const view: EquipView = {
      context: { record, relativeRecords: [], catalogue, today: TODAY } as unknown as InvestigationContext,
      t: stepEquipTerms(el),
      d: domainTerms(el),
      c: communicationTerms(el),
      readonly: false,
      forms,
      rejection: (key) => (forms.rejection(key) ? html`<div role="alert">${sv(forms.rejection(key)?.reason)}</div>` : nothing),
    };
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = () =>
      render(
        html`<div class="anonymous">${anonymousField(view, relative, undefined, 'r0', () => undefined)}</div>
          <div class="referral">${referralSection(view, relative, undefined, 'r0', () => undefined, () => undefined)}</div>`,
        container,
      );
    const part = (name: string) => container.querySelector<HTMLElement>(`.${name}`)!;
    const send = (key: string, patch: { anonymous: boolean } | { helpWithContactOffered: boolean }) =>
      forms.send(key, { type: 'relativeRecord.update', relativeId: relative.id, patch });

    send(anonymousKey(relative.id), { anonymous: true });
    draw();
    expect(queryByRole(part('referral'), 'alert'), 'nothing under "help with the contact"').to.equal(undefined);
    expect(byRole(part('anonymous'), 'alert').nextElementSibling?.contains(byRole(container, 'checkbox', 'Den anhöriga vill vara anonym'))).to.equal(true);

    send(helpKey(relative.id), { helpWithContactOffered: true });
    draw();
    expect(queryByRole(part('anonymous'), 'alert'), 'nothing under "anonymous"').to.equal(undefined);
    expect(byRole(part('referral'), 'alert').nextElementSibling?.contains(byRole(container, 'checkbox', 'Jag har erbjudit hjälp med kontakten'))).to.equal(true);
  });

  it('in review mode it shows the relative’s own record and offers no changing controls', async () => {
    const relativeRecords = [makeRelativeRecord({ relativeId: 'eva', anonymous: true, referredToAnhorigkonsulent: '2026-02-02', helpWithContactOffered: true })];
    const { el } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record: declinedRecord(), relativeRecords, catalogue, readonly: true });
    for (const role of ['button', 'textbox', 'checkbox', 'radio', 'combobox']) expect(allByRole(el, role), role).to.have.length(0);
    const text = textOf(el);
    expect(text).to.include('Den anhöriga vill vara anonym.');
    expect(text).to.include('Hjälp med kontakten är erbjuden.');
    await expect(el).to.be.accessible();
  });

  it('H4, C11: a child relative raises the child perspective here, with the answer in place; the prompt then goes away', async () => {
    const record = withConsent(withRelative(makeRecord(), { id: 'ali', name: 'Ali Svensson', relation: 'barnbarn', isChild: true }), {
      scope: 'participate',
      relativeId: 'ali',
      status: 'declined',
    });
    const { el, of } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record, catalogue });
    const prompt = 'Ali Svensson är under 18 år. Överväg att vägleda barnet till stöd för egen del';
    expect(textOf(el)).to.include(prompt);
    await expect(el).to.be.accessible();
    await press(byRole(el, 'checkbox', 'Barnet har vägletts till stöd för egen del'));
    await settle(el);
    const own = lastChange(of).relativeRecords.find((r) => r.relativeId === 'ali');
    expect(own?.childGuidedToOwnSupport).to.equal(true);
    expect(textOf(el), 'neither the card nor the step’s list prompts any more').not.to.include(prompt);
    expect(textOf(el)).to.include('Barnet har vägletts till stöd för egen del.');
  });

  it('H2: a legal representative who is not a relative is never listed in step 2', async () => {
    const record = withRelative(declinedRecord(), {
      id: 'nils',
      name: 'Nils Berg',
      relation: 'god man',
      isRelative: false,
      legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt', coversPersonalMatters: false },
    });
    const { el } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record, catalogue });
    expect(byRole(el, 'heading', 'Eva Andersson (granne)')).to.exist;
    expect(textOf(el)).not.to.include('Nils Berg');
  });

  it('H7: the relative’s interpreter and communication support are shown, and information about minority-language rights is offered and logged', async () => {
    const base = declinedRecord();
    const record = { ...base, relatives: base.relatives.map((r) => ({ ...r, communication: { interpreterLanguage: 'finska', supports: ['aac' as const], minorityLanguage: 'finnish' as const } })) };
    const { el, of } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record, catalogue });
    expect(textOf(el)).to.include('Tolk och kommunikationsstöd vid samtal med Eva Andersson Tolk: finska · AKK · Minoritetsspråk: finska');
    const rights = byRole(el, 'checkbox', /^Den anhörigas egna rättigheter som nationell minoritet/);
    await press(rights);
    await press(byRole(el, 'radio', 'Möte'));
    await press(byRole(el, 'button', 'Lägg till informationen'));
    await settle(el);
    const [entry] = lastChange(of).relativeRecords.find((r) => r.relativeId === 'eva')?.informationGiven ?? [];
    expect(entry?.what).to.match(/^Den anhörigas egna rättigheter som nationell minoritet/);
    await expect(el).to.be.accessible();
  });

  it('groups repeated per relative are named after their relative', async () => {
    const record = withConsent(withRelative(declinedRecord(), { id: 'olle', name: 'Olle Berg', relation: 'vän' }), { scope: 'participate', relativeId: 'olle', status: 'declined' });
    const { el } = await mount<AnhorigStepEquip>('anhorig-step-equip', { record, catalogue });
    const names = allByRole(el, 'group').map((g) => g.querySelector('legend')!.textContent!.trim());
    expect(names).to.include.members(['Hur gavs informationen till Eva Andersson?', 'Hur gavs informationen till Olle Berg?', 'Vad svarade Eva Andersson?', 'Vad svarade Olle Berg?']);
    expect(new Set(names).size, 'no two groups share a name').to.equal(names.length);
  });
});
