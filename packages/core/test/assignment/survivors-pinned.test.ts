/**
 * §5, C3, M2, M3, H3 at the edges the mutation run showed unpinned: which ended consent the change
 * list gives as the reason, a dropped marker's reason, references the record or the catalogue no
 * longer holds, a relief goal that is not yet needed, and relatives with nothing to propose. Written
 * against the survivors of mutation testing (docs/mutation-testing.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deriveAssignment, describeChanges, proposedPlan } from '../../src/assignment/index.js';
import { withdrawalImpact } from '../../src/rules/index.js';
import type { InvestigationRecord } from '../../src/schema/index.js';
import {
  TODAY,
  caseworker,
  readyRecord,
  testCatalogue,
  withConsent,
  withRelative,
  withStatement,
  withdraw,
  issueOn,
} from '../fixtures/records.js';

/** The record with version 1 issued on 2026-02-25. */
const issued = (record: InvestigationRecord = readyRecord()) => issueOn(record, '2026-02-25').record;
const changesAfter = (edit: (r: InvestigationRecord) => InvestigationRecord, before: InvestigationRecord = issued()) =>
  issueOn(edit(before), TODAY).assignment.changes;
const MARKER_DROPPED =
  'Markeringen att Avlösning i hemmet (Hemliv) också är ett indirekt stöd till en anhörig (make, maka, sambo eller partner) har tagits bort';
const AVLOSNING_GOALS_CHANGED = 'Målen för insatsen Avlösning i hemmet (Hemliv) har ändrats.';
const COORDINATION_REMOVED = 'Uppgifter om den anhöriga (sambo) har tagits bort: samordningen med den anhöriga.';
/** The caseworker takes the coordination with Eva out of the plan (no consent involved). */
const withoutCollaboration = (r: InvestigationRecord): InvestigationRecord => ({ ...r, assignmentPlan: { ...r.assignmentPlan!, collaboration: [] } });
/** readyRecord for a minor: the person-side consents given by a guardian. */
const minorRecord = (): InvestigationRecord => {
  const r = readyRecord();
  return {
    ...r,
    person: { ...r.person, ageGroup: 'minor' },
    consents: r.consents.map((c) => (c.givenBy === 'relative' ? c : { ...c, givenBy: 'guardian' as const, givenUnder: { ageGroup: 'minor' as const, canTakePosition: 'yes' as const } })),
  };
};

describe('§5, C3: the reason a change list gives for what left', () => {
  it('C3: the governing consent\'s ending is the reason, also when an earlier-dated consent it supersedes was recorded after it and ended first', () => {
    // c-share (2026-01-15) governs; an earlier-dated consent recorded after it ended first.
    let r = issued(withConsent(readyRecord(), { id: 'c-share-late-entry', scope: 'shareWithProvider', relativeId: 'eva', date: '2026-01-10' }));
    r = withdraw(withdraw(r, 'c-share', '2026-03-05'), 'c-share-late-entry', '2026-03-01');
    const [removed] = changesAfter((x) => x, r);
    assert.match(removed ?? '', /^Uppgifter om den anhöriga \(.+\) har tagits bort eftersom samtycket återkallades 2026-03-05: /);
  });
  it('C3: when two governing consents ended since, the reason is the one that ended first (the field left with it)', () => {
    // The marker needs both consents; Eva withdrew hers on 1 March, the person's ran out on 10 March.
    const limited = (r: InvestigationRecord) => ({
      ...r,
      consents: r.consents.map((c) => (c.id === 'c-ind-person' ? { ...c, validUntil: '2026-03-10' } : c.id === 'c-ind-eva' ? { ...c, status: 'withdrawn' as const, withdrawnAt: '2026-03-01' } : c)),
    });
    assert.deepEqual(changesAfter(limited), [`${MARKER_DROPPED} eftersom samtycket återkallades 2026-03-01.`, AVLOSNING_GOALS_CHANGED]);
  });
  it('C3: a dropped marker gives the ending of its own relative\'s consent as the reason, not that of another relative\'s proposal', () => {
    let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', relation: 'son' });
    const olleProposal = { ...r.indirectSupport[0]!, id: 'is-olle', relativeId: 'olle' };
    r = { ...r, indirectSupport: [olleProposal, ...r.indirectSupport] };
    const limited = { ...r, consents: r.consents.map((c) => (c.id === 'c-ind-eva' ? { ...c, validUntil: '2026-03-01' } : c)) };
    assert.deepEqual(changesAfter((x) => x, issued(limited)), [
      `${MARKER_DROPPED} eftersom samtycket gällde till och med 2026-03-01.`,
      AVLOSNING_GOALS_CHANGED,
    ]);
  });
  it('M2: a marker dropped because the decision no longer concerns indirect support names no consent as the reason', () => {
    const changes = changesAfter((r) => ({
      ...r,
      assessment: { ...r.assessment!, decisions: r.assessment!.decisions.map(({ indirectSupportId: _dropped, ...d }) => d) },
    }));
    assert.deepEqual(changes, [`${MARKER_DROPPED}.`, AVLOSNING_GOALS_CHANGED]);
  });
  it('C3: a governing consent that ended before the previous version is no reason for a later change', () => {
    // Eva's consent to give information was withdrawn before version 1; the caseworker now rewords her view.
    const before = issued(withdraw(readyRecord(), 'c-info', '2026-02-20'));
    const changes = changesAfter((r) => ({ ...r, assignmentPlan: { ...r.assignmentPlan!, relativeViews: [{ relativeId: 'eva', view: 'Avlösningen bör ske på förmiddagar.' }] } }), before);
    assert.deepEqual(changes, ['Uppgifterna om den anhöriga (sambo) har ändrats.']);
  });
  it('C3: a governing consent still valid today or to a later day is no reason for what leaves', () => {
    for (const validUntil of [TODAY, '2026-12-31']) {
      const r = readyRecord();
      const before = issued({ ...r, consents: r.consents.map((c) => (c.id === 'c-share' ? { ...c, validUntil } : c)) });
      const changes = changesAfter(withoutCollaboration, before);
      assert.deepEqual(changes, [COORDINATION_REMOVED], validUntil);
    }
  });
  it('T1: a guardian\'s consent that governs is no reason for what leaves before the person\'s 18th birthday', () => {
    const minor = minorRecord();
    const before = issued({ ...minor, person: { ...minor.person, adultFrom: '2026-06-01' } });
    assert.deepEqual(changesAfter(withoutCollaboration, before), [COORDINATION_REMOVED]);
  });
  it('T1: once the person has turned 18 and consented in their own right, the birthday is the reason only for what still rested on the guardian\'s consent', () => {
    const changes = changesAfter((r) => {
      const adult = { ...r, person: { ...r.person, ageGroup: 'adult' as const, adultFrom: '2026-03-01' } };
      return withoutCollaboration(withConsent(adult, { id: 'c-share-own', scope: 'shareWithProvider', relativeId: 'eva', date: '2026-03-02' }));
    }, issued(minorRecord()));
    assert.deepEqual(changes, [
      `${MARKER_DROPPED} eftersom den enskilde fyllde 18 år 2026-03-01 och vårdnadshavarens samtycke inte gäller för något nytt.`,
      AVLOSNING_GOALS_CHANGED,
      COORDINATION_REMOVED,
    ]);
  });
  it('T1: a guardian\'s consent withdrawn after the 18th birthday ended at the birthday, and the birthday is the reason', () => {
    const changes = changesAfter((r) => {
      const adult = { ...r, person: { ...r.person, ageGroup: 'adult' as const, adultFrom: '2026-03-01' } };
      return withdraw(adult, 'c-ind-person', '2026-03-04');
    }, issued(minorRecord()));
    assert.equal(changes[0], `${MARKER_DROPPED} eftersom den enskilde fyllde 18 år 2026-03-01 och vårdnadshavarens samtycke inte gäller för något nytt.`);
  });
  it('T1, T2: a guardian\'s consent withdrawn on the 18th birthday itself ended at the start of that day, with the birthday', () => {
    const changes = changesAfter((r) => {
      const adult = { ...r, person: { ...r.person, ageGroup: 'adult' as const, adultFrom: '2026-03-04' } };
      return withdraw(adult, 'c-ind-person', '2026-03-04');
    }, issued(minorRecord()));
    assert.equal(changes[0], `${MARKER_DROPPED} eftersom den enskilde fyllde 18 år 2026-03-04 och vårdnadshavarens samtycke inte gäller för något nytt.`);
  });
  it('C3: when the person\'s consent ended before the relative\'s own, the person\'s is the reason for a dropped marker', () => {
    const limited = (r: InvestigationRecord) =>
      withdraw({ ...r, consents: r.consents.map((c) => (c.id === 'c-ind-eva' ? { ...c, validUntil: '2026-03-10' } : c)) }, 'c-ind-person', '2026-03-01');
    assert.deepEqual(changesAfter(limited), [`${MARKER_DROPPED} eftersom samtycket återkallades 2026-03-01.`, AVLOSNING_GOALS_CHANGED]);
  });
  it('C3: a withdrawal acts from its own day, so it ended before a consent valid through that same day and is the reason', () => {
    const limited = (r: InvestigationRecord) =>
      withdraw({ ...r, consents: r.consents.map((c) => (c.id === 'c-ind-eva' ? { ...c, validUntil: '2026-03-05' } : c)) }, 'c-ind-person', '2026-03-05');
    assert.deepEqual(changesAfter(limited), [`${MARKER_DROPPED} eftersom samtycket återkallades 2026-03-05.`, AVLOSNING_GOALS_CHANGED]);
  });
  it('C3: whichever side withdrew, a withdrawal on the last day of the other side\'s consent acted first and is the reason', () => {
    const limited = (r: InvestigationRecord) =>
      withdraw({ ...r, consents: r.consents.map((c) => (c.id === 'c-ind-person' ? { ...c, validUntil: '2026-03-05' } : c)) }, 'c-ind-eva', '2026-03-05');
    assert.deepEqual(changesAfter(limited), [`${MARKER_DROPPED} eftersom samtycket återkallades 2026-03-05.`, AVLOSNING_GOALS_CHANGED]);
  });
  it('C3: the changes between two issued versions, read against a record that no longer holds the marked decision or any assessment, list the dropped marker without a reason', () => {
    const r = readyRecord();
    const first = issued({ ...r, consents: r.consents.map((c) => (c.id === 'c-ind-eva' ? { ...c, validUntil: '2026-03-01' } : c)) });
    const { record } = issueOn(first, TODAY);
    const [v1, v2] = record.assignments;
    const { assessment: _redone, ...withoutAssessment } = record;
    const withoutDecision = { ...record, assessment: { ...record.assessment!, decisions: record.assessment!.decisions.filter((d) => d.id !== 'b-avlosning') } };
    for (const [label, current] of [['no assessment', withoutAssessment], ['decision gone', withoutDecision]] as const)
      assert.deepEqual(describeChanges(v1, v2!, current, TODAY), [`${MARKER_DROPPED}.`, AVLOSNING_GOALS_CHANGED], label);
  });
});

describe('§7, M2, M3: references the record or the catalogue no longer holds', () => {
  it('§7, M2: a decision pointing at an indirect-support proposal no longer in the record gets no marker and no relief goal', () => {
    const r = readyRecord();
    const result = deriveAssignment({ ...r, indirectSupport: [] }, testCatalogue, { issuedBy: caseworker, today: TODAY });
    assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues));
    if (!result.ok) return;
    assert.ok(result.assignment.includes.every((i) => i.indirectSupport === undefined));
    const avlosningGoals = result.assignment.goals.filter((g) => g.decisionId === 'b-avlosning').map((g) => g.text);
    assert.deepEqual(avlosningGoals, ['Sven får stimulans och trygghet när Eva är ledig.']);
  });
  it('C3, M2: the withdrawal preview names a support whose type or life area the catalogue no longer has by its id', () => {
    const trimmed = {
      ...testCatalogue,
      lifeAreas: testCatalogue.lifeAreas.filter((a) => a.id !== 'd6'),
      supportTypes: testCatalogue.supportTypes.filter((s) => s.id !== 'avlosning'),
    };
    const impact = withdrawalImpact(readyRecord(), 'c-ind-eva', trimmed, TODAY);
    assert.deepEqual(
      impact?.leaves.map((l) => [l.field, l.decisionId, l.notice.params]),
      [['indirectSupportMarker', 'b-avlosning', { name: 'Eva Andersson', supportType: 'avlosning' }]],
    );
  });
  it('M3: a relief goal is not required while the indirect-support marker does not apply (C6 not met)', () => {
    const r = readyRecord();
    const noRelativeConsent = {
      ...r,
      consents: r.consents.filter((c) => c.id !== 'c-ind-eva'),
      indirectSupport: r.indirectSupport.map((p) => ({ ...p, goal: '' })),
    };
    const result = deriveAssignment(noRelativeConsent, testCatalogue, { issuedBy: caseworker, today: TODAY });
    assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues));
    if (result.ok) assert.ok(result.assignment.includes.every((i) => i.indirectSupport === undefined));
  });
});

describe('H3: what is proposed for a relative\'s part of the plan', () => {
  const withoutView = (r: InvestigationRecord): InvestigationRecord => ({
    ...r,
    indirectSupport: r.indirectSupport.map(({ relativeView: _none, ...p }) => p),
  });
  it('H3: a relative who may be shared with but has nothing to propose gets no proposal at all', () => {
    assert.deepEqual(proposedPlan(withoutView(readyRecord()), testCatalogue, TODAY), []);
  });
  it('H3: an indirect-support proposal without the relative\'s view adds nothing to R5; the relative\'s own view still does', () => {
    const r = withStatement(withoutView(readyRecord()), {
      id: 's-eva-view',
      kind: 'relativeViewOfNeed',
      text: 'Eva vill att avlösningen sker på eftermiddagar.',
      source: { kind: 'relative', relativeId: 'eva' },
      basis: { kind: 'consent', consentId: 'c-info' },
      qualityConfirmed: true,
    });
    assert.deepEqual(proposedPlan(r, testCatalogue, TODAY), [
      { relativeId: 'eva', view: 'Eva vill att avlösningen sker på eftermiddagar.', from: { statementIds: ['s-eva-view'], indirectSupportIds: [] } },
    ]);
  });
});
