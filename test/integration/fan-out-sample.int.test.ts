import { FanOutStatistics } from '../../src/server/limits/fan-out-statistics';
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
