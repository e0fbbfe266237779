import type { BookmarkManager } from 'neo4j-driver';
import { apiError, badUserInput } from '../../errors/api-error';
import { ErrorCode } from '../../errors/error-codes';
import type { AnalyticsResultCache } from '../cache/analytics-result-cache';
import type {
  CoCreationNetwork,
  EvidenceItem,
  NetworkEdge,
  NetworkNode,
  SharedContext,
  YearSnapshot,
} from '../analytics.types';
import { NETWORK_METRICS_DEFAULTS, type ActorMetrics } from '../metrics/actor-metrics';
import { CENTRALITY_DEFAULTS, type PathLength } from '../metrics/shortest-path-centrality';
import { RECURRING_ALLIANCE_DEFAULTS } from '../metrics/recurring-alliances';
import type { ContextKind, MembershipEvidence } from '../network/membership';
import type { MembershipRepository } from '../network/membership.repository';
import { mapInSlices } from '../../shared/yield-to-event-loop';
import { evidenceItems, soleSector } from '../network/present-network';
import type { TimeWindow } from '../time-window.input';
import { requireWithinCap } from '../../shared/validate-arguments';
import type { NetworkLayoutService } from '../layout/network-layout.service';
import type { AnalyticsWorkers } from '../workers/analytics-workers';
import { readScopedStructure, type StructureRequest } from './read-scoped-structure';
import { AllianceList, unpackTies, type PackedProjection } from './packed-projection';
import type { CoCreationProjectionOptions, ProjectedActor, ProjectedTie } from './project-co-creation';

/** Caps and defaults of the co-creation fields (documented in docs/analytics.md). */
export const CO_CREATION_LIMITS = {
  maxNodes: { default: 500, cap: 5000 },
  maxEdges: { default: 2000, cap: 50_000 },
  weighting: 'COUNT',
  undated: 'WITHIN_LIFESPANS',
  minAllianceContexts: {
    default: RECURRING_ALLIANCE_DEFAULTS.minContexts,
    min: RECURRING_ALLIANCE_DEFAULTS.minContexts,
  },
  seed: NETWORK_METRICS_DEFAULTS.seed,
  pivots: { default: CENTRALITY_DEFAULTS.pivots, cap: 4096 },
  centralityMethod: 'AUTO',
  pathLength: CENTRALITY_DEFAULTS.pathLength,
  boundarySpanners: 10,
  /** Page sizes of the lists inside an answer: a tie's shared contexts, alliances, context mixes. */
  tieContexts: { default: 10, cap: 1000 },
  alliances: { default: 100, cap: 10_000 },
  contextMixes: { default: 100, cap: 10_000 },
  timelineYears: 30,
  timelineTopActors: 10,
  firstYear: 1900,
  lastYear: 2100,
} as const;

const NARROWING = {
  hint: 'narrow the request with scope, window or via, or lower maxNodes and maxEdges',
} as const;

/** The projection's options (maxNodes, maxEdges, weighting, undated, minAllianceContexts, seed) and what to project. */
export interface CoCreationRequest extends Omit<CoCreationProjectionOptions, 'centrality'> {
  /** Key of an initiative, programme, project, policy, event series or place; null = the whole graph. */
  readonly scope: string | null;
  readonly window: TimeWindow;
  readonly via: readonly ContextKind[];
  readonly centralityMethod: 'AUTO' | 'EXACT' | 'SAMPLED';
  /** Length of a tie on shortest paths (betweenness, closeness). */
  readonly pathLength: PathLength;
  readonly pivots: number;
  /**
   * Read the sources and quotes of each shared context (default true). The API passes false when the
   * query selects no evidence: for a drawable whole-graph network it is most of the reading and of the
   * work on the main thread (issue 13).
   */
  readonly withEvidence?: boolean;
  /** Lay the answer out (NetworkNode.x/y, seeded with `seed`); the API passes true when x or y is selected. */
  readonly withLayout?: boolean;
}

export interface CoCreationServiceDependencies {
  readonly memberships: MembershipRepository;
  /** Names, types and sectors of entities by key as they were in the window (one round trip). */
  readonly entities: (keys: readonly string[], window: TimeWindow) => Promise<NetworkNode[]>;
  readonly workers: AnalyticsWorkers;
  readonly layout: NetworkLayoutService;
  /** Bookmarks the request waits for; a worker reading the structure reads with them too. */
  readonly bookmarkManager?: BookmarkManager;
  /** Absent: nothing is cached (a request waiting for bookmarks reads fresh). */
  readonly cache?: AnalyticsResultCache;
}

/**
 * The actor-actor co-creation network of a scope and its metrics; also by year. The membership
 * structure is read in one round trip, projected and measured in a worker thread (project-co-creation.ts),
 * then the kept actors and ties get their names and evidence; results are cached per graph version.
 */
export class CoCreationService {
  constructor(private readonly dependencies: CoCreationServiceDependencies) {}

  async network(request: CoCreationRequest): Promise<CoCreationNetwork> {
    validate(request);
    const compute = () => this.dependencies.workers.exclusive(() => this.computeNetwork(request));
    const cache = this.dependencies.cache;
    if (cache === undefined) return compute();
    const { value, cached } = await cache.getOrCompute(
      'coCreationNetwork',
      {
        ...request,
        via: [...request.via].sort(),
        withEvidence: request.withEvidence ?? true,
        withLayout: request.withLayout ?? false,
      },
      compute,
      estimateSize,
    );
    return { ...value, fromCache: cached };
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
    return this.dependencies.workers.exclusive(() => this.computeTimeline(request));
  }

  private async computeTimeline(
    request: Omit<CoCreationRequest, 'window'> & { fromYear: number; untilYear: number },
  ): Promise<YearSnapshot[]> {
    // One read per year (at most the cap), so that every tie is valid in the year it is counted for.
    const years: { year: number; projection: PackedProjection }[] = [];
    for (let year = request.fromYear; year <= request.untilYear; year++) {
      const window = { from: `${year}-01-01`, until: `${year}-12-31` };
      years.push({
        year,
        projection: await this.projectScope({ ...request, window }, { ...request, summary: true }),
      });
    }
    const top = years.map(({ projection }) =>
      [...projection.actors]
        .sort((a, b) => b.metrics.weightedDegree - a.metrics.weightedDegree || (a.key < b.key ? -1 : 1))
        .slice(0, CO_CREATION_LIMITS.timelineTopActors),
    );
    // Each year's top actors under the names they had at its end.
    const entities = await Promise.all(
      years.map(({ year }, index) =>
        this.entityMap(
          (top[index] ?? []).map((actor) => actor.key),
          { from: `${year}-01-01`, until: `${year}-12-31` },
        ),
      ),
    );
    return years.map(({ year, projection }, index) => ({
      year,
      actors: projection.truncation.actorsInScope,
      ties: projection.truncation.tiesAmongKept,
      undatedTies: projection.truncation.undatedTies,
      truncated: projection.truncation.nodes,
      modularity: projection.modularity,
      communities: projection.communities.length,
      sectorMix: projection.sectorMix,
      topActors: (top[index] ?? []).map((actor) => presentActor(actor, entities[index] ?? new Map())),
    }));
  }

  private async computeNetwork(request: CoCreationRequest): Promise<CoCreationNetwork> {
    const projection = await this.projectScope(request, request);
    const ties = await unpackTies(projection);
    const tieContexts = new Set<string>();
    for (const tie of ties) for (const context of tie.contexts) tieContexts.add(context.key);
    const [entities, evidence] = await Promise.all([
      this.entityMap(
        [
          ...projection.actors.map((actor) => actor.key),
          ...tieContexts,
          ...projection.contextMixes.map((context) => context.key),
        ],
        request.window,
      ),
      request.withEvidence === false
        ? new Map<string, EvidenceItem[]>()
        : this.evidence(ties, tieContexts, request),
    ]);

    const nodes = projection.actors.map((actor) => presentActor(actor, entities));
    // One SharedContext per (tie, context) but evidence items per (actor, context), shared by reference.
    const none: EvidenceItem[] = [];
    const evidenceOf = (actor: string, context: string) => evidence.get(`${actor}|${context}`) ?? none;
    const edges: NetworkEdge[] = await mapInSlices(ties, (tie) => {
      const contexts: SharedContext[] = tie.contexts.map((context) => ({
        key: context.key,
        name: entities.get(context.key)?.label ?? context.key,
        kind: context.kind,
        type: entities.get(context.key)?.type ?? '',
        date: context.date,
        until: context.until,
        evidence:
          evidence.size === 0
            ? none
            : [...evidenceOf(tie.source, context.key), ...evidenceOf(tie.target, context.key)],
      }));
      // Newest first, undated last: the first page of a tie's contexts is its most recent co-creation.
      contexts.sort(newestFirst);
      return {
        id: tie.id,
        source: tie.source,
        target: tie.target,
        type: 'CO_CREATION',
        weight: tie.weight,
        firstDate: tie.firstDate,
        lastDate: tie.lastDate,
        contexts,
        evidence: evidence.size === 0 ? none : contexts.flatMap((context) => context.evidence),
      };
    });
    if (request.withLayout === true) await this.dependencies.layout.place(nodes, edges, request.seed);
    return {
      nodes,
      edges,
      communities: projection.communities.map((community) => ({
        id: community.id,
        size: community.members.length,
        members: community.members,
        sectorMix: community.sectorMix,
      })),
      modularity: projection.modularity,
      sectorMix: projection.sectorMix,
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
      recurringAlliances: new AllianceList(projection),
      contexts: projection.contextMixes.map((context) => ({
        key: context.key,
        name: entities.get(context.key)?.label ?? context.key,
        kind: context.kind,
        actors: context.actors,
        sectorMix: context.sectorMix,
      })),
      truncated: projection.truncation.nodes || projection.truncation.edges,
      truncation: {
        ...projection.truncation,
        keptNodes: nodes.length,
        keptEdges: edges.length,
      },
      weighting: request.weighting,
      centrality: {
        method: projection.centrality.method,
        pivots: projection.centrality.pivots,
        errorBound: projection.centrality.betweennessErrorBound,
        confidence: projection.centrality.confidence,
        pathLength: projection.centrality.pathLength,
      },
      fromCache: false,
    };
  }

  /**
   * Reads the structure of a scope and projects it in a worker. When the workers reach Neo4j
   * themselves, both happen there (decoding tens of thousands of membership rows on the main thread
   * held /healthz for tens of milliseconds, issue 13); else the main thread reads.
   */
  private async projectScope(
    read: StructureRequest,
    request: Omit<CoCreationRequest, 'scope' | 'window'> & Pick<CoCreationProjectionOptions, 'summary'>,
  ): Promise<PackedProjection> {
    const { workers, memberships, bookmarkManager } = this.dependencies;
    const options = projectionOptions(request);
    if (!workers.readsGraph) {
      const structure = await readScopedStructure(memberships, read);
      if (structure === undefined) throw unknownScope(read.scope);
      return workers.run({ name: 'projectCoCreation', structure, options }, NARROWING);
    }
    const bookmarks = bookmarkManager === undefined ? null : [...(await bookmarkManager.getBookmarks())];
    const result = await workers.run(
      { name: 'readAndProjectCoCreation', read: pick(read), bookmarks, options },
      NARROWING,
    );
    if (result.kind === 'unknownScope') throw unknownScope(read.scope);
    // The driver's code is what the error formatter and the CLI classify.
    if (result.kind === 'databaseFailure')
      throw Object.assign(new Error(result.failure.message), { code: result.failure.code });
    return result.projection;
  }

  private async entityMap(keys: readonly string[], window: TimeWindow): Promise<Map<string, NetworkNode>> {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return new Map();
    return new Map((await this.dependencies.entities(unique, window)).map((node) => [node.key, node]));
  }

  /** The evidence of each kept actor's part in each context of a kept tie: `${actor}|${context}` -> items. */
  private async evidence(
    ties: readonly ProjectedTie[],
    contexts: ReadonlySet<string>,
    request: CoCreationRequest,
  ): Promise<Map<string, EvidenceItem[]>> {
    const byPart = new Map<string, EvidenceItem[]>();
    if (ties.length === 0) return byPart;
    const actors = [...new Set(ties.flatMap((tie) => [tie.source, tie.target]))];
    const rows = await this.dependencies.memberships.find({
      kinds: request.via,
      actors,
      contexts: [...contexts],
      window: request.window,
    });
    for (const row of rows) {
      const key = `${row.actorKey}|${row.contextKey}`;
      const items = byPart.get(key) ?? [];
      items.push(...evidenceItems(row.evidence as readonly MembershipEvidence[], row.actorKey));
      byPart.set(key, items);
    }
    return byPart;
  }
}

function projectionOptions(
  request: Omit<CoCreationRequest, 'scope' | 'window'> & Pick<CoCreationProjectionOptions, 'summary'>,
): CoCreationProjectionOptions {
  return {
    summary: request.summary === true,
    maxNodes: request.maxNodes,
    maxEdges: request.maxEdges,
    weighting: request.weighting,
    undated: request.undated,
    minAllianceContexts: request.minAllianceContexts,
    seed: request.seed,
    centrality: { method: request.centralityMethod, pivots: request.pivots, pathLength: request.pathLength },
  };
}

/** Only the structure's own fields cross to the worker (a request holds more). */
function pick({ scope, window, via }: StructureRequest): StructureRequest {
  return { scope, window, via: [...via] };
}

function unknownScope(scope: string | null): Error {
  return apiError(
    ErrorCode.NOT_FOUND,
    `No initiative, programme, project, policy, event series or place with key "${scope ?? ''}".`,
    { argument: 'scope' },
  );
}

function presentActor(actor: ProjectedActor, entities: ReadonlyMap<string, NetworkNode>): NetworkNode {
  const metrics: ActorMetrics = actor.metrics;
  return {
    id: actor.key,
    key: actor.key,
    label: entities.get(actor.key)?.label ?? actor.key,
    type: actor.type,
    sector: soleSector(actor.sectors),
    sectors: [...actor.sectors],
    degree: metrics.degree,
    weightedDegree: metrics.weightedDegree,
    scopeWeightedDegree: actor.scopeWeightedDegree,
    betweenness: metrics.betweenness,
    closeness: metrics.closeness,
    pageRank: metrics.pageRank,
    community: metrics.community,
    sectorSpan: metrics.sectorSpan,
    participation: metrics.participation,
    sectorMix: metrics.sectorMix,
  };
}

function newestFirst(a: SharedContext, b: SharedContext): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** A rough size in bytes of a network answer held in memory, for the cache bound. */
export function estimateSize(network: CoCreationNetwork): number {
  let evidence = 0;
  for (const edge of network.edges) evidence += edge.evidence.length + edge.contexts.length;
  return (
    2048 +
    network.nodes.length * 600 +
    network.edges.length * 300 +
    evidence * 120 +
    network.contexts.length * 300 +
    network.recurringAlliances.bytes
  );
}

function validate(request: {
  maxNodes: number;
  maxEdges: number;
  minAllianceContexts: number;
  pivots: number;
  via: readonly ContextKind[];
}): void {
  requireWithinCap('maxNodes', request.maxNodes, CO_CREATION_LIMITS.maxNodes.cap);
  requireWithinCap('maxEdges', request.maxEdges, CO_CREATION_LIMITS.maxEdges.cap);
  requireWithinCap('pivots', request.pivots, CO_CREATION_LIMITS.pivots.cap);
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
