/**
 * Where "next" and "back" lead. Steps 2 and 3 apply when some relative is in that branch (the
 * person's decision, step 1); follow-up applies once the investigation is complete. "Go to" may
 * open any step up to the decision whether it applies or not (guide, don't obstruct).
 */
import { STEP_IDS, type InvestigationRecord, type Relative, type StepId } from '../schema/index.js';
import { INVOLVEMENT_SCOPES, relativeBranch } from '../rules/branch.js';
import { activeConsent } from '../rules/consent.js';
import { violenceGate } from '../rules/violence.js';

/**
 * The relatives a per-relative step is about. Step 2: those in the equip branch. Step 3: those the
 * person wants involved, including one whose part waits for a C4 judgement (shown there with the
 * reason; information, referral and an own conversation stay open in step 2 too).
 */
export const relativesInStep = (record: InvestigationRecord, step: 'equip' | 'involve', today: string): Relative[] =>
  record.relatives.filter((r) => {
    const branch = relativeBranch(record, r.id, today);
    if (step === 'equip') return branch === 'equip';
    return branch === 'involve' || (INVOLVEMENT_SCOPES.some((scope) => activeConsent(record, r.id, scope, today)) && !violenceGate(record, r.id).allowed);
  });

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
