import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4jDriver from 'neo4j-driver';
import { findFreePort, LocalNeo4j } from '../../src/db/local-neo4j';
import { applyMigrations } from '../../src/db/migrations';
import { TEST_DATA_ROOT, TEST_NEO4J_ENV } from './test-neo4j-env';

declare global {
  var __QN_TEST_NEO4J__: LocalNeo4j | undefined;
}

/** Starts a throw-away local Neo4j for the integration tier, unless QN_TEST_NEO4J_URI names one. */
export default async function globalSetup(): Promise<void> {
  if (process.env[TEST_NEO4J_ENV.uri] === undefined) await startTestNeo4j();
  await migrateTestNeo4j();
}

/** The schema (constraints, indexes, full-text) every integration test expects. */
async function migrateTestNeo4j(): Promise<void> {
  const driver = neo4jDriver.driver(
    process.env[TEST_NEO4J_ENV.uri] ?? '',
    neo4jDriver.auth.basic(
      process.env[TEST_NEO4J_ENV.username] ?? 'neo4j',
      process.env[TEST_NEO4J_ENV.password] ?? '',
    ),
  );
  try {
    await applyMigrations(driver);
  } finally {
    await driver.close();
  }
}

async function startTestNeo4j(): Promise<void> {
  const root = resolve(__dirname, '..', '..');
  mkdirSync(join(root, TEST_DATA_ROOT), { recursive: true });
  const dataDir = mkdtempSync(join(root, TEST_DATA_ROOT, 'suite-'));
  const password = 'test-password';
  const neo4j = new LocalNeo4j({
    boltPort: await findFreePort(),
    dataDir,
    heapSize: '1g',
    pageCacheSize: '256m',
    username: 'neo4j',
    password,
    projectRoot: root,
    log: (line) => console.log(line),
  });
  const started = await neo4j.start();
  console.log(
    `\n[integration] Neo4j for tests at ${neo4j.boltUri} (started in ${(started.wallMillis / 1000).toFixed(1)} s, RSS ${started.rssMiB ?? '?'} MiB)`,
  );
  globalThis.__QN_TEST_NEO4J__ = neo4j;
  process.env[TEST_NEO4J_ENV.uri] = neo4j.boltUri;
  process.env[TEST_NEO4J_ENV.username] = 'neo4j';
  process.env[TEST_NEO4J_ENV.password] = password;
}
