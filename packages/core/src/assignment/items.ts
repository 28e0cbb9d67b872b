/**
 * M2: what the assignment includes — granted decisions only (a refusal gives no assignment item).
 * A support also meant to relieve a relative carries the marker area and the relationship, nothing
 * more, and only once C6 is met. L3: the relationship as a category; the person's own words (which may
 * name the relative) only while `shareWithProvider` is in force for that relative.
 */
import type { AssignmentItem, Catalogue, DecidedSupport, InvestigationRecord, RelationCategory } from '../schema/index.js';
import { indirectSupportStatus } from '../rules/indirect-support.js';
import { canShareWithProvider } from '../rules/provider.js';
import { findRelative } from '../rules/names.js';
import { lifeArea, markerArea, supportType } from './catalogue-lookup.js';

export const grantedDecisions = (record: InvestigationRecord): DecidedSupport[] =>
  record.assessment?.decisions.filter((d) => d.outcome === 'granted') ?? [];

export interface MarkerRelation {
  relationCategory: RelationCategory;
  /** The person's own words, only under `shareWithProvider` (L3). */
  relation?: string;
}

/** The relationship for a decision's indirect support, when the marker applies (C6). */
export const markerRelation = (record: InvestigationRecord, decision: DecidedSupport, today: string): MarkerRelation | undefined => {
  if (decision.indirectSupportId === undefined) return undefined;
  const status = indirectSupportStatus(record, decision.indirectSupportId, today);
  if (!status?.markerApplies) return undefined;
  const relative = findRelative(record, status.relativeId);
  if (!relative) return undefined;
  const shared = canShareWithProvider(record, relative.id, today).allowed;
  return { relationCategory: relative.relationCategory, ...(shared ? { relation: relative.relation } : {}) };
};

export const assignmentItems = (record: InvestigationRecord, catalogue: Catalogue, today: string): AssignmentItem[] => {
  const marker = markerArea(catalogue);
  return grantedDecisions(record).map((d) => {
    const relation = markerRelation(record, d, today);
    const item: AssignmentItem = {
      decisionId: d.id,
      lifeAreaId: d.lifeAreaId,
      lifeAreaName: lifeArea(catalogue, d.lifeAreaId)?.name ?? d.lifeAreaId,
      supportTypeId: d.supportTypeId,
      supportTypeName: supportType(catalogue, d.supportTypeId)?.name ?? d.supportTypeId,
      ...(d.extent !== undefined ? { extent: d.extent } : {}),
    };
    if (relation !== undefined && marker)
      item.indirectSupport = { markerLifeAreaId: marker.id, markerLifeAreaName: marker.name, ...relation };
    return item;
  });
};
