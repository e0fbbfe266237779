import { subgraph } from 'graphology-operators';
import { apiError, badUserInput } from '../../errors/api-error';
import { ErrorCode } from '../../errors/error-codes';
import { computeNetworkMetrics } from '../metrics/actor-metrics';
import { recurringAlliances } from '../metrics/recurring-alliances';
import { sectorMix } from '../metrics/sector-mix';
import type { CoCreationNetwork, ContextMix, YearSnapshot } from '../analytics.types';
import { buildCoCreationGraph, type CoCreationGraph } from '../network/co-creation-graph';
import type { ContextKind, Membership } from '../network/membership';
import type { MembershipRepository } from '../network/membership.repository';
import { presentActor, presentTies } from '../network/present-network';
import type { TimeWindow } from '../time-window.input';
import { requireWithinCap } from '../validate-arguments';

/** Caps and defaults of the co-creation fields (documented in docs/analytics.md). */
export const CO_CREATION_LIMITS = {
  maxNodes: { default: 500, cap: 5000 },
  minAllianceContexts: { default: 2, min: 2 },
  boundarySpanners: 10,
  timelineYears: 30,
  firstYear: 1900,
  lastYear: 2100,
} as const;

const SCOPE_TYPES = ['Programme', 'Initiative', 'Project', 'Policy', 'EventSeries', 'Place'] as const;

export interface CoCreationRequest {
  /** Key of an initiative, programme, project, policy, event series or place; null = the whole graph. */
  readonly scope: string | null;
  readonly window: TimeWindow;
  readonly via: readonly ContextKind[];
  readonly maxNodes: number;
  readonly minAllianceContexts: number;
  readonly seed: number;
}

/** The actor-actor co-creation network of a scope and its metrics; also by year. */
export class CoCreationService {
  constructor(private readonly memberships: MembershipRepository) {}

  async network(request: CoCreationRequest): Promise<CoCreationNetwork> {
    validate(request);
    const rows = await this.scopedMemberships(request.scope, request.window, request.via);
    let graph = buildCoCreationGraph(rows);
    const truncated = graph.order > request.maxNodes;
    if (truncated) graph = strongest(graph, request.maxNodes);
    const metrics = computeNetworkMetrics(graph, { seed: request.seed });
    const nodes = graph
      .nodes()
      .sort()
      .map((key) => presentActor(graph, key, metrics.actors.get(key)));
    const sectorOf = (key: string) => (graph.hasNode(key) ? graph.getNodeAttribute(key, 'sector') : null);

    const communities = new Map<number, string[]>();
    for (const node of nodes)
      communities.set(node.community ?? 0, [...(communities.get(node.community ?? 0) ?? []), node.key]);
    return {
      nodes,
      edges: presentTies(graph),
      communities: [...communities.entries()]
        .sort(([a], [b]) => a - b)
        .map(([id, members]) => ({
          id,
          size: members.length,
          members,
          sectorMix: sectorMix(
            graph
              .filterEdges((_e, _a, s, t) => members.includes(s) && members.includes(t))
              .map((edge) => [sectorOf(graph.source(edge)), sectorOf(graph.target(edge))] as const),
          ),
        })),
      modularity: metrics.modularity,
      sectorMix: sectorMix(
        graph.mapEdges((_edge, _attributes, source, target) => [sectorOf(source), sectorOf(target)] as const),
      ),
      boundarySpanners: nodes
        .filter((node) => (node.sectorSpan ?? 0) >= 2 || (node.participation ?? 0) > 0)
        .sort(
          (a, b) =>
            (b.sectorSpan ?? 0) - (a.sectorSpan ?? 0) ||
            (b.participation ?? 0) - (a.participation ?? 0) ||
            (b.betweenness ?? 0) - (a.betweenness ?? 0) ||
            a.key.localeCompare(b.key),
        )
        .slice(0, CO_CREATION_LIMITS.boundarySpanners),
      recurringAlliances: recurringAlliances(graph, { minContexts: request.minAllianceContexts }).map(
        (alliance) => ({
          ...alliance,
          actors: [...alliance.actors],
          contextKeys: [...alliance.contextKeys],
          contextCount: alliance.contextKeys.length,
        }),
      ),
      contexts: contextMixes(rows, sectorOf),
      truncated,
    };
  }

  async timeline(
    request: Omit<CoCreationRequest, 'window'> & { fromYear: number; untilYear: number },
  ): Promise<YearSnapshot[]> {
    validate(request);
    for (const [argument, year] of [
      ['fromYear', request.fromYear],
      ['untilYear', request.untilYear],
    ] as const) {
      if (
        !Number.isInteger(year) ||
        year < CO_CREATION_LIMITS.firstYear ||
        year > CO_CREATION_LIMITS.lastYear
      ) {
        throw badUserInput(
          argument,
          `must be a year from ${CO_CREATION_LIMITS.firstYear} to ${CO_CREATION_LIMITS.lastYear}, got ${year}`,
        );
      }
    }
    if (request.untilYear < request.fromYear)
      throw badUserInput('untilYear', `${request.untilYear} is before fromYear ${request.fromYear}`);
    if (request.untilYear - request.fromYear + 1 > CO_CREATION_LIMITS.timelineYears) {
      throw badUserInput('untilYear', `at most ${CO_CREATION_LIMITS.timelineYears} years (the cap)`);
    }
    // One read per year (at most the cap), so that every tie is valid in the year it is counted for.
    const snapshots: YearSnapshot[] = [];
    for (let year = request.fromYear; year <= request.untilYear; year++) {
      const rows = await this.scopedMemberships(
        request.scope,
        { from: `${year}-01-01`, until: `${year}-12-31` },
        request.via,
      );
      const graph = buildCoCreationGraph(rows);
      const metrics = computeNetworkMetrics(graph, { seed: request.seed });
      const sectorOf = (key: string) => graph.getNodeAttribute(key, 'sector');
      snapshots.push({
        year,
        actors: graph.order,
        ties: graph.size,
        modularity: metrics.modularity,
        communities: metrics.communityCount,
        sectorMix: sectorMix(graph.mapEdges((_e, _a, s, t) => [sectorOf(s), sectorOf(t)] as const)),
        topActors: graph
          .nodes()
          .map((key) => presentActor(graph, key, metrics.actors.get(key)))
          .sort((a, b) => (b.weightedDegree ?? 0) - (a.weightedDegree ?? 0) || a.key.localeCompare(b.key))
          .slice(0, 10),
      });
    }
    return snapshots;
  }

  private async scopedMemberships(
    scope: string | null,
    window: TimeWindow,
    via: readonly ContextKind[],
  ): Promise<Membership[]> {
    if (scope === null) return this.memberships.find({ kinds: via, window });
    const contexts = await this.memberships.scopeContexts(scope, SCOPE_TYPES);
    if (contexts === undefined) {
      throw apiError(
        ErrorCode.NOT_FOUND,
        `No initiative, programme, project, policy, event series or place with key "${scope}".`,
        { argument: 'scope' },
      );
    }
    const inScope = await this.memberships.find({
      kinds: via.filter((kind) => kind !== 'ORGANISATION'),
      contexts,
      window,
    });
    if (!via.includes('ORGANISATION') || inScope.length === 0) return inScope;
    // Organisations tie the scope's actors to their organisations (a speaker to the ministry she works for).
    const actors = [...new Set(inScope.map((row) => row.actorKey))];
    const organisations = await this.memberships.find({ kinds: ['ORGANISATION'], actors, window });
    return [...inScope, ...organisations];
  }
}

function validate(request: {
  maxNodes: number;
  minAllianceContexts: number;
  via: readonly ContextKind[];
}): void {
  requireWithinCap('maxNodes', request.maxNodes, CO_CREATION_LIMITS.maxNodes.cap);
  if (
    !Number.isInteger(request.minAllianceContexts) ||
    request.minAllianceContexts < CO_CREATION_LIMITS.minAllianceContexts.min
  ) {
    throw badUserInput(
      'minAllianceContexts',
      `must be at least ${CO_CREATION_LIMITS.minAllianceContexts.min}`,
    );
  }
  if (request.via.length === 0) throw badUserInput('via', 'name at least one context kind');
}

/** Keeps the `maxNodes` actors with the highest weighted degree. */
function strongest(graph: CoCreationGraph, maxNodes: number): CoCreationGraph {
  const weighted = (node: string) =>
    graph.reduceEdges(node, (sum, _e, attributes) => sum + attributes.weight, 0);
  const keep = graph
    .nodes()
    .sort((a, b) => weighted(b) - weighted(a) || a.localeCompare(b))
    .slice(0, maxNodes);
  return subgraph(graph, keep) as CoCreationGraph;
}

/** Sector mix among the actors of each event and undertaking. */
function contextMixes(rows: readonly Membership[], sectorOf: (key: string) => string | null): ContextMix[] {
  const byContext = new Map<string, Membership[]>();
  for (const row of rows)
    if (row.contextKind !== 'ORGANISATION')
      byContext.set(row.contextKey, [...(byContext.get(row.contextKey) ?? []), row]);
  return [...byContext.values()]
    .map((members) => {
      const first = members[0] as Membership;
      const actors = [...new Set(members.map((m) => m.actorKey))].sort();
      const pairs: (readonly [string | null, string | null])[] = [];
      for (let i = 0; i < actors.length; i++)
        for (let j = i + 1; j < actors.length; j++)
          pairs.push([sectorOf(actors[i] as string), sectorOf(actors[j] as string)]);
      return {
        key: first.contextKey,
        name: first.contextName,
        kind: first.contextKind,
        actors: actors.length,
        sectorMix: sectorMix(pairs),
      };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}
