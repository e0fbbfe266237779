import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { CaseStudyInput, EntityInput, RelationInput } from '../../src/case-study/case-study.types';
import type { ImportPlan } from '../../src/case-study/compile-case-study';
import { generateNetwork, type SyntheticNetwork } from '../../src/generate/generate-network';
import {
  compileSyntheticNetwork,
  writeSyntheticCaseStudy,
} from '../../src/generate/import-synthetic-network';
import { CaseStudyValidationError } from '../../src/import/case-study-validation-error';
import { importCaseStudy } from '../../src/import/import-case-study';
import { findProvenanceViolations } from '../../src/import/provenance-check';
import { deleteByKeyPrefix, graphFingerprint } from '../utils/graph-fingerprint';
import { useTestDatabase } from '../utils/test-database';

const MUTATIONS = [
  'dropEntity',
  'corruptQuote',
  'impossibleDate',
  'swapEndpoints',
  'rename',
  'injectionInNote',
  'duplicateRelation',
] as const;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Mutation = { kind: (typeof MUTATIONS)[number]; index: number; text: string };

const INJECTIONS = [
  "'}) DETACH DELETE n //",
  '`) MATCH (m) DETACH DELETE m //',
  '$key} RETURN 1 UNION MATCH (x) RETURN x //',
  '\\u0000\u0000 ü ß 😀 \u202e',
];

/** Applies mutations to a generated case study; some keep it valid, most make it invalid. */
function mutate(network: SyntheticNetwork, mutations: readonly Mutation[]): SyntheticNetwork {
  const study = structuredClone(network.caseStudy) as Omit<CaseStudyInput, 'entities' | 'relations'> & {
    entities: Mutable<EntityInput>[];
    relations: Mutable<RelationInput>[];
  };
  const entities = study.entities;
  const relations = study.relations;
  for (const { kind, index, text } of mutations) {
    const entity = entities[index % entities.length];
    const relation = relations[index % relations.length];
    if (entity === undefined || relation === undefined) continue;
    switch (kind) {
      case 'dropEntity':
        entities.splice(index % entities.length, 1);
        break;
      case 'corruptQuote':
        relation.evidence = [
          {
            source: relation.evidence[0]?.source ?? '',
            quote: `${text}${relation.evidence[0]?.quote ?? ''}!?`,
          },
        ];
        break;
      case 'impossibleDate':
        relation.validFrom = '2021-02-30';
        break;
      case 'swapEndpoints':
        [relation.from, relation.to] = [relation.to, relation.from];
        break;
      case 'rename':
        entity.name = text;
        break;
      case 'injectionInNote':
        entity.note = INJECTIONS[index % INJECTIONS.length] as string;
        relation.note = text;
        break;
      case 'duplicateRelation':
        relations.push({ ...relation });
        break;
    }
  }
  return { caseStudy: study, sourceTexts: network.sourceTexts };
}

// The importer's write path under fuzzing against the real Neo4j: every generated (and mutated) case
// study is either rejected with nothing written, or written completely (counts, provenance), then
// re-imported unchanged; an import interrupted mid-write leaves no trace.
describe('the importer against Neo4j under fuzzing', () => {
  const db = useTestDatabase();
  const base = 500_000 + Math.floor(Math.random() * 400_000);
  let counter = 0;
  const prefixes: string[] = [];
  const tally = { rejected: 0, imported: 0, interrupted: 0 };
  db.onCleanup(async (driver) => {
    for (const prefix of prefixes) await deleteByKeyPrefix(driver, prefix);
  });

  afterAll(() => {
    console.log(
      `import fuzz: ${tally.rejected} rejected, ${tally.imported} imported, ${tally.interrupted} interrupted`,
    );
  });

  it('keeps every import all-or-nothing and idempotent (100 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 20, max: 24 }),
        fc.array(
          fc.record({
            kind: fc.constantFrom(...MUTATIONS),
            index: fc.nat(),
            text: fc.string({ maxLength: 30 }),
          }),
          { maxLength: 3 },
        ),
        fc.nat(),
        async (actors, mutations, interruptAt) => {
          const seed = base + counter++;
          const prefix = `syn-${seed}-${actors}-`;
          prefixes.push(prefix);
          const network = mutate(generateNetwork({ actors, seed }), mutations);
          const dir = mkdtempSync(join(tmpdir(), 'qn-import-fuzz-'));
          try {
            writeSyntheticCaseStudy(network, dir);
            const before = await graphFingerprint(db.driver);
            let plan: ImportPlan | undefined;
            try {
              plan = compileSyntheticNetwork(network);
            } catch (error) {
              expect(error).toBeInstanceOf(CaseStudyValidationError);
            }
            if (plan === undefined) {
              await expect(importCaseStudy({ driver: db.driver, paths: [dir] })).rejects.toBeInstanceOf(
                CaseStudyValidationError,
              );
              expect(await graphFingerprint(db.driver)).toBe(before);
              tally.rejected += 1;
              return;
            }
            // An import that fails after some batches were written leaves nothing behind.
            let batches = 0;
            const stopAfter = interruptAt % 6;
            await expect(
              importCaseStudy({
                driver: db.driver,
                paths: [dir],
                batchSize: 25,
                onProgress: () => {
                  if (batches++ === stopAfter) throw new Error('interrupted');
                },
              }),
            ).rejects.toThrow('interrupted');
            expect(await graphFingerprint(db.driver)).toBe(before);
            tally.interrupted += 1;

            const report = await importCaseStudy({ driver: db.driver, paths: [dir], batchSize: 25 });
            expect(report.entities).toEqual({ created: plan.entities.length, updated: 0, unchanged: 0 });
            expect(report.relations).toEqual({ created: plan.relations.length, updated: 0, unchanged: 0 });
            const [stored] = await db.run<{ entities: number; notes: string[] }>(
              'MATCH (n:Entity) WHERE n.key STARTS WITH $prefix RETURN count(n) AS entities, collect(n.note) AS notes',
              { prefix },
            );
            expect(stored?.entities).toBe(plan.entities.length);
            const expectedNotes = plan.entities.map((e) => e.props.note).filter((note) => note !== undefined);
            expect([...(stored?.notes ?? [])].sort()).toEqual([...expectedNotes].sort());
            expect(await findProvenanceViolations(db.driver, { limit: 5 })).toEqual([]);

            const after = await graphFingerprint(db.driver);
            const again = await importCaseStudy({ driver: db.driver, paths: [dir], batchSize: 25 });
            expect(again.entities.created + again.entities.updated).toBe(0);
            expect(again.relations.created + again.relations.updated).toBe(0);
            expect(await graphFingerprint(db.driver)).toBe(after);
            tally.imported += 1;
          } finally {
            rmSync(dir, { recursive: true, force: true });
            // Keep the graph small: the fingerprints above hash all of it.
            await deleteByKeyPrefix(db.driver, prefix);
          }
        },
      ),
      { numRuns: Number(process.env.QN_IMPORT_FUZZ_RUNS ?? 100), seed: 424242 },
    );
    expect(tally.imported).toBeGreaterThan(10);
    expect(tally.rejected).toBeGreaterThan(10);
  }, 600_000);
});
