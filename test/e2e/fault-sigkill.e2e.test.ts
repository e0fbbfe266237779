import type { Driver } from 'neo4j-driver';
import type { LocalNeo4j } from '../../src/db/local-neo4j';
import { importCaseStudy } from '../../src/import/import-case-study';
import { postGraphQL, signTestToken } from '../utils/api-test-server';
import { startApiOnThrowawayNeo4j, type ApiOnThrowawayNeo4j } from '../utils/api-on-throwaway-neo4j';
import { writeCaseStudyFixture } from '../utils/case-study-fixture';

// Throwaway Neo4j instances start here (20-60 s, longer beside the suite's own two on a busy CI
// machine): above Jest's 120 s default, so LocalNeo4j's own start timeout (120 s) speaks first.
jest.setTimeout(360_000);

// Under a bounded write loop, Neo4j is killed with SIGKILL and restarted: every write the API
// acknowledged is there afterwards, requests during the outage fail with SERVICE_UNAVAILABLE, and
// writes succeed again once Neo4j is back, without restarting the API.
describe('SIGKILL of Neo4j under write load', () => {
  let api: ApiOnThrowawayNeo4j;
  let database: LocalNeo4j;
  let driver: Driver;
  let baseUrl: string;
  let token: string;
  const fixture = writeCaseStudyFixture();

  beforeAll(async () => {
    api = await startApiOnThrowawayNeo4j({
      env: { RATE_LIMIT_PER_MINUTE: '0' },
      prepare: async (prepared) => {
        await importCaseStudy({ driver: prepared, paths: [fixture.dir] });
      },
    });
    ({ database, driver, baseUrl } = api);
    token = await signTestToken(['editor']);
  });

  afterAll(async () => {
    await api.dispose();
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
