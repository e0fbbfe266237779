import { TEST_NEO4J_ENV, testNeo4jUriForThisWorker } from '../utils/test-neo4j-env';

// The parallel test tiers rest on this: two Jest workers never share a test database.
describe('the test Neo4j of a Jest worker', () => {
  const uris = { [TEST_NEO4J_ENV.uris]: 'bolt://a:1,bolt://b:2' };

  it('gives worker N the N-th instance, and a run in band the first', () => {
    expect(testNeo4jUriForThisWorker({ ...uris, JEST_WORKER_ID: '1' })).toBe('bolt://a:1');
    expect(testNeo4jUriForThisWorker({ ...uris, JEST_WORKER_ID: '2' })).toBe('bolt://b:2');
    expect(testNeo4jUriForThisWorker({ ...uris })).toBe('bolt://a:1');
  });

  it('refuses a worker without an instance of its own instead of sharing one', () => {
    expect(() => testNeo4jUriForThisWorker({ ...uris, JEST_WORKER_ID: '3' })).toThrow(
      /worker 3 has no test Neo4j of its own \(2 started\)/,
    );
  });

  it('uses a Neo4j run elsewhere (QN_TEST_NEO4J_URI) when none was started', () => {
    expect(testNeo4jUriForThisWorker({ [TEST_NEO4J_ENV.uri]: 'bolt://x:3', JEST_WORKER_ID: '1' })).toBe(
      'bolt://x:3',
    );
    expect(testNeo4jUriForThisWorker({})).toBeUndefined();
  });
});
