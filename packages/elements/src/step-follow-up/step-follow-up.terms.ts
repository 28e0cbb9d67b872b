import type { FollowUp } from '@anhorig/core';
import { defineTerms } from '../localization/localize.js';

type OutcomeKey = `outcome.${FollowUp['outcomeActions'][number]}`;

const svOutcomes: Record<OutcomeKey, string> = {
  'outcome.newInvestigation': 'En ny utredning (efter en ansökan från den enskilde om nya insatser)',
  'outcome.relativeOwnSupport': 'Den anhöriga ansöker om stöd för egen del',
  'outcome.updatedAssignment': 'Ett uppdaterat uppdrag till utföraren',
  'outcome.contactProvider': 'Kontakt med utföraren om mål eller om kvaliteten',
  'outcome.none': 'Ingen åtgärd',
};

export const followUpTerms = defineTerms({
    notOpen:
      'Uppföljningen öppnas när utredningen är klar, det vill säga när uppdraget är skickat till utföraren eller ansökan är avslagen.',
    notOpenHint: 'Uppföljningen är en senare del av samma utredning och kan göras av en annan handläggare.',
    notStarted: 'Uppföljningen är inte påbörjad.',
    startIntro:
      'Utgångspunkten för uppföljningen är att följa upp att den enskilde får den beviljade insatsen och att den är av god kvalitet. Med ett anhörigperspektiv följer du också upp hur anhöriga har det.',
    start: 'Påbörja uppföljningen',
    refused: 'Det gick inte att spara.',
    /** A button's accessible name: what it does and for whom ("Spara synpunkterna: Eva"). */
    forWhom: (action: string, name: string) => `${action}: ${name}`,
    startedAt: (date: string) => `Uppföljningen påbörjades ${date}.`,
    plannedFollowUp: 'Planerad uppföljning enligt uppdraget',
    plannedWhen: (date: string) => `Senast ${date}.`,
    // The person
    personHeading: 'Uppföljning med den enskilde',
    supportGiven: 'Har den enskilde fått den beviljade insatsen?',
    qualityView: 'Den enskildes syn på insatsen och på dess kvalitet',
    stillWants: (name: string) => `Vill den enskilde fortfarande ta emot stöd från ${name}?`,
    stillWantsHint: 'Anhörigas stöd bygger på att den enskilde vill ta emot det.',
    notAnswered: 'Inte besvarat',
    // Relatives in the follow-up of the person's support (C8)
    relativesHeading: 'Anhöriga i uppföljningen av den enskildes insats',
    relativesIntro:
      'Om den enskilde samtycker kan anhöriga delta vid uppföljningsmötet och berätta hur de ser på insatsen. När insatsen också är ett stöd till en anhörig (indirekt stöd) är det betydelsefullt att höra den anhöriga. Anhörigas medverkan är frivillig.',
    noRelatives: 'Det finns inga anhöriga i utredningen.',
    recordConsent: 'Registrera samtycke till att delta i uppföljningen',
    invitedAt: (date: string) => `Inbjuden till uppföljningsmötet ${date}.`,
    notInvited: 'Inte inbjuden till uppföljningsmötet.',
    invite: 'Registrera att inbjudan är skickad',
    invited: 'Inbjudan är registrerad.',
    viewHeading: (name: string) => `Synpunkter från ${name} om den enskildes insats`,
    noIndirect: (name: string) => `Ingen beviljad insats är ett indirekt stöd till ${name}. Du kan ändå anteckna synpunkter på kvaliteten och på hur insatsen påverkat livet.`,
    reliefQuestion: (support: string) => `Har ${support} gett den avsedda avlastningen?`,
    reliefGoal: (goal: string) => `Mål för avlastningen: ${goal}`,
    supportGoal: (goal: string) => `Mål för insatsen: ${goal}`,
    reliefView: (support: string) => `Den anhörigas syn på avlastningen från ${support} (frivilligt)`,
    relativeQuality: 'Synpunkter på insatsens kvalitet (frivilligt)',
    relativeEffect: 'Hur insatsen har påverkat den enskildes liv och det egna livet (frivilligt)',
    saveView: 'Spara synpunkterna',
    viewSaved: 'Synpunkterna är sparade.',
    viewRecordedWith: 'Registrerat med samtycke till att delta i uppföljningen.',
    noView: 'Inga synpunkter är registrerade.',
    result: 'Resultat',
    // The relative's own situation (C8: no consent, kept apart)
    ownHeading: 'Den anhörigas egen situation',
    ownApart:
      'Ett samtal om den anhörigas egen situation kräver inte den enskildes samtycke. Det hålls isär från uppföljningen av den enskildes insats och sparas i den anhörigas egen journal, inte i den enskildes akt. Samtalet handlar om den anhöriga, inte om den enskilde.',
    ownDate: 'Datum för samtalet',
    ownAble: (name: string) => `Har ${name} fortfarande möjlighet och vill fortsätta ge stöd som tidigare?`,
    ownAbleHint: 'Anhörigas insatser är frivilliga. Situationen och behoven kan ha förändrats.',
    ownNeed: 'Nytt behov av stöd för egen del (frivilligt)',
    ownNeedHint: 'Den anhöriga kan ansöka om stöd för egen del, i ett eget ärende skilt från den enskildes.',
    saveOwn: 'Spara den anhörigas egen situation',
    ownSaved: 'Den anhörigas egen situation är sparad i hens egen journal.',
    ownEarlier: 'Tidigare samtal om den egna situationen',
    ownEntry: (date: string, able: string) => `${date}: kan och vill fortsätta: ${able}`,
    ownNewNeed: (need: string) => `Nytt behov: ${need}`,
    ownNone: 'Inget samtal om den egna situationen är registrerat vid uppföljningen.',
    // Outcome
    outcomeHeading: 'Vad leder uppföljningen till?',
    outcomes: 'Åtgärder efter uppföljningen',
    outcomesHint: 'Välj en eller flera.',
    outcomeNone: 'Ingen åtgärd är vald ännu.',
    updatedPrompt:
      'I steg 5 ändrar du det som uppföljningen ledde till, till exempel nästa uppföljning, och skickar det uppdaterade uppdraget till utföraren. Det blir en ny version som hänvisar till den tidigare.',
    goToAssignment: 'Gå till steg 5 och skicka det uppdaterade uppdraget',
    updatedSent: (version: number, date: string) => `Det uppdaterade uppdraget, version ${version}, skickades till utföraren ${date}.`,
    ownSupportPrompt:
      'Den anhörigas ansökan om stöd för egen del görs i ett eget ärende i den anhörigas hemkommun. Inget om den enskilde följer med ansökan.',
    note: 'Anteckning om uppföljningen (frivilligt)',
    noteLabel: 'Anteckning',
    ...svOutcomes,
  },
  () => import('./step-follow-up.terms.en.js'),
);

export type FollowUpTerms = ReturnType<typeof followUpTerms>;
