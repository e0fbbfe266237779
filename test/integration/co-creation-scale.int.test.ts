import {
  projectCoCreation,
  type CoCreationProjectionOptions,
} from '../../src/analytics/co-creation/project-co-creation';
import { CONTEXT_KINDS } from '../../src/analytics/network/membership';
import { MembershipRepository } from '../../src/analytics/network/membership.repository';
import {
  MembershipStructureBuilder,
  type MembershipStructure,
} from '../../src/analytics/network/membership-structure';
import { AnalyticsWorkers } from '../../src/analytics/workers/analytics-workers';
import { importSyntheticNetwork } from '../../src/generate/import-synthetic-network';
import { deleteByKeyPrefix } from '../utils/graph-fingerprint';
import { readBothWays } from '../utils/membership-rows';
import { spearmanOfTop } from '../utils/spearman';
import { useTestDatabase } from '../utils/test-database';

const OPTIONS: CoCreationProjectionOptions = {
  maxNodes: 5000,
  maxEdges: 50_000,
  weighting: 'COUNT',
  undated: 'WITHIN_LIFESPANS',
  minAllianceContexts: 2,
  seed: 42,
  centrality: {},
};

/** A structure whose projection costs seconds: one context of n members, all kept (n²/2 ties). */
function heavyStructure(members: number): MembershipStructure {
  const builder = new MembershipStructureBuilder();
  for (let i = 0; i < members; i++)
    builder.add({
      actor: `a${i}`,
      type: 'Person',
      sectors: [],
      memberships: [['congress', 'EVENT', null, null, null, true, []]],
    });
  return builder.build();
}

describe('co-creation at size S against Neo4j', () => {
  const db = useTestDatabase();
  const seed = 100_000 + Math.floor(Math.random() * 800_000);
  const actors = 1400;
  const prefix = `syn-${seed}-${actors}-`;
  db.onCleanup((driver) => deleteByKeyPrefix(driver, prefix));
  let structure: MembershipStructure;

  beforeAll(async () => {
    await importSyntheticNetwork({ driver: db.driver, actors, seed });
    const contexts = await db.run<{ key: string }>(
      'MATCH (n:Entity) WHERE n.key STARTS WITH $prefix AND (n:Event OR n:Undertaking OR n:Organisation) RETURN n.key AS key',
      { prefix },
    );
    const builder = new MembershipStructureBuilder();
    await new MembershipRepository({ driver: db.driver }).structure(
      { kinds: CONTEXT_KINDS, contexts: contexts.map((row) => row.key), window: { from: null, until: null } },
      builder,
    );
    structure = builder.build();
  }, 300_000);

  it('keeps sampled betweenness within its reported error bound, and says which method it used', () => {
    expect(structure.actorKeys.length).toBeGreaterThan(1000);
    const exact = projectCoCreation(structure, { ...OPTIONS, centrality: { method: 'EXACT' } });
    // S has about 1 350 actors and 50 000 ties; AUTO would be exact (fewer than 2 x 1024 actors): sampled
    // on request. The estimator is held to its stated bound, and to the ranking of the top 10.
    const sampled = projectCoCreation(structure, { ...OPTIONS, centrality: { method: 'SAMPLED' } });
    expect(exact.centrality.method).toBe('EXACT');
    expect(sampled.centrality).toMatchObject({ method: 'SAMPLED', confidence: 0.95 });
    expect(sampled.centrality.pivots).toBeLessThan(exact.actors.length);
    expect(sampled.centrality.pivots).toBeGreaterThanOrEqual(1024);
    const values = (projection: typeof exact) =>
      Object.fromEntries(projection.actors.map((actor) => [actor.key, actor.metrics.betweenness]));
    const exactValues = values(exact);
    const sampledValues = values(sampled);
    const worst = Math.max(
      ...Object.keys(exactValues).map((key) => Math.abs((sampledValues[key] ?? 0) - (exactValues[key] ?? 0))),
    );
    expect(worst).toBeLessThanOrEqual(sampled.centrality.betweennessErrorBound);
    // Spearman of the top 10 with 1024 pivots, measured on 8 generated S networks x 4 seeds (2026-12-07):
    // 31 of 32 at 0.92-1.00, one at 0.85 (the ranks of nearly equal brokers swap). The median of four
    // seeds must reach 0.9, and none may fall below 0.8.
    const agreement = [42, 1, 2, 3]
      .map((seed) =>
        spearmanOfTop(
          exactValues,
          values(projectCoCreation(structure, { ...OPTIONS, seed, centrality: { method: 'SAMPLED' } })),
          10,
        ),
      )
      .sort((a, b) => a - b);
    // The generated network's seed is in the comparison, so that a failure can be reproduced.
    const median = ((agreement[1] as number) + (agreement[2] as number)) / 2;
    expect({ network: seed, agreement, holds: median >= 0.9 && (agreement[0] as number) >= 0.8 }).toEqual({
      network: seed,
      agreement,
      holds: true,
    });
    expect(projectCoCreation(structure, OPTIONS).centrality.method).toBe('EXACT');
    // Above the work limit with more than twice the pivots in actors, AUTO samples.
    const auto = projectCoCreation(structure, {
      ...OPTIONS,
      centrality: { exactWorkLimit: 1000, pivots: 200 },
    });
    expect(auto.centrality.method).toBe('SAMPLED');
  });

  it('reads the whole graph with the bookmarks executeQuery would use (it reads after earlier writes)', async () => {
    const sessions: Parameters<typeof db.driver.session>[0][] = [];
    const driver = Object.create(db.driver) as typeof db.driver;
    driver.session = (config) => {
      sessions.push(config);
      return db.driver.session(config);
    };
    await new MembershipRepository({ driver }).structure(
      { kinds: CONTEXT_KINDS, window: { from: '2019-01-01', until: '2019-01-31' } },
      new MembershipStructureBuilder(),
    );
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.bookmarkManager).toBe(db.driver.executeQueryBookmarkManager);
  });

  it('reads the same memberships for the whole graph (event by event) as actor by actor, in any window', async () => {
    for (const window of [
      { from: null, until: null },
      { from: '2019-01-01', until: '2019-12-31' },
      { from: '2021-03-01', until: null },
    ]) {
      const { whole, byActor } = await readBothWays(db.driver, prefix, window);
      expect(byActor.length).toBeGreaterThan(500);
      expect(whole).toEqual(byActor);
    }
  });

  it('keeps a hub network drawable: maxNodes and maxEdges cap the answer and say so', () => {
    const projection = projectCoCreation(structure, { ...OPTIONS, maxNodes: 100, maxEdges: 300 });
    expect(projection.actors).toHaveLength(100);
    expect(projection.ties).toHaveLength(300);
    expect(projection.truncation.nodes && projection.truncation.edges).toBe(true);
    expect(projection.truncation.tiesAmongKept).toBeGreaterThan(300);
    // Every kept actor keeps a tie: the hubs' strong ties do not take every place.
    const tied = new Set(projection.ties.flatMap((tie) => [tie.source, tie.target]));
    const whole = projectCoCreation(structure, { ...OPTIONS, maxNodes: 100, maxEdges: 50_000 });
    const tiedAtAll = new Set(whole.ties.flatMap((tie) => [tie.source, tie.target]));
    expect(projection.actors.filter((actor) => tiedAtAll.has(actor.key) && !tied.has(actor.key))).toEqual([]);
  });
});

describe('analytics worker threads', () => {
  it('stop a computation past its time budget with TIMEOUT, and the freed pool answers the next one', async () => {
    // The budget also covers starting the replacement thread for the second task, which compiles
    // its TypeScript under ts-jest (0.8 s alone, over 1.5 s on a busy CI machine: a 1.5 s budget
    // failed there). A 4 GiB heap cap keeps the heavy task running well past the 5 s budget (it hit
    // the default 1 GiB cap after 6.7 s).
    const workers = new AnalyticsWorkers({ threads: 1, timeBudgetMillis: 5000, memoryLimitMb: 4096 });
    try {
      const started = Date.now();
      const error = await workers
        .run(
          { name: 'projectCoCreation', structure: heavyStructure(6000), options: OPTIONS },
          { hint: 'narrow it' },
        )
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ extensions: { code: 'TIMEOUT', budgetMillis: 5000 } });
      expect((error as Error).message).toMatch(/time budget of 5 s.*narrow it/);
      expect(Date.now() - started).toBeLessThan(5000 + 1500);
      const next = await workers.run(
        { name: 'projectCoCreation', structure: heavyStructure(5), options: OPTIONS },
        { hint: '' },
      );
      expect(next.ties.count).toBe(10);
    } finally {
      await workers.close();
    }
  });

  it('stop a computation past its heap cap with RESOURCE_LIMIT; the process stays up', async () => {
    const workers = new AnalyticsWorkers({ threads: 1, timeBudgetMillis: 120_000, memoryLimitMb: 64 });
    try {
      const error = await workers
        .run(
          { name: 'projectCoCreation', structure: heavyStructure(6000), options: OPTIONS },
          { hint: 'narrow it' },
        )
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ extensions: { code: 'RESOURCE_LIMIT', memoryLimitMb: 64 } });
      const next = await workers.run(
        { name: 'projectCoCreation', structure: heavyStructure(3), options: OPTIONS },
        { hint: '' },
      );
      expect(next.ties.count).toBe(3);
    } finally {
      await workers.close();
    }
  });
});
