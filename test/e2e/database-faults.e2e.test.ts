import neo4j, { type Driver } from 'neo4j-driver';
import pino from 'pino';
import { loadConfig } from '../../src/config/config';
import type { LocalNeo4j } from '../../src/db/local-neo4j';
import { applyMigrations } from '../../src/db/migrations';
import { createApiServer, type ApiServer } from '../../src/server/create-api-server';
import { postGraphQL, TEST_JWT_SECRET } from '../utils/api-test-server';
import { createThrowawayNeo4j, disposeThrowawayNeo4j } from '../utils/throwaway-neo4j';

// The API keeps running when Neo4j goes away, says so fast, and recovers by itself when it returns.
describe('when Neo4j goes away and comes back', () => {
  let database: LocalNeo4j;
  let driver: Driver;
  let server: ApiServer;
  let baseUrl: string;
  const QUERY = '{ topics(limit: 1) { key } }';

  beforeAll(async () => {
    database = await createThrowawayNeo4j();
    await database.start();
    const config = loadConfig({
      NEO4J_URI: database.boltUri,
      NEO4J_PASSWORD: 'throwaway-password',
      JWT_SECRET: TEST_JWT_SECRET,
    });
    driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic('neo4j', 'throwaway-password'), {
      maxTransactionRetryTime: 2_000,
      connectionTimeout: 2_000,
    });
    await applyMigrations(driver);
    server = await createApiServer({
      config,
      driver,
      logError: () => undefined,
      logger: pino({ level: 'silent' }),
    });
    baseUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  });

  afterAll(async () => {
    await server.stop();
    await driver.close();
    await disposeThrowawayNeo4j(database);
  });

  it('answers while Neo4j is up', async () => {
    expect((await postGraphQL(baseUrl, QUERY)).errors).toBeUndefined();
    expect((await fetch(`${baseUrl}/readyz`)).status).toBe(200);
  });

  it('reports SERVICE_UNAVAILABLE and /readyz 503 while Neo4j is down, and stays up', async () => {
    await database.stop();
    const response = await postGraphQL(baseUrl, QUERY);
    expect(response.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const ready = await fetch(`${baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { reason: string }).reason).toMatch(/^Neo4j unreachable/);
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  });

  it('answers again once Neo4j is back, without restarting the API', async () => {
    await database.start();
    let answer = await postGraphQL(baseUrl, QUERY);
    for (let attempt = 0; attempt < 30 && answer.errors !== undefined; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await postGraphQL(baseUrl, QUERY);
    }
    expect(answer.errors).toBeUndefined();
    expect((await fetch(`${baseUrl}/readyz`)).status).toBe(200);
  });
});
