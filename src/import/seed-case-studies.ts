import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypherQuery } from '../db/cypher-query';
import { SEED_DIR } from '../shared/project-paths';
import { importCaseStudy, type ImportReport } from './import-case-study';
import type { ImportProgress } from './write-import-plan';

/** The case-study directories under seed/ (each holds a case-study.yaml). */
export function seedCaseStudyDirs(seedDir: string = SEED_DIR): string[] {
  return readdirSync(seedDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(seedDir, entry.name, 'case-study.yaml')))
    .map((entry) => join(seedDir, entry.name))
    .sort();
}

/** Imports the seed case studies when the database holds no entity yet; returns undefined otherwise. */
export async function seedIfEmpty(
  driver: Driver,
  options: { database?: string; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<ImportReport | undefined> {
  const result = await driver.executeQuery(
    cypherQuery('import/count-entities'),
    {},
    { database: options.database },
  );
  if (neo4j.integer.toNumber(result.records[0]?.get('count') ?? 0) > 0) return undefined;
  return importCaseStudy({
    driver,
    paths: seedCaseStudyDirs(),
    database: options.database,
    onProgress: options.onProgress,
  });
}
