// @ts-check
/**
 * Mutation testing of the domain, the CLI and the IPC handlers: `npm run test:mutation`.
 * StrykerJS 9.6 (10.x needs Node 22). Reports and the incremental file live in reports/mutation
 * (git-ignored); a rerun tests only mutants whose code or covering tests changed.
 * Run one file with `npx stryker run --mutate shared/seal/read.ts`; ACCORD_MUTATION_TESTS narrows
 * the tests (vitest.mutation.config.ts). docs/testing.md says how to read the report.
 * Equivalent mutants are disabled one by one next to their line
 * (`// Stryker disable next-line <mutator>: reason`), never here in bulk.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'shared/**/*.{ts,tsx}',
    'electron/cli/**/*.ts',
    'electron/ipc/**/*.ts',
    '!**/*.test.{ts,tsx}',
    '!**/*.d.ts',
    // Helpers that only tests import: not product code.
    '!**/testSupport.ts',
    '!shared/sla/testWorkshops.ts',
    '!electron/cli/makeFixture.ts',
  ],
  // What the sandbox needs: sources, fixtures, fonts. Builds and screenshots stay behind.
  ignorePatterns: ['out', 'dist', 'release', 'test-results', 'reports', '.tmp', 'bench/results.json'],
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Two cores shared with the editor and the build: one worker each.
  concurrency: 2,
  timeoutMS: 10_000,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
