import type { Driver } from 'neo4j-driver';
import { FAN_OUT_DEFAULTS, FanOutStatistics } from '../../src/server/limits/fan-out-statistics';

// When the statistics are read after API writes. The reads themselves run against Neo4j in
// test/integration/fan-out-sample; here a driver whose reads finish when the test says so, and fake
// timers, pin down the schedule (found by a review: a write during a running read was never read).
describe('fan-out statistics: reads after writes', () => {
  let reads: { release: () => void }[];
  let statistics: FanOutStatistics;

  beforeEach(() => {
    jest.useFakeTimers();
    reads = [];
    const driver = {
      executeQuery: () => new Promise((resolve) => reads.push({ release: () => resolve({ records: [] }) })),
    } as unknown as Driver;
    statistics = new FanOutStatistics({
      driver,
      database: undefined,
      fields: [{ type: 'Probe', field: 'probes', relationship: 'PROBE', direction: 'OUT' }],
    });
  });

  afterEach(() => {
    statistics.close();
    jest.useRealTimers();
  });

  const settle = () => jest.advanceTimersByTimeAsync(0);

  it('reads once for the writes of one interval, after the interval', async () => {
    for (let i = 0; i < 10; i++) {
      statistics.refreshAfterWrite();
      await jest.advanceTimersByTimeAsync(FAN_OUT_DEFAULTS.afterWriteMillis / 20);
    }
    expect(reads).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(FAN_OUT_DEFAULTS.afterWriteMillis);
    expect(reads).toHaveLength(1);
  });

  it('reads again after a running read, which may have passed the written nodes', async () => {
    statistics.refreshAfterWrite();
    await jest.advanceTimersByTimeAsync(FAN_OUT_DEFAULTS.afterWriteMillis);
    expect(reads).toHaveLength(1);
    // A write commits while that read runs; its interval ends before the read does.
    statistics.refreshAfterWrite();
    await jest.advanceTimersByTimeAsync(FAN_OUT_DEFAULTS.afterWriteMillis);
    expect(reads).toHaveLength(1);
    reads[0]?.release();
    await settle();
    expect(reads).toHaveLength(2);
    reads[1]?.release();
    await settle();
    await jest.advanceTimersByTimeAsync(FAN_OUT_DEFAULTS.afterWriteMillis * 2);
    expect(reads).toHaveLength(2);
  });

  it('schedules nothing once closed, also for a write during the drain', async () => {
    statistics.refreshAfterWrite();
    statistics.close();
    statistics.refreshAfterWrite();
    await jest.advanceTimersByTimeAsync(FAN_OUT_DEFAULTS.afterWriteMillis * 2);
    expect(reads).toHaveLength(0);
  });
});
