/** English for base.terms.ts, loaded with import() only when an element shows lang="en". */
export default {
  waiting: 'Waiting for the investigation from the case system.',
  nothingChanged: 'Nothing has changed.',
  moreIssues: (n: number) => `and ${n} more issues.`,
};
