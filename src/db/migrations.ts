import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { ErrorCode } from '../errors/error-codes';
import { QuartiersnetzError } from '../errors/quartiersnetz-error';
import { cypherQuery } from './cypher-query';
import { deriveActiveIntervals } from './derive-active-intervals';
import { CYPHER_DIR } from '../shared/project-paths';

export interface Migration {
  /** File name without extension, e.g. `0001-key-constraints`; applied in this order. */
  readonly id: string;
  readonly checksum: string;
  readonly statements: readonly string[];
}

export interface MigrationReport {
  readonly applied: readonly string[];
  readonly alreadyApplied: readonly string[];
}

const MIGRATIONS_DIR = join(CYPHER_DIR, 'migrations');

/** Reads cypher/migrations/*.cypher in file-name order. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return {
        id: name.replace(/\.cypher$/, ''),
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    });
}

/** Splits a migration into statements at semicolons that end a line; drops `//` comment lines. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Applies the migrations not yet recorded in the database, in order, and records each as a
 * (:Migration {id, checksum}) node. Schema statements use IF NOT EXISTS, so two API instances starting
 * at once are safe. A migration whose file changed after it was applied is an error.
 */
export async function applyMigrations(
  driver: Driver,
  options: { database?: string; log?: (line: string) => void; migrations?: readonly Migration[] } = {},
): Promise<MigrationReport> {
  const migrations = options.migrations ?? readMigrations();
  const recorded = await recordedMigrations(driver, options.database);
  const applied: string[] = [];
  const alreadyApplied: string[] = [];
  for (const migration of migrations) {
    const checksum = recorded.get(migration.id);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new QuartiersnetzError(
          ErrorCode.MIGRATION_FAILED,
          `Migration ${migration.id} was changed after it was applied; add a new migration instead of editing an applied one.`,
          { migration: migration.id },
        );
      }
      alreadyApplied.push(migration.id);
      continue;
    }
    for (const [index, statement] of migration.statements.entries()) {
      try {
        await driver.executeQuery(statement, {}, { database: options.database });
      } catch (error) {
        throw new QuartiersnetzError(
          ErrorCode.MIGRATION_FAILED,
          `Migration ${migration.id}, statement ${index + 1}, failed: ${(error as Error).message}`,
          { migration: migration.id },
        );
      }
    }
    await driver.executeQuery(
      cypherQuery('migrations/record-migration'),
      { id: migration.id, checksum: migration.checksum },
      { database: options.database },
    );
    options.log?.(`Applied migration ${migration.id}`);
    applied.push(migration.id);
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: options.database });
  await deriveMissingActiveIntervals(driver, options);
  return { applied, alreadyApplied };
}

/**
 * Relationships written before active intervals existed (or by hand) get theirs, so that every
 * window-taking query can rely on them; nothing to do (one scan) on a graph that is up to date.
 */
async function deriveMissingActiveIntervals(
  driver: Driver,
  options: { database?: string; log?: (line: string) => void },
): Promise<void> {
  const result = await driver.executeQuery(
    cypherQuery('derive/underived-entity-keys'),
    {},
    { database: options.database, routing: neo4j.routing.READ },
  );
  const keys = (result.records[0]?.get('keys') as string[] | undefined) ?? [];
  if (keys.length === 0) return;
  // One transaction per 1000 entities, so that a large graph is brought up to date in bounded steps
  // (a step that failed is redone at the next start: only what is still missing is derived).
  let empty = 0;
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (let start = 0; start < keys.length; start += 1000) {
      const batch = keys.slice(start, start + 1000);
      empty += (await session.executeWrite((tx) => deriveActiveIntervals(tx, batch))).length;
    }
  } finally {
    await session.close();
  }
  // Stated validity outside a lifespan is refused by imports and writes; older data is kept as it is.
  options.log?.(
    `Derived the active intervals of the relationships of ${keys.length} entities${empty > 0 ? `; ${empty} (or more) hold no time at all: their validity lies outside a lifespan of an end` : ''}`,
  );
}

/** The ids of migrations that exist as files but are not recorded in the database. */
export async function pendingMigrations(driver: Driver, database?: string): Promise<string[]> {
  const recorded = await recordedMigrations(driver, database);
  return readMigrations()
    .map((migration) => migration.id)
    .filter((id) => !recorded.has(id));
}

async function recordedMigrations(
  driver: Driver,
  database: string | undefined,
): Promise<Map<string, string>> {
  const result = await driver.executeQuery(cypherQuery('migrations/list-migrations'), {}, { database });
  return new Map(
    result.records.map((record) => [record.get('id') as string, record.get('checksum') as string]),
  );
}
