import { readQueryConfig, type QueryTarget } from '../../db/read-query-config';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypherQuery } from '../../db/cypher-query';
import { apiError } from '../../errors/api-error';
import { ErrorCode } from '../../errors/error-codes';
import type { EgoNetwork, NetworkEdge, NetworkNode } from '../analytics.types';
import { fetchEntityNodes } from '../network/entity-nodes';
import { evidenceItems } from '../network/present-network';
import type { TimeWindow } from '../time-window.input';
import { requireEntityTypes, requireRelationTypes, requireWithinCap } from '../validate-arguments';

export const EGO_NETWORK_LIMITS = {
  depth: { default: 1, cap: 3 },
  maxNodes: { default: 100, cap: 1000 },
} as const;

export interface EgoNetworkRequest {
  readonly actor: string;
  readonly depth: number;
  readonly maxNodes: number;
  readonly nodeTypes: readonly string[] | null;
  readonly relationTypes: readonly string[] | null;
  readonly window: TimeWindow;
}

/** The neighbourhood of an actor up to `depth` hops, breadth first: one Cypher round trip per hop. */
export class EgoNetworkService {
  constructor(private readonly options: { driver: Driver } & QueryTarget) {}

  async egoNetwork(request: EgoNetworkRequest): Promise<EgoNetwork> {
    validate(request);
    const nodes = new Map<string, number>([[request.actor, 0]]);
    const edges = new Map<string, NetworkEdge>();
    let frontier = [request.actor];
    let truncated = false;
    const root = await this.nodeData([request.actor]);
    if (
      root.length === 0 ||
      root[0]?.type === undefined ||
      !['Organisation', 'Person'].includes(root[0].type)
    ) {
      throw apiError(ErrorCode.NOT_FOUND, `No actor with key "${request.actor}".`, { argument: 'actor' });
    }
    for (let depth = 1; depth <= request.depth && frontier.length > 0 && !truncated; depth++) {
      const result = await this.options.driver.executeQuery(
        cypherQuery('analytics/expand-frontier'),
        {
          frontier,
          relationTypes: request.relationTypes,
          nodeTypes: request.nodeTypes,
          from: request.window.from,
          until: request.window.until,
          budget: neo4j.int(request.maxNodes * 20),
        },
        readQueryConfig(this.options),
      );
      const next: string[] = [];
      for (const record of result.records) {
        const neighbour = record.get('neighbour') as string;
        if (!nodes.has(neighbour)) {
          if (nodes.size >= request.maxNodes) {
            truncated = true;
            continue;
          }
          nodes.set(neighbour, depth);
          next.push(neighbour);
        }
        const id = record.get('id') as string;
        if (!edges.has(id)) {
          edges.set(id, {
            id,
            source: record.get('source') as string,
            target: record.get('target') as string,
            type: record.get('type') as string,
            weight: 1,
            firstDate: record.get('validFrom') as string | null,
            lastDate: record.get('validTo') as string | null,
            contexts: [],
            evidence: evidenceItems([
              {
                type: record.get('type') as string,
                sources: record.get('sources') as string[],
                sourceTitles: record.get('sourceTitles') as string[],
                quotes: record.get('quotes') as string[],
              },
            ]),
          });
        }
      }
      frontier = next;
    }
    const keptEdges = [...edges.values()].filter((edge) => nodes.has(edge.source) && nodes.has(edge.target));
    const degree = new Map<string, number>();
    for (const edge of keptEdges)
      for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const data = await this.nodeData([...nodes.keys()]);
    return {
      nodes: data
        .map((node) => ({ ...node, degree: degree.get(node.key) ?? 0 }))
        .sort((a, b) => (nodes.get(a.key) ?? 0) - (nodes.get(b.key) ?? 0) || a.key.localeCompare(b.key)),
      edges: keptEdges.sort((a, b) => a.id.localeCompare(b.id)),
      truncated,
    };
  }

  private nodeData(keys: readonly string[]): Promise<NetworkNode[]> {
    return fetchEntityNodes(this.options, keys);
  }
}

function validate(request: EgoNetworkRequest): void {
  requireWithinCap('depth', request.depth, EGO_NETWORK_LIMITS.depth.cap);
  requireWithinCap('maxNodes', request.maxNodes, EGO_NETWORK_LIMITS.maxNodes.cap);
  requireEntityTypes('nodeTypes', request.nodeTypes);
  requireRelationTypes('relationTypes', request.relationTypes);
}
