// Mutation testing (issue 14, item 9): `npm run test:mutation`, not part of `npm test`.
// One area at a time: `npx stryker run --mutate src/db/maskCardNumbers.ts`.
// Reports: reports/mutation/index.html (and mutation.json); the score table on the console.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // The unit and component projects only, never e2e; its reporter turns a test file that fails to
  // load into a failed test, or the runner would count that mutant as survived (stryker-js #6150).
  vitest: { configFile: 'tests/mutation/vitest.config.ts' },
  // Each mutant runs only the tests that reached it (the wizard's path tests are slow).
  coverageAnalysis: 'perTest',
  // The machine has two cores, shared: under load a run that reloads its test files can take far
  // longer than in the dry run without being stuck, and a timeout counts as a kill. Endless loops
  // are stopped by Stryker's hit limit, and a hung test by Vitest's own test timeout (a failure).
  concurrency: 2,
  timeoutMS: 60_000,
  mutate: [
    // Masking.
    'src/db/maskCardNumbers.ts',
    // Links: the URL model.
    'src/places/places.ts',
    // The handoff link.
    'src/share/handoff/handoffLink.ts',
    'src/share/handoff/bytes.ts',
    // The wizard: the machine and the step catalogue it is built from.
    'src/wizard/machine.ts',
    'src/wizard/steps.ts',
    // The incident recorder: the record, the write queue and its fallback, resume, the wiring.
    'src/incidents/record.ts',
    'src/incidents/writeQueue.ts',
    'src/incidents/unsaved.ts',
    'src/incidents/resume.ts',
    'src/incidents/recorder.ts',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false },
  // `break`: the command fails when the score is under 90.
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  // Not copied into the sandbox: the build, the bench's output and earlier reports.
  ignorePatterns: ['dist', '.bench', 'reports', 'coverage'],
};

export default config;
