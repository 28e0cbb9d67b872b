// Mutation testing of the consent rules and the assignment derivation (issue 9).
// Run with `npm run test:mutation` (tens of minutes; not part of `npm test`). The report with the
// score and every surviving mutant explained is docs/mutation-testing.md; generated HTML/JSON go to
// reports/mutation/ (git-ignored).
//
// The build step (packages/core/test/mutation/bundle-tests.mjs) bundles the core's test folders that
// reach rules/ and assignment/ into one plain-JavaScript file per group, inside Stryker's sandbox,
// after instrumenting. The tap runner runs each group as one Node process (node:test prints TAP) and
// coverage is per group, so a mutant runs only under the groups that reach it.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['packages/core/src/rules/**/*.ts', 'packages/core/src/assignment/**/*.ts'],
  buildCommand: 'node packages/core/test/mutation/bundle-tests.mjs',
  testRunner: 'tap',
  tap: {
    testFiles: ['reports/mutation/bundles/*.bundle.mjs'],
    // Run the bundle directly (not `node --test`, which would spawn a child the coverage hook cannot see).
    nodeArgs: ['-r', '{{hookFile}}', '--test-reporter=tap', '{{testFile}}'],
    forceBail: true,
  },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // An endless loop passes through instrumented code and is caught by Stryker's hit limit; the
  // generous absolute timeout keeps a busy machine from turning slow runs into "timed out" kills.
  timeoutMS: 60000,
  // Only what the core tests need goes into the sandbox.
  ignorePatterns: [
    '/storybook-static',
    '/packages/elements',
    '/packages/react',
    '/packages/report',
    '/packages/core/dist',
    '/tests',
    '/stories',
    '/demo',
    '/bench',
    '/docs',
    '/reports',
    '/coverage',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  // `npm run test:mutation -- --incremental` reuses the last run's results where nothing changed.
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // The score the issue asks for: below 90 % the run fails.
  thresholds: { high: 95, low: 90, break: 90 },
};
