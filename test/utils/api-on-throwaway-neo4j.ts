import neo4j, { type Driver } from 'neo4j-driver';
import pino from 'pino';
import { loadConfig } from '../../src/config/config';
import type { LocalNeo4j } from '../../src/db/local-neo4j';
import { applyMigrations } from '../../src/db/migrations';
import { createApiServer, type ApiServer } from '../../src/server/create-api-server';
import { TEST_JWT_SECRET } from './api-test-server';
import { createThrowawayNeo4j, disposeThrowawayNeo4j, THROWAWAY_PASSWORD } from './throwaway-neo4j';

export interface ApiOnThrowawayNeo4j {
  readonly database: LocalNeo4j;
  readonly driver: Driver;
  readonly baseUrl: string;
  dispose(): Promise<void>;
}

/**
 * The API against its own small Neo4j (migrated), for fault tests that stop or kill the database
 * without disturbing the suite's. The driver retries for 2 s, so outages show quickly.
 */
export async function startApiOnThrowawayNeo4j(
  options: { env?: Record<string, string>; prepare?: (driver: Driver) => Promise<void> } = {},
): Promise<ApiOnThrowawayNeo4j> {
  const database = await createThrowawayNeo4j();
  await database.start();
  const config = loadConfig({
    NEO4J_URI: database.boltUri,
    NEO4J_PASSWORD: THROWAWAY_PASSWORD,
    JWT_SECRET: TEST_JWT_SECRET,
    ...options.env,
  });
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic('neo4j', THROWAWAY_PASSWORD), {
    maxTransactionRetryTime: 2_000,
    connectionTimeout: 2_000,
  });
  await applyMigrations(driver);
  await options.prepare?.(driver);
  const server: ApiServer = await createApiServer({
    config,
    driver,
    logError: () => undefined,
    logger: pino({ level: 'silent' }),
  });
  const baseUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  return {
    database,
    driver,
    baseUrl,
    dispose: async () => {
      await server.stop();
      await driver.close();
      await disposeThrowawayNeo4j(database);
    },
  };
}
