import type { Driver } from 'neo4j-driver';
import { OPERATION_LIMITS } from '../../src/server/limits/operation-limits';
import { graphFingerprint } from '../utils/graph-fingerprint';
import { useApiTestServer } from '../utils/api-test-server';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Attack {
  readonly name: string;
  /** A GraphQL body (object or raw string), or a full request for non-GraphQL attacks. */
  readonly body?: unknown;
  readonly method?: 'GET' | 'POST';
  readonly path?: string;
  readonly headers?: Record<string, string>;
  readonly status: number;
  /** extensions.code of the first error, when the answer is a GraphQL error. */
  readonly code?: string;
}

const nest = (levels: number) =>
  `{ organisations { ${'units { '.repeat(levels)}key${' }'.repeat(levels)} } }`;
const INJECTIONS = [
  "' OR 1=1 //",
  '") DETACH DELETE n //',
  'MATCH (n) DETACH DELETE n',
  '}) RETURN n UNION MATCH (m) RETURN m //',
  '$x',
  '`key`',
  '\\u0000\\u0008',
  '<script>alert(1)</script>',
  '*:*',
  'name:BMI OR abbreviation:*',
  '../../etc/passwd',
  '${process.env.NEO4J_PASSWORD}',
];

/** Operations rejected before any Cypher runs, each with the code it must get. */
function rejectedBeforeExecution(): Attack[] {
  const attacks: Attack[] = [];
  for (const levels of [13, 20, 50])
    attacks.push({
      name: `nesting ${levels} levels`,
      body: { query: nest(levels) },
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  for (const count of [41, 120, 250]) {
    attacks.push({
      name: `${count} aliases`,
      body: {
        query: `{ ${Array.from({ length: count }, (_, i) => `a${i}: topics(limit: 1) { key }`).join(' ')} }`,
      },
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  }
  for (const count of [11, 100]) {
    attacks.push({
      name: `${count} directives`,
      body: { query: `{ __typename ${'@include(if: true) '.repeat(count)}}` },
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  }
  attacks.push({
    name: 'token flood',
    body: { query: `{ ${'__typename '.repeat(OPERATION_LIMITS.maxTokens)}}` },
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  });
  // (A page of 20 000 with its evidence is now estimated by the evidence's real fan-out and passes;
  // the library clamps it to @limit's max of 100 anyway.)
  for (const size of [1_000_000, 100_000]) {
    attacks.push({
      name: `a page of ${size}`,
      body: { query: `{ topics(limit: ${size}) { key name evidence { key title } } }` },
      status: 400,
      code: 'BAD_USER_INPUT',
    });
  }
  attacks.push({
    // Nested lists are estimated by the graph's fan-out (a few units per organisation), so the bomb
    // is a root page that multiplies them.
    name: 'cost bomb: 100000 x 100 x 100',
    body: {
      query:
        '{ organisationsConnection(first: 100000) { edges { node { units(limit: 100) { units(limit: 100) { key } } } } } }',
    },
    status: 400,
    code: 'BAD_USER_INPUT',
  });
  attacks.push({
    name: 'cost bomb through a variable',
    body: {
      query:
        'query($n: Int) { organisationsConnection(first: $n) { edges { node { units { units { key } } } } } }',
      variables: { n: 100000 },
    },
    status: 400,
    code: 'BAD_USER_INPUT',
  });
  attacks.push({
    name: 'cost bomb with fragments',
    body: {
      query:
        'fragment F on Organisation { units(limit: 100) { units(limit: 100) { key } } } { organisations(limit: 100000) { ...F } }',
    },
    status: 400,
    code: 'BAD_USER_INPUT',
  });
  attacks.push({
    name: 'batched array of operations',
    body: [{ query: '{ __typename }' }, { query: '{ __typename }' }],
    status: 400,
  });
  attacks.push({
    name: 'batched array of 100',
    body: Array.from({ length: 100 }, () => ({ query: '{ topics { key } }' })),
    status: 400,
  });
  attacks.push({ name: 'malformed JSON', body: '{"query": "{ __typename }"', status: 400 });
  attacks.push({
    name: 'syntax error',
    body: { query: '{ organisations { ' },
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  });
  attacks.push({
    name: 'unknown field',
    body: { query: '{ organisations { password } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  });
  attacks.push({
    name: 'ego unknown node type',
    body: { query: '{ egoNetwork(actor: "bmi", nodeTypes: [Source]) { truncated } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  });
  attacks.push({
    name: 'ego node type as a variable outside the vocabulary',
    body: {
      query: 'query ($t: [EntityTypeName!]) { egoNetwork(actor: "bmi", nodeTypes: $t) { truncated } }',
      variables: { t: ['Source'] },
    },
    status: 400,
    code: 'BAD_USER_INPUT',
  });
  attacks.push({
    name: 'wrong variable type',
    body: { query: 'query($n: Int!) { topics(limit: $n) { key } }', variables: { n: 'all' } },
    status: 400,
    code: 'BAD_USER_INPUT',
  });
  attacks.push({
    name: 'unknown operation name',
    body: { query: 'query A { __typename }', operationName: 'B' },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  });
  attacks.push({
    name: 'oversized body',
    body: { query: `{ __typename } # ${'x'.repeat(200_000)}` },
    status: 413,
  });
  attacks.push({
    name: 'mutation over GET',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('mutation { deleteTopics { nodesDeleted } }')}`,
    headers: { 'apollo-require-preflight': 'true' },
    status: 405,
  });
  attacks.push({
    name: 'CSRF: simple GET without preflight header',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('{ __typename }')}`,
    status: 400,
  });
  attacks.push({
    name: 'CSRF: form-encoded POST',
    body: 'query=%7B__typename%7D',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    status: 400,
  });
  for (const mutation of [
    'mutation { deleteOrganisations { nodesDeleted } }',
    'mutation { deleteCases: deleteTopics { nodesDeleted } }',
    'mutation { updateOrganisations(update: { name: { set: "x" } }) { organisations { key } } }',
    'mutation { createTopics(input: [{ key: "x", name: "x" }]) { topics { key } } }',
    'mutation { deletePeople(where: { key: { eq: "oliver-weigel" } }) { nodesDeleted } }',
  ]) {
    attacks.push({
      name: `anonymous write: ${mutation.slice(11, 40)}`,
      body: { query: mutation },
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  }
  attacks.push({
    name: 'forged token',
    body: { query: '{ __typename }' },
    headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJhZG1pbiJdfQ.' },
    status: 401,
    code: 'UNAUTHENTICATED',
  });
  attacks.push({
    name: 'malformed authorization header',
    body: { query: '{ __typename }' },
    headers: { authorization: 'Basic bmVvNGo6bmVvNGo=' },
    status: 401,
    code: 'UNAUTHENTICATED',
  });
  for (const [name, query] of [
    ['search query too long', `{ search(query: "${'a'.repeat(201)}") { key } }`],
    ['search limit 0', '{ search(query: "BMI", limit: 0) { key } }'],
    ['search of only operators', '{ search(query: "*:* ~ ^") { key } }'],
    ['ego depth 4', '{ egoNetwork(actor: "bmi", depth: 4) { truncated } }'],
    ['ego maxNodes 1e6', '{ egoNetwork(actor: "bmi", maxNodes: 1000000) { truncated } }'],
    ['paths maxLength 7', '{ paths(from: "bmi", to: "dv", maxLength: 7) { truncated } }'],
    ['paths to itself', '{ paths(from: "bmi", to: "bmi") { truncated } }'],
    ['collaborators limit 1000', '{ collaborators(actor: "bmi", limit: 1000) { weight } }'],
    [
      'window with an impossible date',
      '{ collaborators(actor: "bmi", window: { from: "2021-02-30" }) { weight } }',
    ],
    [
      'window ends before it starts',
      '{ collaborators(actor: "bmi", window: { from: "2021-01-01", until: "2020-01-01" }) { weight } }',
    ],
    ['co-creation maxNodes 1e6', '{ coCreationNetwork(maxNodes: 1000000) { modularity } }'],
    ['timeline of 200 years', '{ coCreationTimeline(fromYear: 1800, untilYear: 2000) { year } }'],
  ] as const) {
    attacks.push({ name, body: { query }, status: 200, code: 'BAD_USER_INPUT' });
  }
  for (const [name, path] of [
    ['export: unknown format', '/export/exe?view=graph'],
    ['export: unknown view', '/export/graphml?view=everything'],
    ['export: ego without actor', '/export/graphml?view=ego'],
    ['export: depth 9', '/export/graphml?view=ego&actor=bmi&depth=9'],
    ['export: layout of the whole graph', '/export/graphml?view=graph&layout=true'],
    ['export: bad date', '/export/graphml?view=graph&at=yesterday'],
  ] as const) {
    attacks.push({ name, method: 'GET', path, status: name === 'export: unknown format' ? 404 : 400 });
  }
  // Issue 12: filters, introspection, texts and bookmarks that used to pin Neo4j or the API.
  let some: Record<string, unknown> = { key: { eq: 'bmi' } };
  for (let i = 0; i < 30; i++) some = { memberOf: { some } };
  let and: Record<string, unknown> = { key: { eq: 'bmi' } };
  for (let i = 0; i < 1000; i++) and = { AND: [and] };
  let or: Record<string, unknown> = { key: { eq: 'bmi' } };
  for (let i = 0; i < 5; i++) or = { OR: [or, or] };
  const filtered = 'query ($w: OrganisationWhere) { organisations(where: $w) { key } }';
  for (const [name, body] of [
    ['30 nested relationship filters', { query: filtered, variables: { w: some } }],
    ['1000 nested ANDs', { query: filtered, variables: { w: and } }],
    ['OR branching 5 deep', { query: filtered, variables: { w: or } }],
    [
      'single on an interface',
      { query: '{ topics(where: { priorityOf: { single: { key: { endsWith: "x" } } } }) { key } }' },
    ],
    [
      '40 aliases of __schema',
      {
        query: `{ ${Array.from({ length: 40 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`,
      },
    ],
    [
      '3 aliases of 100 source texts',
      { query: `{ ${[0, 1, 2].map((i) => `t${i}: sources(limit: 100) { text }`).join(' ')} }` },
    ],
  ] as const) {
    attacks.push({ name, body, status: 400, code: 'BAD_USER_INPUT' });
  }
  attacks.push({
    name: 'a bookmark that is not one',
    body: { query: '{ topics(limit: 1) { key } }' },
    headers: { 'x-neo4j-bookmarks': 'FB:AAAA' },
    status: 400,
    code: 'BAD_USER_INPUT',
  });
  return attacks;
}

describe('an attack corpus', () => {
  const api = useApiTestServer();
  const production = useApiTestServer({ env: { NODE_ENV: 'production' } });
  const attacks = rejectedBeforeExecution();

  function countDatabaseWork(driver: Driver) {
    const sessions = jest.spyOn(driver, 'session');
    const queries = jest.spyOn(driver, 'executeQuery');
    return {
      count: () => sessions.mock.calls.length + queries.mock.calls.length,
      restore: () => {
        sessions.mockRestore();
        queries.mockRestore();
      },
    };
  }

  async function send(baseUrl: string, attack: Attack): Promise<{ status: number; body: Json | undefined }> {
    const method = attack.method ?? 'POST';
    const response = await fetch(`${baseUrl}${attack.path ?? '/graphql'}`, {
      method,
      headers: { ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), ...attack.headers },
      body:
        method === 'POST'
          ? typeof attack.body === 'string'
            ? attack.body
            : JSON.stringify(attack.body)
          : undefined,
    });
    const text = await response.text();
    let body: Json | undefined;
    try {
      body = JSON.parse(text) as Json;
    } catch {
      body = undefined;
    }
    return { status: response.status, body };
  }

  it('has at least 50 operations', () => {
    expect(attacks.length + INJECTIONS.length * 2).toBeGreaterThanOrEqual(50);
  });

  it.each(rejectedBeforeExecution().map((attack) => [attack.name, attack] as const))(
    'rejects %s with the right code and no Cypher',
    async (_name, attack) => {
      const work = countDatabaseWork(api.driver);
      try {
        const { status, body } = await send(api.baseUrl, attack);
        expect(status).toBe(attack.status);
        if (attack.code !== undefined) expect(body?.errors?.[0]?.extensions?.code).toBe(attack.code);
        if (attack.status < 500) expect(body?.data ?? null).toBeNull();
        expect(work.count()).toBe(0);
      } finally {
        work.restore();
      }
    },
  );

  // The closing figures of issue 12: the whole corpus once more while /healthz is sampled.
  it('answers the whole corpus without a 5xx while /healthz keeps answering', async () => {
    const healthz: number[] = [];
    let running = true;
    const sampler = (async () => {
      while (running) {
        const started = performance.now();
        await fetch(`${api.baseUrl}/healthz`);
        healthz.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    let serverErrors = 0;
    let slowest = { name: '', millis: 0 };
    for (const attack of attacks) {
      const started = performance.now();
      const { status } = await send(api.baseUrl, attack);
      const millis = performance.now() - started;
      if (millis > slowest.millis) slowest = { name: attack.name, millis };
      if (status >= 500) serverErrors += 1;
    }
    running = false;
    await sampler;
    healthz.sort((a, b) => a - b);
    const p99 = healthz[Math.min(healthz.length - 1, Math.floor(0.99 * healthz.length))] ?? 0;
    expect(serverErrors).toBe(0);
    expect(healthz.length).toBeGreaterThan(0);
    console.log(
      `attack corpus: ${attacks.length} attacks, ${serverErrors} 5xx, slowest ${slowest.name} ${slowest.millis.toFixed(0)} ms, /healthz p99 ${p99.toFixed(1)} ms over ${healthz.length} samples`,
    );
  });

  it.each(INJECTIONS)('treats %j as data in every string argument, changing nothing', async (text) => {
    const before = await graphFingerprint(api.driver);
    const queries = [
      { query: 'query($t: String!) { search(query: $t) { key } }', variables: { t: text } },
      {
        query:
          'query($t: String!) { organisations(where: { name: { eq: $t } }) { key } people(where: { key: { contains: $t } }) { key } }',
        variables: { t: text },
      },
      { query: 'query($t: String!) { collaborators(actor: $t) { weight } }', variables: { t: text } },
      {
        query: 'query($t: String!) { sourceStatements(source: $t) { source { key } } }',
        variables: { t: text },
      },
      { query: 'query($t: String!) { coCreationNetwork(scope: $t) { modularity } }', variables: { t: text } },
    ];
    for (const body of queries) {
      const response = await api.graphql<Json>(body.query, { variables: body.variables });
      expect(response.status).toBeLessThan(500);
      for (const error of response.errors ?? [])
        expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(error.extensions?.code);
    }
    const exported = await fetch(`${api.baseUrl}/export/graphml?view=ego&actor=${encodeURIComponent(text)}`);
    expect(exported.status).toBeLessThan(500);
    expect(await graphFingerprint(api.driver)).toBe(before);
  });

  describe('in production', () => {
    it('refuses introspection without opening a session', async () => {
      const work = countDatabaseWork(production.driver);
      try {
        const { status, body } = await send(production.baseUrl, {
          name: 'introspection',
          body: { query: '{ __schema { types { name } } }' },
          status: 400,
        });
        expect(status).toBe(400);
        expect(body?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(work.count()).toBe(0);
      } finally {
        work.restore();
      }
    });

    it('hides field suggestions and stack traces', async () => {
      const { body } = await send(production.baseUrl, {
        name: 'typo',
        body: { query: '{ organisatons { key } }' },
        status: 400,
      });
      expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
      expect(JSON.stringify(body)).not.toContain('stacktrace');
      const bad = await send(production.baseUrl, {
        name: 'bad input',
        body: { query: '{ search(query: "x", limit: 0) { key } }' },
        status: 200,
      });
      expect(bad.body?.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'limit' });
    });

    it('serves neither the playground nor the explorer', async () => {
      expect((await fetch(`${production.baseUrl}/playground/`)).status).toBe(404);
      expect((await fetch(`${production.baseUrl}/explore/`)).status).toBe(404);
    });
  });
});
