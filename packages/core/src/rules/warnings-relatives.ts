/** Step 1 warnings: who is asked, violence concerns, a child's views, capacity to consent. */
import type { InvestigationRecord } from '../schema/index.js';
import { relativesNotAsked } from './branch.js';
import { capacityJudgementNeeded } from './representative.js';
import { consentsToReview } from './entitlement.js';
import { nameParam, isFilled } from './names.js';
import type { Warning } from './types.js';


export const relativesWarnings = (record: InvestigationRecord, today: string): Warning[] => {
  const warnings: Warning[] = [];
  const person = record.person;
  if (person.ageGroup === 'minor' && !isFilled(person.childViews))
    warnings.push({ code: 'childViewsMissing', params: {}, path: 'person.childViews' });
  if (person.ageGroup === 'adult' && person.canTakePosition === 'unknown')
    warnings.push({ code: 'capacityUnknown', params: {}, path: 'person.canTakePosition' });
  if (capacityJudgementNeeded(record) && !person.capacityJudgement)
    warnings.push({
      code: 'capacityJudgementMissing',
      params: {},
      path: 'person.capacityJudgement',
    });
  consentsToReview(record, today).forEach((review) =>
    warnings.push({ code: 'consentReview', params: { review: review.notice }, path: `consents.${record.consents.findIndex((c) => c.id === review.consentId)}`, relativeId: review.relativeId }),
  );
  const notAsked = new Set(relativesNotAsked(record, today).map((r) => r.id));
  record.relatives.forEach((r, i) => {
    const name = nameParam(r);
    const concern = r.violenceConcern;
    if (concern && !concern.judgement)
      warnings.push({ code: 'violenceJudgementMissing', params: name, path: `relatives.${i}.violenceConcern.judgement`, relativeId: r.id });
    if (concern && !concern.routineFollowed)
      warnings.push({ code: 'violenceRoutine', params: name, path: `relatives.${i}.violenceConcern.routineFollowed`, relativeId: r.id });
    // H2: a legal representative who is not a relative is not asked about or told about taking part.
    if (!r.isRelative) return;
    if (notAsked.has(r.id))
      warnings.push({ code: 'relativeNotAsked', params: name, path: `relatives.${i}.involvementAskedAt`, relativeId: r.id });
    if (!r.informedOfPossibility)
      warnings.push({ code: 'relativeNotInformed', params: name, path: `relatives.${i}.informedOfPossibility`, relativeId: r.id });
  });
  return warnings;
};
