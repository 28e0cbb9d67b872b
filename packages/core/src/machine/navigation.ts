/**
 * Where "next" and "back" lead. Steps 2 and 3 apply when some relative is in that branch (the
 * person's decision, step 1); follow-up applies once the investigation is complete. "Go to" may
 * open any step up to the decision whether it applies or not (guide, don't obstruct).
 */
import { STEP_IDS, type InvestigationRecord, type StepId } from '../schema/index.js';
import { relativesInStep } from '../rules/branch.js';

export { relativesInStep };

export const stepApplies = (record: InvestigationRecord, step: StepId, today: string): boolean => {
  switch (step) {
    case 'equip':
    case 'involve':
      return relativesInStep(record, step, today).length > 0;
    case 'followUp':
      return record.progress.phase !== 'investigation';
    default:
      return true;
  }
};

export const nextStep = (record: InvestigationRecord, today: string): StepId | undefined =>
  STEP_IDS.slice(STEP_IDS.indexOf(record.progress.step) + 1).find((s) => stepApplies(record, s, today));

export const previousStep = (record: InvestigationRecord, today: string): StepId | undefined =>
  STEP_IDS.slice(0, STEP_IDS.indexOf(record.progress.step))
    .reverse()
    .find((s) => stepApplies(record, s, today));
