// API answers (egoNetwork, coCreationNetwork) as a graphology MultiDirectedGraph, the graph sigma.js
// draws: parallel edges are kept (two relations between the same pair are two edges), each with its
// evidence. Node and edge attributes for drawing are set by the view (network-view.ts) from the state.
import { MultiDirectedGraph } from 'graphology';
import { seededRandom } from '../../src/shared/seeded-rng';
import { shapeOf } from './labels';

export interface Evidence {
  relationType: string;
  sourceKey: string;
  sourceTitle: string;
  quote: string;
  /** QUOTE: checked against the source text; CITATION: a place in a cited document (locator). */
  kind: 'QUOTE' | 'CITATION';
  locator: string | null;
  actorKey?: string | null;
}

export interface ApiNode {
  id: string;
  label: string;
  type: string;
  sector?: string | null;
  sectors: string[];
  degree: number;
  weightedDegree?: number | null;
  betweenness?: number | null;
  community?: number | null;
  /** The API's seeded ForceAtlas2 position (co-creation overview); null when not asked for. */
  x?: number | null;
  y?: number | null;
}

export interface ApiEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  evidence: Evidence[];
}

export interface NodeData extends Omit<ApiNode, 'type'> {
  /** Entity type of the API (type is sigma's program name: the node's shape). */
  entityType: string;
  type: string;
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** The full name; label may be shortened for drawing. */
  name: string;
  forceLabel?: boolean;
  highlighted?: boolean;
  zIndex?: number;
}

export interface EdgeData extends ApiEdge {
  /** Relation type of the API (type is sigma's program name). */
  relation: string;
  size: number;
  color: string;
  label?: string;
}

export type NetworkGraph = MultiDirectedGraph<NodeData, EdgeData>;

/** Whether the API laid the answer out (every node has x and y), so the page need not. */
export function isLaidOut(answer: { nodes: readonly ApiNode[] }): boolean {
  return (
    answer.nodes.length > 0 &&
    answer.nodes.every((node) => typeof node.x === 'number' && typeof node.y === 'number')
  );
}

/** A new graph of the answer; nodes drawn in `previous` keep their place (a new year or depth). */
export function buildNetworkGraph(
  answer: { nodes: readonly ApiNode[]; edges: readonly ApiEdge[] },
  previous?: NetworkGraph,
): NetworkGraph {
  const graph: NetworkGraph = new MultiDirectedGraph();
  addToNetworkGraph(graph, answer, previous);
  return graph;
}

/**
 * Adds what the graph lacks of an answer (an expanded neighbourhood): existing nodes and edges stay
 * as they are. New nodes are placed from the API's position, their place in `previous`, or a seeded
 * random point, so the same answer starts from the same picture.
 */
export function addToNetworkGraph(
  graph: NetworkGraph,
  answer: { nodes: readonly ApiNode[]; edges: readonly ApiEdge[] },
  previous: NetworkGraph = graph,
): void {
  const random = seededRandom(answer.nodes.length * 7919 + answer.edges.length);
  const radius = Math.sqrt(answer.nodes.length) * 10;
  for (const node of answer.nodes) {
    const angle = random() * 2 * Math.PI;
    const distance = radius * Math.sqrt(random());
    if (graph.hasNode(node.id)) continue;
    const before = previous.hasNode(node.id) ? previous.getNodeAttributes(node.id) : undefined;
    graph.addNode(node.id, {
      ...node,
      entityType: node.type,
      type: shapeOf(node.type),
      name: node.label,
      x: before?.x ?? node.x ?? distance * Math.cos(angle),
      y: before?.y ?? node.y ?? distance * Math.sin(angle),
      size: 5,
      color: '#999',
    });
  }
  for (const edge of answer.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.id)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      ...edge,
      relation: edge.type,
      size: 1,
      color: '#bbb',
    });
  }
}

/**
 * Each community named by its most central members (highest weighted degree, then betweenness):
 * "community 3" says nothing, "around BBSR, DV" does.
 */
export function communityMembers(graph: NetworkGraph, perCommunity = 2): Map<number, string[]> {
  const byCommunity = new Map<number, { name: string; rank: number; tie: number }[]>();
  graph.forEachNode((_, node) => {
    if (node.community === null || node.community === undefined) return;
    const list = byCommunity.get(node.community) ?? [];
    list.push({
      name: shortName(node.name),
      rank: node.weightedDegree ?? node.degree,
      tie: node.betweenness ?? 0,
    });
    byCommunity.set(node.community, list);
  });
  const named = new Map<number, string[]>();
  for (const [community, members] of byCommunity) {
    members.sort((a, b) => b.rank - a.rank || b.tie - a.tie || a.name.localeCompare(b.name));
    named.set(
      community,
      members.slice(0, perCommunity).map((m) => m.name),
    );
  }
  return named;
}

/** Long official names shortened for labels; the side panel shows the full name. */
export function shortName(name: string, max = 32): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}
