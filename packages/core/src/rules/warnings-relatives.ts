/** Step 1 warnings: who is asked, violence concerns, a child's views, capacity to consent. */
import type { InvestigationRecord } from '../schema/index.js';
import { latestPersonSideDecision } from './consent.js';
import { INVOLVEMENT_SCOPES } from './branch.js';
import { capacityJudgementNeeded } from './representative.js';
import { consentsToReview } from './entitlement.js';
import { relativeName, isFilled } from './names.js';
import type { Warning } from './types.js';


export const relativesWarnings = (record: InvestigationRecord, today: string): Warning[] => {
  const warnings: Warning[] = [];
  const person = record.person;
  if (person.ageGroup === 'minor' && !isFilled(person.childViews))
    warnings.push({ code: 'childViewsMissing', message: 'Barnets egna synpunkter är inte dokumenterade. Vårdnadshavaren samtycker, men barnets åsikter ska väga in efter ålder och mognad.', path: 'person.childViews' });
  if (person.ageGroup === 'adult' && person.canTakePosition === 'unknown')
    warnings.push({ code: 'capacityUnknown', message: 'Det är inte bedömt om den enskilde kan ta ställning till samtycke.', path: 'person.canTakePosition' });
  if (capacityJudgementNeeded(record) && !person.capacityJudgement)
    warnings.push({
      code: 'capacityJudgementMissing',
      message: 'Den enskilde kan inte ta ställning och ingen kan samtycka i den enskildes ställe. Dokumentera en bedömning av vad den enskilde troligen vill och vem som tillfrågats.',
      path: 'person.capacityJudgement',
    });
  consentsToReview(record, today).forEach((review) =>
    warnings.push({ code: 'consentReview', message: review.message, path: `consents.${record.consents.findIndex((c) => c.id === review.consentId)}`, relativeId: review.relativeId }),
  );
  record.relatives.forEach((r, i) => {
    const name = relativeName(r);
    const concern = r.violenceConcern;
    if (concern && !concern.judgement)
      warnings.push({ code: 'violenceJudgementMissing', message: `Det finns en oro för våld, hot eller tvång i relationen med ${name}. Dokumentera en bedömning innan ${name} deltar i utredningen.`, path: `relatives.${i}.violenceConcern.judgement`, relativeId: r.id });
    if (concern && !concern.routineFollowed)
      warnings.push({ code: 'violenceRoutine', message: `Följ kommunens rutin vid oro för våld i nära relation (till exempel relationsvåldsteamet) för relationen med ${name}.`, path: `relatives.${i}.violenceConcern.routineFollowed`, relativeId: r.id });
    // H2: a legal representative who is not a relative is not asked about or told about taking part.
    if (!r.isRelative) return;
    const decided = INVOLVEMENT_SCOPES.some((scope) => latestPersonSideDecision(record, r.id, scope, today));
    if (r.involvementAskedAt === undefined && !decided)
      warnings.push({ code: 'relativeNotAsked', message: `Den enskilde har inte tillfrågats om ${name} ska delta i utredningen.`, path: `relatives.${i}.involvementAskedAt`, relativeId: r.id });
    if (!r.informedOfPossibility)
      warnings.push({ code: 'relativeNotInformed', message: `${name} har inte fått veta att det finns möjlighet att delta i utredningen om den enskilde samtycker.`, path: `relatives.${i}.informedOfPossibility`, relativeId: r.id });
  });
  return warnings;
};
