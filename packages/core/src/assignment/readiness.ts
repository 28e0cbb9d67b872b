/**
 * Whether an assignment can be derived: the minimum content M1–M4 (SOSFS 2014:5 5 kap. 22 §)
 * must be present, because an assignment without it is not a valid assignment. Deriving never
 * invents text such as "Bedömning saknas"; it returns these issues instead. Everything beyond the
 * minimum (R-fields, follow-up date) is optional and shows as step warnings.
 */
import type { Catalogue, InvestigationRecord, ValidationIssue } from '../schema/index.js';
import { isFilled } from '../rules/names.js';
import { findProposal } from '../rules/indirect-support.js';
import { grantedDecisions, markerRelation } from './items.js';
import { indirectSupportGoal, lifeArea, markerArea, supportType } from './catalogue-lookup.js';


export const assignmentReadiness = (record: InvestigationRecord, catalogue: Catalogue, today: string): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const issue = (code: string, path: string, message: string) => issues.push({ code, path, message });
  const decisions = record.assessment?.decisions ?? [];
  if (!isFilled(record.assessment?.needsAssessment))
    issue('M1', 'assessment.needsAssessment', 'Bedömningen av den enskildes behov saknas.');
  const granted = grantedDecisions(record);
  if (granted.length === 0)
    issue('M2', 'assessment.decisions', 'Det finns ingen beviljad insats att ge i uppdrag. Vid avslag görs inget uppdrag.');
  granted.forEach((d) => {
    const i = decisions.indexOf(d);
    const name = supportType(catalogue, d.supportTypeId)?.name ?? d.supportTypeId;
    if (!lifeArea(catalogue, d.lifeAreaId))
      issue('catalogue', `assessment.decisions.${i}.lifeAreaId`, `Livsområdet "${d.lifeAreaId}" finns inte i kommunens katalog.`);
    if (!supportType(catalogue, d.supportTypeId))
      issue('catalogue', `assessment.decisions.${i}.supportTypeId`, `Insatsen "${d.supportTypeId}" finns inte i kommunens katalog.`);
    if (!isFilled(d.goal)) issue('M3', `assessment.decisions.${i}.goal`, `Mål för insatsen ${name} saknas.`);
    const relation = markerRelation(record, d, today);
    if (relation === undefined || d.indirectSupportId === undefined) return;
    if (!markerArea(catalogue))
      issue('catalogue', 'catalogue.lifeAreas', 'Kommunens katalog saknar livsområdet för indirekt stöd, så markeringen kan inte göras.');
    const proposalIndex = record.indirectSupport.findIndex((p) => p.id === d.indirectSupportId);
    if (!isFilled(findProposal(record, d.indirectSupportId)?.goal))
      issue('M3', `indirectSupport.${proposalIndex}.goal`, `Mål för det indirekta stödet (${name}), med den anhörigas perspektiv, saknas.`);
    if (!indirectSupportGoal(catalogue))
      issue('catalogue', 'catalogue.overallGoals', 'Kommunens katalog saknar det övergripande målet för indirekt stöd.');
  });
  if (!isFilled(record.assignmentPlan?.followUpHow))
    issue('M4', 'assignmentPlan.followUpHow', 'Hur insatsen ska följas upp saknas.');
  // Catalogue gaps repeat per decision; report each once.
  return issues.filter((a, i) => issues.findIndex((b) => b.path === a.path && b.message === a.message) === i);
};
