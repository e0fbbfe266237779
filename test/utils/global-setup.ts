import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '@jest/types';
import neo4jDriver from 'neo4j-driver';
import { LocalNeo4j } from '../../src/db/local-neo4j';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { findFreePort } from '../../src/shared/tcp-ports';
import { applyMigrations } from '../../src/db/migrations';
import { TEST_DATA_ROOT, TEST_NEO4J_ENV } from './test-neo4j-env';

declare global {
  var __QN_TEST_NEO4J__: LocalNeo4j[] | undefined;
}

const TEST_PASSWORD = 'test-password';

/**
 * Starts one throw-away local Neo4j per Jest worker (unless QN_TEST_NEO4J_URI names one), in parallel,
 * and migrates each. Runs once per jest run: the tiers that share it find the URIs already set.
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (process.env[TEST_NEO4J_ENV.uri] === undefined && process.env[TEST_NEO4J_ENV.uris] === undefined) {
    await startTestNeo4js(instanceCount(globalConfig));
  }
  const uris = (process.env[TEST_NEO4J_ENV.uris] ?? process.env[TEST_NEO4J_ENV.uri] ?? '')
    .split(',')
    .filter((uri) => uri !== '');
  await Promise.all(uris.map((uri) => migrateTestNeo4j(uri)));
}

/**
 * One instance per worker; a run narrowed to some files (`jest test/e2e/x`) gets one, since Jest
 * usually runs a few files in band and the second start would cost more than it saves.
 */
function instanceCount(globalConfig: Config.GlobalConfig): number {
  if (globalConfig.testPathPatterns.isSet()) return 1;
  return Math.max(1, globalConfig.maxWorkers);
}

/** The schema (constraints, indexes, full-text) every integration test expects. */
async function migrateTestNeo4j(uri: string): Promise<void> {
  const driver = neo4jDriver.driver(
    uri,
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

async function startTestNeo4js(count: number): Promise<void> {
  const root = PROJECT_ROOT;
  mkdirSync(join(root, TEST_DATA_ROOT), { recursive: true });
  const instances: LocalNeo4j[] = [];
  for (let i = 0; i < count; i += 1) {
    instances.push(
      new LocalNeo4j({
        // Ports are taken one after another so two instances never get the same free port.
        boltPort: await findFreePort(instances.map((instance) => instance.options.boltPort)),
        dataDir: mkdtempSync(join(root, TEST_DATA_ROOT, 'suite-')),
        heapSize: '1g',
        pageCacheSize: '256m',
        username: 'neo4j',
        password: TEST_PASSWORD,
        projectRoot: root,
        log: (line) => console.log(count > 1 ? `[neo4j ${i + 1}] ${line}` : line),
      }),
    );
  }
  // Built once here (a no-op when `db install` ran), not by each start at the same time.
  instances[0]?.ensureBuilt();
  // Registered before starting, so the teardown stops the ones that did start when another fails.
  globalThis.__QN_TEST_NEO4J__ = instances;
  const started = await Promise.all(instances.map((instance) => instance.start()));
  started.forEach((result, i) =>
    console.log(
      `\n[tests] Neo4j ${i + 1} of ${count} at ${instances[i]?.boltUri} (started in ${(result.wallMillis / 1000).toFixed(1)} s, RSS ${result.rssMiB ?? '?'} MiB)`,
    ),
  );
  process.env[TEST_NEO4J_ENV.uris] = instances.map((instance) => instance.boltUri).join(',');
  process.env[TEST_NEO4J_ENV.username] = 'neo4j';
  process.env[TEST_NEO4J_ENV.password] = TEST_PASSWORD;
}
