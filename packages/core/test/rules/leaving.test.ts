/**
 * Issue 9, "What leaves the case is covered": each finding of the review, named after what it
 * protects (SPEC §8 L1–L5, T1–T4, C4, C9). Each failed on the first release.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  TODAY,
  caseworker,
  makeRecord,
  readyRecord,
  testCatalogue,
  withConsent,
  withPlan,
  withRelative,
  withStatement,
} from '../fixtures/records.js';
import { deriveAssignment } from '../../src/assignment/index.js';
import {
  activeConsent,
  checkStatementBasis,
  consentState,
  consentsToReview,
  isMarkedAfterWithdrawal,
  stepWarnings,
  withdrawalImpact,
} from '../../src/rules/index.js';
import type { InvestigationEvent } from '../../src/machine/index.js';
import type { InvestigationRecord } from '../../src/schema/index.js';
import { newRelative, personConsent, start } from '../machine/harness.js';
import { sv } from '../support/sv.js';

const derive = (record: InvestigationRecord, today = TODAY) => {
  const result = deriveAssignment(record, testCatalogue, { issuedBy: caseworker, today });
  if (!result.ok) throw new Error(result.issues.map((i) => sv(i)).join(' '));
  return result.assignment;
};

const evaStatement = (extra: Record<string, unknown>): InvestigationEvent =>
  ({
    type: 'statement.add',
    statement: {
      lifeAreaId: 'd6',
      kind: 'supportGiven',
      text: 'Eva gör allt.',
      source: { kind: 'relative', relativeId: 'eva' },
      basis: { kind: 'consent', consentId: 'c-info' },
      toPersonalFile: true,
      qualityConfirmed: true,
      checkedWithPerson: false,
      ...extra,
    },
  }) as InvestigationEvent;

describe('L2: only confirmed text reaches the provider', () => {
  it('a volunteered, unconfirmed note not meant for the file never appears in R2', () => {
    const r = withStatement(readyRecord(), {
      id: 's-grumpy',
      kind: 'supportGiven',
      text: 'Han är lat och otacksam.',
      source: { kind: 'relative', relativeId: 'eva' },
      basis: { kind: 'volunteered' },
      toPersonalFile: false,
      qualityConfirmed: false,
    });
    const r2 = derive(r).relativePerspective.supportGiven[0];
    assert.equal(r2?.description, 'Eva lagar mat och handlar varje dag.');
    assert.ok(!JSON.stringify(derive(r)).includes('otacksam'));
  });
  it('a statement gathered under consent but not confirmed, or not marked for the file, stays home', () => {
    for (const flags of [
      { qualityConfirmed: false, toPersonalFile: true },
      { qualityConfirmed: true, toPersonalFile: false },
    ]) {
      const r = readyRecord();
      const changed = { ...r, statements: r.statements.map((s) => ({ ...s, ...flags })) };
      assert.equal(derive(changed).relativePerspective.supportGiven[0]?.description, undefined, JSON.stringify(flags));
    }
  });
  it('a confirmed, volunteered statement is not quoted to the provider either (no consent covers the gathering)', () => {
    const r = readyRecord();
    const volunteered = { ...r, statements: r.statements.map((s) => ({ ...s, basis: { kind: 'volunteered' as const } })) };
    assert.equal(derive(volunteered).relativePerspective.supportGiven[0]?.description, undefined);
  });
  it('R2 quotes only supportGiven statements of that relative, never a need statement or another relative’s', () => {
    let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', relation: 'son', givesSupport: true, supportLifeAreas: ['d5'] });
    r = withConsent(r, { id: 'c-olle-share', scope: 'shareWithProvider', relativeId: 'olle' });
    r = withConsent(r, { id: 'c-olle-info', scope: 'provideInformation', relativeId: 'olle' });
    r = withStatement(r, { id: 's-olle', kind: 'supportGiven', text: 'Olle duschar pappa.', source: { kind: 'relative', relativeId: 'olle' }, basis: { kind: 'consent', consentId: 'c-olle-info' }, qualityConfirmed: true });
    r = withStatement(r, { id: 's-eva-need', kind: 'relativeViewOfNeed', text: 'Eva tycker han behöver mer.', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'consent', consentId: 'c-info' }, qualityConfirmed: true });
    const r2 = derive(r).relativePerspective.supportGiven;
    assert.deepEqual(
      r2.map((g) => [g.relativeId, g.description]),
      [
        ['eva', 'Eva lagar mat och handlar varje dag.'],
        ['olle', 'Olle duschar pappa.'],
      ],
    );
  });
});

describe('L3: M2 names the relationship as a category', () => {
  it('the relation in the person’s own words ("min granne Eva") does not reach the provider without shareWithProvider', () => {
    const r = readyRecord();
    const neighbour = {
      ...r,
      relatives: r.relatives.map((x) => ({ ...x, relation: 'min granne Eva', relationCategory: 'neighbour' as const })),
      consents: r.consents.filter((c) => c.scope !== 'shareWithProvider'),
    };
    const a = derive(neighbour);
    assert.deepEqual(a.includes.find((i) => i.indirectSupport)?.indirectSupport, {
      markerLifeAreaId: 'anhorigmarkering',
      markerLifeAreaName: 'Personligt stöd från person som vårdar eller stödjer en närstående',
      relationCategory: 'neighbour',
    });
    // Goals and the needs assessment are the handläggare's own wording for the provider (M1, M3).
    assert.ok(!JSON.stringify({ ...a, goals: [], needsAssessment: '' }).includes('Eva'), 'no name in anything derived');
  });
  it('with shareWithProvider in force the person’s own words are carried beside the category', () => {
    const r = readyRecord();
    const a = derive({ ...r, relatives: r.relatives.map((x) => ({ ...x, relation: 'min granne Eva', relationCategory: 'neighbour' as const })) });
    assert.equal(a.includes.find((i) => i.indirectSupport)?.indirectSupport?.relation, 'min granne Eva');
  });
  it('a relative added without a category gets one proposed from the relation words (the form lets the handläggare choose)', () => {
    const h = start();
    h.send(newRelative('Eva', 'min granne Eva'));
    h.send(newRelative('Bo', 'mammas kusin'));
    assert.deepEqual(h.record().relatives.map((r) => r.relationCategory), ['neighbour', 'other']);
  });
});

describe('T1: entitlement is judged when a consent is given', () => {
  /** Eva gave information under the person's consent; the assignment shares R1–R5 and marks avlösning. */
  const running = () => start({ record: readyRecord() });

  it('the person can no longer take a position: earlier statements stay lawful, the next assignment keeps what the consents allow, and the flow asks for a review', () => {
    const h = running();
    h.send({ type: 'person.update', patch: { canTakePosition: 'no' } });
    const record = h.record();
    const statement = record.statements.find((s) => s.id === 's-eva-support')!;
    assert.equal(checkStatementBasis(record, statement, TODAY).allowed, true);
    const a = derive(record);
    assert.equal(a.relativePerspective.supportGiven[0]?.description, 'Eva lagar mat och handlar varje dag.');
    assert.ok(a.includes.find((i) => i.decisionId === 'b-avlosning')?.indirectSupport);
    const reviews = consentsToReview(record, TODAY);
    assert.deepEqual([...new Set(reviews.map((r) => r.reason))], ['cannotTakePosition']);
    assert.ok(stepWarnings(record, [], testCatalogue, TODAY).relatives.some((w) => w.code === 'consentReview' && /kan inte längre ta ställning/.test(sv(w))));
  });

  it('a minor turns 18: the guardian’s consents stay lawful for what was gathered before, cover nothing new, and the flow says why', () => {
    let r = readyRecord();
    r = { ...r, person: { ...r.person, ageGroup: 'minor' }, consents: r.consents.map((c) => (c.givenBy === 'relative' ? c : { ...c, givenBy: 'guardian', givenUnder: { ageGroup: 'minor', canTakePosition: 'yes' } })) };
    const issued = derive(r, '2026-02-25');
    const h = start({ record: { ...r, assignments: [issued] } });
    h.send({ type: 'person.update', patch: { ageGroup: 'adult' } });
    const record = h.record();
    assert.equal(record.person.adultFrom, TODAY);
    const statement = record.statements.find((s) => s.id === 's-eva-support')!;
    assert.equal(checkStatementBasis(record, statement, TODAY).allowed, true, 'gathered before the 18th birthday: still lawful');
    assert.equal(activeConsent(record, 'eva', 'shareWithProvider', TODAY), undefined);
    assert.equal(consentState(record, record.consents.find((c) => c.id === 'c-share')!, TODAY), 'entitlementEnded');
    h.send({ type: 'statement.add', statement: { lifeAreaId: 'd6', kind: 'supportGiven', text: 'Ny uppgift.', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'consent', consentId: 'c-info' }, toPersonalFile: false, qualityConfirmed: false, checkedWithPerson: false } });
    assert.match(sv(h.lastRejection()?.reason), /fyllde 18 år/);
    const warnings = stepWarnings(record, [], testCatalogue, TODAY);
    assert.ok(warnings.relatives.some((w) => w.code === 'consentReview' && /fyllde 18 år/.test(sv(w)) && /Fråga den enskilde/.test(sv(w))));
    assert.ok(warnings.assignment.some((w) => w.code === 'assignmentOutdated' && /fyllt 18 år/.test(sv(w))));
    h.send({ type: 'assignment.issue' });
    const next = h.of('assignmentIssued')[0]?.assignment;
    assert.ok(next);
    assert.deepEqual(next.relativePerspective.livesWithPerson, []);
    assert.ok(next.changes.some((c) => /fyllde 18 år/.test(c)), next.changes.join(' | '));
  });

  it('a representative’s mandate that later stops covering personal matters does not undo the consent; it asks for a review', () => {
    let r = withRelative(makeRecord({ person: { ...makeRecord().person, canTakePosition: 'no' } }), {
      id: 'gm',
      name: 'Gustav God',
      relation: 'god man',
      legalRepresentative: { kind: 'godMan', mandate: 'Sörja för person', coversPersonalMatters: true },
    });
    r = withRelative(r, { id: 'eva', name: 'Eva' });
    r = withConsent(r, { id: 'c-rep', scope: 'provideInformation', relativeId: 'eva', givenBy: 'legalRepresentative', givenByName: 'Gustav God', givenUnder: { ageGroup: 'adult', canTakePosition: 'no', representativeId: 'gm' } });
    const ended = { ...r, relatives: r.relatives.map((x) => (x.id === 'gm' ? { ...x, legalRepresentative: { ...x.legalRepresentative!, coversPersonalMatters: false } } : x)) };
    assert.ok(activeConsent(ended, 'eva', 'provideInformation', TODAY));
    assert.deepEqual(consentsToReview(ended, TODAY).map((x) => x.reason), ['mandateEnded']);
  });
});

describe('T2: withdrawal acts from the moment it is recorded', () => {
  it('a statement recorded in the morning under a consent withdrawn in the afternoon stays lawfully documented, marked; a later one is refused', () => {
    const h = start({ record: withRelative(makeRecord(), { id: 'eva', name: 'Eva' }) });
    h.send(personConsent('eva', 'provideInformation'));
    const consentId = h.record().consents[0]!.id;
    h.send(evaStatement({ basis: { kind: 'consent', consentId } }));
    h.send({ type: 'consent.withdraw', consentId });
    const record = h.record();
    const [morning] = record.statements;
    const withdrawn = record.consents[0]!;
    assert.ok(morning && withdrawn.withdrawnSeq !== undefined && morning.seq! < withdrawn.withdrawnSeq);
    assert.equal(checkStatementBasis(record, morning, TODAY).allowed, true);
    assert.equal(isMarkedAfterWithdrawal(record, morning), true);
    assert.equal(stepWarnings(record, [], testCatalogue, TODAY).gather.some((w) => w.code === 'statementBasis'), false);
    h.send(evaStatement({ basis: { kind: 'consent', consentId }, text: 'Efter återkallelsen.' }));
    assert.equal(h.record().statements.length, 1);
    assert.match(sv(h.lastRejection()?.reason), /återkallades/);
  });
  it('order within a day is kept: the same day without known order (a withdrawal dated back, or from format version 1) counts as "not before"', () => {
    let r = withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
    r = withConsent(r, { id: 'c', scope: 'provideInformation', relativeId: 'eva', date: '2026-03-01' });
    r = withStatement(r, { id: 's', kind: 'supportGiven', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'consent', consentId: 'c' }, recordedAt: '2026-03-10' });
    const sameDay = { ...r, consents: r.consents.map((c) => ({ ...c, status: 'withdrawn' as const, withdrawnAt: '2026-03-10' })) };
    assert.equal(checkStatementBasis(sameDay, sameDay.statements[0]!, TODAY).allowed, false);
    const dayAfter = { ...r, consents: r.consents.map((c) => ({ ...c, status: 'withdrawn' as const, withdrawnAt: '2026-03-11' })) };
    assert.equal(checkStatementBasis(dayAfter, dayAfter.statements[0]!, TODAY).allowed, true);
  });
  it('a withdrawal dated ahead (a restored record) reads the same to consentState and to activeConsent', () => {
    let r = withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
    r = withConsent(r, { id: 'c', scope: 'provideInformation', relativeId: 'eva', status: 'withdrawn', withdrawnAt: '2026-04-01' });
    assert.ok(activeConsent(r, 'eva', 'provideInformation', TODAY));
    assert.equal(consentState(r, r.consents[0]!, TODAY), 'inForce');
    assert.equal(consentState(r, r.consents[0]!, '2026-04-01'), 'withdrawn');
  });
});

describe('L4: answers to the question prompts are statements', () => {
  const answer = (consentId?: string, extra: Record<string, unknown> = {}): InvestigationEvent =>
    ({
      type: 'statement.add',
      statement: {
        kind: 'promptAnswer',
        promptId: 'fraga-anhorig-1',
        text: 'Han vill bo kvar hemma.',
        source: { kind: 'relative', relativeId: 'eva' },
        basis: consentId ? { kind: 'consent', consentId } : { kind: 'volunteered' },
        toPersonalFile: false,
        qualityConfirmed: false,
        checkedWithPerson: false,
        ...extra,
      },
    }) as InvestigationEvent;

  it('a relative’s answer carries its consent, date, recorder, quality check and personal-file flag; after a withdrawal it is marked and the preview names it', () => {
    const h = start({ record: withRelative(makeRecord(), { id: 'eva', name: 'Eva' }) });
    h.send(personConsent('eva', 'provideInformation'));
    const consentId = h.record().consents[0]!.id;
    h.send(answer(consentId));
    const [stored] = h.record().statements;
    assert.deepEqual(
      { kind: stored?.kind, promptId: stored?.promptId, basis: stored?.basis, recordedAt: stored?.recordedAt, recordedBy: stored?.recordedBy, toPersonalFile: stored?.toPersonalFile, qualityConfirmed: stored?.qualityConfirmed },
      { kind: 'promptAnswer', promptId: 'fraga-anhorig-1', basis: { kind: 'consent', consentId }, recordedAt: TODAY, recordedBy: caseworker, toPersonalFile: false, qualityConfirmed: false },
    );
    assert.deepEqual(withdrawalImpact(h.record(), consentId, testCatalogue, TODAY)?.markedStatementIds, [stored!.id]);
    h.send({ type: 'consent.withdraw', consentId });
    assert.equal(isMarkedAfterWithdrawal(h.record(), h.record().statements[0]!), true);
  });
  it('C10: an answer going into the personal file needs the quality check', () => {
    const h = start({ record: withRelative(makeRecord(), { id: 'eva', name: 'Eva' }) });
    h.send(answer(undefined, { toPersonalFile: true }));
    assert.match(sv(h.lastRejection()?.reason), /saklig, väsentlig och inte nedsättande/);
  });
  it('the person’s own answers need no consent', () => {
    const h = start();
    h.send({ type: 'statement.add', statement: { kind: 'promptAnswer', promptId: 'fraga-person-1', text: 'Jag vill klara mig själv.', source: { kind: 'person' }, basis: { kind: 'own' }, toPersonalFile: true, qualityConfirmed: false, checkedWithPerson: true } });
    assert.equal(h.record().statements.length, 1);
  });
});

describe('L1: the fact of the case is secret', () => {
  it('a relative’s own record and an own-application request carry no case id, no person id and no name of the person', () => {
    const h = start({ record: withRelative(makeRecord(), { id: 'eva', name: 'Eva', ownRecordId: undefined }) });
    h.send({ type: 'relativeRecord.addOwnSupportNeed', relativeId: 'eva', need: { description: 'Egen avlastning.', offered: ['applicationInformation'], offerIds: [], appliesForSupport: false } });
    h.send({ type: 'relativeRecord.requestOwnApplication', relativeId: 'eva', needId: 'behov-1', homeMunicipality: 'Södertälje' });
    const own = h.context().relativeRecords[0]!;
    const request = h.of('ownApplicationRequested')[0]!.request;
    for (const out of [own, request]) {
      const json = JSON.stringify(out);
      for (const trace of ['utr-1', 'p-1', 'Sven', 'investigationId']) assert.ok(!json.includes(trace), `${trace} in ${json}`);
    }
    assert.match(own.id, /^journal-[0-9a-f]{24}$/);
    assert.equal(h.record().relatives[0]!.ownRecordId, own.id, 'the link is kept on the person’s side');
    assert.equal(request.relativeRecordId, own.id);
  });
});

describe('L5: information about the person’s rights is information about the person', () => {
  const log = (items: string[]): InvestigationEvent =>
    ({ type: 'information.log', entry: { relativeId: 'eva', items, date: TODAY, channel: 'meeting', understood: true } }) as InvestigationEvent;
  it('telling a relative about the person’s rights needs receiveInformation; general information needs no consent (C9)', () => {
    const h = start({ record: withRelative(makeRecord(), { id: 'eva', name: 'Eva' }) });
    h.send(log(['personRights', 'supportOffers']));
    assert.deepEqual(h.record().informationLog, []);
    assert.match(sv(h.lastRejection()?.reason), /får information om den enskildes ärende/);
    h.send(log(['supportOffers', 'ownSupportRight', 'sip']));
    assert.equal(h.record().informationLog.length, 1);
    h.send(personConsent('eva', 'receiveInformation'));
    h.send(log(['personRights']));
    assert.equal(h.record().informationLog.length, 2);
  });
});

describe('C4: a judgement that rules out joint meetings rules out a joint plan', () => {
  const involved = () => {
    let r = withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
    r = withConsent(r, { id: 'c-part', scope: 'participate', relativeId: 'eva' });
    return start({ record: r });
  };
  it('raising a concern turns a joint plan into separate conversations and says when; an invitation sent before is flagged', () => {
    const h = involved();
    h.send({ type: 'meetingPlan.set', plan: { relativeId: 'eva', format: 'joint', personWantsCompany: false, invitationSentAt: TODAY } });
    h.send({ type: 'relative.raiseViolenceConcern', relativeId: 'eva', concern: { direction: 'personAtRisk', routineFollowed: true, raisedAt: TODAY } });
    assert.deepEqual([h.record().meetingPlans[0]?.format, h.record().meetingPlans[0]?.jointRuledOutAt], ['separate', TODAY]);
    h.send({ type: 'relative.recordViolenceJudgement', relativeId: 'eva', text: 'Kan delta i enskilda samtal.', allowsParticipation: true, allowsJointMeeting: false });
    const warnings = stepWarnings(h.record(), [], testCatalogue, TODAY).involve;
    assert.ok(warnings.some((w) => w.code === 'jointInvitationRuledOut'));
  });
  it('a restored joint plan under a judgement that allows only separate conversations is warned about', () => {
    let r = withRelative(makeRecord(), {
      id: 'eva',
      name: 'Eva',
      violenceConcern: { direction: 'both', routineFollowed: true, raisedAt: '2026-03-01', judgement: { text: 'Enskilt.', allowsParticipation: true, allowsJointMeeting: false, date: '2026-03-02', recordedBy: caseworker } },
    });
    r = withConsent(r, { id: 'c-part', scope: 'participate', relativeId: 'eva' });
    r = { ...r, meetingPlans: [{ relativeId: 'eva', format: 'joint', personWantsCompany: false }] };
    assert.ok(stepWarnings(r, [], testCatalogue, TODAY).involve.some((w) => w.code === 'jointMeetingViolence'));
  });
});

describe('T4: ids are never reused', () => {
  it('add two relatives, remove the second, add a third: the third gets a new id', () => {
    const h = start();
    h.send(newRelative('Ett', 'vän'));
    h.send(newRelative('Två', 'vän'));
    h.send({ type: 'relative.remove', relativeId: 'anhorig-2' });
    h.send(newRelative('Tre', 'vän'));
    assert.deepEqual(h.record().relatives.map((r) => r.id), ['anhorig-1', 'anhorig-3']);
    assert.deepEqual(h.record().retiredIds, ['anhorig-2']);
  });
});

describe('C9 and adding relatives, done right in time', () => {
  it('a contact that took place before the consent was withdrawn can be marked done afterwards', () => {
    let r = withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
    r = withConsent(r, { id: 'c-later', scope: 'laterContact', relativeId: 'eva', date: '2026-03-01', status: 'withdrawn', withdrawnAt: '2026-03-12' });
    r = { ...r, plannedContacts: [{ id: 'kontakt-1', relativeId: 'eva', date: '2026-03-10', purpose: 'Följa upp.', consentId: 'c-later', done: false }] };
    const h = start({ record: r });
    h.send({ type: 'contact.markDone', contactId: 'kontakt-1' });
    assert.equal(h.record().plannedContacts[0]?.done, true, sv(h.lastRejection()?.reason));
  });
  it('a contact planned for after the withdrawal cannot be marked done', () => {
    let r = withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
    r = withConsent(r, { id: 'c-later', scope: 'laterContact', relativeId: 'eva', date: '2026-03-01', status: 'withdrawn', withdrawnAt: '2026-03-12' });
    r = { ...r, plannedContacts: [{ id: 'kontakt-1', relativeId: 'eva', date: '2026-03-14', purpose: 'Följa upp.', consentId: 'c-later', done: false }] };
    const h = start({ record: r });
    h.send({ type: 'contact.markDone', contactId: 'kontakt-1' });
    assert.equal(h.record().plannedContacts[0]?.done, false);
  });
  it('relatives can be added during the follow-up, as the refusal before it says', () => {
    const h = start({ record: withPlan(readyRecord()) });
    h.send({ type: 'assignment.issue' });
    h.send(newRelative('Sen Anhörig', 'bror'));
    assert.match(sv(h.lastRejection()?.reason), /när uppföljningen har påbörjats/);
    h.send({ type: 'followUp.start' });
    h.send(newRelative('Sen Anhörig', 'bror'));
    assert.equal(h.record().relatives.at(-1)?.name, 'Sen Anhörig');
  });
});
