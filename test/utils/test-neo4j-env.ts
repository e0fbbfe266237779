/**
 * Environment variables through which global-setup hands the test Neo4j instances to the test files.
 * `uris` lists one Neo4j per Jest worker (comma-separated); worker N uses the N-th, so test files that
 * run at the same time never share a database, while files of one worker share one as they always did.
 * `uri` names a single Neo4j run elsewhere; jest.config.js then runs one worker.
 */
export const TEST_NEO4J_ENV = {
  uri: 'QN_TEST_NEO4J_URI',
  uris: 'QN_TEST_NEO4J_URIS',
  username: 'QN_TEST_NEO4J_USERNAME',
  password: 'QN_TEST_NEO4J_PASSWORD',
} as const;

/** Where tests put the data directories of the Neo4j instances they start. */
export const TEST_DATA_ROOT = '.data/test';

/** The Bolt URI of the test Neo4j of the calling Jest worker, or undefined outside a Jest run. */
export function testNeo4jUriForThisWorker(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const uris = (env[TEST_NEO4J_ENV.uris] ?? '').split(',').filter((uri) => uri !== '');
  if (uris.length === 0) return env[TEST_NEO4J_ENV.uri];
  // JEST_WORKER_ID counts from 1; a run in band has only worker 1.
  const worker = Math.max(Number(env.JEST_WORKER_ID ?? '1'), 1);
  const uri = uris[worker - 1];
  // Two workers on one database would see each other's data: never share, fail instead.
  if (uri === undefined)
    throw new Error(
      `Jest worker ${worker} has no test Neo4j of its own (${uris.length} started); run with at most ${uris.length} workers.`,
    );
  return uri;
}
