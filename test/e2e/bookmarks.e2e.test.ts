import { BOOKMARKS_HEADER } from '../../src/server/bookmarks';
import { decodeBookmark } from '../../src/server/bookmark-format';
import { encodeBookmark } from '../utils/forge-bookmark';
import { useApiTestServer } from '../utils/api-test-server';

interface Answer {
  status: number;
  bookmarks: string | null;
  body: {
    data?: Record<string, unknown>;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

async function post(
  baseUrl: string,
  query: string,
  options: { token?: string; bookmarks?: string } = {},
): Promise<Answer> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
      ...(options.bookmarks === undefined ? {} : { [BOOKMARKS_HEADER]: options.bookmarks }),
    },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    bookmarks: response.headers.get(BOOKMARKS_HEADER),
    body: (await response.json()) as Answer['body'],
  };
}

// Two API instances (each with its own driver and bookmark manager) on one database: what a client
// behind a load balancer sees. A single Neo4j makes every commit visible at once, so these tests
// prove the protocol (bookmarks out after a write, in on reads, through every read path), not a lag.
describe('bookmarks: reading your own writes on another instance', () => {
  const writer = useApiTestServer();
  const reader = useApiTestServer({ seed: false });
  const key = `bookmark-topic-${Date.now()}`;

  const create = `mutation { createTopics(input: [{ key: "${key}", name: "Lesezeichenprobe", evidence: { connect: [{ where: { node: { key: { eq: "werkstatt-bonn-2019" } } }, edge: { quote: "die Bedeutung strategischer Medienarbeit" } }] } }]) { topics { key } } }`;

  it('returns bookmarks after a mutation, and reads on another instance that send them see the write', async () => {
    const written = await post(writer.baseUrl, create, { token: await writer.token(['editor']) });
    expect(written.body.errors).toBeUndefined();
    expect(written.bookmarks).toMatch(/^[A-Za-z0-9:+/=_.-]+(,[A-Za-z0-9:+/=_.-]+)*$/);

    const bookmarks = written.bookmarks ?? '';
    const generated = await post(
      reader.baseUrl,
      `{ topics(where: { key: { eq: "${key}" } }) { key name } }`,
      { bookmarks },
    );
    expect(generated.body).toEqual({ data: { topics: [{ key, name: 'Lesezeichenprobe' }] } });
    const search = await post(reader.baseUrl, '{ search(query: "Lesezeichenprobe") { key } }', { bookmarks });
    expect(search.body.data?.search).toEqual([{ key }]);
    await writer.driver.executeQuery('MATCH (t:Topic {key: $key}) DETACH DELETE t', { key });
  });

  it('does not send bookmarks with answers to queries', async () => {
    const read = await post(reader.baseUrl, '{ topics(limit: 1) { key } }');
    expect(read.status).toBe(200);
    expect(read.bookmarks).toBeNull();
  });

  it.each([
    ['the generated API', '{ topics(limit: 1) { key } }'],
    ['search', '{ search(query: "BBSR") { key } }'],
    ['analytics', '{ collaborators(actor: "bmi") { weight } }'],
    // Read by an analytics worker with its own driver: only the worker reads for an unknown scope, so
    // without the bookmarks this would be NOT_FOUND.
    ['the co-creation network', '{ coCreationNetwork(scope: "no-such-scope") { modularity } }'],
  ])(
    'passes the bookmarks to Neo4j on the path of %s: a bookmark Neo4j cannot read is BAD_USER_INPUT',
    async (_path, query) => {
      const answer = await post(reader.baseUrl, query, { bookmarks: 'FB:not-a-bookmark' });
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        header: BOOKMARKS_HEADER,
      });
      expect(answer.body.errors?.[0]?.message).toContain(BOOKMARKS_HEADER);
    },
  );

  it('rejects a malformed header with 400 before any database work', async () => {
    const work = jest.spyOn(reader.driver, 'session');
    const queries = jest.spyOn(reader.driver, 'executeQuery');
    try {
      for (const bookmarks of [
        'not a bookmark',
        Array.from({ length: 17 }, (_, i) => `FB:x${i}`).join(','),
      ]) {
        const answer = await post(reader.baseUrl, '{ topics(limit: 1) { key } }', { bookmarks });
        expect(answer.status).toBe(400);
        expect(answer.body.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          header: BOOKMARKS_HEADER,
        });
      }
      expect(work).not.toHaveBeenCalled();
      expect(queries).not.toHaveBeenCalled();
    } finally {
      work.mockRestore();
      queries.mockRestore();
    }
  });

  // Issue 12, finding 5: a bookmark re-encoded with a far-future transaction id made every read wait
  // 30 s for a transaction that never comes (110 of them stalled the pool).
  it('refuses a forged bookmark ahead of the database, or of another database, without waiting', async () => {
    const token = await writer.token(['editor']);
    const written = await post(
      writer.baseUrl,
      `mutation { createTopics(input: [{ key: "${key}-forged", name: "Gefälscht", evidence: { connect: [{ where: { node: { key: { eq: "werkstatt-bonn-2019" } } }, edge: { quote: "die Bedeutung strategischer Medienarbeit" } }] } }]) { topics { key } } }`,
      { token },
    );
    const genuine = (written.bookmarks ?? '')
      .split(',')
      .map((b) => decodeBookmark(b.trim()) ?? [])
      .flat();
    const ours = genuine.find((state) => state.database !== '00000000000000000000000000000001');
    expect(ours).toBeDefined();
    const ahead = encodeBookmark([
      { database: ours!.database, transactionId: ours!.transactionId + 1_000_000 },
    ]);
    const elsewhere = encodeBookmark([{ database: 'ab'.repeat(16), transactionId: 1 }]);
    for (const [bookmarks, message] of [
      [ahead, /names a transaction this database has not committed/],
      [elsewhere, /names another database/],
      ['FB:AAAA', /is not a bookmark/],
    ] as const) {
      const answer = await post(reader.baseUrl, '{ topics(limit: 1) { key } }', { bookmarks });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.body.errors?.[0]?.message).toMatch(message);
    }
    // The genuine bookmark still works on the other instance.
    const honest = await post(reader.baseUrl, '{ topics(limit: 1) { key } }', {
      bookmarks: written.bookmarks ?? '',
    });
    expect(honest.status).toBe(200);
    await writer.driver.executeQuery('MATCH (n:Topic {key: $key}) DETACH DELETE n', { key: `${key}-forged` });
  });
});
