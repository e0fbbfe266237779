import { NetworkLayoutService } from '../../src/analytics/layout/network-layout.service';
import { AnalyticsWorkers } from '../../src/analytics/workers/analytics-workers';

describe('NetworkLayoutService (NetworkNode.x/y through a worker thread)', () => {
  const workers = new AnalyticsWorkers({ threads: 1 });
  afterAll(() => workers.close());

  const spread = (nodes: { id: string; x: number | null; y: number | null; community: number | null }[]) => {
    let [within, across, withinPairs, acrossPairs] = [0, 0, 0, 0];
    for (const [i, p] of nodes.entries())
      for (const q of nodes.slice(i + 1)) {
        const distance = Math.hypot((p.x ?? NaN) - (q.x ?? NaN), (p.y ?? NaN) - (q.y ?? NaN));
        if (p.community === q.community) [within, withinPairs] = [within + distance, withinPairs + 1];
        else [across, acrossPairs] = [across + distance, acrossPairs + 1];
      }
    return within / withinPairs / (across / acrossPairs);
  };
  const network = (community: (index: number) => number | null) =>
    Array.from({ length: 40 }, (_, index) => ({
      id: `n${index}`,
      x: null as number | null,
      y: null as number | null,
      community: community(index),
    }));

  it('starts the members of a community side by side (the nodes carry their communities)', async () => {
    const nodes = network((index) => (index < 20 ? 0 : 1));
    await new NetworkLayoutService(workers).place(nodes, [], 42);
    for (const node of nodes) expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
    expect(spread(nodes)).toBeLessThan(0.75);
  });

  it('starts every node at random when no node has a community (an ego network)', async () => {
    const nodes = network(() => null);
    await new NetworkLayoutService(workers).place(nodes, [], 42);
    const grouped = nodes.map((node, index) => ({ ...node, community: index < 20 ? 0 : 1 }));
    expect(spread(grouped)).toBeGreaterThan(0.75);
  });
});
