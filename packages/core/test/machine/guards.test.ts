import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TODAY, makeRecord, readyRecord, testCatalogue, withConsent, withRelative } from '../fixtures/records.js';
import { stepWarnings } from '../../src/rules/index.js';
import { newRelative, personConsent, start } from './harness.js';
import { sv } from '../support/sv.js';

const statementFromEva = (basis: { kind: 'consent'; consentId: string } | { kind: 'volunteered' }, extra: Record<string, unknown> = {}) =>
  ({
    type: 'statement.add',
    statement: { lifeAreaId: 'd6', kind: 'relativeViewOfNeed', text: 'Han klarar inte trappan.', source: { kind: 'relative', relativeId: 'eva' }, basis, toPersonalFile: false, qualityConfirmed: false, checkedWithPerson: false, ...extra },
  }) as const;

const withEva = (extra: Record<string, unknown> = {}) => withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson', ...extra });
/** Eva, not yet asked about taking part. */
const evaNotAsked = () => {
  const record = withEva();
  return { ...record, relatives: record.relatives.map(({ involvementAskedAt: _asked, ...r }) => r) };
};

describe('the machine enforces the consent gates, and says which consent is missing', () => {
  it('C1: a statement gathered from a relative without consent is refused, and nothing is stored', () => {
    const h = start({ record: withConsent(withEva(), { id: 'c', scope: 'provideInformation', relativeId: 'eva', status: 'declined' }) });
    h.send(statementFromEva({ kind: 'consent', consentId: 'c' }));
    assert.deepEqual(h.record().statements, []);
    assert.equal(sv(h.lastRejection()?.reason), 'Samtycke saknas: den enskilde har sagt nej till att Eva Andersson lämnar uppgifter.');
  });
  it('C1: information the relative volunteered unasked may still be documented, marked as volunteered', () => {
    const h = start({ record: withEva() });
    h.send(statementFromEva({ kind: 'volunteered' }));
    assert.equal(h.record().statements[0]?.basis.kind, 'volunteered');
  });
  it('C1: with consent in force the statement is stored with its source and the named consent (C10)', () => {
    const h = start({ record: withConsent(withEva(), { id: 'c', scope: 'provideInformation', relativeId: 'eva' }) });
    h.send(statementFromEva({ kind: 'consent', consentId: 'c' }));
    assert.deepEqual(h.record().statements[0]?.basis, { kind: 'consent', consentId: 'c' });
    assert.deepEqual(h.record().statements[0]?.source, { kind: 'relative', relativeId: 'eva' });
  });
  it('C1, L4: answers from a relative to the question prompts are statements and need consent to gather', () => {
    const h = start({ record: withEva() });
    h.send({
      type: 'statement.add',
      statement: { kind: 'promptAnswer', promptId: 'fraga-anhorig-1', text: 'Hon vill bo kvar hemma.', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'consent', consentId: 'finns-inte' }, toPersonalFile: false, qualityConfirmed: false, checkedWithPerson: false },
    });
    assert.deepEqual(h.record().statements, []);
    assert.match(sv(h.lastRejection()?.reason), /^Samtycke saknas/);
  });
  it('C2: a relative cannot consent about the person’s information', () => {
    const h = start({ record: withEva() });
    h.send({ type: 'consent.record', consent: { scope: 'provideInformation', relativeId: 'eva', givenBy: 'relative', form: 'oral', date: TODAY, status: 'given' } });
    assert.deepEqual(h.record().consents, []);
    assert.match(sv(h.lastRejection()?.reason), /bestämmer om sin egen medverkan/);
  });
  it('C2: a consent records scope, giver, form, date, status and who recorded it, and the host hears of it', () => {
    const h = start({ record: withEva() });
    h.send(personConsent('eva', 'participate', { form: 'written' }));
    const consent = h.record().consents[0]!;
    assert.deepEqual(
      { scope: consent.scope, givenBy: consent.givenBy, form: consent.form, date: consent.date, status: consent.status, recordedBy: consent.recordedBy.id },
      { scope: 'participate', givenBy: 'person', form: 'written', date: TODAY, status: 'given', recordedBy: 'hl-1' },
    );
    assert.deepEqual(h.of('consentChanged').map((e) => e.change), ['given']);
  });
  it('C2: a consent dated in the future is refused', () => {
    const h = start({ record: withEva() });
    h.send(personConsent('eva', 'participate', { date: '2099-01-01' }));
    assert.match(sv(h.lastRejection()?.reason), /ligger efter dagens datum/);
  });
  it('C2: for a minor, the guardian consents; the child cannot', () => {
    const h = start({ record: { ...withEva(), person: { ...makeRecord().person, ageGroup: 'minor' } } });
    h.send(personConsent('eva', 'participate'));
    assert.match(sv(h.lastRejection()?.reason), /vårdnadshavaren/);
    h.send(personConsent('eva', 'participate', { givenBy: 'guardian', givenByName: 'Anna' }));
    assert.equal(h.record().consents.length, 1);
  });
  it('C1, C2: the person’s decision about one relative is one edit: every answer a consent, the relative marked as asked, one change', () => {
    const h = start({ record: evaNotAsked() });
    const answer = (scope: string, status: string) => ({ scope, relativeId: 'eva', givenBy: 'person', form: 'oral', date: TODAY, status });
    h.send({ type: 'consent.recordDecision', relativeId: 'eva', consents: [answer('participate', 'given'), answer('receiveInformation', 'declined')] } as never);
    assert.deepEqual(h.record().consents.map((c) => [c.scope, c.status]), [['participate', 'given'], ['receiveInformation', 'declined']]);
    assert.equal(h.record().relatives[0]?.involvementAskedAt, TODAY);
    assert.equal(h.of('changed').length, 1);
    assert.deepEqual(h.of('consentChanged').map((e) => e.change), ['given', 'declined']);
  });
  it('C2: a decision with one answer the giver may not give records none of its answers', () => {
    const h = start({ record: evaNotAsked() });
    const answer = (scope: string, extra: Record<string, unknown> = {}) => ({ scope, relativeId: 'eva', givenBy: 'person', form: 'oral', date: TODAY, status: 'given', ...extra });
    h.send({ type: 'consent.recordDecision', relativeId: 'eva', consents: [answer('participate'), answer('provideInformation', { date: '2099-01-01' })] } as never);
    assert.deepEqual(h.record().consents, []);
    assert.equal(h.record().relatives[0]?.involvementAskedAt, undefined);
    assert.match(sv(h.lastRejection()?.reason), /ligger efter dagens datum/);
    h.send({ type: 'consent.recordDecision', relativeId: 'eva', consents: [answer('provideInformation', { givenBy: 'relative' })] } as never);
    assert.match(sv(h.lastRejection()?.reason), /bestämmer om sin egen medverkan/);
    h.send({ type: 'consent.recordDecision', relativeId: 'eva', consents: [] } as never);
    assert.equal(sv(h.lastRejection()?.reason), 'Beskedet innehåller inget svar. Välj Ja eller Nej på minst en fråga.');
    assert.deepEqual(h.record().consents, []);
  });
  it('C3: withdrawing marks the consent with a date, deletes nothing, and the host hears of it', () => {
    const h = start({ record: readyRecord() });
    h.send({ type: 'consent.withdraw', consentId: 'c-share' });
    const consent = h.record().consents.find((c) => c.id === 'c-share')!;
    assert.equal(consent.status, 'withdrawn');
    assert.equal(consent.withdrawnAt, TODAY);
    assert.equal(h.record().consents.length, readyRecord().consents.length);
    assert.deepEqual(h.of('consentChanged').map((e) => e.change), ['withdrawn']);
  });
  it('C3: the next assignment version leaves out what needed the withdrawn consent and refers to the previous one', () => {
    const h = start({ record: readyRecord() });
    h.send({ type: 'assignment.issue' });
    h.send({ type: 'consent.withdraw', consentId: 'c-share' });
    const outdated = () => stepWarnings(h.record(), [], testCatalogue, TODAY).assignment.some((w) => w.code === 'assignmentOutdated');
    assert.equal(outdated(), true, 'the handläggare is prompted to send an updated assignment');
    h.send({ type: 'assignment.issue' });
    assert.equal(outdated(), false, 'the prompt clears once the update is sent, even the same day');
    const [first, second] = h.of('assignmentIssued').map((e) => e.assignment);
    assert.ok(first && second);
    assert.equal(second.version, 2);
    assert.equal(second.previousVersionId, first.id);
    assert.deepEqual(second.relativePerspective.livesWithPerson, []);
    assert.ok(first.relativePerspective.livesWithPerson.length > 0, 'the issued version is unchanged');
    assert.equal(h.record().assignments[0], first);
    assert.deepEqual(h.of('completed').length, 1, 'the investigation completes once');
  });
  it('C4: a joint meeting with a relative under a violence concern is refused; a separate one needs a judgement', () => {
    let record = withConsent(withEva({ violenceConcern: { direction: 'relativeAtRisk', routineFollowed: true, raisedAt: TODAY } }), { scope: 'participate', relativeId: 'eva' });
    const h = start({ record });
    h.send({ type: 'meetingPlan.set', plan: { relativeId: 'eva', format: 'joint', personWantsCompany: false } });
    assert.deepEqual(h.record().meetingPlans, []);
    assert.match(sv(h.lastRejection()?.reason), /oro för våld, hot eller tvång/);
    h.send({ type: 'relative.recordViolenceJudgement', relativeId: 'eva', text: 'Separata samtal är säkra.', allowsParticipation: true });
    h.send({ type: 'meetingPlan.set', plan: { relativeId: 'eva', format: 'separate', personWantsCompany: false } });
    assert.equal(h.record().meetingPlans[0]?.format, 'separate');
    record = h.record();
    assert.equal(record.relatives[0]?.violenceConcern?.judgement?.recordedBy.id, 'hl-1');
  });
  it('C4: a violence concern never blocks information, referral or an own conversation for the relative', () => {
    const h = start({ record: withEva({ violenceConcern: { direction: 'personAtRisk', routineFollowed: false, raisedAt: TODAY } }) });
    h.send({ type: 'information.log', entry: { relativeId: 'eva', items: ['supportOffers'], date: TODAY, channel: 'phone', understood: true } });
    h.send({ type: 'relativeRecord.update', relativeId: 'eva', patch: { referredToAnhorigkonsulent: TODAY } });
    h.send({ type: 'relativeRecord.addConversation', relativeId: 'eva', conversation: { offeredAt: TODAY, answer: 'accepted', duringFollowUp: false } });
    assert.equal(h.of('rejected').length, 0);
    assert.equal(h.record().informationLog.length, 1);
  });
  it('C5: a representative consents only where the person cannot take a position and the mandate covers it', () => {
    const base = withRelative(makeRecord(), { id: 'gm', name: 'Gun Man', legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt, förvalta egendom', coversPersonalMatters: false } });
    const h = start({ record: { ...base, person: { ...base.person, canTakePosition: 'no' } } });
    h.send(personConsent('gm', 'participate', { givenBy: 'legalRepresentative', givenByName: 'Gun Man' }));
    assert.match(sv(h.lastRejection()?.reason), /omfattar inte den enskildes personliga angelägenheter/);
  });
  it('C8: inviting a relative to the follow-up needs consent', () => {
    const h = start({ record: { ...readyRecord(), progress: { step: 'followUp', phase: 'followUp' } } });
    h.send({ type: 'followUp.invite', relativeId: 'eva' });
    assert.equal(h.record().followUp, undefined);
    assert.match(sv(h.lastRejection()?.reason), /deltar i uppföljningen/);
  });
  it('C9: a planned later contact needs consent, and names it', () => {
    const h = start({ record: withEva() });
    h.send({ type: 'contact.plan', contact: { relativeId: 'eva', date: '2026-06-01', purpose: 'Höra hur det går.' } });
    assert.deepEqual(h.record().plannedContacts, []);
    h.send(personConsent('eva', 'laterContact'));
    h.send({ type: 'contact.plan', contact: { relativeId: 'eva', date: '2026-06-01', purpose: 'Höra hur det går.' } });
    assert.equal(h.record().plannedContacts[0]?.consentId, h.record().consents[0]?.id);
  });
  it('C10: a statement from someone else goes into the personal file only once quality is confirmed', () => {
    const h = start({ record: withEva() });
    h.send(statementFromEva({ kind: 'volunteered' }, { toPersonalFile: true }));
    assert.deepEqual(h.record().statements, []);
    assert.match(sv(h.lastRejection()?.reason), /saklig, väsentlig och inte nedsättande/);
    h.send(statementFromEva({ kind: 'volunteered' }, { toPersonalFile: true, qualityConfirmed: true }));
    assert.equal(h.record().statements.length, 1);
  });
  it('C12: an own-application request carries nothing about the person', () => {
    const h = start({ record: withEva() });
    h.send({ type: 'relativeRecord.addOwnSupportNeed', relativeId: 'eva', need: { description: 'Behöver avlastning för egen del.', offered: ['applicationInformation'], offerIds: [], appliesForSupport: false } });
    h.send({ type: 'relativeRecord.requestOwnApplication', relativeId: 'eva', needId: 'behov-1', homeMunicipality: 'Södertälje' });
    const [request] = h.of('ownApplicationRequested');
    assert.deepEqual(request?.request, { relativeRecordId: 'journal-eva', relativeId: 'eva', needId: 'behov-1', description: 'Behöver avlastning för egen del.', homeMunicipality: 'Södertälje' });
    assert.ok(!JSON.stringify(request).includes('Sven'));
    assert.ok(!JSON.stringify(request).includes('utr-1'), 'not even the investigation id');
    assert.equal(h.record().statements.length, 0, "the person's record is untouched");
  });
  it('relatives can be added up to the decision, not after', () => {
    const h = start({ record: readyRecord() });
    h.send(newRelative('Sen Anhörig', 'bror'));
    assert.match(sv(h.lastRejection()?.reason), /fram till beslutet/);
  });
  it('a relative that something refers to cannot be removed (nothing is silently deleted)', () => {
    const h = start({ record: readyRecord() });
    h.send({ type: 'relative.remove', relativeId: 'eva' });
    assert.equal(h.record().relatives.length, 1);
    const fresh = start();
    fresh.send(newRelative('Fel Person', 'okänd'));
    fresh.send({ type: 'relative.remove', relativeId: 'anhorig-1' });
    assert.deepEqual(fresh.record().relatives, []);
  });
  it('M1–M4: an assignment without its minimum content is refused with the missing parts', () => {
    const h = start({ record: withEva() });
    h.send({ type: 'assignment.issue' });
    assert.deepEqual(h.record().assignments, []);
    assert.deepEqual(h.lastRejection()?.issues.map((i) => i.code), ['M1', 'M2', 'M4']);
  });
  it('an edit that would make the record invalid is refused whole, with the field path', () => {
    const h = start();
    h.send(newRelative('', 'dotter'));
    assert.deepEqual(h.record().relatives, []);
    assert.deepEqual(h.lastRejection()?.issues.map((i) => i.path), ['relatives.0.name']);
  });
});

describe('completion happens once', () => {
  it('a refusal after the investigation is complete is refused', () => {
    const h = start({ record: { ...makeRecord(), progress: { step: 'assignment', phase: 'complete' } } });
    h.send({ type: 'application.refuse' });
    assert.equal(h.record().refusal, undefined);
    assert.equal(h.of('completed').length, 0);
    assert.equal(sv(h.lastRejection()?.reason), 'Utredningen är redan avslutad.');
  });
});

describe('review fixes: decisions, outdated assignments, planned contacts, statements', () => {
  it('an assessment without any decided support does not close adding relatives', () => {
    const h = start({ record: { ...makeRecord(), assessment: { needsAssessment: 'Behov.', decisions: [], decidedAt: TODAY, source: 'element' } } });
    h.send(newRelative('Eva', 'dotter'));
    assert.equal(h.record().relatives.length, 1);
  });
  it('C3: an expired share-with-provider consent cited by the last version prompts an update', () => {
    const h = start({ record: readyRecord(), today: '2026-03-15' });
    h.send({ type: 'assignment.issue' });
    const expired = { ...h.record(), consents: h.record().consents.map((c) => (c.id === 'c-share' ? { ...c, validUntil: '2026-03-20' } : c)) };
    const later = start({ record: expired, today: '2026-04-01' });
    assert.ok(stepWarnings(later.record(), [], testCatalogue, '2026-04-01').assignment.some((w) => w.code === 'assignmentOutdated'));
  });
  it('C9: a planned contact cannot be marked done once the consent to contact is withdrawn', () => {
    const h = start({ record: withConsent(withEva(), { id: 'c-later', scope: 'laterContact', relativeId: 'eva' }) });
    h.send({ type: 'contact.plan', contact: { relativeId: 'eva', date: '2026-06-01', purpose: 'Höra hur det går.' } });
    h.send({ type: 'consent.withdraw', consentId: 'c-later' });
    h.send({ type: 'contact.markDone', contactId: h.record().plannedContacts[0]!.id });
    assert.equal(h.record().plannedContacts[0]?.done, false);
    assert.match(sv(h.lastRejection()?.reason), /återkallades/);
  });
  it('C10: a statement update cannot change who said it or on what basis', () => {
    const h = start({ record: withEva() });
    h.send(statementFromEva({ kind: 'volunteered' }));
    const id = h.record().statements[0]!.id;
    h.send({ type: 'statement.update', statementId: id, patch: { checkedWithPerson: true, source: { kind: 'person' }, basis: { kind: 'own' } } as never });
    assert.deepEqual(h.record().statements[0]?.source, { kind: 'relative', relativeId: 'eva' });
    assert.equal(h.record().statements[0]?.checkedWithPerson, true);
  });
  it('C7/C10: R2 text quotes only statements gathered under a consent to provide information', () => {
    // A host-restored statement resting on a consent of another scope never reaches the provider.
    let r = readyRecord();
    r = { ...r, statements: r.statements.map((s) => ({ ...s, basis: { kind: 'consent' as const, consentId: 'c-share' } })) };
    const h = start({ record: r });
    h.send({ type: 'assignment.issue' });
    const r2 = h.of('assignmentIssued')[0]?.assignment.relativePerspective.supportGiven[0];
    assert.ok(r2, 'R2 is there (shareWithProvider)');
    assert.equal(r2.description, undefined);
  });
});
