import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
 * Starts one throw-away local Neo4j per Jest worker (unless QN_TEST_NEO4J_URI names one), side by side,
 * and migrates each. Runs once per jest run: the tiers that share it find the URIs already set. Jest
 * runs no teardown when this throws, so a failure stops whatever did start before it is rethrown.
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (process.env[TEST_NEO4J_ENV.uri] !== undefined || process.env[TEST_NEO4J_ENV.uris] !== undefined) {
    const uris = (process.env[TEST_NEO4J_ENV.uris] ?? process.env[TEST_NEO4J_ENV.uri] ?? '').split(',');
    await Promise.all(uris.filter((uri) => uri !== '').map((uri) => migrateTestNeo4j(uri)));
    return;
  }
  // `--runInBand` (-i) makes maxWorkers 1: one instance for a quick run of a few files.
  const instances = await createTestNeo4js(Math.max(1, globalConfig.maxWorkers));
  globalThis.__QN_TEST_NEO4J__ = instances;
  try {
    // Built once here (a no-op when `db install` ran), not by each start at the same time.
    instances[0]?.ensureBuilt();
    await allOrError(
      instances.map(async (instance, i) => {
        const started = await instance.start();
        console.log(
          `\n[tests] Neo4j ${i + 1} of ${instances.length} at ${instance.boltUri} (started in ${(started.wallMillis / 1000).toFixed(1)} s, RSS ${started.rssMiB ?? '?'} MiB)`,
        );
        await migrateTestNeo4j(instance.boltUri);
      }),
    );
  } catch (error) {
    await stopTestNeo4js(instances);
    globalThis.__QN_TEST_NEO4J__ = undefined;
    throw error;
  }
  process.env[TEST_NEO4J_ENV.uris] = instances.map((instance) => instance.boltUri).join(',');
}

/** Stops the instances (those that run) and removes their data; never throws. */
export async function stopTestNeo4js(instances: readonly LocalNeo4j[]): Promise<void> {
  await Promise.allSettled(
    instances.map(async (neo4j) => {
      try {
        await neo4j.stop();
      } finally {
        rmSync(neo4j.dataDir, { recursive: true, force: true });
      }
    }),
  );
}

/** Waits for every promise (none is left running on its own), then rejects with the first failure. */
async function allOrError(work: readonly Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(work)).find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw (failed as PromiseRejectedResult).reason;
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

async function createTestNeo4js(count: number): Promise<LocalNeo4j[]> {
  mkdirSync(join(PROJECT_ROOT, TEST_DATA_ROOT), { recursive: true });
  process.env[TEST_NEO4J_ENV.username] = 'neo4j';
  process.env[TEST_NEO4J_ENV.password] = TEST_PASSWORD;
  const instances: LocalNeo4j[] = [];
  for (let i = 0; i < count; i += 1) {
    instances.push(
      new LocalNeo4j({
        // Ports are taken one after another so two instances never get the same free port.
        boltPort: await findFreePort(instances.map((instance) => instance.options.boltPort)),
        dataDir: mkdtempSync(join(PROJECT_ROOT, TEST_DATA_ROOT, 'suite-')),
        heapSize: '1g',
        pageCacheSize: '256m',
        username: 'neo4j',
        password: TEST_PASSWORD,
        projectRoot: PROJECT_ROOT,
        log: (line) => console.log(count > 1 ? `[neo4j ${i + 1}] ${line}` : line),
      }),
    );
  }
  return instances;
}
