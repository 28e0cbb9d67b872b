/**
 * R1–R5 (the relative perspective) and R6 (the consent behind each R-field). Each relative's
 * fields are included only while the person side's `shareWithProvider` consent for that relative
 * is in force (C7). R2's description reuses the relative's own `supportGiven` statements, but only
 * those that may reach the provider (L2: gathered under a consent in force then and now, confirmed,
 * marked for the personal file); after a withdrawal they stay in the record (marked) but leave (C3).
 */
import type { Assignment, Catalogue, Consent, InvestigationRecord, RField, Statement } from '../schema/index.js';
import { canShareWithProvider } from '../rules/provider.js';
import { mayReachProvider } from '../rules/statements.js';

export type ConsentBasisEntry = Assignment['consentBasis'][number];
export type RelativePerspectiveData = Assignment['relativePerspective'];

const findConsent = (record: InvestigationRecord, id: string): Consent | undefined => record.consents.find((c) => c.id === id);

/** R2 text: this relative's own `supportGiven` statements that may reach the provider (L2). */
const usableSupportStatements = (record: InvestigationRecord, relativeId: string, today: string): Statement[] =>
  record.statements.filter(
    (s) => s.kind === 'supportGiven' && s.source.kind === 'relative' && s.source.relativeId === relativeId && mayReachProvider(record, s, today),
  );

export const relativePerspective = (
  record: InvestigationRecord,
  catalogue: Catalogue,
  today: string,
): { relativePerspective: RelativePerspectiveData; consentBasis: ConsentBasisEntry[] } => {
  const perspective: RelativePerspectiveData = { livesWithPerson: [], supportGiven: [], coordination: [], participation: [], views: [] };
  const basis: ConsentBasisEntry[] = [];
  const plan = record.assignmentPlan;
  for (const relative of record.relatives) {
    const gate = canShareWithProvider(record, relative.id, today);
    if (!gate.allowed || !gate.consent) continue;
    const share = gate.consent;
    const ref = { relativeId: relative.id, relation: relative.relation, relationCategory: relative.relationCategory };
    const cite = (field: RField) =>
      basis.push({ field, relativeId: relative.id, consentId: share.id, scope: 'shareWithProvider', date: share.date });

    if (relative.livesWithPerson) {
      perspective.livesWithPerson.push(ref);
      cite('R1');
    }
    const statements = usableSupportStatements(record, relative.id, today);
    if (relative.givesSupport || relative.supportLifeAreas.length > 0 || statements.length > 0) {
      const description = statements.map((s) => s.text.trim()).join('\n');
      const lifeAreaNames = relative.supportLifeAreas.map((areaId) => catalogue.lifeAreas.find((a) => a.id === areaId)?.name ?? areaId);
      perspective.supportGiven.push({ ...ref, lifeAreaIds: [...relative.supportLifeAreas], lifeAreaNames, ...(description ? { description } : {}) });
      cite('R2');
      // The R2 text also rests on the consent each statement was gathered under.
      const gatheredUnder = new Set(statements.flatMap((s) => (s.basis.kind === 'consent' ? [s.basis.consentId] : [])));
      for (const consentId of gatheredUnder)
        basis.push({ field: 'R2', relativeId: relative.id, consentId, scope: 'provideInformation', date: findConsent(record, consentId)?.date ?? today });
    }
    const collaboration = plan?.collaboration.find((c) => c.relativeId === relative.id);
    if (collaboration) {
      perspective.coordination.push({
        ...ref,
        ...(collaboration.relativeWish !== undefined ? { relativeWish: collaboration.relativeWish } : {}),
        ...(collaboration.personWish !== undefined ? { personWish: collaboration.personWish } : {}),
      });
      cite('R3');
    }
    const participation = plan?.participation.find((p) => p.relativeId === relative.id);
    if (participation) {
      perspective.participation.push({ ...ref, inPlanning: participation.inPlanning, inFollowUp: participation.inFollowUp });
      cite('R4');
    }
    const view = plan?.relativeViews.find((v) => v.relativeId === relative.id);
    if (view) {
      perspective.views.push({ ...ref, view: view.view });
      cite('R5');
    }
  }
  return { relativePerspective: perspective, consentBasis: basis };
};

/** Which R-fields each relative has in a perspective, e.g. `{ eva: ['R1', 'R2'] }`. */
export const rFieldsByRelative = (p: RelativePerspectiveData): Map<string, RField[]> => {
  const out = new Map<string, RField[]>();
  const add = (field: RField, relativeId: string) => out.set(relativeId, [...(out.get(relativeId) ?? []), field]);
  p.livesWithPerson.forEach((r) => add('R1', r.relativeId));
  p.supportGiven.forEach((r) => add('R2', r.relativeId));
  p.coordination.forEach((r) => add('R3', r.relativeId));
  p.participation.forEach((r) => add('R4', r.relativeId));
  p.views.forEach((r) => add('R5', r.relativeId));
  return out;
};
