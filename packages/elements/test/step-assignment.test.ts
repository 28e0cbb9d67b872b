import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { issueAssignment, validateAssignment, type Assignment, type InvestigationRecord } from '@anhorig/core';
import '../src/step-assignment/define.js';
import type { AnhorigStepAssignment } from '../src/step-assignment/anhorig-step-assignment.js';
import { caseworker, readyRecord, testCatalogue, withAssessment, withdraw, withRelative, withStatement } from '../../core/test/fixtures/records.js';
import { allByRole, byRole, deepElements, mount, press, queryByRole, settle, textOf, TODAY, typeInto } from './helpers.js';

const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;
/** The assignment document shown in the step (the preview, or the version sent). */
const documentOf = (el: HTMLElement): HTMLElement => root(el).querySelector<HTMLElement>('.print-area .assignment-document')!;
/** The M/R codes visibly marking the document's parts. */
/** The parts (M1–M4, R1–R6) a document shows; marked for tests and styling only, never shown as codes. */
const codesIn = (doc: HTMLElement): string[] => Array.from(doc.querySelectorAll<HTMLElement>('[data-field]')).map((c) => c.dataset.field!);
const partText = (doc: HTMLElement, field: string): string => (doc.querySelector(`[data-field="${field}"]`)?.textContent ?? '').replace(/\s+/g, ' ');

/** What a control's description (its hint) says, as a screen reader reads it after the name. */
const description = (control: HTMLElement): string =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (control.getRootNode() as ShadowRoot).getElementById(id)?.textContent ?? '')
    .join(' ');

/** Sent on 2026-03-01 with a follow-up planned by `when`; the follow-up on 2026-09-01 asked for an updated assignment. */
const followUpAskedForUpdate = (when: string | undefined): InvestigationRecord => {
  const ready = readyRecord();
  const { followUpWhen: _omit, ...plan } = ready.assignmentPlan!;
  const sent = issueAssignment({ ...ready, assignmentPlan: when ? { ...plan, followUpWhen: when } : plan }, testCatalogue, caseworker, '2026-03-01');
  if (!sent.ok) throw new Error('not sent');
  return {
    ...sent.record,
    progress: { step: 'assignment', phase: 'followUp', completedAt: '2026-03-01' },
    followUp: {
      startedAt: '2026-09-01',
      assignmentsAtStart: 1,
      invitations: [],
      person: { supportGiven: 'yes', stillWantsRelativeSupport: [] },
      relativeViews: [],
      outcomeActions: ['updatedAssignment'],
    },
  };
};

const withoutPlan = (record: InvestigationRecord): InvestigationRecord => {
  const { assignmentPlan: _omit, ...rest } = record;
  return rest;
};

describe('<anhorig-step-assignment>', () => {
  it('M1–M4 and R1–R6: the preview shows the assignment as the provider receives it, every part named in words, no rule codes', async () => {
    const { el } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record: readyRecord() });
    const doc = documentOf(el);
    expect(Boolean(doc), 'the assignment document').to.equal(true);
    const codes = codesIn(doc);
    for (const c of ['M1', 'M2', 'M3', 'M4', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6']) expect(codes, c).to.include(c);
    const text = doc.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Uppdrag till utförare, version 1');
    expect(text, 'no rule code is shown to people').not.to.match(/\b[MR][1-6]\b|[MR]1–[MR][4-6]/);
    expect(text).to.include('Uppgifter om anhöriga finns med bara när den enskilde har samtyckt till att de lämnas till utföraren.');
    expect(text).to.include('gäller: bor med den enskilde, stöd som den anhöriga ger');
    // M1 the needs assessment, M4 follow-up how and when
    expect(partText(doc, 'M1')).to.include('Sven behöver stöd i hemlivet och med personlig vård.');
    expect(partText(doc, 'M4')).to.include('Uppföljningssamtal med Sven.');
    expect(partText(doc, 'M4')).to.include('2026-09-01');
    // R1–R5 per relative
    expect(text).to.include('Anhörig: sambo');
    expect(text).to.include('Bor med den enskilde');
    expect(text).to.include('Eva lagar mat och handlar varje dag.');
    expect(text).to.include('Vill samarbeta kring måltider.');
    expect(text).to.include('Via telefon.');
    expect(text).to.include('Planeringen av arbetet: Ja');
    expect(text).to.include('Avlösningen bör ske på eftermiddagar.');
    // the legal references in force on the investigation's date
    expect(text).to.include('11 kap. 1 § SoL (2025:400)');
    await expect(el).to.be.accessible();
  });

  it('M2: a support also meant to relieve a relative carries the marker area and the relationship, nothing more', async () => {
    const { el } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record: readyRecord() });
    const m2 = partText(documentOf(el), 'M2');
    expect(m2).to.include('Avlösning i hemmet (Hemliv)');
    expect(m2).to.include('Också ett indirekt stöd');
    expect(m2).to.include('Personligt stöd från person som vårdar eller stödjer en närstående');
    expect(m2).to.include('sambo');
    expect(m2, 'the relative is named by the relationship only').not.to.include('Eva');
  });

  it('M3: the relative-perspective goal of indirect support is tagged with the overall goal', async () => {
    const { el } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record: readyRecord() });
    const m3 = partText(documentOf(el), 'M3');
    expect(m3).to.include('Sven får stimulans och trygghet när Eva är ledig.');
    expect(m3).to.include('Eva får två lediga eftermiddagar i veckan.');
    expect(m3).to.include('Övergripande mål: Underlätta för personer som vårdar eller stödjer en närstående');
  });

  it('R6: names the consent behind the R-fields, with its scope and date', async () => {
    const { el } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record: readyRecord() });
    const text = documentOf(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Uppgifter om den anhöriga lämnas till utföraren, lämnat 2026-01-15 (gäller: bor med den enskilde, stöd som den anhöriga ger, samordning med utföraren, deltar i planering och uppföljning, den anhörigas syn på hur stödet ges)');
    expect(text).to.include('Lämna uppgifter om den enskilde, lämnat 2026-01-15 (gäller: stöd som den anhöriga ger)');
  });

  it('R2 and R6: a version sent is read from the document itself — the life-area names and consent dates it carries', async () => {
    const { el, of } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record: readyRecord() });
    await press(byRole(el, 'button', 'Skicka uppdraget till utföraren'));
    await settle(el);
    const saved = of<{ record: InvestigationRecord }>('anhorig-change').at(-1)!.detail.record;
    const [sent] = saved.assignments;
    const asSent: Assignment = {
      ...sent!,
      relativePerspective: {
        ...sent!.relativePerspective,
        supportGiven: sent!.relativePerspective.supportGiven.map((s) => ({ ...s, lifeAreaNames: ['Hemliv, som det hette då'] })),
      },
      consentBasis: sent!.consentBasis.map((b) => ({ ...b, date: '2026-01-02' })),
    };
    el.record = { ...saved, assignments: [asSent] };
    await settle(el);
    const version = root(el).querySelector('.versions .assignment-document')!.textContent!.replace(/\s+/g, ' ');
    expect(version).to.include('Livsområden: Hemliv, som det hette då');
    expect(version).to.include('Uppgifter om den anhöriga lämnas till utföraren, lämnat 2026-01-02 (gäller: bor med den enskilde, stöd som den anhöriga ger, samordning med utföraren, deltar i planering och uppföljning, den anhörigas syn på hur stödet ges)');
  });

  it('C7: without the person’s consent to share with the provider, no R-fields go into the assignment and the missing consent is offered', async () => {
    const record = withdraw(readyRecord(), 'c-share', '2026-03-01');
    const { el } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record });
    const doc = documentOf(el);
    expect(codesIn(doc).filter((c) => /^R[1-6]$/.test(c))).to.deep.equal([]);
    expect(doc.textContent).to.include('Inga uppgifter om anhöriga ingår i uppdraget.');
    expect(doc.textContent).not.to.include('Vill samarbeta kring måltider.');
    // M-fields are still all there, including the indirect-support marker (C6 is met)
    for (const c of ['M1', 'M2', 'M3', 'M4']) expect(codesIn(doc), c).to.include(c);
    expect(partText(doc, 'M2')).to.include('sambo');
    const text = textOf(el);
    expect(text).to.include('Uppgifter om Eva Andersson ingår inte i uppdraget.');
    expect(text).to.include('Samtycke saknas');
    expect(text).to.include('Registrera samtycket här');
    expect(Boolean(queryByRole(el, 'textbox', 'Vad vill den anhöriga samarbeta med utföraren kring?')), 'no R3 field without consent').to.equal(false);
    const panel = deepElements(el).find((e) => e.tagName === 'ANHORIG-CONSENT-REQUEST');
    expect(panel?.getAttribute('scope')).to.equal('shareWithProvider');
    expect(panel?.getAttribute('relative-id')).to.equal('eva');
    await expect(el).to.be.accessible();
  });

  it('C7: recording the consent in place brings the R-fields back into the preview', async () => {
    const record = withdraw(readyRecord(), 'c-share', '2026-03-01');
    const { el } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record });
    const summary = deepElements(el).find((e) => e.tagName === 'SUMMARY') as HTMLElement;
    await press(summary);
    await settle(el);
    // H1: nothing is preselected; the handläggare chooses the answer and the form.
    await press(byRole(el, 'radio', 'Ja'));
    await press(byRole(el, 'radio', 'Muntligt'));
    await press(byRole(el, 'button', 'Registrera'));
    await settle(el);
    expect(codesIn(documentOf(el))).to.include('R3');
    expect(documentOf(el).textContent).to.include('Vill samarbeta kring måltider.');
    await expect(el).to.be.accessible();
  });

  it('M1–M4: missing minimum content is listed, and sending is refused with the machine’s reason', async () => {
    let record = withAssessment(readyRecord(), [{ id: 'b-hemtjanst' }], { needsAssessment: '' });
    record = { ...record, assignmentPlan: { ...record.assignmentPlan!, followUpHow: '' } };
    const { el, of } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record });
    expect(Boolean(documentOf(el)), 'no assignment without its minimum content').to.equal(false);
    const missing = root(el).querySelector('.missing')!.textContent!.replace(/\s+/g, ' ');
    expect(missing).to.include('Bedömningen av den enskildes behov saknas.');
    expect(missing).to.include('Hur insatsen ska följas upp saknas.');
    await expect(el).to.be.accessible();

    await press(byRole(el, 'button', 'Skicka uppdraget till utföraren'));
    await settle(el);
    expect(of('anhorig-assignment-issued')).to.have.length(0);
    expect(of('anhorig-complete')).to.have.length(0);
    const alert = byRole(el, 'alert').textContent!;
    expect(alert).to.include('minimiinnehållet saknas');
    expect(alert).to.include('Bedömningen av den enskildes behov saknas.');
    await expect(el).to.be.accessible();

    // M4 is filled in here; the list shrinks as the handläggare writes
    await typeInto(byRole(el, 'textbox', 'Hur följs insatsen upp?'), 'Samtal med Sven efter tre månader.');
    await settle(el);
    expect(root(el).querySelector('.missing')!.textContent).not.to.include('Hur insatsen ska följas upp saknas.');
    expect(root(el).querySelector('.missing')!.textContent).to.include('Bedömningen av den enskildes behov saknas.');
  });

  it('R3–R5 and M4: the handläggare’s plan is recorded by keyboard and shown in the preview', async () => {
    const { el, of } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record: withoutPlan(readyRecord()) });
    expect(codesIn(documentOf(el) ?? el)).not.to.include('R3');
    await typeInto(byRole(el, 'textbox', 'Hur följs insatsen upp?'), 'Uppföljning med Sven och Eva.');
    await typeInto(byRole(el, 'textbox', 'Vad vill den anhöriga samarbeta med utföraren kring?'), 'Inköp.');
    await typeInto(byRole(el, 'textbox', 'Hur vill den enskilde att samarbetet sker?'), 'Genom en kontaktbok.');
    await press(byRole(el, 'checkbox', 'Den anhöriga deltar i uppföljningen'));
    await typeInto(byRole(el, 'textbox', 'Den anhörigas egen syn på hur stödet bör ges'), 'Samma personal varje gång.');
    await settle(el);
    // the preview follows the draft before it is saved
    expect(documentOf(el).textContent).to.include('Genom en kontaktbok.');
    await press(byRole(el, 'button', 'Spara'));
    await settle(el);
    const plan = of<{ record: InvestigationRecord }>('anhorig-change').at(-1)!.detail.record.assignmentPlan!;
    expect(plan.followUpHow).to.equal('Uppföljning med Sven och Eva.');
    expect(plan.collaboration).to.deep.equal([{ relativeId: 'eva', relativeWish: 'Inköp.', personWish: 'Genom en kontaktbok.' }]);
    expect(plan.participation).to.deep.equal([{ relativeId: 'eva', inPlanning: false, inFollowUp: true }]);
    expect(plan.relativeViews).to.deep.equal([{ relativeId: 'eva', view: 'Samma personal varje gång.' }]);
    expect(byRole(el, 'status').textContent).to.include('sparat');
    const codes = codesIn(documentOf(el));
    for (const c of ['R3', 'R4', 'R5']) expect(codes, c).to.include(c);
    await expect(el).to.be.accessible();
  });

  it('§5: sending issues a valid assignment to the host and completes the investigation once', async () => {
    const { el, of } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record: readyRecord() });
    await press(byRole(el, 'button', 'Skicka uppdraget till utföraren'));
    await settle(el);
    const issued = of<{ assignment: Assignment }>('anhorig-assignment-issued');
    expect(issued).to.have.length(1);
    const assignment = issued[0]!.detail.assignment;
    expect(validateAssignment(assignment).ok).to.equal(true);
    expect(assignment.version).to.equal(1);
    expect(assignment.issuedBy.name).to.equal('Handläggare Hanna');
    const complete = of<{ outcome: string }>('anhorig-complete');
    expect(complete).to.have.length(1);
    expect(complete[0]!.detail.outcome).to.equal('assigned');
    expect(byRole(el, 'status').textContent).to.include('Version 1 av uppdraget är skickad till utföraren.');
    const text = textOf(el);
    expect(text).to.include(`Version 1, skickad ${TODAY} av Handläggare Hanna`);
    expect(text).to.include('Ett skickat uppdrag ändras aldrig.');
    expect(text).to.include('Version 1 är skickad och inget har ändrats sedan dess.');
    expect(Boolean(queryByRole(el, 'button', 'Skicka uppdraget till utföraren')), 'nothing new to send').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('C3: a consent withdrawn after sending prompts an updated assignment; the new version refers to the first and says what changed', async () => {
    const { el, of } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record: readyRecord() });
    await press(byRole(el, 'button', 'Skicka uppdraget till utföraren'));
    await settle(el);
    const first = of<{ assignment: Assignment }>('anhorig-assignment-issued')[0]!.detail.assignment;
    const saved = of<{ record: InvestigationRecord }>('anhorig-change').at(-1)!.detail.record;

    el.record = withdraw(saved, 'c-share', TODAY);
    await settle(el);
    const prompt = root(el).querySelector('.outdated')!.textContent!.replace(/\s+/g, ' ');
    expect(allByRole(el, 'heading', 'Skicka ett uppdaterat uppdrag')).to.have.length(1);
    expect(prompt).to.include(`Ett samtycke har återkallats sedan uppdraget skickades ${TODAY}.`);
    expect(prompt).to.include(`Uppgifter om den anhöriga (make, maka, sambo eller partner) har tagits bort eftersom samtycket återkallades ${TODAY}: att den anhöriga bor med den enskilde,`);
    expect(documentOf(el).textContent).to.include('Uppdrag till utförare, version 2');
    expect(documentOf(el).textContent).to.include('Ändrat sedan version 1');
    await expect(el).to.be.accessible();

    await press(byRole(el, 'button', 'Skicka uppdraget till utföraren'));
    await settle(el);
    const issued = of<{ assignment: Assignment }>('anhorig-assignment-issued');
    expect(issued).to.have.length(2);
    const second = issued[1]!.detail.assignment;
    expect(second.version).to.equal(2);
    expect(second.previousVersionId).to.equal(first.id);
    expect(second.relativePerspective.views).to.deep.equal([]);
    expect(validateAssignment(second).ok).to.equal(true);
    expect(of('anhorig-complete'), 'complete only the first time').to.have.length(1);
    // the first version is kept as it was
    const record = of<{ record: InvestigationRecord }>('anhorig-change').at(-1)!.detail.record;
    expect(record.assignments[0]).to.deep.equal(first);
    expect(Boolean(root(el).querySelector('.outdated')), 'the prompt is gone once the update is sent').to.equal(false);
    expect(textOf(el)).to.include(`Version 2, skickad ${TODAY} av Handläggare Hanna`);
    await expect(el).to.be.accessible();
  });

  it('print: printing shows only the assignment document (no buttons, forms or step furniture); the button calls the browser’s print', async () => {
    const { el } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record: readyRecord() });
    const originalPrint = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      await press(byRole(el, 'button', 'Skriv ut uppdraget'));
      expect(printed).to.equal(1);
    } finally {
      window.print = originalPrint;
    }
    const printRules = root(el)
      .adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules))
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print');
    expect(printRules.length, 'a print stylesheet').to.be.greaterThan(0);

    await emulateMedia({ media: 'print' });
    try {
      const hidden = (e: Element) => getComputedStyle(e).display === 'none';
      for (const button of allByRole(el, 'button')) expect(hidden(button), button.textContent ?? '').to.equal(true);
      expect(hidden(root(el).querySelector('form')!)).to.equal(true);
      expect(hidden(root(el).querySelector('#step-heading')!)).to.equal(true);
      expect(hidden(root(el).querySelector('.versions')!)).to.equal(true);
      expect(hidden(documentOf(el))).to.equal(false);
      expect(getComputedStyle(documentOf(el)).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(documentOf(el).querySelector('.part')!).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('readonly: shows the assignment and earlier versions, nothing that changes data', async () => {
    const { el } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record: readyRecord(), readonly: true });
    expect(Boolean(documentOf(el))).to.equal(true);
    expect(allByRole(el, 'textbox')).to.have.length(0);
    expect(allByRole(el, 'checkbox')).to.have.length(0);
    expect(Boolean(queryByRole(el, 'button', 'Skicka uppdraget till utföraren'))).to.equal(false);
    expect(Boolean(queryByRole(el, 'button', 'Skriv ut uppdraget'))).to.equal(true);
    expect(textOf(el)).to.include('Inget uppdrag är skickat ännu.');
    await expect(el).to.be.accessible();
  });

  it('H3 and L2: each relative’s plan starts from step 4, marked as a proposal, only from confirmed statements; nothing is saved until the handläggare saves', async () => {
    const fromEva = { kind: 'coordinationNeed' as const, source: { kind: 'relative' as const, relativeId: 'eva' }, basis: { kind: 'consent' as const, consentId: 'c-info' } };
    let record = withoutPlan(readyRecord());
    record = withStatement(record, { id: 's-coord', ...fromEva, text: 'Vill prata med personalen om måltiderna.', qualityConfirmed: true });
    record = withStatement(record, { id: 's-raw', ...fromEva, text: 'Obekräftad anteckning om grannen.' });
    const { el, of } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record });
    const wish = byRole<HTMLTextAreaElement>(el, 'textbox', 'Vad vill den anhöriga samarbeta med utföraren kring?');
    expect(wish.value).to.equal('Vill prata med personalen om måltiderna.');
    expect(description(wish)).to.include('Förslag från steg 4 – ändra vid behov.');
    const view = byRole<HTMLTextAreaElement>(el, 'textbox', 'Den anhörigas egen syn på hur stödet bör ges');
    expect(view.value).to.equal('Avlösning i hemmet: Vill få tid för egna aktiviteter.');
    expect(description(view)).to.include('Förslag från steg 4');
    const values = allByRole(el, 'textbox').map((t) => (t as HTMLTextAreaElement).value).join(' ');
    expect(`${textOf(el)} ${values}`, 'an unconfirmed statement is never proposed').not.to.include('Obekräftad');
    expect(of('anhorig-change'), 'nothing saved yet').to.have.length(0);
    expect(byRole(el, 'group', 'Samordning med utföraren: Eva Andersson'), 'a group repeated per relative names the relative').to.exist;
    expect(textOf(el), 'no rule code in the step’s labels').not.to.match(/\b[MR][1-6]\b|[MR]\d–[MR]\d/);
    await expect(el).to.be.accessible();

    await typeInto(view, 'Samma personal varje gång.');
    await typeInto(byRole(el, 'textbox', 'Hur följs insatsen upp?'), 'Samtal efter tre månader.');
    expect(description(byRole(el, 'textbox', 'Den anhörigas egen syn på hur stödet bör ges')), 'an edited field is no longer a proposal').not.to.include('Förslag');
    await press(byRole(el, 'button', 'Spara'));
    await settle(el);
    const plan = of<{ record: InvestigationRecord }>('anhorig-change').at(-1)!.detail.record.assignmentPlan!;
    expect(plan.collaboration).to.deep.equal([{ relativeId: 'eva', relativeWish: 'Vill prata med personalen om måltiderna.' }]);
    expect(plan.relativeViews).to.deep.equal([{ relativeId: 'eva', view: 'Samma personal varje gång.' }]);
  });

  it('H3: a proposal that appears after the plan was started (the consent recorded in place) is taken in, and sent', async () => {
    const fromEva = { kind: 'coordinationNeed' as const, source: { kind: 'relative' as const, relativeId: 'eva' }, basis: { kind: 'consent' as const, consentId: 'c-info' } };
    let record = withoutPlan(withdraw(readyRecord(), 'c-share', '2026-03-01'));
    record = withStatement(record, { id: 's-coord', ...fromEva, text: 'Vill prata med personalen om måltiderna.', qualityConfirmed: true });
    const { el, of } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record });
    await typeInto(byRole(el, 'textbox', 'Hur följs insatsen upp?'), 'Samtal efter tre månader.');
    await press(deepElements(el).find((e) => e.tagName === 'SUMMARY') as HTMLElement);
    await settle(el);
    await press(byRole(el, 'radio', 'Ja'));
    await press(byRole(el, 'radio', 'Muntligt'));
    await press(byRole(el, 'button', 'Registrera'));
    await settle(el);
    const wish = byRole<HTMLTextAreaElement>(el, 'textbox', 'Vad vill den anhöriga samarbeta med utföraren kring?');
    expect(wish.value).to.equal('Vill prata med personalen om måltiderna.');
    expect((byRole<HTMLTextAreaElement>(el, 'textbox', 'Hur följs insatsen upp?')).value, 'what was typed is kept').to.equal('Samtal efter tre månader.');
    await press(byRole(el, 'button', 'Skicka uppdraget till utföraren'));
    await settle(el);
    const sent = of<{ record: InvestigationRecord }>('anhorig-change').at(-1)!.detail.record;
    expect(sent.assignments.at(-1)?.relativePerspective.coordination.map((c) => c.relativeWish)).to.deep.equal(['Vill prata med personalen om måltiderna.']);
  });

  it('H2: a legal representative who is not a relative has no part in the relative perspective', async () => {
    const record = withRelative(readyRecord(), {
      id: 'nils',
      name: 'Nils Berg',
      relation: 'god man',
      isRelative: false,
      legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt', coversPersonalMatters: false },
    });
    const { el } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record });
    expect(textOf(el)).not.to.include('Nils Berg');
  });

  it('H5: a follow-up that asked for an updated assignment opens it with the next follow-up proposed, and ends in a new version sent', async () => {
    const { el, of } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record: followUpAskedForUpdate('2026-09-01'), today: '2026-09-02' });
    const when = byRole<HTMLInputElement>(el, 'textbox', 'När följs insatsen upp?');
    expect(when.value).to.equal('2027-03-05');
    expect(description(when)).to.include('Förslag från uppföljningen – ändra vid behov.');
    const text = textOf(el);
    expect(text).to.include('Skicka ett uppdaterat uppdrag');
    expect(text).to.include('Hur och när uppföljningen görs har ändrats.');
    expect(text, 'never "send it" and "nothing to send" at once').not.to.match(/inget har ändrats|behövs inte/);
    await expect(el).to.be.accessible();

    await press(byRole(el, 'button', 'Skicka uppdraget till utföraren'));
    await settle(el);
    const [issued] = of<{ assignment: Assignment }>('anhorig-assignment-issued');
    expect(issued?.detail.assignment.version).to.equal(2);
    expect(issued?.detail.assignment.followUp.when).to.equal('2027-03-05');
    expect(byRole(el, 'status').textContent).to.include('Version 2 av uppdraget är skickad till utföraren.');
  });

  it('H5: where nothing differs yet, it says what to change instead of "nothing to send"', async () => {
    const { el, of } = await mount<AnhorigStepAssignment>('anhorig-step-assignment', { record: followUpAskedForUpdate(undefined), today: '2026-09-02' });
    const text = textOf(el);
    expect(text).to.include('Ändra det som uppföljningen ledde till, till exempel nästa uppföljning.');
    expect(text).not.to.match(/inget har ändrats|behövs inte|inget nytt att skicka/i);
    await expect(el).to.be.accessible();
    await press(byRole(el, 'link', 'Ändra när insatsen följs upp'));
    expect(el.shadowRoot!.activeElement?.id).to.equal('follow-up-when');

    await typeInto(byRole(el, 'textbox', 'Hur följs insatsen upp?'), 'Nytt uppföljningssamtal efter ett halvår.');
    await settle(el);
    expect(textOf(el)).not.to.include('Ändra det som uppföljningen ledde till');
    await press(byRole(el, 'button', 'Skicka uppdraget till utföraren'));
    await settle(el);
    expect(of<{ assignment: Assignment }>('anhorig-assignment-issued')[0]?.detail.assignment.version).to.equal(2);
  });
});
