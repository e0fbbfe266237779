import { Writable } from 'node:stream';
import neo4j, { type Driver } from 'neo4j-driver';
import pino from 'pino';
import { loadConfig } from '../../src/config/config';
import { createApiServer, type ApiServer } from '../../src/server/create-api-server';
import { postGraphQL, signTestToken, TEST_JWT_SECRET } from '../utils/api-test-server';
import { testNeo4jConnection } from '../utils/test-database';

// One JSON line per request with its id; never a header, so never a token.
describe('request logs', () => {
  const lines: string[] = [];
  let server: ApiServer;
  let driver: Driver;
  let baseUrl: string;

  beforeAll(async () => {
    const connection = testNeo4jConnection();
    const config = loadConfig({
      NEO4J_URI: connection.uri,
      NEO4J_PASSWORD: connection.password,
      JWT_SECRET: TEST_JWT_SECRET,
    });
    driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(
          ...chunk
            .toString('utf8')
            .split('\n')
            .filter((line) => line !== ''),
        );
        callback();
      },
    });
    server = await createApiServer({
      config,
      driver,
      logError: () => undefined,
      logger: pino({ level: 'info' }, sink),
    });
    baseUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  });

  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  it('logs each request as JSON with its request id, and no token', async () => {
    const token = await signTestToken(['editor']);
    await postGraphQL(baseUrl, '{ __typename }', { token });
    await fetch(`${baseUrl}/export/no-such-format`, {
      headers: { authorization: `Bearer ${token}`, 'x-request-id': 'req-42' },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
      ['POST', '/graphql', 200],
      ['GET', '/export/no-such-format', 404],
    ]);
    expect(entries[1]?.requestId).toBe('req-42');
    expect(typeof entries[0]?.requestId).toBe('string');
    const everything = lines.join('\n');
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(token.split('.')[1] ?? '');
    expect(everything.toLowerCase()).not.toContain('authorization');
  });

  it('leaves answered health probes out at level info (the start script polls /readyz)', async () => {
    lines.length = 0;
    await fetch(`${baseUrl}/healthz`);
    await fetch(`${baseUrl}/readyz`);
    await postGraphQL(baseUrl, '{ __typename }');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Apollo answers below its mount point too: a query sent to /graphql/healthz is a request, not a probe.
    const disguised = await fetch(`${baseUrl}/graphql/healthz`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(disguised.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const paths = lines.map((line) => (JSON.parse(line) as { path: string }).path);
    expect(paths).toEqual(['/graphql', '/graphql/healthz']);
  });
});
