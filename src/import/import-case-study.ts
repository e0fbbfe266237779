import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readCaseStudyFile } from '../case-study/case-study-file';
import { compileCaseStudy, type KnownCitation } from '../case-study/compile-case-study';
import type { SourceTextLimits } from '../case-study/source-text-limits';
import { cypherQuery } from '../db/cypher-query';
import type { ExistingOwners, OwnedKey } from '../case-study/check-ownership';
import {
  ENTITY_TYPES,
  isEntityType,
  isRelationType,
  type DatePrecision,
  type EntityType,
} from '../model/vocabulary';
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
  /** Sizes of the source texts. Default DEFAULT_SOURCE_TEXT_LIMITS. */
  readonly sourceTextLimits?: SourceTextLimits;
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
  const files = expandCaseStudyPaths(options.paths).map((path) =>
    readCaseStudyFile(path, options.sourceTextLimits),
  );
  const firstPass = compileCaseStudy(files);
  // Keys the files reference but do not define may belong to entities of earlier imports; keys they
  // define may belong to other case studies, which this one may not rewrite.
  // Sources they cite but do not list may be cited sources (kind CITATION) of other case studies.
  const [known, owners, knownCitations] = await Promise.all([
    lookUpEntityTypes(options.driver, firstPass.unknownEntityKeys, options.database),
    lookUpOwners(options.driver, firstPass.ownedKeys, options.database),
    lookUpCitations(options.driver, firstPass.unknownSourceKeys, options.database),
  ]);
  const result = compileCaseStudy(files, {
    knownEntities: known.types,
    knownEntityOwners: known.owners,
    owners,
    knownCitations,
  });
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

async function lookUpOwners(
  driver: Driver,
  keys: readonly OwnedKey[],
  database?: string,
): Promise<ExistingOwners> {
  const of = (kind: OwnedKey['kind']) => keys.filter((owned) => owned.kind === kind);
  const result = await driver.executeQuery(
    cypherQuery('import/existing-owners'),
    {
      sources: of('source').map((owned) => owned.key),
      entities: of('entity').map((owned) => owned.key),
      relations: of('relation')
        .filter((owned) => owned.relation !== undefined && isRelationType(owned.relation.type))
        .map((owned) => ({ key: owned.key, ...owned.relation })),
    },
    { database },
  );
  const owners = { source: new Map<string, string[]>(), entity: new Map(), relation: new Map() };
  for (const record of result.records) {
    owners[record.get('kind') as OwnedKey['kind']].set(
      record.get('key') as string,
      record.get('owners') as string[],
    );
  }
  return { sources: owners.source, entities: owners.entity, relations: owners.relation };
}

async function lookUpCitations(
  driver: Driver,
  keys: readonly string[],
  database?: string,
): Promise<Map<string, KnownCitation>> {
  const citations = new Map<string, KnownCitation>();
  if (keys.length === 0) return citations;
  const result = await driver.executeQuery(cypherQuery('import/cited-sources'), { keys }, { database });
  for (const record of result.records) {
    const date = record.get('date') as string | null;
    const precision = record.get('precision') as DatePrecision | null;
    const publisher = record.get('publisher') as string | null;
    citations.set(record.get('key') as string, {
      title: record.get('title') as string,
      ...(publisher !== null ? { publisher } : {}),
      ...(date !== null && precision !== null ? { date: { iso: date, precision } } : {}),
    });
  }
  return citations;
}

async function lookUpEntityTypes(
  driver: Driver,
  keys: readonly string[],
  database?: string,
): Promise<{ types: Map<string, EntityType>; owners: Map<string, string> }> {
  const types = new Map<string, EntityType>();
  const owners = new Map<string, string>();
  if (keys.length === 0) return { types, owners };
  const result = await driver.executeQuery(
    cypherQuery('import/entity-types'),
    { keys, entityTypes: ENTITY_TYPES },
    { database },
  );
  for (const record of result.records) {
    const key = record.get('key') as string;
    const type = record.get('type') as string | null;
    const definedIn = record.get('definedIn') as string | null;
    if (type !== null && isEntityType(type)) types.set(key, type);
    if (definedIn !== null) owners.set(key, definedIn);
  }
  return { types, owners };
}
