/**
 * M3: the goals of each granted support. A support marked as indirect support (M2) also carries the
 * goal from the relative's perspective (the C6 proposal's goal), tagged with the catalogue's
 * overall goal for indirect support.
 */
import type { Assignment, Catalogue, InvestigationRecord } from '../schema/index.js';
import { isFilled } from '../rules/names.js';

type AssignmentGoal = Assignment['goals'][number];
import { findProposal } from '../rules/indirect-support.js';
import { grantedDecisions, markerRelation } from './items.js';
import { indirectSupportGoal } from './catalogue-lookup.js';


export const assignmentGoals = (record: InvestigationRecord, catalogue: Catalogue, today: string): AssignmentGoal[] => {
  const overall = indirectSupportGoal(catalogue);
  return grantedDecisions(record).flatMap((d) => {
    const goals: AssignmentGoal[] = isFilled(d.goal) ? [{ decisionId: d.id, text: d.goal.trim() }] : [];
    const proposalGoal = d.indirectSupportId !== undefined ? findProposal(record, d.indirectSupportId)?.goal : undefined;
    if (markerRelation(record, d, today) !== undefined && isFilled(proposalGoal))
      goals.push({
        decisionId: d.id,
        text: proposalGoal.trim(),
        ...(overall ? { overallGoalId: overall.id, overallGoalText: overall.text } : {}),
      });
    return goals;
  });
};
