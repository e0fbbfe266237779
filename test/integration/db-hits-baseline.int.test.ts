import neo4j, { type Driver } from 'neo4j-driver';
import type { LocalNeo4j } from '../../src/db/local-neo4j';
import { applyMigrations } from '../../src/db/migrations';
import {
  canonicalOperations,
  compareWithBaseline,
  loadDbHitsFixture,
  profileOperations,
  readBaseline,
} from '../../bench/profile-db-hits';
import { createThrowawayNeo4j, disposeThrowawayNeo4j, THROWAWAY_PASSWORD } from '../utils/throwaway-neo4j';

/**
 * The database-work regression check of the benchmarks, run in CI: PROFILE db hits of the canonical
 * operations on a fresh Neo4j with fixed data must not rise 10% or more over bench/db-hits-baseline.json.
 */
describe('PROFILE db hits against the baseline', () => {
  let database: LocalNeo4j;
  let driver: Driver;

  beforeAll(async () => {
    database = await createThrowawayNeo4j();
    await database.start();
    driver = neo4j.driver(database.boltUri, neo4j.auth.basic('neo4j', THROWAWAY_PASSWORD), {
      disableLosslessIntegers: true,
    });
    await applyMigrations(driver);
    await loadDbHitsFixture(driver);
  }, 180_000);

  afterAll(async () => {
    await driver?.close();
    if (database !== undefined) await disposeThrowawayNeo4j(database);
  });

  it('has no operation whose db hits rose 10% or more, and every operation in the baseline', async () => {
    const operations = canonicalOperations();
    expect(operations.length).toBeGreaterThanOrEqual(20);
    const results = await profileOperations(
      driver,
      { uri: database.boltUri, password: THROWAWAY_PASSWORD },
      operations,
    );
    const comparison = compareWithBaseline(results, readBaseline());
    const rises = comparison
      .filter((c) => c.regressed)
      .map((c) => `${c.name}: ${c.current.dbHits} db hits, baseline ${c.baseline?.dbHits ?? 'missing'}`);
    expect(rises).toEqual([]);
    // Every operation did real work that PROFILE saw.
    for (const c of comparison) expect(c.current.dbHits).toBeGreaterThan(0);
  }, 180_000);
});
