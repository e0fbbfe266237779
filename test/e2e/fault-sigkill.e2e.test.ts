import neo4j, { type Driver } from 'neo4j-driver';
import pino from 'pino';
import { loadConfig } from '../../src/config/config';
import type { LocalNeo4j } from '../../src/db/local-neo4j';
import { applyMigrations } from '../../src/db/migrations';
import { importCaseStudy } from '../../src/import/import-case-study';
import { createApiServer, type ApiServer } from '../../src/server/create-api-server';
import { postGraphQL, signTestToken, TEST_JWT_SECRET } from '../utils/api-test-server';
import { writeCaseStudyFixture } from '../utils/case-study-fixture';
import { createThrowawayNeo4j, disposeThrowawayNeo4j } from '../utils/throwaway-neo4j';

// Under a bounded write loop, Neo4j is killed with SIGKILL and restarted: every write the API
// acknowledged is there afterwards, requests during the outage fail with SERVICE_UNAVAILABLE, and
// writes succeed again once Neo4j is back, without restarting the API.
describe('SIGKILL of Neo4j under write load', () => {
  let database: LocalNeo4j;
  let driver: Driver;
  let server: ApiServer;
  let baseUrl: string;
  let token: string;
  const fixture = writeCaseStudyFixture();

  beforeAll(async () => {
    database = await createThrowawayNeo4j();
    await database.start();
    const config = loadConfig({
      NEO4J_URI: database.boltUri,
      NEO4J_PASSWORD: 'throwaway-password',
      JWT_SECRET: TEST_JWT_SECRET,
      RATE_LIMIT_PER_MINUTE: '0',
    });
    driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic('neo4j', 'throwaway-password'), {
      maxTransactionRetryTime: 2_000,
      connectionTimeout: 2_000,
    });
    await applyMigrations(driver);
    await importCaseStudy({ driver, paths: [fixture.dir] });
    server = await createApiServer({
      config,
      driver,
      logError: () => undefined,
      logger: pino({ level: 'silent' }),
    });
    baseUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
    token = await signTestToken(['editor']);
  });

  afterAll(async () => {
    await server.stop();
    await driver.close();
    await disposeThrowawayNeo4j(database);
  });

  it('keeps every acknowledged write and recovers by itself', async () => {
    const acknowledged: string[] = [];
    const outageCodes = new Set<string>();
    let phase: 'before' | 'down' | 'after' = 'before';
    let restartedAt = 0;
    let recoveryMillis = -1;
    let successesAfter = 0;

    for (let i = 0; i < 400 && successesAfter < 10; i++) {
      const key = `${fixture.prefix}-fault-${i}`;
      const response = await postGraphQL(
        baseUrl,
        `mutation($key: String!) { createTopics(input: [{ key: $key, name: $key, evidence: { connect: [{ where: { node: { key: { eq: "${fixture.prefix}-src" } } }, edge: { quote: "Das Testministerium für Bau (TMB) lud ein." } }] } }]) { topics { key } } }`,
        { variables: { key }, token },
      );
      if (response.errors === undefined) {
        acknowledged.push(key);
        if (phase === 'after') {
          successesAfter += 1;
          if (recoveryMillis < 0) recoveryMillis = Date.now() - restartedAt;
        }
      } else if (phase !== 'before') {
        outageCodes.add(String(response.errors[0]?.extensions?.code));
      } else {
        throw new Error(`write failed before the fault: ${JSON.stringify(response.errors)}`);
      }
      if (phase === 'before' && acknowledged.length === 15) {
        await database.killHard();
        phase = 'down';
      } else if (phase === 'down' && outageCodes.size > 0) {
        await database.start();
        restartedAt = Date.now();
        phase = 'after';
      }
    }

    const found = await driver.executeQuery('MATCH (t:Topic) WHERE t.key IN $keys RETURN count(t) AS n', {
      keys: acknowledged,
    });
    const present = found.records[0]?.get('n').toNumber?.() ?? found.records[0]?.get('n');
    console.log(
      `fault test: ${acknowledged.length} writes acknowledged, ${present} found after SIGKILL + restart; outage codes ${[...outageCodes].join(',')}; first success ${recoveryMillis} ms after the restart completed`,
    );
    expect(successesAfter).toBe(10);
    expect([...outageCodes]).toEqual(['SERVICE_UNAVAILABLE']);
    expect(present).toBe(acknowledged.length);
  });
});
