import { ANSWER_CACHE_HEADER } from '../../src/server/answer-cache';
import { useApiTestServer } from '../utils/api-test-server';

const NETWORK = '{ coCreationNetwork(scope: "biwaq") { nodes { id weightedDegree } edges { id weight } } }';

async function ask(baseUrl: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    cache: response.headers.get(ANSWER_CACHE_HEADER),
    type: response.headers.get('content-type'),
    body: await response.text(),
  };
}

// Issue 13: a repeated whole-network request spent 150 ms (size M) completing and serialising the
// same 5 MB answer; the answer cache serves it as it was, and never after a write.
describe('whole answers of the network computations are cached per graph version', () => {
  const api = useApiTestServer({ env: { RATE_LIMIT_PER_MINUTE: '0' } });

  it('serves a repeated request from the cache, and computes afresh after a write', async () => {
    // The first answer only marks the request as answerable; the second is kept.
    expect((await ask(api.baseUrl, NETWORK)).cache).toBeNull();
    const first = await ask(api.baseUrl, NETWORK);
    expect(first.cache).toBe('miss');
    expect(JSON.parse(first.body).data.coCreationNetwork.nodes.length).toBeGreaterThan(0);
    const second = await ask(api.baseUrl, NETWORK);
    expect(second).toEqual({ cache: 'hit', type: first.type, body: first.body });

    await api.driver.executeQuery(
      'MATCH (n:Organisation {key: "bmi"}) SET n.note = coalesce(n.note, "") + " "',
    );
    const afterWrite = await ask(api.baseUrl, NETWORK);
    expect(afterWrite.cache).toBe('miss');
  });

  // Issue 12: a hit was always sent as application/json, whatever the client's Accept asked for.
  it('answers a hit in the content type the client asked for, as Apollo would', async () => {
    const accept = { accept: 'application/graphql-response+json' };
    const query = NETWORK.replace('weight }', 'weight source }');
    const fresh = await ask(api.baseUrl, query, accept);
    expect(fresh.type).toContain('application/graphql-response+json');
    await ask(api.baseUrl, query, accept);
    const hit = await ask(api.baseUrl, query, accept);
    expect(hit).toMatchObject({ cache: 'hit', type: fresh.type, body: fresh.body });
    // The same query with the default Accept is its own entry, in application/json.
    await ask(api.baseUrl, query);
    await ask(api.baseUrl, query);
    const plain = await ask(api.baseUrl, query);
    expect(plain.cache).toBe('hit');
    expect(plain.type).toContain('application/json');
  });

  it('answers identical requests that arrive together with one computation', async () => {
    await api.driver.executeQuery(
      'MATCH (n:Organisation {key: "bmi"}) SET n.note = coalesce(n.note, "") + " "',
    );
    const answers = await Promise.all([1, 2, 3].map(() => ask(api.baseUrl, NETWORK)));
    expect(answers.map((a) => a.cache).sort()).toEqual(['hit', 'hit', 'miss']);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
  });

  it('leaves out other operations, fromCache, bookmarks and answers with errors', async () => {
    expect((await ask(api.baseUrl, '{ topics(limit: 1) { key } }')).cache).toBeNull();
    expect((await ask(api.baseUrl, '{ coCreationNetwork(scope: "biwaq") { fromCache } }')).cache).toBeNull();
    const bookmarked = await ask(api.baseUrl, NETWORK, { 'x-neo4j-bookmarks': 'FB:AAAA' });
    expect(bookmarked.cache).toBeNull();
    // A refused request never reads the graph version (no database work for it here).
    const failing = '{ coCreationNetwork(scope: "no-such-scope") { nodes { id } } }';
    expect((await ask(api.baseUrl, failing)).cache).toBeNull();
    expect((await ask(api.baseUrl, failing)).cache).toBeNull();
  });
});
