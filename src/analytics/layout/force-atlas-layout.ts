import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from '../../shared/seeded-rng';

/** Defaults of the drawn layout (docs/analytics.md, "Positions"). */
export const LAYOUT_DEFAULTS = {
  /** FA2 iterations: enough for a few hundred nodes to settle. */
  iterations: 200,
  /** Above this many nodes fewer iterations (graphology's settings approximate repulsion above 2000). */
  largeNetwork: 1000,
  largeIterations: 100,
  /** Positions start in a square of this side and are rounded to 1/1000. */
  startSide: 100,
} as const;

/** What a layout needs of a network (structured-cloneable: it crosses to a worker thread). */
export interface LayoutInput {
  readonly nodes: readonly string[];
  /** [source, target, weight]; ends outside `nodes` are skipped. */
  readonly edges: readonly (readonly [string, string, number])[];
  readonly seed: number;
}

export type Positions = Record<string, { readonly x: number; readonly y: number }>;

/**
 * ForceAtlas2 (Jacomy et al. 2014, graphology's inferred settings: Barnes-Hut above 2000 nodes)
 * from seeded random starting positions: the same network and seed give the same drawing. CPU-bound
 * (seconds at 5000 nodes), so the API runs it in a worker thread.
 */
export function forceAtlasLayout(input: LayoutInput): Positions {
  const graph = new Graph({ multi: true, type: 'mixed' });
  const random = seededRandom(input.seed);
  for (const node of input.nodes)
    if (!graph.hasNode(node))
      graph.addNode(node, {
        x: random() * LAYOUT_DEFAULTS.startSide,
        y: random() * LAYOUT_DEFAULTS.startSide,
      });
  for (const [source, target, weight] of input.edges)
    if (graph.hasNode(source) && graph.hasNode(target)) graph.addEdge(source, target, { weight });
  if (graph.order > 1) {
    const iterations =
      graph.order > LAYOUT_DEFAULTS.largeNetwork
        ? LAYOUT_DEFAULTS.largeIterations
        : LAYOUT_DEFAULTS.iterations;
    forceAtlas2.assign(graph, { iterations, settings: forceAtlas2.inferSettings(graph) });
  }
  const positions: Positions = {};
  graph.forEachNode((node, attributes) => {
    positions[node] = { x: round(attributes.x as number), y: round(attributes.y as number) };
  });
  return positions;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
