/** Step 4 warnings: coverage per life area, C10 quality, C11 child, C6 indirect support, C13 stance. */
import type { Catalogue, InvestigationRecord, RelativeRecord } from '../schema/index.js';
import { checkStatementBasis } from './statements.js';
import { relativesToHear } from './hear-relatives.js';
import { indirectSupportStatus } from './indirect-support.js';
import { relativeBranch } from './branch.js';
import { findRelative, nameParam } from './names.js';
import type { Warning } from './types.js';

export const gatherWarnings = (
  record: InvestigationRecord,
  relativeRecords: readonly RelativeRecord[],
  catalogue: Catalogue,
  today: string,
): Warning[] => {
  const warnings: Warning[] = [];
  const covered = new Set(record.statements.map((s) => s.lifeAreaId));
  const uncovered = catalogue.lifeAreas.filter((a) => !a.isIndirectSupportMarker && !covered.has(a.id));
  if (uncovered.length)
    warnings.push({ code: 'lifeAreaEmpty', params: { lifeAreas: uncovered.map((a) => a.name) }, path: 'statements' });

  record.statements.forEach((s, i) => {
    if (s.source.kind === 'person') return;
    const relativeId = s.source.kind === 'relative' ? { relativeId: s.source.relativeId } : {};
    const basis = checkStatementBasis(record, s, today);
    if (!basis.allowed) warnings.push({ code: 'statementBasis', params: { reason: basis.reason }, path: `statements.${i}.basis`, ...relativeId });
    if (s.toPersonalFile && !s.qualityConfirmed)
      warnings.push({ code: 'statementQuality', params: {}, path: `statements.${i}.qualityConfirmed`, ...relativeId });
  });

  relativesToHear(record).forEach((r) => {
    const name = nameParam(r);
    warnings.push({
      code: 'hearCohabitant',
      params: name,
      path: 'statements',
      relativeId: r.id,
    });
  });

  record.relatives.forEach((r, i) => {
    if (!r.isRelative) return; // H2: a representative outside the family gives no support to count
    const name = nameParam(r);
    if (r.isChild && relativeRecords.find((rr) => rr.relativeId === r.id)?.childGuidedToOwnSupport !== true)
      warnings.push({ code: 'childOwnSupport', params: name, path: `relatives.${i}.isChild`, relativeId: r.id });
    // C13: the stance is asked of a relative who takes part in the investigation.
    if (r.givesSupport && relativeBranch(record, r.id, today) === 'involve' && !record.stances.some((s) => s.relativeId === r.id))
      warnings.push({ code: 'stanceMissing', params: name, path: 'stances', relativeId: r.id });
    // H4, C14: a relative who coordinates care between social services and health care: consider a SIP.
    if (r.coordinatesCare && !r.sipConsidered)
      warnings.push({
        code: 'sipConsider',
        params: name,
        path: `relatives.${i}.sipConsidered`,
        relativeId: r.id,
      });
  });

  record.indirectSupport.forEach((p, i) => {
    const status = indirectSupportStatus(record, p.id, today);
    if (!status) return;
    const relative = findRelative(record, p.relativeId);
    const name = nameParam(relative);
    if (status.missing.length)
      warnings.push({ code: 'indirectSupportIncomplete', params: { ...name, missing: status.missing }, path: `indirectSupport.${i}`, relativeId: p.relativeId });
    if (status.disagreement && !p.continuedSearch?.trim())
      warnings.push({ code: 'indirectSupportDisagreement', params: name, path: `indirectSupport.${i}.continuedSearch`, relativeId: p.relativeId });
    if (status.childRelative && !p.childViews?.trim())
      warnings.push({ code: 'indirectSupportChildViews', params: name, path: `indirectSupport.${i}.childViews`, relativeId: p.relativeId });
    const type = catalogue.supportTypes.find((t) => t.id === p.supportTypeId);
    if (type?.requiresLivingTogether && relative && !relative.livesWithPerson)
      warnings.push({ code: 'indirectSupportLivingTogether', params: { ...name, supportType: type.name }, path: `indirectSupport.${i}.supportTypeId`, relativeId: p.relativeId });
  });
  return warnings;
};
