import { readQueryConfig, type QueryTarget } from '../../db/read-query-config';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypherQuery } from '../../db/cypher-query';
import { apiError } from '../../errors/api-error';
import { ErrorCode } from '../../errors/error-codes';
import type { EgoHop, EgoNetwork, NetworkEdge, NetworkNode } from '../analytics.types';
import type { NetworkLayoutService } from '../layout/network-layout.service';
import { fetchEntityNodes } from '../network/entity-nodes';
import { evidenceItems } from '../network/present-network';
import type { TimeWindow } from '../time-window.input';
import { requireEntityTypes, requireRelationTypes, requireWithinCap } from '../../shared/validate-arguments';

export const EGO_NETWORK_LIMITS = {
  depth: { default: 1, cap: 3 },
  maxNodes: { default: 100, cap: 1000 },
  /** Neighbours ranked per hop at most (a depth-3 hop from a hub can reach most of the graph). */
  scanPerHop: 50_000,
} as const;

interface FrontierRelationship {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly sources: string[];
  readonly sourceTitles: string[];
  readonly quotes: string[];
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

export interface EgoNetworkRequest {
  readonly actor: string;
  readonly depth: number;
  readonly maxNodes: number;
  readonly nodeTypes: readonly string[] | null;
  readonly relationTypes: readonly string[] | null;
  readonly window: TimeWindow;
  /** Lay the answer out (NetworkNode.x/y) with this seed; null or absent: no positions. */
  readonly layoutSeed?: number | null;
}

/**
 * The neighbourhood of an actor up to `depth` hops, breadth first: one Cypher round trip per hop.
 * When maxNodes does not leave room for every neighbour of a hop, the strongest (most relationships
 * with the frontier) and then the most recent are kept, and the hop says how many were left out.
 */
export class EgoNetworkService {
  constructor(
    private readonly options: { driver: Driver } & QueryTarget & { layout: NetworkLayoutService },
  ) {}

  async egoNetwork(request: EgoNetworkRequest): Promise<EgoNetwork> {
    validate(request);
    const nodes = new Map<string, number>([[request.actor, 0]]);
    const edges = new Map<string, NetworkEdge>();
    let frontier = [request.actor];
    let truncated = false;
    const root = await this.nodeData([request.actor], request.window);
    // The centre may be any entity: an actor, or an event, project or topic with everyone around it.
    if (root.length === 0 || root[0]?.type === undefined) {
      throw apiError(ErrorCode.NOT_FOUND, `No entity with key "${request.actor}".`, { argument: 'actor' });
    }
    const hops: EgoHop[] = [];
    for (let depth = 1; depth <= request.depth && frontier.length > 0; depth++) {
      const result = await this.options.driver.executeQuery(
        cypherQuery('analytics/expand-frontier'),
        {
          frontier,
          known: [...nodes.keys()],
          room: neo4j.int(request.maxNodes - nodes.size),
          scan: neo4j.int(EGO_NETWORK_LIMITS.scanPerHop),
          relationTypes: request.relationTypes,
          nodeTypes: request.nodeTypes,
          from: request.window.from,
          until: request.window.until,
        },
        readQueryConfig(this.options),
      );
      const record = result.records[0];
      const found = Number(record?.get('found') ?? 0);
      const neighbours = (record?.get('neighbours') ?? []) as {
        neighbour: string;
        relationships: FrontierRelationship[];
      }[];
      const next: string[] = [];
      for (const { neighbour, relationships } of neighbours) {
        if (!nodes.has(neighbour)) {
          nodes.set(neighbour, depth);
          next.push(neighbour);
        }
        for (const relationship of relationships) {
          if (edges.has(relationship.id)) continue;
          edges.set(relationship.id, {
            id: relationship.id,
            source: relationship.source,
            target: relationship.target,
            type: relationship.type,
            weight: 1,
            firstDate: relationship.validFrom,
            lastDate: relationship.validTo,
            contexts: [],
            evidence: evidenceItems([relationship]),
          });
        }
      }
      hops.push({ depth, found, kept: next.length, omitted: found - next.length });
      if (found > next.length) truncated = true;
      frontier = next;
    }
    const keptEdges = [...edges.values()].filter((edge) => nodes.has(edge.source) && nodes.has(edge.target));
    const degree = new Map<string, number>();
    for (const edge of keptEdges)
      for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const data = await this.nodeData([...nodes.keys()], request.window);
    const network = {
      nodes: data
        .map((node) => ({ ...node, degree: degree.get(node.key) ?? 0 }))
        .sort((a, b) => (nodes.get(a.key) ?? 0) - (nodes.get(b.key) ?? 0) || a.key.localeCompare(b.key)),
      edges: keptEdges.sort((a, b) => a.id.localeCompare(b.id)),
      truncated,
      hops,
    };
    if (request.layoutSeed !== null && request.layoutSeed !== undefined)
      await this.options.layout.place(network.nodes, network.edges, request.layoutSeed);
    return network;
  }

  private nodeData(keys: readonly string[], window: TimeWindow): Promise<NetworkNode[]> {
    return fetchEntityNodes(this.options, keys, window);
  }
}

function validate(request: EgoNetworkRequest): void {
  requireWithinCap('depth', request.depth, EGO_NETWORK_LIMITS.depth.cap);
  requireWithinCap('maxNodes', request.maxNodes, EGO_NETWORK_LIMITS.maxNodes.cap);
  requireEntityTypes('nodeTypes', request.nodeTypes);
  requireRelationTypes('relationTypes', request.relationTypes);
}
