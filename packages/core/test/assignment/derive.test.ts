import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assignmentReadiness, deriveAssignment, type AssignmentResult } from '../../src/assignment/index.js';
import { validateAssignment, type Assignment, type InvestigationRecord } from '../../src/schema/index.js';
import { TODAY, caseworker, readyRecord, testCatalogue, withConsent, withdraw } from '../fixtures/records.js';
import { sv } from '../support/sv.js';

const derive = (record: InvestigationRecord, today = TODAY): AssignmentResult =>
  deriveAssignment(record, testCatalogue, { issuedBy: caseworker, today });
const ok = (record: InvestigationRecord, today = TODAY): Assignment => {
  const result = derive(record, today);
  if (!result.ok) throw new Error(result.issues.map((i) => sv(i)).join(' '));
  return result.assignment;
};
const issueCodes = (record: InvestigationRecord) => {
  const result = derive(record);
  assert.equal(result.ok, false);
  return result.ok ? [] : result.issues.map((i) => i.code);
};

describe('deriveAssignment: a valid document derived from the record', () => {
  it('validates with validateAssignment and has a deterministic id', () => {
    const a = ok(readyRecord());
    assert.equal(validateAssignment(a).ok, true);
    assert.equal(a.id, 'utr-1-uppdrag-1');
    assert.equal(a.version, 1);
    assert.equal(a.previousVersionId, undefined);
    assert.deepEqual(ok(readyRecord()), a, 'pure: same input, same output');
  });
});

describe('M1: the assessment of the person\'s needs is always present', () => {
  it('carries the needs assessment', () => {
    assert.equal(ok(readyRecord()).needsAssessment, 'Sven behöver stöd i hemlivet och med personlig vård.');
  });
  it('without it no assignment is derived, and the issue names M1 (no placeholder text)', () => {
    const r = readyRecord();
    assert.deepEqual(issueCodes({ ...r, assessment: { ...r.assessment!, needsAssessment: ' ' } }), ['M1']);
  });
});

describe('M2: granted decisions, with the indirect-support marker naming only the relationship', () => {
  it('includes granted decisions only; a refusal gives no assignment item', () => {
    const r = readyRecord();
    const withRefusal = { ...r, assessment: { ...r.assessment!, decisions: [...r.assessment!.decisions, { id: 'b-nej', lifeAreaId: 'd5', supportTypeId: 'hemtjanst', outcome: 'refused' as const }] } };
    assert.deepEqual(ok(withRefusal).includes.map((i) => i.decisionId), ['b-hemtjanst', 'b-avlosning']);
  });
  it('no granted decision: no assignment', () => {
    const r = readyRecord();
    const refused = { ...r, assessment: { ...r.assessment!, decisions: r.assessment!.decisions.map((d) => ({ ...d, outcome: 'refused' as const })) } };
    assert.ok(issueCodes(refused).includes('M2'));
  });
  it('marks the indirect support with the catalogue\'s marker area and the relationship only (its category, and the person\'s words under shareWithProvider)', () => {
    const item = ok(readyRecord()).includes.find((i) => i.decisionId === 'b-avlosning');
    assert.deepEqual(item?.indirectSupport, {
      markerLifeAreaId: 'anhorigmarkering',
      markerLifeAreaName: 'Personligt stöd från person som vårdar eller stödjer en närstående',
      relationCategory: 'partner',
      relation: 'sambo',
    });
    assert.ok(!JSON.stringify(item).includes('Eva'), 'no name of the relative in M2');
  });
  it('the marker is absent until C6 is met; the support itself stays', () => {
    const a = ok(withConsent(readyRecord(), { scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative', status: 'declined', date: '2026-03-01' }));
    const item = a.includes.find((i) => i.decisionId === 'b-avlosning');
    assert.ok(item);
    assert.equal(item.indirectSupport, undefined);
  });
  it('the marker does not need shareWithProvider (it is minimum content, C7); without it, the category only (L3)', () => {
    const a = ok(withdraw(readyRecord(), 'c-share', '2026-03-01'));
    assert.deepEqual(a.includes.find((i) => i.decisionId === 'b-avlosning')?.indirectSupport, {
      markerLifeAreaId: 'anhorigmarkering',
      markerLifeAreaName: 'Personligt stöd från person som vårdar eller stödjer en närstående',
      relationCategory: 'partner',
    });
  });
});

describe('M3: goals, with the indirect-support goal tagged with the overall goal', () => {
  it('carries each decision\'s goal and the relative-perspective goal tagged', () => {
    const goals = ok(readyRecord()).goals;
    assert.deepEqual(goals.find((g) => g.decisionId === 'b-hemtjanst'), { decisionId: 'b-hemtjanst', text: 'Sven har ett städat hem.' });
    const tagged = goals.filter((g) => g.overallGoalId === 'underlatta');
    assert.deepEqual(tagged.map((g) => [g.decisionId, g.text]), [['b-avlosning', 'Eva får två lediga eftermiddagar i veckan.']]);
    assert.equal(tagged[0]?.overallGoalText, 'Underlätta för personer som vårdar eller stödjer en närstående');
  });
  it('without the marker, no tagged goal', () => {
    const a = ok(withConsent(readyRecord(), { scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative', status: 'declined', date: '2026-03-01' }));
    assert.equal(a.goals.filter((g) => g.overallGoalId).length, 0);
  });
  it('a granted decision without a goal, or a marked support without its relief goal, is an M3 issue', () => {
    const r = readyRecord();
    assert.deepEqual(issueCodes({ ...r, assessment: { ...r.assessment!, decisions: r.assessment!.decisions.map((d) => ({ ...d, goal: '' })) } }), ['M3', 'M3']);
    assert.deepEqual(issueCodes({ ...r, indirectSupport: r.indirectSupport.map((p) => ({ ...p, goal: undefined })) }), ['M3']);
  });
});

describe('M4: how and when follow-up is done', () => {
  it('carries how and when', () => {
    assert.deepEqual(ok(readyRecord()).followUp, { how: 'Uppföljningssamtal med Sven.', when: '2026-09-01' });
  });
  it('without how, no assignment (M4); when is optional', () => {
    const r = readyRecord();
    assert.deepEqual(issueCodes({ ...r, assignmentPlan: { ...r.assignmentPlan!, followUpHow: '' } }), ['M4']);
    const noWhen = ok({ ...r, assignmentPlan: { ...r.assignmentPlan!, followUpWhen: undefined } });
    assert.deepEqual(noWhen.followUp, { how: 'Uppföljningssamtal med Sven.' });
  });
  it('assignmentReadiness lists every missing M-field at once', () => {
    const r = readyRecord();
    const empty = { ...r, assessment: undefined, assignmentPlan: undefined };
    assert.deepEqual(assignmentReadiness(empty, testCatalogue, TODAY).map((i) => i.code), ['M1', 'M2', 'M4']);
  });
});

describe('R1–R5: the relative perspective, only with shareWithProvider (C7)', () => {
  const a = () => ok(readyRecord());
  const without = () => ok(withdraw(readyRecord(), 'c-share', '2026-03-01'));
  it('R1: who lives with the person', () => {
    assert.deepEqual(a().relativePerspective.livesWithPerson, [{ relativeId: 'eva', relation: 'sambo', relationCategory: 'partner' }]);
    assert.deepEqual(without().relativePerspective.livesWithPerson, []);
  });
  it('R2: what support the relative gives, in which life areas', () => {
    assert.deepEqual(a().relativePerspective.supportGiven, [
      { relativeId: 'eva', relation: 'sambo', relationCategory: 'partner', lifeAreaIds: ['d6'], lifeAreaNames: ['Hemliv'], description: 'Eva lagar mat och handlar varje dag.' },
    ]);
    assert.deepEqual(without().relativePerspective.supportGiven, []);
  });
  it('R3: coordination wishes of the relative and of the person', () => {
    assert.deepEqual(a().relativePerspective.coordination, [
      { relativeId: 'eva', relation: 'sambo', relationCategory: 'partner', relativeWish: 'Vill samarbeta kring måltider.', personWish: 'Via telefon.' },
    ]);
    assert.deepEqual(without().relativePerspective.coordination, []);
  });
  it('R4: participation in planning and follow-up', () => {
    assert.deepEqual(a().relativePerspective.participation, [{ relativeId: 'eva', relation: 'sambo', relationCategory: 'partner', inPlanning: true, inFollowUp: true }]);
    assert.deepEqual(without().relativePerspective.participation, []);
  });
  it('R5: the relative\'s own view of how the support is given', () => {
    assert.deepEqual(a().relativePerspective.views, [{ relativeId: 'eva', relation: 'sambo', relationCategory: 'partner', view: 'Avlösningen bör ske på eftermiddagar.' }]);
    assert.deepEqual(without().relativePerspective.views, []);
  });
  it('a relative without shareWithProvider is left out while another with it is included', () => {
    const r = readyRecord();
    const two = { ...r, relatives: [...r.relatives, { ...r.relatives[0]!, id: 'olle', name: 'Olle', relation: 'son' }] };
    assert.deepEqual(ok(two).relativePerspective.livesWithPerson.map((x) => x.relativeId), ['eva']);
  });
});

describe('R6: for each R-field present, the consent that allows it', () => {
  it('lists shareWithProvider per field, and the consent R2\'s text was gathered under', () => {
    const basis = ok(readyRecord()).consentBasis.map((b) => `${b.field}:${b.consentId}:${b.scope}`);
    assert.deepEqual(basis, [
      'R1:c-share:shareWithProvider',
      'R2:c-share:shareWithProvider',
      'R2:c-info:provideInformation',
      'R3:c-share:shareWithProvider',
      'R4:c-share:shareWithProvider',
      'R5:c-share:shareWithProvider',
    ]);
  });
  it('no R-field, no basis', () => {
    assert.deepEqual(ok(withdraw(readyRecord(), 'c-share', '2026-03-01')).consentBasis, []);
  });
});

describe('Legal references: T3, the ones in force on the day the version is issued', () => {
  it('cites SoL (2025:400) for a version issued after 1 July 2025', () => {
    const citations = ok(readyRecord()).legalReferences.map((l) => l.id);
    assert.deepEqual(citations, ['sosfs-2014-5', 'sol-2025-11-1', 'osl-12-2', 'sol-2025-13-9']);
  });
  it('T3: an investigation started 2025-06-01 and issued 2026-03-15 cites SoL (2025:400), not the law of its start date', () => {
    const citations = ok({ ...readyRecord(), startedAt: '2025-06-01' }).legalReferences.map((l) => l.id);
    assert.deepEqual(citations, ['sosfs-2014-5', 'sol-2025-11-1', 'osl-12-2', 'sol-2025-13-9']);
  });
  it('T3: a version issued before 1 July 2025 cites SoL (2001:453)', () => {
    const r = readyRecord();
    const early = { ...r, startedAt: '2025-01-10', consents: r.consents.map((c) => ({ ...c, date: '2025-01-15' })) };
    assert.deepEqual(ok(early, '2025-06-30').legalReferences.map((l) => l.id), ['sosfs-2014-5', 'sol-2001-4-1', 'osl-12-2', 'sol-2001-5-10']);
  });
  it('cites secrecy and support to relatives only when R-fields or an indirect-support marker are present', () => {
    let r = withdraw(readyRecord(), 'c-share', '2026-03-01');
    r = withdraw(r, 'c-ind-eva', '2026-03-01');
    assert.deepEqual(ok(r).legalReferences.map((l) => l.id), ['sosfs-2014-5', 'sol-2025-11-1']);
  });
});
