// Test tiers: unit tests need nothing; integration and e2e (through HTTP) tests run against a real
// Neo4j 5.26 with APOC that test/utils/global-setup.ts starts on a free port (or QN_TEST_NEO4J_URI).
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120_000,
  // Files run in parallel, each worker against a Neo4j of its own (test/utils/global-setup.ts): many
  // files assert whole-graph answers (the seed's counts, graph fingerprints), so workers must not share
  // a database. Two workers cut the wall time by about 40 % on a 2-core machine; QN_TEST_WORKERS sets
  // another count. With QN_TEST_NEO4J_URI (one Neo4j run elsewhere) files run one at a time.
  maxWorkers: process.env.QN_TEST_NEO4J_URI === undefined ? Number(process.env.QN_TEST_WORKERS ?? 2) : 1,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/integration/**/*.int.test.ts'],
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/test/utils/global-setup.ts',
      globalTeardown: '<rootDir>/test/utils/global-teardown.ts',
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
      setupFiles: ['reflect-metadata'],
      // Shares the integration tier's Neo4j when both run (global-setup starts one per jest run).
      globalSetup: '<rootDir>/test/utils/global-setup.ts',
      globalTeardown: '<rootDir>/test/utils/global-teardown.ts',
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/browser/**/*.browser.test.ts'],
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/test/utils/global-setup.ts',
      globalTeardown: '<rootDir>/test/utils/global-teardown.ts',
    },
  ],
};
