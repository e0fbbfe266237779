import { randomBytes } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { TEST_NEO4J_ENV, testNeo4jUriForThisWorker } from './test-neo4j-env';

export interface TestDatabase {
  readonly driver: Driver;
  /**
   * A label unique to this test file. Every node a test creates carries it, and the cleanup deletes
   * only nodes with it, so test files never see or remove each other's data.
   */
  readonly label: string;
  /** Registers cleanup that runs after the file's tests, before the driver closes. */
  onCleanup(cleanup: (driver: Driver) => Promise<void>): void;
  /** Runs Cypher with parameters and returns plain records. */
  run<T extends Record<string, unknown> = Record<string, unknown>>(
    cypher: string,
    params?: Record<string, unknown>,
  ): Promise<T[]>;
}

export function testNeo4jConnection(): { uri: string; username: string; password: string } {
  const uri = testNeo4jUriForThisWorker();
  if (uri === undefined) {
    throw new Error(
      `Neither ${TEST_NEO4J_ENV.uris} nor ${TEST_NEO4J_ENV.uri} is set: run integration tests through jest (global-setup starts Neo4j).`,
    );
  }
  return {
    uri,
    username: process.env[TEST_NEO4J_ENV.username] ?? 'neo4j',
    password: process.env[TEST_NEO4J_ENV.password] ?? '',
  };
}

/** Registers beforeAll/afterAll hooks that give the calling test file a driver and its own label. */
export function useTestDatabase(): TestDatabase {
  const label = `Test_${randomBytes(6).toString('hex')}`;
  let driver: Driver | undefined;
  const cleanups: ((driver: Driver) => Promise<void>)[] = [];

  const context: TestDatabase = {
    get driver(): Driver {
      if (driver === undefined) throw new Error('useTestDatabase(): the driver exists only inside tests');
      return driver;
    },
    label,
    onCleanup(cleanup) {
      cleanups.push(cleanup);
    },
    async run(cypher, params = {}) {
      const result = await context.driver.executeQuery(cypher, params);
      return result.records.map((record) => record.toObject()) as never;
    },
  };

  beforeAll(async () => {
    const connection = testNeo4jConnection();
    driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
      disableLosslessIntegers: true,
    });
    await driver.verifyConnectivity();
  });

  afterAll(async () => {
    if (driver === undefined) return;
    for (const cleanup of cleanups) await cleanup(driver);
    await driver.executeQuery('MATCH (n:$($label)) DETACH DELETE n', { label });
    await driver.close();
  });

  return context;
}
