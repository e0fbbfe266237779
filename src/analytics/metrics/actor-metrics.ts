import type Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import modularity from 'graphology-metrics/graph/modularity';
import louvain from 'graphology-communities-louvain';
import { DEFAULT_SEED, seededRandom } from '../../shared/seeded-rng';
import {
  shortestPathCentralities,
  type CentralityOptions,
  type ShortestPathCentralities,
} from './shortest-path-centrality';
import { sectorMix, type SectorMix } from './sector-mix';

export interface ActorMetrics {
  readonly degree: number;
  readonly weightedDegree: number;
  /**
   * Normalised betweenness centrality (Brandes 2001): how often the actor lies on shortest paths between
   * others, a tie's length 1 / weight by default (see PathLength). Exact or sampled: see
   * {@link NetworkMetrics.centrality}.
   */
  readonly betweenness: number;
  /** Closeness centrality over the same lengths (Wasserman-Faust variant, for disconnected graphs). */
  readonly closeness: number;
  /** Weighted PageRank (alpha 0.85), converged to an L1 change below nodes × 1e-12. */
  readonly pageRank: number;
  /** Louvain community (Blondel et al. 2008), numbered from 0 by size. */
  readonly community: number;
  /** Number of distinct sectors among the actor and its neighbours. */
  readonly sectorSpan: number;
  /** Participation coefficient (Guimerà & Amaral 2005): 0 = all ties inside its community, towards 1 = spread over many. */
  readonly participation: number;
  readonly sectorMix: SectorMix;
}

export interface NetworkMetricsOptions {
  /** Seed of the Louvain algorithm's random order. Default DEFAULT_SEED. */
  readonly seed?: number;
  /** Louvain resolution. Default 1. */
  readonly resolution?: number;
  /** Exact or sampled betweenness and closeness (the seed above also seeds the pivots). */
  readonly centrality?: Omit<CentralityOptions, 'seed'>;
}

export interface NetworkMetrics {
  readonly actors: ReadonlyMap<string, ActorMetrics>;
  /** Modularity of the Louvain partition (weighted), or null for a graph without ties. */
  readonly modularity: number | null;
  readonly communityCount: number;
  /** How betweenness and closeness were computed (exact, or sampled with an error bound). */
  readonly centrality: Omit<ShortestPathCentralities, 'betweenness' | 'closeness'>;
}

/** What the metrics need of a network: actors with their sectors (empty: unknown), ties with a strength. */
export type MetricsGraph = Graph<{ sectors: readonly string[] }, { weight: number }>;

export const NETWORK_METRICS_DEFAULTS = { seed: DEFAULT_SEED, resolution: 1 } as const;
/**
 * PageRank's power iteration stops when the L1 change is below nodes × tolerance (networkx's rule).
 * graphology's 1e-6 left values 1e-7 from the fixed point; at 1e-12 they agree with networkx to 1e-9
 * (test/e2e/reference-metrics.e2e.test.ts), some 170 iterations, nothing next to the path counting.
 */
const PAGERANK = { alpha: 0.85, tolerance: 1e-12, maxIterations: 1000 } as const;
const DEFAULTS = NETWORK_METRICS_DEFAULTS;

/** Per-actor centralities, Louvain communities and co-creation measures of a co-creation graph. */
export function computeNetworkMetrics(
  graph: MetricsGraph,
  options: NetworkMetricsOptions = {},
): NetworkMetrics {
  const seed = options.seed ?? DEFAULTS.seed;
  const resolution = options.resolution ?? DEFAULTS.resolution;
  const hasTies = graph.size > 0;

  const paths = shortestPathCentralities(graph, { ...options.centrality, seed });
  const { betweenness, closeness, ...centrality } = paths;
  const ranks = hasTies ? pagerank(graph, { getEdgeWeight: 'weight', ...PAGERANK }) : {};
  const rawCommunities: Record<string, number> = hasTies
    ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed), resolution })
    : Object.fromEntries(graph.nodes().map((node, index) => [node, index]));
  const communities = renumberBySize(rawCommunities);
  const networkModularity = hasTies
    ? modularity(graph, {
        getNodeCommunity: (node: string) => communities[node] ?? 0,
        getEdgeWeight: 'weight',
        resolution,
      })
    : null;

  const actors = new Map<string, ActorMetrics>();
  graph.forEachNode((node, attributes) => {
    const sectors = new Set<string>(attributes.sectors);
    const weightByCommunity = new Map<number, number>();
    let weightedDegree = 0;
    const ties: [readonly string[], readonly string[]][] = [];
    graph.forEachNeighbor(node, (neighbor, neighborAttributes) => {
      const weight = graph.getEdgeAttribute(node, neighbor, 'weight');
      weightedDegree += weight;
      for (const sector of neighborAttributes.sectors) sectors.add(sector);
      const community = communities[neighbor] ?? -1;
      weightByCommunity.set(community, (weightByCommunity.get(community) ?? 0) + weight);
      ties.push([attributes.sectors, neighborAttributes.sectors]);
    });
    let participation = 0;
    if (weightedDegree > 0) {
      participation =
        1 - [...weightByCommunity.values()].reduce((sum, w) => sum + (w / weightedDegree) ** 2, 0);
    }
    actors.set(node, {
      degree: graph.degree(node),
      weightedDegree,
      betweenness: betweenness[node] ?? 0,
      closeness: closeness[node] ?? 0,
      pageRank: ranks[node] ?? (graph.order === 0 ? 0 : 1 / graph.order),
      community: communities[node] ?? 0,
      sectorSpan: sectors.size,
      participation,
      sectorMix: sectorMix(ties),
    });
  });
  return {
    actors,
    modularity: networkModularity,
    communityCount: new Set(Object.values(communities)).size,
    centrality,
  };
}

/** Renumbers communities 0, 1, ... from the largest down (ties broken by smallest member key), for stable output. */
function renumberBySize(communities: Record<string, number>): Record<string, number> {
  const members = new Map<number, string[]>();
  for (const [node, community] of Object.entries(communities))
    members.set(community, [...(members.get(community) ?? []), node]);
  const order = [...members.entries()]
    .map(([community, nodes]) => ({ community, size: nodes.length, first: nodes.sort()[0] ?? '' }))
    .sort((a, b) => b.size - a.size || a.first.localeCompare(b.first));
  const renumber = new Map(order.map((entry, index) => [entry.community, index]));
  return Object.fromEntries(
    Object.entries(communities).map(([node, community]) => [node, renumber.get(community) ?? 0]),
  );
}
