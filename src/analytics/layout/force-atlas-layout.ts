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
  /**
   * Barnes-Hut's accuracy (graphology's default 0.5): at 5 000 nodes and 25 000 ties 1.0 halves the
   * layout's time (3.3 -> 1.6 s) and ties come out about as short as with 0.5 (bench/layout-quality.bench.ts).
   */
  barnesHutTheta: 1,
  /** Random positions start in a square of this side; positions are rounded to 1/1000. */
  startSide: 100,
  /**
   * Grouped starts (communities given): each group starts in a disc of about this area per node,
   * the groups on a sunflower spiral, largest in the middle.
   */
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

/** The seeded start of the node at each index: random in a square, or in its group's disc. */
export function startingPositions(input: LayoutInput): (index: number) => { x: number; y: number } {
  const random = seededRandom(input.seed);
  const groups = input.groups;
  if (groups === undefined || groups.length !== input.nodes.length)
    return () => ({ x: random() * LAYOUT_DEFAULTS.startSide, y: random() * LAYOUT_DEFAULTS.startSide });
  // A node without a group is a group of its own.
  const groupOf = (index: number) => groups[index] ?? `alone-${index}`;
  const sizes = new Map<number | string, number>();
  groups.forEach((_, index) => sizes.set(groupOf(index), (sizes.get(groupOf(index)) ?? 0) + 1));
  const discs = new Map<number | string, { x: number; y: number; radius: number }>();
  const unit = Math.sqrt(LAYOUT_DEFAULTS.startAreaPerNode / Math.PI);
  let placed = 0;
  [...sizes].sort(largestFirst).forEach(([group, size], rank) => {
    // The largest disc in the middle; each next one just outside a disc that holds all placed
    // before it (of their total area), turning by the golden angle: discs of very different sizes
    // start apart instead of inside one another.
    const radius = unit * Math.sqrt(size);
    const distance = rank === 0 ? 0 : unit * Math.sqrt(placed) + radius;
    const angle = rank * GOLDEN_ANGLE;
    discs.set(group, { x: distance * Math.cos(angle), y: distance * Math.sin(angle), radius });
    placed += size;
  });
  return (index) => {
    const disc = discs.get(groupOf(index)) as { x: number; y: number; radius: number };
    const angle = random() * 2 * Math.PI;
    const distance = disc.radius * Math.sqrt(random());
    return { x: disc.x + distance * Math.cos(angle), y: disc.y + distance * Math.sin(angle) };
  };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Larger groups first; among equal sizes community numbers in order, then lone nodes (by key). */
function largestFirst([a, sizeA]: [number | string, number], [b, sizeB]: [number | string, number]): number {
  if (sizeA !== sizeB) return sizeB - sizeA;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
