import { FAN_OUT_DEFAULTS, FanOutStatistics } from '../../src/server/limits/fan-out-statistics';
import { useTestDatabase } from '../utils/test-database';

// Issue 12: the cost limit's fan-out statistics read the first 1000 nodes of a type in store order,
// the oldest ones: a type whose first thousand nodes have no such relationship looked empty, however
// many the later ones had. The sample is now uniform over the type.
describe('fan-out statistics sample the whole type', () => {
  const db = useTestDatabase();
  const LABEL = 'QnFanOutProbe';

  it('sees the relationships of the nodes created after the first thousand', async () => {
    // 1500 old nodes without the relationship, then 1500 new ones with 4 each.
    await db.driver.executeQuery(`UNWIND range(1, 1500) AS i CREATE (:${LABEL} {i: i})`);
    await db.driver.executeQuery(
      `UNWIND range(1501, 3000) AS i CREATE (n:${LABEL} {i: i}) WITH n UNWIND range(1, 4) AS j CREATE (n)-[:QN_FAN_OUT_PROBE]->(:QnFanOutLeaf)`,
    );
    try {
      const statistics = new FanOutStatistics({
        driver: db.driver,
        database: undefined,
        fields: [{ type: LABEL, field: 'probes', relationship: 'QN_FAN_OUT_PROBE', direction: 'OUT' }],
      });
      await statistics.refresh();
      const fanOut = statistics.estimate(LABEL, 'probes');
      // Half the nodes have 4: the mean is about 2 and the 95th percentile 4 (the first 1000 said 0 and 0).
      expect(fanOut?.p95).toBe(4);
      expect(fanOut?.mean).toBeGreaterThan(1.5);
      expect(fanOut?.mean).toBeLessThan(2.5);
    } finally {
      await db.driver.executeQuery(`MATCH (n:${LABEL}|QnFanOutLeaf) DETACH DELETE n`);
    }
  });
});

// Every write committed through the API re-read the statistics of every node type at once: a scan per
// type for each single edit (the mutation fuzzer's 2000 edits caused hundreds of reads). Writes now
// schedule one read a little later, whatever follows in that time.
describe('fan-out statistics after writes', () => {
  const db = useTestDatabase();
  const LABEL = 'QnFanOutAfterWrite';

  it('reads once or twice for five writes in half a second, and sees what they wrote', async () => {
    const statistics = new FanOutStatistics({
      driver: db.driver,
      database: undefined,
      fields: [{ type: LABEL, field: 'probes', relationship: 'QN_FAN_OUT_AFTER_WRITE', direction: 'OUT' }],
    });
    const reads = jest.spyOn(db.driver, 'executeQuery');
    try {
      for (let i = 0; i < 5; i++) {
        await db.driver.executeQuery(
          `CREATE (n:${LABEL}) WITH n UNWIND range(1, 3) AS j CREATE (n)-[:QN_FAN_OUT_AFTER_WRITE]->(:QnFanOutLeaf)`,
        );
        statistics.refreshAfterWrite();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // The schedule itself is pinned with fake timers in test/unit/fan-out-refresh; here the read
      // against Neo4j sees the writes. On a slow machine the interval may end inside the loop: two reads.
      const deadline = Date.now() + FAN_OUT_DEFAULTS.afterWriteMillis + 20_000;
      while (statistics.estimate(LABEL, 'probes')?.mean !== 3 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(statistics.estimate(LABEL, 'probes')).toEqual({ mean: 3, p95: 3 });
      const statisticsReads = reads.mock.calls.filter(([query]) => !String(query).startsWith('CREATE'));
      expect(statisticsReads.length).toBeGreaterThanOrEqual(1);
      expect(statisticsReads.length).toBeLessThanOrEqual(2);
    } finally {
      reads.mockRestore();
      statistics.close();
      await db.driver.executeQuery(`MATCH (n:${LABEL}|QnFanOutLeaf) DETACH DELETE n`);
    }
  });
});
