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
  {
    label: 'Steps of the investigation',
    current: 'In progress',
    attention: (n: number) => (n === 1 ? '1 thing to consider' : `${n} things to consider`),
    done: 'Nothing left',
    notApplicable: 'Not applicable now',
    locked: 'After the investigation is complete',
    relativesIn: (names: string) => `Relatives: ${names}`,
    notAsked: (names: string) => `Not asked: ${names}`,
    goTo: (title: string, status: string) => `${title}. ${status}`,
  },
);
