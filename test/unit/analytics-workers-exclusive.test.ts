import { AnalyticsWorkers } from '../../src/analytics/workers/analytics-workers';

describe('whole computations run at most `threads` at once (issue 13)', () => {
  it('runs them one after another with one thread, and refuses past maxQueue with RESOURCE_LIMIT', async () => {
    const workers = new AnalyticsWorkers({ threads: 1, maxQueue: 2 });
    try {
      let running = 0;
      let most = 0;
      const order: number[] = [];
      const computation = (id: number) => async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push(id);
        running -= 1;
        return id;
      };
      const first = workers.exclusive(computation(1));
      const second = workers.exclusive(computation(2));
      const third = workers.exclusive(computation(3));
      await expect(workers.exclusive(computation(4))).rejects.toMatchObject({
        extensions: { code: 'RESOURCE_LIMIT', maxQueue: 2 },
      });
      expect(await Promise.all([first, second, third])).toEqual([1, 2, 3]);
      expect(order).toEqual([1, 2, 3]);
      expect(most).toBe(1);
      // The queue drained: a new computation is taken again.
      expect(await workers.exclusive(computation(5))).toBe(5);
    } finally {
      await workers.close();
    }
  });

  it('counts the wait for a turn against the time budget: TIMEOUT, and the work is skipped', async () => {
    const workers = new AnalyticsWorkers({ threads: 1, timeBudgetMillis: 50 });
    try {
      let ran = false;
      const long = workers.exclusive(() => new Promise((resolve) => setTimeout(() => resolve('long'), 200)));
      await expect(
        workers.exclusive(async () => {
          ran = true;
          return 'late';
        }),
      ).rejects.toMatchObject({ extensions: { code: 'TIMEOUT', budgetMillis: 50 } });
      expect(await long).toBe('long');
      await new Promise((resolve) => setImmediate(resolve));
      expect(ran).toBe(false);
    } finally {
      await workers.close();
    }
  });

  it('starts nothing once closed (SIGTERM): computations and tasks are SERVICE_UNAVAILABLE, close is idempotent', async () => {
    const workers = new AnalyticsWorkers({ threads: 1 });
    // A task runs first, so a thread exists that close() has to stop.
    const positions = await workers.run(
      { name: 'forceAtlasLayout', nodes: ['a', 'b'], edges: [['a', 'b', 1]], seed: 1 },
      { hint: 'h' },
    );
    expect(Object.keys(positions).sort()).toEqual(['a', 'b']);
    await Promise.all([workers.close(), workers.close()]);
    let ran = false;
    await expect(
      workers.exclusive(async () => {
        ran = true;
      }),
    ).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(ran).toBe(false);
    await expect(
      workers.run({ name: 'forceAtlasLayout', nodes: ['a'], edges: [], seed: 1 }, { hint: 'h' }),
    ).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    await workers.close();
  });
});
