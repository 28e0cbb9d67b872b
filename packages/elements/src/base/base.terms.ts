import { defineTerms } from '../localization/localize.js';

export const baseTerms = defineTerms({
    waiting: 'Väntar på utredningen från ärendesystemet.',
    nothingChanged: 'Inget har ändrats.',
    moreIssues: (n: number) => `och ${n} fel till.`,
  },
  {
    waiting: 'Waiting for the investigation from the case system.',
    nothingChanged: 'Nothing has changed.',
    moreIssues: (n: number) => `and ${n} more issues.`,
  },
);
