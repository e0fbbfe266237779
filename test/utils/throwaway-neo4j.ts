import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { LocalNeo4j } from '../../src/db/local-neo4j';
import { findFreePort } from '../../src/shared/tcp-ports';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { TEST_DATA_ROOT } from './test-neo4j-env';

export const THROWAWAY_PASSWORD = 'throwaway-password';

/** A LocalNeo4j on a free port and a fresh data directory, small enough to run beside the suite's. */
export async function createThrowawayNeo4j(
  overrides: { dataDir?: string; boltPort?: number } = {},
): Promise<LocalNeo4j> {
  mkdirSync(join(PROJECT_ROOT, TEST_DATA_ROOT), { recursive: true });
  return new LocalNeo4j({
    boltPort: overrides.boltPort ?? (await findFreePort()),
    dataDir: overrides.dataDir ?? mkdtempSync(join(PROJECT_ROOT, TEST_DATA_ROOT, 'throwaway-')),
    heapSize: '512m',
    pageCacheSize: '64m',
    username: 'neo4j',
    password: THROWAWAY_PASSWORD,
    projectRoot: PROJECT_ROOT,
  });
}

/** Runs one auto-commit query against a LocalNeo4j and returns plain records. */
export async function queryLocal<T>(
  instance: LocalNeo4j,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const driver = neo4j.driver(instance.boltUri, neo4j.auth.basic('neo4j', THROWAWAY_PASSWORD), {
    disableLosslessIntegers: true,
  });
  try {
    const result = await driver.executeQuery(cypher, params);
    return result.records.map((record) => record.toObject() as T);
  } finally {
    await driver.close();
  }
}

export async function disposeThrowawayNeo4j(instance: LocalNeo4j): Promise<void> {
  await instance.stop();
  rmSync(instance.dataDir, { recursive: true, force: true });
}
