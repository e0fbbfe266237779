import { useApiTestServer } from '../utils/api-test-server';

type Role = 'anonymous' | 'reader' | 'editor' | 'admin';
const ROLES: readonly Role[] = ['anonymous', 'reader', 'editor', 'admin'];

/** Every way to read: generated queries, nested fields, connections, aggregates, related filters, hand-written fields. */
const READ_PATHS: readonly [string, string][] = [
  ['top-level query', '{ organisations(limit: 1) { key } }'],
  ['nested field', '{ people(limit: 1) { affiliations { key } } }'],
  ['connection', '{ organisationsConnection(first: 1) { totalCount edges { node { key } } } }'],
  ['aggregate', '{ eventsConnection { aggregate { count { nodes } } } }'],
  [
    'filter on a related type',
    '{ people(where: { affiliations: { some: { key: { eq: "dv" } } } }) { key } }',
  ],
  ['interface query', '{ entities(limit: 1) { key } }'],
  ['hand-written: search', '{ search(query: "BMI") { key } }'],
  [
    'hand-written: sourceStatements',
    '{ sourceStatements(source: "werkstatt-bonn-2019") { source { key } } }',
  ],
  ['hand-written: collaborators', '{ collaborators(actor: "bmi") { weight } }'],
  ['hand-written: coCreationNetwork', '{ coCreationNetwork(scope: "gfdq") { modularity } }'],
];

/** Every kind of write, on existing and on missing data alike. */
const WRITES: readonly [string, string][] = [
  [
    'create',
    'mutation { createTopics(input: [{ key: "authz-topic", name: "Authz", evidence: { connect: [{ where: { node: { key: { eq: "werkstatt-bonn-2019" } } }, edge: { quote: "die Bedeutung strategischer Medienarbeit" } }] } }]) { topics { key } } }',
  ],
  [
    'update existing',
    'mutation { updateTopics(where: { key: { eq: "authz-topic" } }, update: { description: { set: "changed" } }) { topics { key } } }',
  ],
  [
    'update missing',
    'mutation { updateTopics(where: { key: { eq: "no-such-topic" } }, update: { description: { set: "x" } }) { topics { key } } }',
  ],
  [
    'connect',
    'mutation { updateTopics(where: { key: { eq: "authz-topic" } }, update: { events: [{ connect: [{ where: { node: { key: { eq: "biwaq-werkstatt-2019" } } }, edge: { key: "biwaq-werkstatt-2019|ABOUT|authz-topic", sources: ["werkstatt-bonn-2019"], quotes: ["die Bedeutung strategischer Medienarbeit"] } }] }] }) { topics { key } } }',
  ],
  [
    'disconnect',
    'mutation { updateTopics(where: { key: { eq: "authz-topic" } }, update: { events: [{ disconnect: [{ where: { node: { key: { eq: "biwaq-werkstatt-2019" } } } }] }] }) { topics { key } } }',
  ],
  ['delete missing', 'mutation { deleteTopics(where: { key: { eq: "no-such-topic" } }) { nodesDeleted } }'],
  ['delete existing', 'mutation { deleteTopics(where: { key: { eq: "authz-topic" } }) { nodesDeleted } }'],
];

describe('authorization matrix', () => {
  const api = useApiTestServer();
  const locked = useApiTestServer({ env: { REQUIRE_AUTH_FOR_READS: 'true' } });

  async function tokenFor(server: typeof api, role: Role): Promise<string | undefined> {
    return role === 'anonymous' ? undefined : server.token([role]);
  }

  describe('reads are public by default', () => {
    it.each(ROLES.flatMap((role) => READ_PATHS.map(([path, query]) => [role, path, query] as const)))(
      '%s may read through %s',
      async (role, _path, query) => {
        const response = await api.graphql(query, { token: await tokenFor(api, role) });
        expect(response.errors).toBeUndefined();
      },
    );
  });

  describe('with REQUIRE_AUTH_FOR_READS every path needs a token', () => {
    it.each(READ_PATHS)('anonymous read through %s is UNAUTHENTICATED', async (_path, query) => {
      const response = await locked.graphql(query);
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it.each(READ_PATHS)('a reader may read through %s', async (_path, query) => {
      expect((await locked.graphql(query, { token: await locked.token(['reader']) })).errors).toBeUndefined();
    });

    it('guards the export endpoint too', async () => {
      expect((await fetch(`${locked.baseUrl}/export/graphml?view=ego&actor=bmi`)).status).toBe(401);
      const token = await locked.token(['reader']);
      expect(
        (
          await fetch(`${locked.baseUrl}/export/graphml?view=ego&actor=bmi`, {
            headers: { authorization: `Bearer ${token}` },
          })
        ).status,
      ).toBe(200);
    });
  });

  // Issue 12, finding 8: the pages, bundles and examples (with person keys) stayed anonymous.
  describe('web pages', () => {
    it.each(['/playground/', '/playground/examples.json', '/explore/', '/'])(
      'needs a token for %s behind REQUIRE_AUTH_FOR_READS',
      async (path) => {
        const response = await fetch(`${locked.baseUrl}${path}`, { redirect: 'manual' });
        expect(response.status).toBe(401);
        const token = await locked.token(['reader']);
        const allowed = await fetch(`${locked.baseUrl}${path}`, {
          redirect: 'manual',
          headers: { authorization: `Bearer ${token}` },
        });
        expect(allowed.status).not.toBe(401);
      },
    );

    it.each(['/playground/', '/explore/'])(
      'sends a CSP without inline scripts and no framing for %s',
      async (path) => {
        const response = await fetch(`${api.baseUrl}${path}`);
        expect(response.status).toBe(200);
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
        expect(csp).toContain("frame-ancestors 'none'");
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        // The page itself keeps to it: no inline <script> body.
        expect(await response.text()).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      },
    );
  });

  describe('writes need the editor or admin role, whether the data exists or not', () => {
    afterAll(async () => {
      await api.driver.executeQuery('MATCH (n:Entity) WHERE n.key STARTS WITH "authz-" DETACH DELETE n');
    });

    it.each(
      WRITES.flatMap(([name, mutation]) =>
        (['anonymous', 'reader'] as const).map((role) => [role, name, mutation] as const),
      ),
    )('%s: %s is refused with the same answer', async (role, _name, mutation) => {
      const response = await api.graphql(mutation, { token: await tokenFor(api, role) });
      const expected =
        role === 'anonymous' ? { code: 'UNAUTHENTICATED', status: 401 } : { code: 'FORBIDDEN', status: 403 };
      expect(response.status).toBe(expected.status);
      expect(response.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        [
          expected.code,
          role === 'anonymous'
            ? 'Writing needs a valid token (Authorization: Bearer <JWT>).'
            : 'Writing needs the role "editor".',
        ],
      ]);
    });

    it.each(['editor', 'admin'] as const)('%s may run every write', async (role) => {
      const token = await api.token([role]);
      for (const [name, mutation] of WRITES) {
        const response = await api.graphql(mutation, { token });
        expect([name, response.errors]).toEqual([name, undefined]);
      }
      const gone = await api.driver.executeQuery('MATCH (n:Topic {key: "authz-topic"}) RETURN n');
      expect(gone.records).toHaveLength(0);
    });
  });
});
