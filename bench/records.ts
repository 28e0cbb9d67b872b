/**
 * Records for the benchmark. `typicalRecord()` is the `assigned` scenario from stories/scenarios.ts
 * (two relatives, one involved, statements, indirect support, a decision, one issued assignment).
 * `scaleRecord(n)` makes a record with `n` relatives and a statement in every life area, ready to
 * issue, by driving the real statechart with `play()` — so every record is one the element itself
 * could have produced. Relatives alternate between the two branches: odd ones are involved (step 3:
 * consents, a meeting plan, a stance, a statement of the support they give, collaboration with the
 * provider), even ones declined by the person (step 2: information given to them).
 */
import { defaultCatalogue, type InvestigationEvent, type InvestigationRecord, type StepId } from '@anhorig/core';
import { play, scenarios, SCENARIO_TODAY, caseworker, type Scenario } from '../stories/scenarios.js';

export { SCENARIO_TODAY as BENCH_TODAY, caseworker };

/** Life areas a statement can be about (all but the indirect-support marker). */
export const statementAreas = defaultCatalogue.lifeAreas.filter((a) => !a.isIndirectSupportMarker).map((a) => a.id);

export const typicalRecord = (): Scenario => scenarios.assigned();

const relativeEvent = (i: number): InvestigationEvent => ({
  type: 'relative.add',
  relative: {
    name: `Anhörig ${i} Exempelsson`,
    relation: i % 2 === 1 ? 'barn' : 'granne',
    givesSupport: i % 2 === 1,
    supportLifeAreas: i % 2 === 1 ? [statementAreas[i % statementAreas.length]!] : [],
    worriesAboutPerson: i % 3 === 0,
    livesWithPerson: i === 1,
    isChild: false,
    informedOfPossibility: true,
  },
});

/** A record with `n` relatives, a statement in every life area, an assessment and an assignment plan. */
export const scaleRecord = (n: number): Scenario => {
  const events: InvestigationEvent[] = [];
  let consents = 0;
  const consent = (relativeId: string, scope: 'participate' | 'provideInformation' | 'shareWithProvider', status: 'given' | 'declined'): string => {
    events.push({
      type: 'consent.record',
      consent: { relativeId, scope, givenBy: 'person', form: 'oral', date: '2026-10-05', status },
    } as InvestigationEvent);
    consents += 1;
    return `samtycke-${consents}`;
  };
  const involved: string[] = [];
  for (let i = 1; i <= n; i += 1) {
    const relativeId = `anhorig-${i}`;
    events.push(relativeEvent(i), { type: 'relative.markAsked', relativeId });
    if (i % 2 === 1) {
      involved.push(relativeId);
      consent(relativeId, 'participate', 'given');
      const information = consent(relativeId, 'provideInformation', 'given');
      consent(relativeId, 'shareWithProvider', 'given');
      const area = statementAreas[i % statementAreas.length]!;
      events.push(
        { type: 'meetingPlan.set', plan: { relativeId, format: i % 4 === 1 ? 'joint' : 'separate', personWantsCompany: false, invitationSentAt: '2026-10-06' } },
        {
          type: 'statement.add',
          statement: {
            lifeAreaId: area,
            kind: 'supportGiven',
            text: `Anhörig ${i} hjälper till varje vecka.`,
            source: { kind: 'relative', relativeId },
            basis: { kind: 'consent', consentId: information },
            toPersonalFile: true,
            qualityConfirmed: true,
            checkedWithPerson: true,
          },
        },
        { type: 'stance.set', stance: { relativeId, wantsToGiveSupport: 'yes', canGiveSupport: 'yes', personWantsSupportFromRelative: 'yes', lifeAreaIds: [area] } },
      );
    } else {
      consent(relativeId, 'participate', 'declined');
      events.push({
        type: 'relativeRecord.update',
        relativeId,
        patch: { informationGiven: [{ what: 'Kommunens anhörigstöd och anhöriggrupper', date: '2026-10-06', channel: 'meeting' }] },
      });
    }
  }
  for (const lifeAreaId of statementAreas)
    events.push({
      type: 'statement.add',
      statement: {
        lifeAreaId,
        kind: 'need',
        text: `Behov inom ${lifeAreaId}: beskrivet av den enskilde.`,
        source: { kind: 'person' },
        basis: { kind: 'own' },
        toPersonalFile: true,
        qualityConfirmed: true,
        checkedWithPerson: true,
      },
    });
  events.push(
    {
      type: 'assessment.set',
      assessment: {
        needsAssessment: 'Den enskilde behöver stöd inom flera livsområden.',
        source: 'element',
        decidedAt: '2026-11-01',
        decisions: statementAreas.map((lifeAreaId, k) => ({
          id: `beslut-${k + 1}`,
          lifeAreaId,
          supportTypeId: 'hemtjanst',
          outcome: 'granted' as const,
          extent: '2 timmar per vecka',
          goal: `Mål inom ${lifeAreaId}.`,
        })),
      },
    },
    {
      type: 'assignmentPlan.set',
      plan: {
        followUpHow: 'Uppföljningssamtal med den enskilde och, om hen vill, med anhöriga.',
        followUpWhen: '2027-03-01',
        collaboration: involved.map((relativeId) => ({ relativeId, relativeWish: 'Vill stämma av varje vecka.', personWish: 'Per telefon.' })),
        participation: involved.map((relativeId) => ({ relativeId, inPlanning: true, inFollowUp: true })),
        relativeViews: involved.map((relativeId) => ({ relativeId, view: 'Stödet fungerar bäst på eftermiddagar.' })),
      },
    },
    { type: 'nav.goTo', step: 'assignment' },
  );
  return play(events);
};

/** The same record opened at another step (what a host restores when the handläggare saved there). */
export const atStep = (record: InvestigationRecord, step: StepId): InvestigationRecord => ({ ...record, progress: { ...record.progress, step } });
