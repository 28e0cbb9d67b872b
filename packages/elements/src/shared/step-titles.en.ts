/** English for step-titles.ts, loaded with import() only when an element shows lang="en". */
export default {
  relatives: 'Find out whether the person wants relatives to take part',
  equip: 'If the person does not want relatives to take part',
  involve: 'If the person wants relatives to take part',
  gather: 'Gather information',
  assessment: 'Assess and decide',
  assignment: 'Design the assignment to the provider',
  followUp: 'Follow up',
  numbered: (n: number, title: string) => `Step ${n} of 6: ${title}`,
  short: (n: number) => `Step ${n}`,
  between: 'Between steps 4 and 5',
};
