/**
 * §5 and C3: a new assignment version says what changed since the previous one, in Swedish, naming
 * relatives only as the assignment does. The versioning tests cover removed R-fields; these cover the
 * rest of the change list. Written against the survivors of mutation testing (docs/mutation-testing.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { issueAssignment } from '../../src/assignment/index.js';
import type { InvestigationRecord } from '../../src/schema/index.js';
import { TODAY, caseworker, readyRecord, testCatalogue, withConsent, withProposal, withRelative, withStatement, withdraw, issueOn } from '../fixtures/records.js';

/** readyRecord with version 1 issued on 2026-02-25. */
const issued = (record: InvestigationRecord = readyRecord()) => issueOn(record, '2026-02-25').record;
const changesAfter = (edit: (r: InvestigationRecord) => InvestigationRecord, before: InvestigationRecord = issued()) =>
  issueOn(edit(before), TODAY).assignment.changes;
const decisions = (r: InvestigationRecord, edit: (d: NonNullable<InvestigationRecord['assessment']>['decisions'][number]) => typeof d) => ({
  ...r,
  assessment: { ...r.assessment!, decisions: r.assessment!.decisions.map(edit) },
});

describe('§5: the change list names what changed in the assignment itself', () => {
  it('a changed needs assessment (M1)', () => {
    assert.deepEqual(changesAfter((r) => ({ ...r, assessment: { ...r.assessment!, needsAssessment: 'Sven behöver mer stöd.' } })), [
      'Bedömningen av den enskildes behov har ändrats.',
    ]);
  });
  it('M2: a changed extent of a support is listed, and only for that support', () => {
    assert.deepEqual(changesAfter((r) => decisions(r, (d) => (d.id === 'b-hemtjanst' ? { ...d, extent: '6 timmar per vecka' } : d))), [
      'Omfattningen av insatsen Hemtjänst (Hemliv) har ändrats.',
    ]);
  });
  it('M2: a support added and a support no longer granted are listed', () => {
    const added = changesAfter((r) => ({ ...r, assessment: { ...r.assessment!, decisions: [...r.assessment!.decisions, { id: 'b-vard', lifeAreaId: 'd5', supportTypeId: 'hemtjanst', outcome: 'granted', goal: 'Sven duschar två gånger i veckan.' }] } }));
    assert.deepEqual(added, ['Insatsen Hemtjänst (Personlig vård) har lagts till.']);
    const removed = changesAfter((r) => decisions(r, (d) => (d.id === 'b-hemtjanst' ? { ...d, outcome: 'refused' as const } : d)));
    assert.deepEqual(removed, ['Insatsen Hemtjänst (Hemliv) ingår inte längre i uppdraget.']);
  });
  it('M3: changed goals are listed for the support they belong to', () => {
    assert.deepEqual(changesAfter((r) => decisions(r, (d) => (d.id === 'b-hemtjanst' ? { ...d, goal: 'Sven har ett städat kök.' } : d))), [
      'Målen för insatsen Hemtjänst (Hemliv) har ändrats.',
    ]);
  });
  it('M4: a changed follow-up is listed', () => {
    assert.deepEqual(changesAfter((r) => ({ ...r, assignmentPlan: { ...r.assignmentPlan!, followUpWhen: '2026-10-01' } })), [
      'Hur och när uppföljningen görs har ändrats.',
    ]);
  });
  it('M2, M3: an indirect-support marker added once C6 is met names the relationship only, and brings its relief goal', () => {
    const before = issued(withConsent(readyRecord(), { scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative', status: 'declined', date: '2026-02-01' }));
    const after = changesAfter((r) => withConsent(r, { scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative', date: '2026-03-01' }), before);
    assert.deepEqual(after, [
      'Avlösning i hemmet (Hemliv) är nu också markerad som indirekt stöd till en anhörig (sambo).',
      'Målen för insatsen Avlösning i hemmet (Hemliv) har ändrats.',
    ]);
  });
  it('C3: a marker dropped because the consent ran out says so, with its last day, and its relief goal goes with it', () => {
    const r = readyRecord();
    const limited = { ...r, consents: r.consents.map((c) => (c.id === 'c-ind-eva' ? { ...c, validUntil: '2026-03-01' } : c)) };
    const changes = changesAfter((x) => x, issued(limited));
    assert.deepEqual(changes, [
      'Markeringen att Avlösning i hemmet (Hemliv) också är ett indirekt stöd till en anhörig (make, maka, sambo eller partner) har tagits bort eftersom samtycket gällde till och med 2026-03-01.',
      'Målen för insatsen Avlösning i hemmet (Hemliv) har ändrats.',
    ]);
  });
  it('an unchanged record lists nothing', () => {
    assert.deepEqual(changesAfter((r) => r), []);
  });
});

describe('§5, C7: the change list for the relative perspective (R1–R5)', () => {
  it('R-fields added for a relative are listed, naming the relationship as the assignment does', () => {
    const changes = changesAfter((r) => {
      let x = withRelative(r, { id: 'olle', name: 'Olle', relation: 'son', livesWithPerson: true });
      x = withConsent(x, { scope: 'shareWithProvider', relativeId: 'olle', date: '2026-03-01' });
      return { ...x, assignmentPlan: { ...x.assignmentPlan!, participation: [...x.assignmentPlan!.participation, { relativeId: 'olle', inPlanning: true, inFollowUp: false }] } };
    });
    assert.deepEqual(changes, ['Uppgifter om den anhöriga (son) har lagts till: att den anhöriga bor med den enskilde, den anhörigas medverkan i planering och uppföljning.']);
  });
  it('a changed R-field of a relative is listed, without naming the relative', () => {
    const changes = changesAfter((r) => ({ ...r, assignmentPlan: { ...r.assignmentPlan!, relativeViews: [{ relativeId: 'eva', view: 'Avlösningen bör ske på förmiddagar.' }] } }));
    assert.deepEqual(changes, ['Uppgifterna om den anhöriga (sambo) har ändrats.']);
  });
  it('C3: R2 text that leaves after a withdrawn consent to give information says why', () => {
    const changes = changesAfter((r) => withdraw(r, 'c-info', '2026-03-01'));
    assert.deepEqual(changes, ['Uppgifterna om den anhöriga (sambo) har ändrats eftersom samtycket återkallades 2026-03-01.']);
  });
  it('C3: a withdrawal before the previous version is not given as the reason for a later change', () => {
    const before = issued(withConsent(readyRecord(), { id: 'c-info-old', scope: 'provideInformation', relativeId: 'eva', date: '2026-01-10', status: 'withdrawn', withdrawnAt: '2026-01-12' }));
    const changes = changesAfter(
      (r) => withStatement(r, { id: 's-eva-2', kind: 'supportGiven', text: 'Eva tvättar.', source: { kind: 'relative', relativeId: 'eva' }, basis: { kind: 'consent', consentId: 'c-info' }, qualityConfirmed: true, recordedAt: '2026-03-02' }),
      before,
    );
    assert.deepEqual(changes, ['Uppgifterna om den anhöriga (sambo) har ändrats.']);
  });
  it('C3: of several consents ended since, the reason is the ending of the one that governs, not of one it superseded', () => {
    let r = issued(withConsent(readyRecord(), { id: 'c-share-2', scope: 'shareWithProvider', relativeId: 'eva', date: '2026-01-16' }));
    r = withdraw(withdraw(r, 'c-share-2', '2026-03-05'), 'c-share', '2026-03-01');
    const [removed] = changesAfter((x) => x, r);
    assert.match(removed ?? '', /^Uppgifter om den anhöriga \(.+\) har tagits bort eftersom samtycket återkallades 2026-03-05: /);
  });
  it('C3: a withdrawal dated ahead of today is no reason yet', () => {
    const r = issued();
    const changes = changesAfter((x) => ({ ...withdraw(x, 'c-info', '2026-04-01'), statements: [] }), r);
    assert.deepEqual(changes, ['Uppgifterna om den anhöriga (sambo) har ändrats.']);
  });
});

describe('§5, C3, T1: the reason the change list gives is the consent that ended, and only one that ended', () => {
  const minorRecord = (): InvestigationRecord => {
    const r = readyRecord();
    return {
      ...r,
      person: { ...r.person, ageGroup: 'minor' },
      consents: r.consents.map((c) => (c.givenBy === 'relative' ? c : { ...c, givenBy: 'guardian' as const, givenUnder: { ageGroup: 'minor' as const, canTakePosition: 'yes' as const } })),
    };
  };
  it('T1: R-fields that leave because the person turned 18 say so, with the birthday', () => {
    const first = issued(minorRecord());
    const changes = changesAfter((r) => ({ ...r, person: { ...r.person, ageGroup: 'adult', adultFrom: '2026-03-01' } }), first);
    assert.ok(
      changes.some((c) => c.startsWith('Uppgifter om den anhöriga (make, maka, sambo eller partner) har tagits bort eftersom den enskilde fyllde 18 år 2026-03-01 och vårdnadshavarens samtycke inte gäller för något nytt: ')),
      changes.join(' | '),
    );
  });
  it('T1: a birthday still to come is no reason, even for a guardian\'s earlier "no" on record', () => {
    let minor = withConsent(minorRecord(), { scope: 'shareWithProvider', relativeId: 'eva', givenBy: 'guardian', status: 'declined', date: '2026-01-10' });
    minor = { ...minor, person: { ...minor.person, adultFrom: '2026-06-01' } };
    const changes = changesAfter((r) => withdraw(r, 'c-share', '2026-03-01'), issued(minor));
    assert.ok(changes.some((c) => c.includes('har tagits bort eftersom samtycket återkallades 2026-03-01: ')), changes.join(' | '));
  });
  it('T1: the 18th birthday is no reason for the person\'s own consents', () => {
    let r = readyRecord();
    r = { ...r, person: { ...r.person, adultFrom: '2026-03-01' } };
    r = withConsent(r, { scope: 'shareWithProvider', relativeId: 'eva', status: 'declined', date: '2026-01-10' });
    const changes = changesAfter((x) => withdraw(x, 'c-share', '2026-02-27'), issued(r));
    assert.ok(changes.some((c) => c.includes('har tagits bort eftersom samtycket återkallades 2026-02-27: ')), changes.join(' | '));
  });
  it('C3: a consent that is still valid (to a later day, or through today) is no reason', () => {
    for (const validUntil of ['2026-12-31', TODAY]) {
      const r = withConsent(readyRecord(), { scope: 'shareWithProvider', relativeId: 'eva', date: '2026-01-10', status: 'declined', validUntil });
      const changes = changesAfter((x) => withdraw(x, 'c-share', '2026-03-01'), issued(r));
      assert.ok(changes.some((c) => c.includes('har tagits bort eftersom samtycket återkallades 2026-03-01: ')), `${validUntil}: ${changes.join(' | ')}`);
    }
  });
});

describe('M1–M4: what is missing for an assignment, and where', () => {
  it('M1, M2, M4: each missing part is reported at its own field', () => {
    const r = readyRecord();
    const result = issueAssignment({ ...r, assessment: { ...r.assessment!, needsAssessment: ' ', decisions: [] }, assignmentPlan: { ...r.assignmentPlan!, followUpHow: '' } }, testCatalogue, caseworker, TODAY);
    assert.equal(result.ok, false);
    if (!result.ok)
      assert.deepEqual(result.issues, [
        { code: 'M1', params: {}, path: 'assessment.needsAssessment' },
        { code: 'M2', params: {}, path: 'assessment.decisions' },
        { code: 'M4', params: {}, path: 'assignmentPlan.followUpHow' },
      ]);
  });
  it('M2, M3: a catalogue without the marker area or the overall goal is reported as such', () => {
    const noMarker = { ...testCatalogue, lifeAreas: testCatalogue.lifeAreas.filter((a) => !a.isIndirectSupportMarker), overallGoals: [] };
    const result = issueAssignment(readyRecord(), noMarker, caseworker, TODAY);
    assert.equal(result.ok, false);
    if (!result.ok)
      assert.deepEqual(result.issues, [
        { code: 'catalogue', params: { missing: 'markerArea' }, path: 'catalogue.lifeAreas' },
        { code: 'catalogue', params: { missing: 'indirectGoal' }, path: 'catalogue.overallGoals' },
      ]);
  });
  it('M3: a missing relief goal is reported at its own proposal', () => {
    const r = withProposal(readyRecord(), { id: 'is-0', relativeId: 'eva' });
    const first = { ...r, indirectSupport: [r.indirectSupport[1]!, { ...r.indirectSupport[0]!, goal: '' }] };
    const result = issueAssignment(first, testCatalogue, caseworker, TODAY);
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.issues.map((i) => i.path), ['indirectSupport.1.goal']);
  });
});
