import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalogue } from '../src/catalogue/index.js';
import { validateCatalogue, type LegalReference } from '../src/schema/index.js';
import {
  ASSIGNMENT_TOPICS,
  INDIRECT_SUPPORT_TOPICS,
  SHARING_TOPICS,
  referenceInForce,
} from '../src/assignment/legal-references.js';
import { sv } from './support/sv.js';

const OLD_SOL = 'SoL (2001:453)';
const NEW_SOL = 'SoL (2025:400)';
const IN_2024 = '2024-05-15';
const IN_2026 = '2026-03-15';

const duplicates = (ids: readonly string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('default catalogue', () => {
  it('passes validateCatalogue', () => {
    const result = validateCatalogue(defaultCatalogue);
    assert.equal(result.ok, true, result.ok ? '' : result.issues.map((i) => `${i.path}: ${sv(i)}`).join('\n'));
  });

  it('has exactly one marker area, and it is not an ICF need area', () => {
    const markers = defaultCatalogue.lifeAreas.filter((a) => a.isIndirectSupportMarker);
    assert.equal(markers.length, 1);
    const [marker] = markers;
    assert.equal(marker?.id, 'anhorigmarkering');
    assert.equal(marker?.name, 'Personligt stöd från person som vårdar eller stödjer en närstående');
    assert.equal(marker?.icf, undefined);
  });

  it('has the eleven IBIC areas with ICF chapters d1–d9 each once, plus Känsla av trygghet', () => {
    const needAreas = defaultCatalogue.lifeAreas.filter((a) => !a.isIndirectSupportMarker);
    assert.equal(needAreas.length, 10);
    assert.equal(defaultCatalogue.lifeAreas.length, 11);
    const chapters = needAreas.flatMap((a) => (a.icf ? [a.icf] : [])).sort();
    assert.deepEqual(chapters, ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9']);
    for (const area of needAreas.filter((a) => a.icf)) assert.equal(area.id, area.icf);
    const trygghet = needAreas.find((a) => a.id === 'trygghet');
    assert.equal(trygghet?.name, 'Känsla av trygghet');
    assert.equal(trygghet?.icf, undefined);
  });

  it('has exactly one overall goal for indirect support: Underlätta …', () => {
    const goals = defaultCatalogue.overallGoals.filter((g) => g.forIndirectSupport);
    assert.equal(goals.length, 1);
    assert.equal(goals[0]?.id, 'underlatta');
    assert.equal(goals[0]?.text, 'Underlätta för personer som vårdar eller stödjer en närstående');
  });

  it('keeps the support type ids the rules and tests use', () => {
    const ids = defaultCatalogue.supportTypes.map((s) => s.id);
    for (const id of ['hemtjanst', 'avlosning', 'ledsagning', 'dagverksamhet', 'boendestod', 'korttidsboende', 'korttidsvistelse', 'vaxelvard', 'kontaktperson', 'kontaktfamilj'])
      assert.ok(ids.includes(id), `supportTypes saknar ${id}`);
    for (const id of ids) assert.match(id, /^[a-z0-9-]+$/);
    const livingTogether = defaultCatalogue.supportTypes.filter((s) => s.requiresLivingTogether).map((s) => s.id).sort();
    assert.deepEqual(livingTogether, ['avlosning', 'korttidsboende', 'vaxelvard']);
    for (const s of defaultCatalogue.supportTypes.filter((t) => t.requiresLivingTogether))
      assert.ok(s.eligibilityNote?.trim(), `${s.id} saknar eligibilityNote`);
  });

  it('offers general own support and the forms of an own application', () => {
    const kinds = new Set(defaultCatalogue.ownSupportOffers.map((o) => o.kind));
    assert.deepEqual([...kinds].sort(), ['application', 'general']);
    const ids = defaultCatalogue.ownSupportOffers.map((o) => o.id);
    for (const id of ['stodsamtal', 'anhoriggrupper', 'avlosning-utan-bistandsbeslut', 'bistand', 'lss', 'anhoriganstallning', 'anhorigbidrag'])
      assert.ok(ids.includes(id), `ownSupportOffers saknar ${id}`);
  });

  it('has a neutral anhörigkonsulent placeholder without invented contact details', () => {
    assert.equal(defaultCatalogue.anhorigkonsulent?.name, 'Kommunens anhörigkonsulent');
    assert.doesNotMatch(defaultCatalogue.anhorigkonsulent?.contact ?? '', /\d/);
  });

  it('has question prompts for both audiences with unique ids', () => {
    const person = defaultCatalogue.questionPrompts.filter((q) => q.audience === 'person');
    const relative = defaultCatalogue.questionPrompts.filter((q) => q.audience === 'relative');
    assert.ok(person.length >= 8, `för få frågor till den enskilde: ${person.length}`);
    assert.ok(relative.length >= 8, `för få frågor till anhöriga: ${relative.length}`);
    for (const q of person) assert.match(q.id, /^fraga-enskild-\d+$/);
    for (const q of relative) assert.match(q.id, /^fraga-anhorig-\d+$/);
    assert.deepEqual(duplicates(defaultCatalogue.questionPrompts.map((q) => q.id)), []);
  });

  it('has the four-step follow-up scale', () => {
    assert.deepEqual(
      defaultCatalogue.followUpScale.map((s) => s.id),
      ['uppnatt', 'delvis-uppnatt', 'inte-uppnatt', 'kan-ej-bedomas'],
    );
  });

  it('has unique ids within each list', () => {
    const lists: Record<string, readonly { id: string }[]> = {
      lifeAreas: defaultCatalogue.lifeAreas,
      supportTypes: defaultCatalogue.supportTypes,
      ownSupportOffers: defaultCatalogue.ownSupportOffers,
      questionPrompts: defaultCatalogue.questionPrompts,
      overallGoals: defaultCatalogue.overallGoals,
      followUpScale: defaultCatalogue.followUpScale,
      legalReferences: defaultCatalogue.legalReferences,
    };
    for (const [name, list] of Object.entries(lists)) assert.deepEqual(duplicates(list.map((x) => x.id)), [], name);
  });
});

describe('default catalogue legal references', () => {
  const topics = [...ASSIGNMENT_TOPICS, ...SHARING_TOPICS, ...INDIRECT_SUPPORT_TOPICS];
  const ofTopic = (topic: string): LegalReference[] => defaultCatalogue.legalReferences.filter((r) => r.topic === topic);

  for (const topic of topics) {
    it(`${topic}: a reference is in force in 2024 and in 2026, old SoL before and new SoL after 2025-07-01`, () => {
      const before = referenceInForce(defaultCatalogue, topic, IN_2024);
      const after = referenceInForce(defaultCatalogue, topic, IN_2026);
      assert.ok(before, `ingen hänvisning för ${topic} 2024`);
      assert.ok(after, `ingen hänvisning för ${topic} 2026`);
      const references = ofTopic(topic);
      const hasOld = references.some((r) => r.citation.includes(OLD_SOL));
      const hasNew = references.some((r) => r.citation.includes(NEW_SOL));
      if (hasOld && hasNew) {
        assert.ok(before.citation.includes(OLD_SOL), `${topic} 2024: ${before.citation}`);
        assert.ok(after.citation.includes(NEW_SOL), `${topic} 2026: ${after.citation}`);
      }
    });
  }

  it('switches exactly on 2025-07-01 for support for personal needs and support to relatives', () => {
    assert.equal(referenceInForce(defaultCatalogue, 'personalNeedsSupport', '2025-06-30')?.citation, '4 kap. 1 § SoL (2001:453)');
    assert.equal(referenceInForce(defaultCatalogue, 'personalNeedsSupport', '2025-07-01')?.citation, '11 kap. 1 § SoL (2025:400)');
    assert.equal(referenceInForce(defaultCatalogue, 'supportToRelatives', '2025-06-30')?.citation, '5 kap. 10 § SoL (2001:453)');
    assert.equal(referenceInForce(defaultCatalogue, 'supportToRelatives', '2025-07-01')?.citation, '13 kap. 9 § SoL (2025:400)');
  });

  it('cites no support to relatives before the provision existed (2009-07-01)', () => {
    assert.equal(referenceInForce(defaultCatalogue, 'supportToRelatives', '2009-06-30'), undefined);
  });

  it('marks the prop. 2025/26:60 duty as a proposal, not in force before 2026-07-01', () => {
    const [proposal] = ofTopic('relativesInformationDuty');
    assert.ok(proposal);
    assert.match(proposal.citation, /föreslagen lydelse/);
    assert.match(proposal.note ?? '', /Förslag/);
    assert.equal(referenceInForce(defaultCatalogue, 'relativesInformationDuty', '2026-06-30'), undefined);
    assert.equal(referenceInForce(defaultCatalogue, 'relativesInformationDuty', '2026-07-01')?.id, proposal.id);
  });

  it('has validTo after validFrom wherever a reference has ended', () => {
    for (const r of defaultCatalogue.legalReferences) if (r.validTo) assert.ok(r.validFrom < r.validTo, r.id);
  });
});
