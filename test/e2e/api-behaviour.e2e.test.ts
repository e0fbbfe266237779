import { useApiTestServer } from '../utils/api-test-server';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SEARCH =
  'query Search($q: String!, $limit: Int) { search(query: $q, limit: $limit) { key name type score } }';

describe('the API through HTTP', () => {
  const api = useApiTestServer();

  async function topHit(query: string): Promise<string | undefined> {
    const response = await api.graphql<{ search: { key: string }[] }>(SEARCH, { variables: { q: query } });
    expect(response.errors).toBeUndefined();
    return response.data?.search[0]?.key;
  }

  describe('search', () => {
    it.each([
      ['an abbreviation', 'BMI', 'bmi'],
      ['an abbreviation in lower case', 'bmas', 'bmas'],
      ['an alias', 'Bundesbauministerium', 'bmwsb'],
      ['the misspelt BBSR name', 'Bundesinstitut für Bau-, Stadt- und Raumordnung', 'bbsr'],
      ['a misspelled person', 'Huttenlocher', 'christian-huttenloher'],
      ['ß written as ss', 'Ingo Weiss', 'ingo-weiss'],
      [
        'umlauts left out',
        'Gesellschaft fur Beschaftigungsforderung',
        'gesellschaft-fuer-beschaeftigungsfoerderung',
      ],
      ['a name with umlauts', 'Europäischer Sozialfonds', 'esf'],
      ['a fragment inside a compound word', 'Themenwerkstatt', 'biwaq-themenwerkstatt-2020'],
      ['a place', 'Marxloh', 'duisburg-marxloh'],
    ])('finds %s (%s)', async (_what, query, expected) => {
      expect(await topHit(query)).toBe(expected);
    });

    it('returns scores in descending order and filters by type', async () => {
      const response = await api.graphql<{ search: { type: string; score: number }[] }>(
        '{ search(query: "Werkstatt", types: [EventSeries], limit: 10) { type score } }',
      );
      const hits = response.data?.search ?? [];
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((hit) => hit.type === 'EventSeries')).toBe(true);
      expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
    });

    it('treats Lucene syntax in the query as plain text', async () => {
      const response = await api.graphql(SEARCH, { variables: { q: 'name:BMI) OR *:* AND "' } });
      expect(response.errors).toBeUndefined();
    });

    it('names the bad argument', async () => {
      const response = await api.graphql(SEARCH, { variables: { q: 'BMI', limit: 0 } });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' });
      const empty = await api.graphql(SEARCH, { variables: { q: '  ' } });
      expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query' });
    });
  });

  describe('errors', () => {
    it('NOT_FOUND for an unknown source', async () => {
      const response = await api.graphql(
        '{ sourceStatements(source: "no-such-source") { source { title } } }',
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('caps page sizes with @limit', async () => {
      const response = await api.graphql<{ topics: unknown[] }>('{ topics(limit: 1000) { key } }');
      expect(response.errors).toBeUndefined();
      expect(response.data?.topics.length).toBeLessThanOrEqual(100);
      const defaulted = await api.graphql<{ topics: unknown[] }>('{ topics { key } }');
      expect(defaulted.data?.topics).toHaveLength(20);
    });

    it('GRAPHQL_VALIDATION_FAILED for an unknown field', async () => {
      const response = await api.graphql('{ organisations { nope } }');
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('writes', () => {
    const CREATE_TOPIC = `mutation Create($quote: String!) {
      createTopics(input: [{
        key: "e2e-topic-medienarbeit", name: "E2E Medienarbeit",
        evidence: { connect: [{ where: { node: { key: { eq: "werkstatt-bonn-2019" } } }, edge: { quote: $quote } }] }
      }]) { topics { key name } }
    }`;
    const GOOD_QUOTE = 'die Bedeutung strategischer Medienarbeit';

    afterAll(async () => {
      await api.driver.executeQuery('MATCH (n:Entity) WHERE n.key STARTS WITH "e2e-" DETACH DELETE n');
    });

    it('refuses a write without a token: UNAUTHENTICATED, nothing written', async () => {
      const response = await api.graphql(CREATE_TOPIC, { variables: { quote: GOOD_QUOTE } });
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await topicExists()).toBe(false);
    });

    it('refuses a reader: FORBIDDEN, nothing written', async () => {
      const response = await api.graphql(CREATE_TOPIC, {
        variables: { quote: GOOD_QUOTE },
        token: await api.token(['reader']),
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await topicExists()).toBe(false);
    });

    it('refuses a forged token: UNAUTHENTICATED', async () => {
      const token = await api.token(['editor']);
      const forged = `${token.slice(0, -4)}AAAA`;
      const response = await api.graphql('{ topics(limit: 1) { key } }', { token: forged });
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.status).toBe(401);
    });

    it('refuses a quote that is not in the source: BAD_USER_INPUT naming the argument', async () => {
      const response = await api.graphql(CREATE_TOPIC, {
        variables: { quote: 'frei erfunden' },
        token: await api.token(['editor']),
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'input[0].evidence.connect[0].edge.quote',
      });
      expect(await topicExists()).toBe(false);
    });

    it('refuses a new entity without evidence', async () => {
      const response = await api.graphql(
        'mutation { createTopics(input: [{ key: "e2e-bare", name: "E2E bare" }]) { topics { key } } }',
        {
          token: await api.token(['editor']),
        },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'input[0].evidence',
      });
    });

    it('lets an editor write, and the write is readable with its evidence', async () => {
      const token = await api.token(['editor']);
      const response = await api.graphql(CREATE_TOPIC, { variables: { quote: GOOD_QUOTE }, token });
      expect(response.errors).toBeUndefined();
      const read = await api.graphql<Json>(
        '{ topics(where: { key: { eq: "e2e-topic-medienarbeit" } }) { name evidenceConnection { edges { properties { quote } node { key } } } } }',
      );
      expect(read.data?.topics).toEqual([
        {
          name: 'E2E Medienarbeit',
          evidenceConnection: {
            edges: [{ properties: { quote: GOOD_QUOTE }, node: { key: 'werkstatt-bonn-2019' } }],
          },
        },
      ]);
    });

    it('refuses a relationship without a source', async () => {
      const token = await api.token(['editor']);
      const response = await api.graphql(
        `mutation { updateTopics(where: { key: { eq: "e2e-topic-medienarbeit" } }, update: {
            events: [{ connect: [{ where: { node: { key: { eq: "biwaq-werkstatt-2019" } } }, edge: { key: "biwaq-werkstatt-2019|ABOUT|e2e-topic-medienarbeit", sources: [], quotes: [] } }] }]
          }) { topics { key } } }`,
        { token },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(response.errors?.[0]?.extensions?.argument).toMatch(/edge\.sources$/);
      const rows = await api.driver.executeQuery(
        'MATCH (:Event)-[r:ABOUT]->(:Topic {key: "e2e-topic-medienarbeit"}) RETURN r',
      );
      expect(rows.records).toHaveLength(0);
    });

    it('accepts a relationship with a source and its quote', async () => {
      const token = await api.token(['editor']);
      const response = await api.graphql(
        `mutation { updateTopics(where: { key: { eq: "e2e-topic-medienarbeit" } }, update: {
            events: [{ connect: [{ where: { node: { key: { eq: "biwaq-werkstatt-2019-seminar-medienarbeit" } } },
              edge: { key: "biwaq-werkstatt-2019-seminar-medienarbeit|ABOUT|e2e-topic-medienarbeit", sources: ["werkstatt-bonn-2019"], quotes: ["${GOOD_QUOTE}"] } }] }]
          }) { topics { events { key } } } }`,
        { token },
      );
      expect(response.errors).toBeUndefined();
      expect((response.data as Json).updateTopics.topics[0].events).toEqual([
        { key: 'biwaq-werkstatt-2019-seminar-medienarbeit' },
      ]);
    });

    async function topicExists(): Promise<boolean> {
      const result = await api.driver.executeQuery(
        'MATCH (n:Topic {key: "e2e-topic-medienarbeit"}) RETURN n',
      );
      return result.records.length > 0;
    }
  });

  describe('GET', () => {
    it('answers a query sent with GET (with a preflight header, as CSRF prevention requires)', async () => {
      const query = encodeURIComponent('{ search(query: "Bonn", limit: 1) { key } }');
      const response = await fetch(`${api.baseUrl}/graphql?query=${query}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { search: [{ key: 'bonn' }] } });
    });

    it('refuses a mutation sent with GET', async () => {
      const query = encodeURIComponent('mutation { deleteTopics { nodesDeleted } }');
      const response = await fetch(`${api.baseUrl}/graphql?query=${query}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(405);
    });
  });

  describe('health', () => {
    it('answers /healthz and /readyz', async () => {
      expect((await fetch(`${api.baseUrl}/healthz`)).status).toBe(200);
      const ready = await fetch(`${api.baseUrl}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
    });
  });

  describe('playground', () => {
    it('is served with every asset from our own origin', async () => {
      const root = await fetch(`${api.baseUrl}/`, { redirect: 'manual' });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/playground/');
      const page = await fetch(`${api.baseUrl}/playground/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
      expect(references.length).toBeGreaterThanOrEqual(2);
      for (const reference of references) {
        expect(reference).not.toMatch(/^(https?:)?\/\//);
        const asset = await fetch(new URL(reference, `${api.baseUrl}/playground/`));
        expect(asset.status).toBe(200);
        if (reference.endsWith('.css')) {
          const css = await asset.text();
          const urls = [...css.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((match) => match[1] ?? '');
          for (const url of urls) expect(url).toMatch(/^(data:|#|\.\/|[^:/]+$)/);
          expect(css).not.toMatch(/@import/);
        }
      }
      const examples = (await (await fetch(`${api.baseUrl}/playground/examples.json`)).json()) as {
        question: string;
      }[];
      expect(examples.length).toBeGreaterThanOrEqual(12);
    });

    it("sends a browser's GET /graphql to the playground, and never serves Apollo's CDN landing page", async () => {
      const browser = await fetch(`${api.baseUrl}/graphql`, {
        redirect: 'manual',
        headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      });
      expect(browser.status).toBe(302);
      expect(browser.headers.get('location')).toBe('/playground/');
      // A client asking for JSON, or sending a query, still talks to the endpoint.
      const client = await fetch(`${api.baseUrl}/graphql`, { headers: { accept: 'application/json' } });
      expect(client.status).toBe(400);
      expect(await client.text()).not.toMatch(/apollo-server-landing-page|embeddable-sandbox/i);
      const query = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        redirect: 'manual',
        headers: { accept: 'text/html', 'apollo-require-preflight': 'true' },
      });
      expect(query.status).not.toBe(302);
    });
  });
});
