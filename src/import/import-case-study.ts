import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readCaseStudyFile } from '../case-study/case-study-file';
import { compileCaseStudy } from '../case-study/compile-case-study';
import { cypherQuery } from '../db/cypher-query';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../model/vocabulary';
import { CaseStudyValidationError } from './case-study-validation-error';
import { writeImportPlan, type ImportCounts, type ImportProgress } from './write-import-plan';

export interface ImportCaseStudyOptions {
  readonly driver: Driver;
  /** Case-study files, or directories whose *.yaml / *.yml files are imported together. */
  readonly paths: readonly string[];
  readonly database?: string;
  /** Validate and count what would change; write nothing. */
  readonly dryRun?: boolean;
  readonly batchSize?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
}

export interface ImportReport extends ImportCounts {
  readonly dryRun: boolean;
  readonly files: readonly string[];
}

/**
 * Validates the case study completely, then writes it in one transaction. Throws
 * CaseStudyValidationError listing every issue (file:line:column, field) and writes nothing when
 * anything is wrong.
 */
export async function importCaseStudy(options: ImportCaseStudyOptions): Promise<ImportReport> {
  const files = expandCaseStudyPaths(options.paths).map(readCaseStudyFile);
  const firstPass = compileCaseStudy(files);
  let result = firstPass;
  // Keys the files reference but do not define may belong to entities of earlier imports.
  const undefinedKeys = [
    ...new Set(
      firstPass.issues
        .filter((issue) => issue.code === 'UNKNOWN_ENTITY')
        .map((issue) => /"([^"]+)"/.exec(issue.message)?.[1] ?? ''),
    ),
  ].filter((key) => key !== '');
  if (undefinedKeys.length > 0) {
    const knownEntities = await lookUpEntityTypes(options.driver, undefinedKeys, options.database);
    result = compileCaseStudy(files, { knownEntities });
  }
  if (result.plan === undefined) throw new CaseStudyValidationError(result.issues);

  const counts = await writeImportPlan(options.driver, result.plan, {
    database: options.database,
    batchSize: options.batchSize,
    onProgress: options.onProgress,
    dryRun: options.dryRun,
  });
  return { ...counts, dryRun: options.dryRun === true, files: files.map((file) => file.displayPath) };
}

/** Files as given; directories become the YAML files directly inside them, sorted. */
export function expandCaseStudyPaths(paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => /\.ya?ml$/.test(name))
          .sort()
          .map((name) => join(path, name))
      : [path],
  );
}

async function lookUpEntityTypes(
  driver: Driver,
  keys: readonly string[],
  database?: string,
): Promise<Map<string, EntityType>> {
  const result = await driver.executeQuery(
    cypherQuery('import/entity-types'),
    { keys, entityTypes: ENTITY_TYPES },
    { database },
  );
  const types = new Map<string, EntityType>();
  for (const record of result.records) {
    const type = record.get('type') as string | null;
    if (type !== null && isEntityType(type)) types.set(record.get('key') as string, type);
  }
  return types;
}
