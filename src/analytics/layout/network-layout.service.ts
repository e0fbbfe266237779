import type { NetworkEdge, NetworkNode } from '../analytics.types';
import type { AnalyticsWorkers } from '../workers/analytics-workers';

const NARROWING = { hint: 'lower maxNodes, or lay out fewer nodes' } as const;

/**
 * Positions for a drawable network (NetworkNode.x/y, exports with layout=true): seeded ForceAtlas2 in a
 * worker thread, within the analytics time budget, so a front end needs no layout of its own.
 */
export class NetworkLayoutService {
  constructor(private readonly workers: AnalyticsWorkers) {}

  /** Sets x and y of every node (in place); the nodes of a community start side by side. */
  async place(
    nodes: Pick<NetworkNode, 'id' | 'x' | 'y' | 'community'>[],
    edges: readonly Pick<NetworkEdge, 'source' | 'target' | 'weight'>[],
    seed: number,
  ): Promise<void> {
    const positions = await this.workers.run(
      {
        name: 'forceAtlasLayout',
        nodes: nodes.map((node) => node.id),
        groups: nodes.some((node) => typeof node.community === 'number')
          ? nodes.map((node) => node.community ?? null)
          : undefined,
        edges: edges.map((edge) => [edge.source, edge.target, edge.weight] as const),
        seed,
      },
      NARROWING,
    );
    for (const node of nodes) {
      node.x = positions[node.id]?.x ?? null;
      node.y = positions[node.id]?.y ?? null;
    }
  }
}
