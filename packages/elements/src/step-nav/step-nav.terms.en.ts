/** English for step-nav.terms.ts, loaded with import() only when an element shows lang="en". */
export default {
  label: 'Steps of the investigation',
  current: 'In progress',
  attention: (n: number) => (n === 1 ? '1 thing to consider' : `${n} things to consider`),
  done: 'Nothing left',
  notApplicable: 'Not applicable now',
  locked: 'After the investigation is complete',
  relativesIn: (names: string) => `Relatives: ${names}`,
  notAsked: (names: string) => `Not asked: ${names}`,
  goTo: (title: string, status: string) => `${title}. ${status}`,
};
