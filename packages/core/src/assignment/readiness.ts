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
import { message, type Message } from '../messages/codes.js';


export const assignmentReadiness = (record: InvestigationRecord, catalogue: Catalogue, today: string): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const issue = (path: string, coded: Message) => issues.push({ ...coded, path });
  const decisions = record.assessment?.decisions ?? [];
  if (!isFilled(record.assessment?.needsAssessment))
    issue('assessment.needsAssessment', message('M1'));
  const granted = grantedDecisions(record);
  if (granted.length === 0)
    issue('assessment.decisions', message('M2'));
  granted.forEach((d) => {
    const i = decisions.indexOf(d);
    const name = supportType(catalogue, d.supportTypeId)?.name ?? d.supportTypeId;
    if (!lifeArea(catalogue, d.lifeAreaId))
      issue(`assessment.decisions.${i}.lifeAreaId`, message('catalogue', { missing: 'lifeArea', id: d.lifeAreaId }));
    if (!supportType(catalogue, d.supportTypeId))
      issue(`assessment.decisions.${i}.supportTypeId`, message('catalogue', { missing: 'supportType', id: d.supportTypeId }));
    if (!isFilled(d.goal)) issue(`assessment.decisions.${i}.goal`, message('M3', { supportType: name, indirect: false }));
    const relation = markerRelation(record, d, today);
    if (relation === undefined || d.indirectSupportId === undefined) return;
    if (!markerArea(catalogue))
      issue('catalogue.lifeAreas', message('catalogue', { missing: 'markerArea' }));
    const proposalIndex = record.indirectSupport.findIndex((p) => p.id === d.indirectSupportId);
    if (!isFilled(findProposal(record, d.indirectSupportId)?.goal))
      issue(`indirectSupport.${proposalIndex}.goal`, message('M3', { supportType: name, indirect: true }));
    if (!indirectSupportGoal(catalogue))
      issue('catalogue.overallGoals', message('catalogue', { missing: 'indirectGoal' }));
  });
  if (!isFilled(record.assignmentPlan?.followUpHow))
    issue('assignmentPlan.followUpHow', message('M4'));
  // Catalogue gaps repeat per decision; report each once.
  const key = (i: ValidationIssue) => JSON.stringify([i.path, i.code, i.params]);
  return issues.filter((a, i) => issues.findIndex((b) => key(b) === key(a)) === i);
};
