import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNetwork } from '../../src/generate/generate-network';
import { compileSyntheticNetwork, importSyntheticNetwork } from '../../src/generate/import-synthetic-network';
import { importCaseStudy } from '../../src/import/import-case-study';
import { findProvenanceViolations } from '../../src/import/provenance-check';
import type { ImportProgress } from '../../src/import/write-import-plan';
import { deleteByKeyPrefix, graphFingerprint } from '../utils/graph-fingerprint';
import { runCliOnTestNeo4j } from '../utils/run-cli';
import { useTestDatabase } from '../utils/test-database';

describe('the synthetic network generator against Neo4j', () => {
  const db = useTestDatabase();
  // Seeds unique to this run, so that keys (syn-<seed>-<actors>-...) never meet earlier data.
  const seed = 100_000 + Math.floor(Math.random() * 800_000);
  const prefixes = [`syn-${seed}-`, `syn-${seed + 1}-`, `syn-${seed + 2}-`];
  db.onCleanup(async (driver) => {
    for (const prefix of prefixes) await deleteByKeyPrefix(driver, prefix);
  });

  const actors = 150;
  const plan = compileSyntheticNetwork(generateNetwork({ actors, seed }));

  it('writes the whole network in several transactions, with progress over the whole of it', async () => {
    const progress: ImportProgress[] = [];
    const report = await importSyntheticNetwork({
      driver: db.driver,
      actors,
      seed,
      transactionRows: 300,
      onProgress: (p) => progress.push(p),
    });
    expect(report.transactions).toBeGreaterThan(3);
    expect(report).toMatchObject({
      sources: { created: plan.sources.length, updated: 0, unchanged: 0 },
      entities: { created: plan.entities.length, updated: 0, unchanged: 0 },
      relations: { created: plan.relations.length, updated: 0, unchanged: 0 },
    });
    const relationProgress = progress.filter((p) => p.phase === 'relations').map((p) => p.done);
    expect(relationProgress).toEqual([...relationProgress].sort((a, b) => a - b));
    expect(relationProgress.at(-1)).toBe(plan.relations.length);
    expect(
      progress.every((p) => p.total === (p.phase === 'relations' ? plan.relations.length : p.total)),
    ).toBe(true);

    const [counts] = await db.run<{ entities: number; typed: number; evidence: number }>(
      `MATCH (n:Entity) WHERE n.key STARTS WITH $prefix
       CALL (n) {
         OPTIONAL MATCH (n)-[r]->(:Entity) RETURN count(r) AS typed
       }
       CALL (n) {
         OPTIONAL MATCH (n)-[e:STATED_IN]->(:Source) RETURN count(e) AS evidence
       }
       RETURN count(n) AS entities, sum(typed) AS typed, sum(evidence) AS evidence`,
      { prefix: prefixes[0] },
    );
    expect(counts).toEqual({
      entities: plan.entities.length,
      typed: plan.relations.length,
      evidence: plan.entities.length,
    });
    expect(await findProvenanceViolations(db.driver)).toEqual([]);
  });

  it('changes nothing when run again with the same seed', async () => {
    const before = await graphFingerprint(db.driver);
    const report = await importSyntheticNetwork({ driver: db.driver, actors, seed, transactionRows: 300 });
    expect(report).toMatchObject({
      sources: { created: 0, updated: 0, unchanged: plan.sources.length },
      entities: { created: 0, updated: 0, unchanged: plan.entities.length },
      relations: { created: 0, updated: 0, unchanged: plan.relations.length },
    });
    expect(await graphFingerprint(db.driver)).toBe(before);
  });

  it('CLI: --out writes a case study that the importer takes as it is', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'qn-generate-'));
    const result = runCliOnTestNeo4j([
      'generate',
      '--actors',
      '40',
      '--seed',
      String(seed + 1),
      '--out',
      outDir,
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Wrote .*case-study\.yaml: \d+ entities, \d+ relations, \d+ sources\./);
    expect(readdirSync(join(outDir, 'sources')).length).toBeGreaterThan(0);
    const expected = compileSyntheticNetwork(generateNetwork({ actors: 40, seed: seed + 1 }));
    const report = await importCaseStudy({ driver: db.driver, paths: [outDir] });
    expect(report.entities.created).toBe(expected.entities.length);
    expect(report.relations.created).toBe(expected.relations.length);
  });

  it('CLI: imports with progress, and rejects bad options with exit code 2 naming the option', async () => {
    const imported = runCliOnTestNeo4j(['generate', '--actors', '40', '--seed', String(seed + 2)]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/entities +\d+ created, 0 updated, 0 unchanged/);
    expect(imported.stderr).toMatch(/relations: \d+\/\d+/);

    const badSize = runCliOnTestNeo4j(['generate', '--size', 'XL']);
    expect(badSize.status).toBe(2);
    expect(badSize.stderr).toContain(
      "option '--size <size>' argument 'XL' is invalid. Allowed choices are S, M, L.",
    );
    const badSeed = runCliOnTestNeo4j(['generate', '--actors', '100', '--seed', '-3']);
    expect(badSeed.status).toBe(2);
    expect(badSeed.stderr).toMatch(/--seed/);
    const tooFew = runCliOnTestNeo4j(['generate', '--actors', '5']);
    expect(tooFew.status).toBe(2);
    expect(tooFew.stderr).toContain('--actors must be at least 20 (got 5)');
  });
});
