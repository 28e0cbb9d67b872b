import { defineTerms } from '../localization/localize.js';

export const baseTerms = defineTerms({
    waiting: 'Väntar på utredningen från ärendesystemet.',
    nothingChanged: 'Inget har ändrats.',
    moreIssues: (n: number) => `och ${n} fel till.`,
  },
  () => import('./base.terms.en.js'),
);
