/**
 * §5 R1–R6 and C7 with two relatives who both consent to sharing, M2's extent, and T3's dates.
 * Written against the survivors of mutation testing (docs/mutation-testing.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deriveAssignment, referenceInForce, referencesInForce, rFieldsByRelative } from '../../src/assignment/index.js';
import type { Assignment, Catalogue, InvestigationRecord } from '../../src/schema/index.js';
import { TODAY, caseworker, readyRecord, testCatalogue, withConsent, withRelative, withStatement, withdraw } from '../fixtures/records.js';
import { sv } from '../support/sv.js';

const derive = (record: InvestigationRecord, today = TODAY, catalogue: Catalogue = testCatalogue): Assignment => {
  const result = deriveAssignment(record, catalogue, { issuedBy: caseworker, today });
  if (!result.ok) throw new Error(result.issues.map((i) => sv(i)).join(' '));
  return result.assignment;
};

/**
 * readyRecord (Eva: sambo, lives with Sven, gives support in Hemliv) plus Olle (son, lives
 * elsewhere, gives support in Personlig vård), both with shareWithProvider and provideInformation.
 * The plan names Olle first, so position in the plan cannot stand in for the relative.
 */
const twoSharing = (): InvestigationRecord => {
  let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', relation: 'son', givesSupport: true, supportLifeAreas: ['d5', 'okänt-område'] });
  r = withConsent(r, { id: 'c-olle-share', scope: 'shareWithProvider', relativeId: 'olle', date: '2026-01-20' });
  r = withConsent(r, { id: 'c-olle-info', scope: 'provideInformation', relativeId: 'olle', date: '2026-01-21' });
  r = withStatement(r, { id: 's-olle-1', kind: 'supportGiven', text: '  Olle duschar pappa.  ', source: { kind: 'relative', relativeId: 'olle' }, basis: { kind: 'consent', consentId: 'c-olle-info' }, qualityConfirmed: true });
  r = withStatement(r, { id: 's-olle-2', kind: 'supportGiven', text: 'Olle kör till vårdcentralen.', source: { kind: 'relative', relativeId: 'olle' }, basis: { kind: 'consent', consentId: 'c-olle-info' }, qualityConfirmed: true });
  const plan = r.assignmentPlan!;
  return {
    ...r,
    assignmentPlan: {
      ...plan,
      collaboration: [{ relativeId: 'olle', relativeWish: 'Vill bli ringd vid förändringar.' }, ...plan.collaboration],
      participation: [{ relativeId: 'olle', inPlanning: false, inFollowUp: true }, ...plan.participation],
      relativeViews: [{ relativeId: 'olle', view: 'Samma personal varje gång.' }, ...plan.relativeViews],
    },
  };
};

describe('R1–R5: each relative\'s information is theirs, with two relatives who both consent to sharing', () => {
  it('R1: only the relative who lives with the person is listed', () => {
    assert.deepEqual(derive(twoSharing()).relativePerspective.livesWithPerson.map((x) => x.relativeId), ['eva']);
  });
  it('R2: each relative\'s support, life areas and own confirmed words stay with that relative', () => {
    assert.deepEqual(derive(twoSharing()).relativePerspective.supportGiven, [
      { relativeId: 'eva', relation: 'sambo', relationCategory: 'partner', lifeAreaIds: ['d6'], lifeAreaNames: ['Hemliv'], description: 'Eva lagar mat och handlar varje dag.' },
      { relativeId: 'olle', relation: 'son', relationCategory: 'child', lifeAreaIds: ['d5', 'okänt-område'], lifeAreaNames: ['Personlig vård', 'okänt-område'], description: 'Olle duschar pappa.\nOlle kör till vårdcentralen.' },
    ]);
  });
  it('R3: each relative\'s coordination wish is attributed to that relative, and only what was said is carried', () => {
    assert.deepEqual(derive(twoSharing()).relativePerspective.coordination, [
      { relativeId: 'eva', relation: 'sambo', relationCategory: 'partner', relativeWish: 'Vill samarbeta kring måltider.', personWish: 'Via telefon.' },
      { relativeId: 'olle', relation: 'son', relationCategory: 'child', relativeWish: 'Vill bli ringd vid förändringar.' },
    ]);
  });
  it('R4: each relative\'s part in planning and follow-up is attributed to that relative', () => {
    assert.deepEqual(derive(twoSharing()).relativePerspective.participation, [
      { relativeId: 'eva', relation: 'sambo', relationCategory: 'partner', inPlanning: true, inFollowUp: true },
      { relativeId: 'olle', relation: 'son', relationCategory: 'child', inPlanning: false, inFollowUp: true },
    ]);
  });
  it('R5: each relative\'s view of how the support is given is attributed to that relative', () => {
    assert.deepEqual(derive(twoSharing()).relativePerspective.views, [
      { relativeId: 'eva', relation: 'sambo', relationCategory: 'partner', view: 'Avlösningen bör ske på eftermiddagar.' },
      { relativeId: 'olle', relation: 'son', relationCategory: 'child', view: 'Samma personal varje gång.' },
    ]);
  });
  it('R6: each R-field cites the consent of its own relative, dated as given', () => {
    const basis = derive(twoSharing()).consentBasis.filter((b) => b.relativeId === 'olle');
    assert.deepEqual(basis, [
      { field: 'R2', relativeId: 'olle', consentId: 'c-olle-share', scope: 'shareWithProvider', date: '2026-01-20' },
      { field: 'R2', relativeId: 'olle', consentId: 'c-olle-info', scope: 'provideInformation', date: '2026-01-21' },
      { field: 'R3', relativeId: 'olle', consentId: 'c-olle-share', scope: 'shareWithProvider', date: '2026-01-20' },
      { field: 'R4', relativeId: 'olle', consentId: 'c-olle-share', scope: 'shareWithProvider', date: '2026-01-20' },
      { field: 'R5', relativeId: 'olle', consentId: 'c-olle-share', scope: 'shareWithProvider', date: '2026-01-20' },
    ]);
  });
  it('C7, C3: withdrawing one relative\'s consent to share leaves the other relative\'s fields whole', () => {
    const a = derive(withdraw(twoSharing(), 'c-olle-share', '2026-03-01'));
    const fields = rFieldsByRelative(a.relativePerspective);
    assert.deepEqual(fields.get('eva'), ['R1', 'R2', 'R3', 'R4', 'R5']);
    assert.equal(fields.get('olle'), undefined);
    assert.ok(!JSON.stringify(a).includes('Olle'));
  });
  it('R2: a relative who gives support only in words (no flag, no life area) is still listed', () => {
    let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', relation: 'son' });
    r = withConsent(r, { id: 'c-olle-share', scope: 'shareWithProvider', relativeId: 'olle' });
    r = withConsent(r, { id: 'c-olle-info', scope: 'provideInformation', relativeId: 'olle' });
    const quiet = derive(r).relativePerspective.supportGiven.map((s) => s.relativeId);
    assert.deepEqual(quiet, ['eva'], 'no support, no R2');
    r = withStatement(r, { id: 's-olle', kind: 'supportGiven', text: 'Olle handlar.', source: { kind: 'relative', relativeId: 'olle' }, basis: { kind: 'consent', consentId: 'c-olle-info' }, qualityConfirmed: true });
    assert.deepEqual(derive(r).relativePerspective.supportGiven.find((s) => s.relativeId === 'olle'), {
      relativeId: 'olle', relation: 'son', relationCategory: 'child', lifeAreaIds: [], lifeAreaNames: [], description: 'Olle handlar.',
    });
  });
  it('R2: a relative with life areas of support but no flag is listed', () => {
    let r = withRelative(readyRecord(), { id: 'olle', name: 'Olle', relation: 'son', supportLifeAreas: ['d5'] });
    r = withConsent(r, { scope: 'shareWithProvider', relativeId: 'olle' });
    assert.deepEqual(derive(r).relativePerspective.supportGiven.find((s) => s.relativeId === 'olle')?.lifeAreaNames, ['Personlig vård']);
  });
});

describe('M2: what the assignment includes', () => {
  it('M2: each support carries its extent, names its life area and support type from the catalogue', () => {
    const items = derive(readyRecord()).includes;
    assert.deepEqual(items.map((i) => [i.decisionId, i.lifeAreaName, i.supportTypeName, i.extent]), [
      ['b-hemtjanst', 'Hemliv', 'Hemtjänst', '4 timmar per vecka'],
      ['b-avlosning', 'Hemliv', 'Avlösning i hemmet', '2 eftermiddagar per vecka'],
    ]);
    assert.equal(items[0]!.indirectSupport, undefined, 'hemtjänst is not indirect support');
  });
  it('M2: a support decided without an extent has none', () => {
    const r = readyRecord();
    const a = derive({ ...r, assessment: { ...r.assessment!, decisions: r.assessment!.decisions.map((d) => ({ ...d, extent: undefined })) } });
    assert.ok(a.includes.every((i) => !('extent' in i)));
  });
  it('M1, M4: the needs assessment and how follow-up is done are carried trimmed', () => {
    const r = readyRecord();
    const a = derive({
      ...r,
      assessment: { ...r.assessment!, needsAssessment: '  Sven behöver stöd.  ' },
      assignmentPlan: { ...r.assignmentPlan!, followUpHow: '  Samtal.  ' },
    });
    assert.equal(a.needsAssessment, 'Sven behöver stöd.');
    assert.deepEqual(a.followUp, { how: 'Samtal.', when: '2026-09-01' });
  });
  it('the provider addresses the person by the name they chose', () => {
    const r = readyRecord();
    assert.deepEqual(derive(r).person, { id: 'p-1', displayName: 'Sven Svensson' });
    assert.deepEqual(derive({ ...r, person: { ...r.person, chosenName: 'Svenne' } }).person, { id: 'p-1', displayName: 'Svenne' });
  });
  it('M3: goals are carried trimmed, and the relief goal only where the marker applies', () => {
    const r = readyRecord();
    const a = derive({
      ...r,
      assessment: { ...r.assessment!, decisions: r.assessment!.decisions.map((d) => ({ ...d, goal: `  ${d.goal}  ` })) },
      indirectSupport: r.indirectSupport.map((p) => ({ ...p, goal: `  ${p.goal}  ` })),
    });
    assert.deepEqual(a.goals.map((g) => g.text), [
      'Sven har ett städat hem.',
      'Sven får stimulans och trygghet när Eva är ledig.',
      'Eva får två lediga eftermiddagar i veckan.',
    ]);
  });
  it('M3: without the catalogue\'s overall goal for indirect support, no assignment (the tag cannot be set)', () => {
    const catalogue = { ...testCatalogue, overallGoals: [] };
    const result = deriveAssignment(readyRecord(), catalogue, { issuedBy: caseworker, today: TODAY });
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.issues.map((i) => [i.code, i.path]), [['catalogue', 'catalogue.overallGoals']]);
  });
  it('M2: without the catalogue\'s marker area, no assignment (the marker cannot be set), reported once', () => {
    const catalogue = { ...testCatalogue, lifeAreas: testCatalogue.lifeAreas.filter((a) => !a.isIndirectSupportMarker) };
    const r = readyRecord();
    const twice = {
      ...r,
      assessment: { ...r.assessment!, decisions: [...r.assessment!.decisions, { ...r.assessment!.decisions[1]!, id: 'b-avlosning-2' }] },
    };
    const result = deriveAssignment(twice, catalogue, { issuedBy: caseworker, today: TODAY });
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.issues.map((i) => [i.code, i.path]), [['catalogue', 'catalogue.lifeAreas']]);
  });
  it('M2: a decision on a life area or support type the catalogue lacks is reported at its path', () => {
    const r = readyRecord();
    const odd = { ...r, assessment: { ...r.assessment!, decisions: [{ ...r.assessment!.decisions[0]!, lifeAreaId: 'x', supportTypeId: 'y' }] } };
    const result = deriveAssignment(odd, testCatalogue, { issuedBy: caseworker, today: TODAY });
    assert.equal(result.ok, false);
    if (!result.ok)
      assert.deepEqual(result.issues.map((i) => [i.path, sv(i)]), [
        ['assessment.decisions.0.lifeAreaId', 'Livsområdet "x" finns inte i kommunens katalog.'],
        ['assessment.decisions.0.supportTypeId', 'Insatsen "y" finns inte i kommunens katalog.'],
      ]);
  });
  it('M3: the missing goal is reported at the decision\'s own path, naming the support', () => {
    const r = readyRecord();
    const refusedFirst = {
      ...r,
      assessment: { ...r.assessment!, decisions: [{ ...r.assessment!.decisions[0]!, id: 'b-nej', outcome: 'refused' as const }, { ...r.assessment!.decisions[1]!, goal: ' ' }] },
      indirectSupport: r.indirectSupport.map((p) => ({ ...p, goal: '' })),
    };
    const result = deriveAssignment(refusedFirst, testCatalogue, { issuedBy: caseworker, today: TODAY });
    assert.equal(result.ok, false);
    if (!result.ok)
      assert.deepEqual(result.issues.map((i) => [i.code, i.path, sv(i)]), [
        ['M3', 'assessment.decisions.1.goal', 'Mål för insatsen Avlösning i hemmet saknas.'],
        ['M3', 'indirectSupport.0.goal', 'Mål för det indirekta stödet (Avlösning i hemmet), med den anhörigas perspektiv, saknas.'],
      ]);
  });
});

describe('T3: each document cites the law in force on its own date', () => {
  const refs = (...legalReferences: Catalogue['legalReferences']): Catalogue => ({ ...testCatalogue, legalReferences });
  const ref = (id: string, validFrom: string, validTo?: string) => ({ id, topic: 'supportToRelatives', citation: id, validFrom, ...(validTo ? { validTo } : {}) });
  it('T3: an expired legal reference is not cited, from its last day on', () => {
    const catalogue = refs(ref('old', '2009-07-01', '2025-07-01'));
    assert.equal(referenceInForce(catalogue, 'supportToRelatives', '2025-06-30')?.id, 'old');
    assert.equal(referenceInForce(catalogue, 'supportToRelatives', '2025-07-01'), undefined);
    assert.deepEqual(referencesInForce(catalogue, ['supportToRelatives'], '2026-03-15'), []);
  });
  it('T3: a reference is cited from its first day, not before', () => {
    const catalogue = refs(ref('new', '2026-07-01'));
    assert.equal(referenceInForce(catalogue, 'supportToRelatives', '2026-06-30'), undefined);
    assert.deepEqual(referencesInForce(catalogue, ['supportToRelatives'], '2026-07-01'), [{ id: 'new', citation: 'new' }]);
  });
  it('T3: where two overlap, the most recent validFrom wins, in whatever order the catalogue lists them', () => {
    const a = ref('a', '2020-01-01');
    const b = ref('b', '2025-01-01');
    assert.equal(referenceInForce(refs(a, b), 'supportToRelatives', TODAY)?.id, 'b');
    assert.equal(referenceInForce(refs(b, a), 'supportToRelatives', TODAY)?.id, 'b');
    assert.equal(referenceInForce(refs(b, ref('c', '2025-01-01'), a), 'supportToRelatives', TODAY)?.id, 'c', 'same day: the later listed');
  });
  it('T3: another topic\'s reference is never cited for this one', () => {
    assert.equal(referenceInForce(refs({ ...ref('x', '2020-01-01'), topic: 'sip' }), 'supportToRelatives', TODAY), undefined);
  });
  it('T3: an assignment cites what is in force on its issue date, with citations', () => {
    const catalogue = refs(ref('old', '2009-07-01', '2025-07-01'), { id: 'sosfs', topic: 'assignmentDocumentation', citation: 'SOSFS 2014:5 5 kap. 22 §', validFrom: '2015-01-01' });
    assert.deepEqual(derive(readyRecord(), TODAY, catalogue).legalReferences, [{ id: 'sosfs', citation: 'SOSFS 2014:5 5 kap. 22 §' }]);
  });
  it('T3: consent and secrecy are cited when R-fields are shared, even without an indirect-support marker', () => {
    const r = withdraw(readyRecord(), 'c-ind-eva', '2026-03-01');
    assert.deepEqual(derive(r).legalReferences.map((l) => l.id), ['sosfs-2014-5', 'sol-2025-11-1', 'osl-12-2']);
  });
});
