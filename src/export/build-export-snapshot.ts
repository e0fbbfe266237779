import neo4j, { type Driver } from 'neo4j-driver';
import type { AnalyticsContext } from '../analytics/analytics-context';
import type { CoCreationNetwork, EgoNetwork, EvidenceItem, NetworkNode } from '../analytics/analytics.types';
import { CO_CREATION_LIMITS } from '../analytics/co-creation/co-creation.service';
import { EGO_NETWORK_LIMITS } from '../analytics/ego-network/ego-network.service';
import { CONTEXT_KINDS } from '../analytics/network/membership';
import type { TimeWindow } from '../analytics/time-window.input';
import { cypherQuery } from '../db/cypher-query';
import { badUserInput } from '../errors/api-error';
import { ENTITY_TYPES } from '../model/vocabulary';
import { labelOnStored, type StoredNames } from '../shared/names-over-time';
import { fromArray, type ExportEdge, type ExportNode, type NetworkSnapshot } from './network-snapshot';

export type ExportView = 'ego' | 'co-creation' | 'graph';

export interface ExportRequest {
  readonly view: ExportView;
  /** ego: the actor. */
  readonly actor?: string;
  readonly depth?: number;
  readonly maxNodes?: number;
  /** co-creation: at most this many ties. */
  readonly maxEdges?: number;
  /** co-creation: scope key (none = whole graph). */
  readonly scope?: string | null;
  readonly window: TimeWindow;
  /** Compute ForceAtlas2 positions (ego and co-creation views). */
  readonly layout?: boolean;
  readonly seed?: number;
}

export interface ExportSources {
  readonly driver: Driver;
  readonly database?: string;
  readonly analytics: AnalyticsContext;
}

/** Builds what an export writes for the requested view; the whole graph is streamed from Neo4j. */
export async function buildExportSnapshot(
  request: ExportRequest,
  sources: ExportSources,
): Promise<NetworkSnapshot> {
  switch (request.view) {
    case 'ego': {
      if (request.actor === undefined || request.actor === '')
        throw badUserInput('actor', 'the ego view needs an actor key');
      const network = await sources.analytics.egoNetwork.egoNetwork({
        actor: request.actor,
        depth: request.depth ?? EGO_NETWORK_LIMITS.depth.default,
        maxNodes: request.maxNodes ?? EGO_NETWORK_LIMITS.maxNodes.default,
        nodeTypes: null,
        relationTypes: null,
        window: request.window,
        layoutSeed: request.layout === true ? (request.seed ?? CO_CREATION_LIMITS.seed) : null,
      });
      return egoSnapshot(network, request);
    }
    case 'co-creation': {
      const network = await sources.analytics.coCreation.network({
        scope: request.scope ?? null,
        via: [...CONTEXT_KINDS],
        window: request.window,
        maxNodes: request.maxNodes ?? CO_CREATION_LIMITS.maxNodes.default,
        maxEdges: request.maxEdges ?? CO_CREATION_LIMITS.maxEdges.default,
        weighting: CO_CREATION_LIMITS.weighting,
        undated: CO_CREATION_LIMITS.undated,
        minAllianceContexts: CO_CREATION_LIMITS.minAllianceContexts.default,
        seed: request.seed ?? CO_CREATION_LIMITS.seed,
        centralityMethod: CO_CREATION_LIMITS.centralityMethod,
        pivots: CO_CREATION_LIMITS.pivots.default,
        pathLength: CO_CREATION_LIMITS.pathLength,
        withLayout: request.layout === true,
      });
      return coCreationSnapshot(network, request);
    }
    case 'graph':
      if (request.layout === true)
        throw badUserInput(
          'layout',
          'is available for the ego and co-creation views, not for the whole graph',
        );
      return graphSnapshot(request, sources);
    default:
      return unreachable(request.view);
  }
}

/** An edge of an answer as the export formats write it, with the attributes of its view. */
function exportEdge(
  edge: Pick<ExportEdge, 'id' | 'source' | 'target' | 'type' | 'weight'> & {
    readonly firstDate: string | null;
    readonly lastDate: string | null;
  },
  attributes: ExportEdge['attributes'],
): ExportEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    weight: edge.weight,
    attributes,
    start: edge.firstDate,
    end: edge.lastDate,
  };
}

function egoSnapshot(network: EgoNetwork, request: ExportRequest): NetworkSnapshot {
  const nodes: ExportNode[] = network.nodes.map((node) => ({
    id: node.id,
    label: node.label,
    attributes: { type: node.type, sector: node.sector, sectors: node.sectors, degree: node.degree },
    ...positionOf(node),
  }));
  const edges = network.edges.map((edge) => exportEdge(edge, evidenceAttributes(edge.evidence)));
  return {
    title: `egoNetwork ${request.actor ?? ''}`,
    directed: true,
    multigraph: hasParallelEdges(edges),
    nodeAttributes: [
      { id: 'type', type: 'string' },
      { id: 'sector', type: 'string' },
      { id: 'sectors', type: 'strings' },
      { id: 'degree', type: 'integer' },
    ],
    edgeAttributes: EVIDENCE_ATTRIBUTES,
    nodes: fromArray(nodes),
    edges: fromArray(edges),
  };
}

function coCreationSnapshot(network: CoCreationNetwork, request: ExportRequest): NetworkSnapshot {
  const nodes: ExportNode[] = network.nodes.map((node) => ({
    id: node.id,
    label: node.label,
    attributes: {
      type: node.type,
      sector: node.sector,
      sectors: node.sectors,
      degree: node.degree,
      weightedDegree: node.weightedDegree,
      betweenness: node.betweenness,
      closeness: node.closeness,
      pageRank: node.pageRank,
      community: node.community,
    },
    ...positionOf(node),
  }));
  const edges = network.edges.map((edge) =>
    exportEdge(edge, {
      contexts: edge.contexts.map((c) => c.key).join(' '),
      ...evidenceAttributes(edge.evidence),
    }),
  );
  return {
    title: `coCreationNetwork ${request.scope ?? 'whole graph'}`,
    directed: false,
    // One tie per pair of actors.
    multigraph: false,
    nodeAttributes: [
      { id: 'type', type: 'string' },
      { id: 'sector', type: 'string' },
      { id: 'sectors', type: 'strings' },
      { id: 'degree', type: 'integer' },
      { id: 'weightedDegree', type: 'double' },
      { id: 'betweenness', type: 'double' },
      { id: 'closeness', type: 'double' },
      { id: 'pageRank', type: 'double' },
      { id: 'community', type: 'integer' },
    ],
    edgeAttributes: [{ id: 'contexts', type: 'string' }, ...EVIDENCE_ATTRIBUTES],
    nodes: fromArray(nodes),
    edges: fromArray(edges),
  };
}

function graphSnapshot(request: ExportRequest, sources: ExportSources): NetworkSnapshot {
  const stream = async function* <T>(
    query: string,
    params: Record<string, unknown>,
    map: (record: Record<string, unknown>) => T,
  ): AsyncIterable<T> {
    const session = sources.driver.session({
      database: sources.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      // Records are pulled as the writer consumes them: the graph is never held in memory at once.
      for await (const record of session.run(query, params)) yield map(record.toObject());
    } finally {
      await session.close();
    }
  };
  return {
    title: 'quartiersnetz graph',
    directed: true,
    // Streamed, so not known in advance; two entities can be related in several ways.
    multigraph: true,
    nodeAttributes: [
      { id: 'type', type: 'string' },
      { id: 'sector', type: 'string' },
      { id: 'kind', type: 'string' },
    ],
    edgeAttributes: [{ id: 'role', type: 'string' }, { id: 'title', type: 'string' }, ...EVIDENCE_ATTRIBUTES],
    nodes: stream(
      cypherQuery('analytics/graph-nodes'),
      { entityTypes: ENTITY_TYPES, until: request.window.until },
      (r) => ({
        id: r.key as string,
        // The name the entity had at the window's end (an open end: its name).
        label: labelOnStored(r.label as string, r.nameHistory as StoredNames | null, request.window.until),
        attributes: {
          type: r.type as string,
          sector: r.sector as string | null,
          kind: r.kind as string | null,
        },
        start: r.start as string | null,
        end: r.end as string | null,
      }),
    ),
    edges: stream(
      cypherQuery('analytics/graph-edges'),
      { from: request.window.from, until: request.window.until },
      (r) => ({
        id: r.id as string,
        source: r.source as string,
        target: r.target as string,
        type: r.type as string,
        weight: 1,
        attributes: {
          role: r.role as string | null,
          title: r.title as string | null,
          sources: r.sources as string[],
          quotes: r.quotes as string[],
          locators: (r.locators as string[] | null) ?? (r.quotes as string[]).map(() => ''),
        },
        start: r.start as string | null,
        end: r.end as string | null,
      }),
    ),
  };
}

/**
 * Every piece of evidence of an edge, in order: `sources[i]` states `quotes[i]`, or, for a cited
 * source, says where in `locators[i]` ('' in the other list). Lists, so that no quote is lost and each
 * consumer reads them as one (issue 14: exports kept only the first).
 */
const EVIDENCE_ATTRIBUTES = [
  { id: 'sources', type: 'strings' },
  { id: 'quotes', type: 'strings' },
  { id: 'locators', type: 'strings' },
] as const;

function evidenceAttributes(
  evidence: readonly EvidenceItem[],
): Record<'sources' | 'quotes' | 'locators', string[]> {
  return {
    sources: evidence.map((e) => e.sourceKey),
    quotes: evidence.map((e) => e.quote),
    locators: evidence.map((e) => e.locator ?? ''),
  };
}

function hasParallelEdges(edges: readonly ExportEdge[]): boolean {
  const pairs = new Set(edges.map((edge) => `${edge.source}\u0000${edge.target}`));
  return pairs.size < edges.length;
}

/** The position a layout gave a node (NetworkNode.x/y), for the formats that carry one. */
function positionOf(node: NetworkNode): Pick<ExportNode, 'position'> {
  return node.x === null || node.x === undefined || node.y === null || node.y === undefined
    ? {}
    : { position: { x: node.x, y: node.y } };
}

function unreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
