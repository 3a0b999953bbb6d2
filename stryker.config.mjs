// Mutation testing of the engine (`npm run test:mutation`): Stryker changes
// src/engine one small edit at a time and runs the engine's tests against each
// change; a change no test notices is a gap in those tests. The per-file
// thresholds are checked afterwards by scripts/mutation-thresholds.ts, which
// reads the JSON report written here.
// Each mutant that survives re-runs every test that reaches it, including the
// fast-check properties of url.property.test.ts (10,000 runs each: a minute and
// more per mutant under Stryker). The unit tests are what should kill mutants;
// the properties run lighter here (FC_RUNS set explicitly still wins).
process.env.FC_RUNS ??= '200';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/engine/**/*.ts', '!src/engine/**/*.test.ts', '!src/engine/fixtures.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.mjs' },
  coverageAnalysis: 'perTest',
  // One test runner: the machine is shared (override with --concurrency).
  concurrency: 1,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false, reportMutants: false },
  tempDirName: '.stryker-tmp',
  // Not copied to the sandbox: builds and browser-test output (large, and rewritten by other runs meanwhile).
  ignorePatterns: ['/dist*', '/test-results', '/playwright-report', '/blob-report', '/coverage', '/reports', '/e2e'],
  // The pass mark is per file (scripts/mutation-thresholds.ts), not Stryker's overall one.
  thresholds: { high: 90, low: 80, break: null },
};
