import { defineTerms } from '../localization/localize.js';

export const stepNavTerms = defineTerms({
    label: 'Utredningens steg',
    current: 'Pågår',
    attention: (n: number) => (n === 1 ? '1 sak att tänka på' : `${n} saker att tänka på`),
    done: 'Inget kvar',
    notApplicable: 'Inte aktuellt just nu',
    locked: 'Efter att utredningen är klar',
    relativesIn: (names: string) => `Anhöriga: ${names}`,
    notAsked: (names: string) => `Inte tillfrågade: ${names}`,
    goTo: (title: string, status: string) => `${title}. ${status}`,
  },
  () => import('./step-nav.terms.en.js'),
);
