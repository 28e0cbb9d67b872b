/** The person (den enskilde): step 1. */
import type { TemplateResult } from 'lit';
import { capacityJudgementNeeded } from '@anhorig/core';
import { communicationText } from '../step-involve/communication-note.js';
import { summaryList, summarySection, yesNo, yesNoUnknown, listValue, type SummaryView } from './parts.js';

export const personSection = (v: SummaryView): TemplateResult => {
  const { record } = v.context;
  const person = record.person;
  const minor = person.ageGroup === 'minor';
  const judgement = person.capacityJudgement;
  return summarySection(
    v,
    { id: 'summary-person', title: v.t.term('sectionPerson'), step: 'relatives', part: 'person' },
    summaryList(v, [
      { label: v.t.term('name'), value: person.displayName },
      { label: v.t.term('chosenName'), value: person.chosenName },
      { label: v.t.term('pronouns'), value: person.pronouns },
      person.personalIdentityNumber !== undefined && { label: v.t.term('personalIdentityNumber'), value: person.personalIdentityNumber },
      { label: v.t.term('ageGroup'), value: v.t.term(minor ? 'age.minor' : 'age.adult') },
      minor && { label: v.t.term('guardians'), value: listValue(person.guardians ?? []) },
      minor && { label: v.t.term('childViews'), value: person.childViews },
      { label: v.t.term('canTakePosition'), value: yesNoUnknown(v, person.canTakePosition) },
      // Where the core says a judgement of the likely wish is needed (no one may consent, C2, C5), or one was made.
      (capacityJudgementNeeded(record) || judgement !== undefined) && { label: v.t.term('capacityJudgement'), value: judgement?.likelyWish },
      judgement !== undefined && { label: v.t.term('consulted'), value: listValue(judgement.consulted) },
      judgement !== undefined && { label: v.t.term('judgementRecorded'), value: v.t.term('dateBy', judgement.date, judgement.recordedBy.name) },
      person.communication !== undefined && { label: v.t.term('communication'), value: communicationText(v.c, person.communication) },
      { label: v.t.term('applicationConcernsRelative'), value: yesNo(v, record.applicationConcernsRelative) },
    ]),
  );
};

