import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from '../../shared/seeded-rng';
import { groupedStart } from './grouped-start';

/** Defaults of the drawn layout (docs/analytics.md, "Positions"). */
export const LAYOUT_DEFAULTS = {
  /** FA2 iterations: enough for a few hundred nodes to settle. */
  iterations: 200,
  /** Above this many nodes fewer iterations (graphology's settings approximate repulsion above 2000). */
  largeNetwork: 1000,
  largeIterations: 100,
  /**
   * Barnes-Hut's accuracy (graphology's default 0.5): at 5 000 nodes and 25 000 ties 1.0 halves the
   * layout's time (3.0 -> 1.3 s) and ties come out about as short as with 0.5 (bench/layout-quality.bench.ts).
   */
  barnesHutTheta: 1,
  /** Random positions start in a square of this side; positions are rounded to 1/1000. */
  startSide: 100,
  /** Grouped starts (communities given, grouped-start.ts): the area of a group's disc per node. */
  startAreaPerNode: 100,
} as const;

/** What a layout needs of a network (structured-cloneable: it crosses to a worker thread). */
export interface LayoutInput {
  readonly nodes: readonly string[];
  /** [source, target, weight]; ends outside `nodes` are skipped. */
  readonly edges: readonly (readonly [string, string, number])[];
  readonly seed: number;
  /**
   * The group of each node, aligned with `nodes` (co-creation communities), or absent. Nodes of a
   * group start side by side, so ForceAtlas2 separates communities in its first iterations instead
   * of untangling a random start: at 5 000 nodes, 100 iterations then draw ties shorter and
   * communities tighter than from a random start (bench/layout-quality.bench.ts).
   */
  readonly groups?: readonly (number | null)[];
}

export type Positions = Record<string, { readonly x: number; readonly y: number }>;

/** What a caller may set other than LAYOUT_DEFAULTS (the layout benchmark compares settings). */
export interface LayoutOptions {
  readonly barnesHutTheta?: number;
  readonly largeIterations?: number;
  /** Start every node at random even when groups are given. */
  readonly ignoreGroups?: boolean;
}

/**
 * ForceAtlas2 (Jacomy et al. 2014, graphology's inferred settings: Barnes-Hut above 2000 nodes)
 * from seeded starting positions: the same network, groups and seed give the same drawing. CPU-bound
 * (seconds at 5000 nodes), so the API runs it in a worker thread.
 */
export function forceAtlasLayout(input: LayoutInput, options: LayoutOptions = {}): Positions {
  const settings = { ...LAYOUT_DEFAULTS, ...options };
  const graph = new Graph({ multi: true, type: 'mixed' });
  const start = startingPositions(options.ignoreGroups === true ? { ...input, groups: undefined } : input);
  input.nodes.forEach((node, index) => {
    if (!graph.hasNode(node)) graph.addNode(node, start(index));
  });
  for (const [source, target, weight] of input.edges)
    if (graph.hasNode(source) && graph.hasNode(target)) graph.addEdge(source, target, { weight });
  if (graph.order > 1) {
    const iterations = graph.order > settings.largeNetwork ? settings.largeIterations : settings.iterations;
    forceAtlas2.assign(graph, {
      iterations,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutTheta: settings.barnesHutTheta },
    });
  }
  const positions: Positions = {};
  graph.forEachNode((node, attributes) => {
    positions[node] = { x: round(attributes.x as number), y: round(attributes.y as number) };
  });
  return positions;
}

/** The seeded start of the node at each index: random in a square, or grouped (grouped-start.ts). */
export function startingPositions(input: LayoutInput): (index: number) => { x: number; y: number } {
  const random = seededRandom(input.seed);
  const square = () => ({
    x: random() * LAYOUT_DEFAULTS.startSide,
    y: random() * LAYOUT_DEFAULTS.startSide,
  });
  if (input.groups === undefined || input.groups.length !== input.nodes.length) return square;
  return groupedStart(input.groups, input.seed, LAYOUT_DEFAULTS.startAreaPerNode) ?? square;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
