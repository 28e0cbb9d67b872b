/** Step 4 warnings: coverage per life area, C10 quality, C11 child, C6 indirect support, C13 stance. */
import type { Catalogue, InvestigationRecord, RelativeRecord } from '../schema/index.js';
import { checkStatementBasis } from './statements.js';
import { relativesToHear } from './hear-relatives.js';
import { indirectSupportStatus } from './indirect-support.js';
import { relativeBranch } from './branch.js';
import { findRelative, relativeName, genitive } from './names.js';
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
    warnings.push({ code: 'lifeAreaEmpty', message: `Inga uppgifter är dokumenterade för: ${uncovered.map((a) => a.name).join(', ')}.`, path: 'statements' });

  record.statements.forEach((s, i) => {
    if (s.source.kind === 'person') return;
    const relativeId = s.source.kind === 'relative' ? { relativeId: s.source.relativeId } : {};
    const basis = checkStatementBasis(record, s, today);
    if (!basis.allowed) warnings.push({ code: 'statementBasis', message: basis.message, path: `statements.${i}.basis`, ...relativeId });
    if (s.toPersonalFile && !s.qualityConfirmed)
      warnings.push({ code: 'statementQuality', message: 'Bekräfta att uppgiften är saklig, väsentlig och inte nedsättande innan den förs in i personakten. Den enskilde kan läsa sin akt.', path: `statements.${i}.qualityConfirmed`, ...relativeId });
  });

  relativesToHear(record).forEach((r) => {
    const name = relativeName(r);
    warnings.push({
      code: 'hearCohabitant',
      message: `${name} bor med den enskilde. Om insatsen ges i det gemensamma hemmet eller bygger på att ${name} samarbetar, behöver ${name} få komma till tals.`,
      path: 'statements',
      relativeId: r.id,
    });
  });

  record.relatives.forEach((r, i) => {
    if (!r.isRelative) return; // H2: a representative outside the family gives no support to count
    const name = relativeName(r);
    if (r.isChild && relativeRecords.find((rr) => rr.relativeId === r.id)?.childGuidedToOwnSupport !== true)
      warnings.push({ code: 'childOwnSupport', message: `${name} är under 18 år. Överväg att vägleda barnet till stöd för egen del.`, path: `relatives.${i}.isChild`, relativeId: r.id });
    // C13: the stance is asked of a relative who takes part in the investigation.
    if (r.givesSupport && relativeBranch(record, r.id, today) === 'involve' && !record.stances.some((s) => s.relativeId === r.id))
      warnings.push({ code: 'stanceMissing', message: `${genitive(name)} egen inställning är inte dokumenterad: vill och kan ${name} ge stöd, och vill den enskilde ta emot det?`, path: 'stances', relativeId: r.id });
    // H4, C14: a relative who coordinates care between social services and health care: consider a SIP.
    if (r.coordinatesCare && !r.sipConsidered)
      warnings.push({
        code: 'sipConsider',
        message: `${name} samordnar vård och omsorg mellan socialtjänsten och hälso- och sjukvården. Överväg en samordnad individuell plan (SIP) tillsammans med den enskilde.`,
        path: `relatives.${i}.sipConsidered`,
        relativeId: r.id,
      });
  });

  record.indirectSupport.forEach((p, i) => {
    const status = indirectSupportStatus(record, p.id, today);
    if (!status) return;
    const relative = findRelative(record, p.relativeId);
    const name = relativeName(relative);
    if (status.missing.length)
      warnings.push({ code: 'indirectSupportIncomplete', message: `Indirekt stöd till ${name}: ${status.missing.join(', ')} saknas eller är inte uppfyllt. Utan det markeras insatsen inte som indirekt stöd.`, path: `indirectSupport.${i}`, relativeId: p.relativeId });
    if (status.disagreement && !p.continuedSearch?.trim())
      warnings.push({ code: 'indirectSupportDisagreement', message: `Den enskilde och ${name} är inte överens. Dokumentera båda synpunkterna och hur ni fortsätter att söka en lösning.`, path: `indirectSupport.${i}.continuedSearch`, relativeId: p.relativeId });
    if (status.childRelative && !p.childViews?.trim())
      warnings.push({ code: 'indirectSupportChildViews', message: `${name} är ett barn. Låt barnet komma till tals på ett sätt som passar ålder och mognad, och dokumentera barnets synpunkter.`, path: `indirectSupport.${i}.childViews`, relativeId: p.relativeId });
    const type = catalogue.supportTypes.find((t) => t.id === p.supportTypeId);
    if (type?.requiresLivingTogether && relative && !relative.livesWithPerson)
      warnings.push({ code: 'indirectSupportLivingTogether', message: `${type.name} ges enligt kommunens riktlinje bara när den anhöriga bor med den enskilde, och ${name} gör inte det.`, path: `indirectSupport.${i}.supportTypeId`, relativeId: p.relativeId });
  });
  return warnings;
};
