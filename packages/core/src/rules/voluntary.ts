/**
 * C13: relatives' efforts are voluntary. Their support counts as available in the assessment only
 * where the relative wants and can (asked separately), and the person wants to receive it.
 * "unknown" is not yes.
 */
import type { InvestigationRecord, RelativeStance } from '../schema/index.js';

const available = (s: RelativeStance): boolean =>
  s.wantsToGiveSupport === 'yes' && s.canGiveSupport === 'yes' && s.personWantsSupportFromRelative === 'yes';

export const isRelativeSupportAvailable = (record: InvestigationRecord, relativeId: string): boolean => {
  const stance = record.stances.find((s) => s.relativeId === relativeId);
  return stance !== undefined && available(stance);
};

export const availableRelativeSupport = (record: InvestigationRecord): { relativeId: string; lifeAreaIds: string[] }[] =>
  record.stances.filter(available).map((s) => ({ relativeId: s.relativeId, lifeAreaIds: [...s.lifeAreaIds] }));
