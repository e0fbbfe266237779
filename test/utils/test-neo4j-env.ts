/** Environment variables through which global-setup hands the test Neo4j to the test files. */
export const TEST_NEO4J_ENV = {
  uri: 'QN_TEST_NEO4J_URI',
  username: 'QN_TEST_NEO4J_USERNAME',
  password: 'QN_TEST_NEO4J_PASSWORD',
} as const;

/** Where tests put the data directories of the Neo4j instances they start. */
export const TEST_DATA_ROOT = '.data/test';
