import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { generateNetwork } from '../src/generate/generate-network';
import { importSyntheticNetwork } from '../src/generate/import-synthetic-network';
import { importCaseStudy } from '../src/import/import-case-study';
import { seedCaseStudyDirs } from '../src/import/seed-case-studies';
import { startBenchApi } from './bench-api';
import { recordWhile } from './cypher-recorder';
import {
  collaboratorsOfManyOperation,
  exampleOperations,
  findProbes,
  growthOperations,
  nestedListOperation,
  type BenchOperation,
} from './workloads';

export const DB_HITS_BASELINE_FILE = join(__dirname, 'db-hits-baseline.json');
/** A rise of this share or more over the baseline fails the check. */
export const DB_HITS_TOLERANCE = 0.1;
/** The data the operations run on: the seed case study and a small synthetic network. */
export const DB_HITS_NETWORK = { actors: 400, seed: 1 } as const;

export interface OperationWork {
  /** Cypher statements the operation ran. */
  readonly cypherQueries: number;
  /** Sum of PROFILE db hits over those statements. */
  readonly dbHits: number;
}

export interface DbHitsBaseline {
  readonly description: string;
  readonly operations: Readonly<Record<string, OperationWork>>;
}

export interface DbHitsComparison {
  readonly name: string;
  readonly baseline: OperationWork | undefined;
  readonly current: OperationWork;
  /** current / baseline db hits. */
  readonly ratio: number | undefined;
  readonly regressed: boolean;
}

/** Loads the fixture data into an empty, migrated database. */
export async function loadDbHitsFixture(driver: Driver): Promise<void> {
  await importCaseStudy({ driver, paths: seedCaseStudyDirs() });
  await importSyntheticNetwork({ driver, ...DB_HITS_NETWORK });
  // Statistics the planner reads should reflect the data, not the empty database.
  await driver.executeQuery('CALL db.resampleOutdatedIndexes()');
  await driver.executeQuery('CALL db.awaitIndexes(300)');
}

/** The canonical operations: every example query, the growth operations, nested lists, batched analytics. */
export function canonicalOperations(): BenchOperation[] {
  const probes = findProbes(generateNetwork(DB_HITS_NETWORK));
  return [
    ...exampleOperations(),
    ...growthOperations(probes).map((op) => ({ ...op, name: `synthetic: ${op.name}` })),
    { ...nestedListOperation(10), name: 'synthetic: organisations(limit: 10) with nested lists' },
    {
      ...collaboratorsOfManyOperation(['bmi', 'bbsr', 'dv', 'bmas', 'christian-huttenloher']),
      name: 'collaborators of 5 actors',
    },
  ];
}

/**
 * Runs each operation through the API, records the Cypher it runs, then runs each statement again
 * with PROFILE and sums the db hits of all operators.
 */
export async function profileOperations(
  driver: Driver,
  connection: { uri: string; password: string },
  operations: readonly BenchOperation[],
  onOperation: (name: string, work: OperationWork) => void = () => undefined,
): Promise<Map<string, OperationWork>> {
  const api = await startBenchApi(driver, connection.uri, connection.password, {
    recorded: true,
  });
  const results = new Map<string, OperationWork>();
  try {
    for (const operation of operations) {
      const { statements } = await recordWhile(driver, () => api.post(operation.query, operation.variables));
      let dbHits = 0;
      for (const statement of statements) {
        const result = await driver.executeQuery(`PROFILE ${statement.query}`, statement.params);
        dbHits += totalDbHits(result.summary.profile);
      }
      const work = { cypherQueries: statements.length, dbHits };
      results.set(operation.name, work);
      onOperation(operation.name, work);
    }
  } finally {
    await api.stop();
  }
  return results;
}

interface ProfileNode {
  readonly dbHits: number;
  readonly children: readonly ProfileNode[];
}

function totalDbHits(node: ProfileNode | false | undefined): number {
  if (node === false || node === undefined) return 0;
  return node.dbHits + node.children.reduce((sum, child) => sum + totalDbHits(child), 0);
}

export function readBaseline(file = DB_HITS_BASELINE_FILE): DbHitsBaseline {
  return JSON.parse(readFileSync(file, 'utf8')) as DbHitsBaseline;
}

export function writeBaseline(
  results: ReadonlyMap<string, OperationWork>,
  file = DB_HITS_BASELINE_FILE,
): void {
  const baseline: DbHitsBaseline = {
    description: `PROFILE db hits per operation on the seed case study plus a synthetic network of ${DB_HITS_NETWORK.actors} actors (seed ${DB_HITS_NETWORK.seed}), Neo4j 5.26. Update with: npm run bench:db-hits -- --update`,
    operations: Object.fromEntries(results),
  };
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`, 'utf8');
}

/** Compares with the baseline; an operation missing from the baseline counts as regressed. */
export function compareWithBaseline(
  results: ReadonlyMap<string, OperationWork>,
  baseline: DbHitsBaseline,
): DbHitsComparison[] {
  return [...results].map(([name, current]) => {
    const before = baseline.operations[name];
    const ratio = before === undefined ? undefined : current.dbHits / Math.max(1, before.dbHits);
    return {
      name,
      baseline: before,
      current,
      ratio,
      regressed: ratio === undefined || ratio >= 1 + DB_HITS_TOLERANCE,
    };
  });
}
