import { defineTerms } from '../localization/localize.js';

export const investigationTerms = defineTerms({
    title: 'Anhöriga i utredningen',
    person: (name: string) => `Utredning för ${name}`,
    views: 'Visa',
    viewStep: 'Steg',
    viewConsents: (n: number) => `Samtycken (${n})`,
    viewLog: (n: number) => `Informationslogg (${n})`,
    viewSummary: 'Sammanfattning',
    previous: (title: string) => `Föregående: ${title}`,
    next: (title: string) => `Nästa: ${title}`,
    pager: 'Föregående och nästa steg',
    announceStep: (heading: string) => `Nu visas ${heading}.`,
    announceView: (name: string) => `Nu visas ${name}.`,
    hostError: 'Uppgifter från ärendesystemet kunde inte användas',
    dismiss: 'Stäng meddelandet',
    phaseComplete: 'Utredningen är klar.',
    phaseFollowUp: 'Uppföljning pågår.',
    readonlyNotice: 'Granskningsläge: uppgifterna kan inte ändras här.',
    loading: 'Hämtar …',
  },
  () => import('./investigation.terms.en.js'),
);
