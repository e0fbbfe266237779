// type-graphql reads design-time types through the Reflect metadata API; load it before any decorator runs.
import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { AnalyticsRequestContext } from './analytics-context';
import { apiError } from '../errors/api-error';
import { ErrorCode } from '../errors/error-codes';
import {
  CentralityMethodEnum,
  CoCreationNetwork,
  Collaborator,
  ContextKindEnum,
  TieWeightingEnum,
  UndatedTreatmentEnum,
  EgoNetwork,
  PathLengthEnum,
  PathsResult,
  YearSnapshot,
} from './analytics.types';
import { EntityTypeName, RelationTypeName } from '../model/vocabulary-enums';
import { CO_CREATION_LIMITS } from './co-creation/co-creation.service';
import type { TieWeighting, UndatedTreatment } from './co-creation/project-co-creation';
import type { PathLength } from './metrics/shortest-path-centrality';
import { EGO_NETWORK_LIMITS } from './ego-network/ego-network.service';
import { CONTEXT_KINDS, type ContextKind } from './network/membership';
import { PATHS_LIMITS } from './paths/paths.service';
import { resolveWindow, TimeWindowInput } from './time-window.input';
import { selectsField } from './selects-field';
import { requireWithinCap } from '../shared/validate-arguments';

const COLLABORATORS_LIMIT = { default: 20, cap: 100 } as const;

@Resolver()
export class AnalyticsResolver {
  @Query(() => [Collaborator], {
    description: `Actors who share events, undertakings or organisations with the given actor, strongest first: weight = number of shared contexts, with the contexts and their evidence. limit default ${COLLABORATORS_LIMIT.default}, cap ${COLLABORATORS_LIMIT.cap}.`,
  })
  async collaborators(
    @Arg('actor', { description: 'Key of an organisation or person.' }) actor: string,
    @Arg('via', () => [ContextKindEnum], {
      nullable: true,
      description: 'Kinds of shared context; default all.',
    })
    via: ContextKind[] | null,
    @Arg('window', () => TimeWindowInput, { nullable: true }) window: TimeWindowInput | null,
    @Arg('limit', () => Int, { defaultValue: COLLABORATORS_LIMIT.default }) limit: number,
    @Ctx() context: AnalyticsRequestContext,
  ): Promise<Collaborator[]> {
    requireWithinCap('limit', limit, COLLABORATORS_LIMIT.cap);
    const result = await context.analytics.collaborators.load({
      actor,
      via: viaOrAll(via),
      window: resolveWindow(window),
    });
    if (result === null)
      throw apiError(ErrorCode.NOT_FOUND, `No actor with key "${actor}".`, { argument: 'actor' });
    return result.slice(0, limit);
  }

  @Query(() => EgoNetwork, {
    description: `Nodes and edges around an entity (an actor, or an event, project, topic, ...) up to depth hops (default ${EGO_NETWORK_LIMITS.depth.default}, cap ${EGO_NETWORK_LIMITS.depth.cap}), at most maxNodes nodes (default ${EGO_NETWORK_LIMITS.maxNodes.default}, cap ${EGO_NETWORK_LIMITS.maxNodes.cap}); every edge with its sources and quotes.`,
  })
  egoNetwork(
    @Arg('actor', {
      description: 'Key of the entity at the centre: an organisation or person, or any other entity.',
    })
    actor: string,
    @Arg('depth', () => Int, { defaultValue: EGO_NETWORK_LIMITS.depth.default }) depth: number,
    @Arg('maxNodes', () => Int, { defaultValue: EGO_NETWORK_LIMITS.maxNodes.default }) maxNodes: number,
    @Arg('nodeTypes', () => [EntityTypeName], {
      nullable: true,
      description: 'Only reach entities of these types (Organisation, Person, Event, ...).',
    })
    nodeTypes: string[] | null,
    @Arg('relationTypes', () => [RelationTypeName], {
      nullable: true,
      description: 'Only follow these relationship types.',
    })
    relationTypes: string[] | null,
    @Arg('window', () => TimeWindowInput, { nullable: true }) window: TimeWindowInput | null,
    @Arg('seed', () => Int, {
      defaultValue: CO_CREATION_LIMITS.seed,
      description: 'Seed of the layout (NetworkNode.x and y).',
    })
    seed: number,
    @Ctx() context: AnalyticsRequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EgoNetwork> {
    return context.analytics.egoNetwork.egoNetwork({
      actor,
      depth,
      maxNodes,
      nodeTypes: nodeTypes ?? null,
      relationTypes: relationTypes ?? null,
      window: resolveWindow(window),
      layoutSeed: selectsPosition(info) ? seed : null,
    });
  }

  @Query(() => PathsResult, {
    description: `The shortest paths between two actors of at most maxLength hops (default ${PATHS_LIMITS.maxLength.default}, cap ${PATHS_LIMITS.maxLength.cap}), at most limit of them (default ${PATHS_LIMITS.limit.default}, cap ${PATHS_LIMITS.limit.cap}; truncated says when there were more), each hop with its relationship and evidence. NOT_FOUND when there is none.`,
  })
  paths(
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Arg('maxLength', () => Int, { defaultValue: PATHS_LIMITS.maxLength.default }) maxLength: number,
    @Arg('limit', () => Int, { defaultValue: PATHS_LIMITS.limit.default }) limit: number,
    @Arg('relationTypes', () => [RelationTypeName], {
      nullable: true,
      description: 'Only follow these relationship types.',
    })
    relationTypes: string[] | null,
    @Arg('window', () => TimeWindowInput, { nullable: true }) window: TimeWindowInput | null,
    @Ctx() context: AnalyticsRequestContext,
  ): Promise<PathsResult> {
    return context.analytics.paths.paths({
      from,
      to,
      maxLength,
      limit,
      relationTypes: relationTypes ?? null,
      window: resolveWindow(window),
    });
  }

  @Query(() => CoCreationNetwork, {
    description: `The actor-actor co-creation network of a scope (initiative, programme, project, policy, event series, place; none = whole graph): weighted ties with evidence, centralities, seeded Louvain communities, sector mix, boundary spanners and recurring alliances. The maxNodes actors with the highest weighted degree in the whole scope are kept (default ${CO_CREATION_LIMITS.maxNodes.default}, cap ${CO_CREATION_LIMITS.maxNodes.cap}), then at most maxEdges ties among them, each kept actor's strongest tie first and then the strongest of the rest (default ${CO_CREATION_LIMITS.maxEdges.default}, cap ${CO_CREATION_LIMITS.maxEdges.cap}); metrics describe the network returned. Computed off the event loop within a time budget (TIMEOUT / RESOURCE_LIMIT name the limit) and cached per graph version.`,
  })
  coCreationNetwork(
    @Arg('scope', () => String, {
      nullable: true,
      description: 'Key of the scope entity; omit for the whole graph.',
    })
    scope: string | null,
    @Arg('via', () => [ContextKindEnum], { nullable: true }) via: ContextKind[] | null,
    @Arg('window', () => TimeWindowInput, { nullable: true }) window: TimeWindowInput | null,
    @Arg('maxNodes', () => Int, { defaultValue: CO_CREATION_LIMITS.maxNodes.default }) maxNodes: number,
    @Arg('maxEdges', () => Int, {
      defaultValue: CO_CREATION_LIMITS.maxEdges.default,
      description:
        "At most this many ties: each kept actor's strongest tie (as far as maxEdges allows), then the strongest of the rest.",
    })
    maxEdges: number,
    @Arg('weighting', () => TieWeightingEnum, { defaultValue: CO_CREATION_LIMITS.weighting })
    weighting: TieWeighting,
    @Arg('undated', () => UndatedTreatmentEnum, {
      defaultValue: CO_CREATION_LIMITS.undated,
      description: 'What becomes of memberships no statement dates.',
    })
    undated: UndatedTreatment,
    @Arg('minAllianceContexts', () => Int, {
      defaultValue: CO_CREATION_LIMITS.minAllianceContexts.default,
      description: 'k: alliances meet in at least k separate contexts.',
    })
    minAllianceContexts: number,
    @Arg('seed', () => Int, {
      defaultValue: CO_CREATION_LIMITS.seed,
      description: 'Seed of the community detection and of sampled centralities.',
    })
    seed: number,
    @Arg('centralityMethod', () => CentralityMethodEnum, {
      defaultValue: CO_CREATION_LIMITS.centralityMethod,
    })
    centralityMethod: keyof typeof CentralityMethodEnum,
    @Arg('pivots', () => Int, {
      defaultValue: CO_CREATION_LIMITS.pivots.default,
      description: `Source nodes of sampled centralities (cap ${CO_CREATION_LIMITS.pivots.cap}).`,
    })
    pivots: number,
    @Arg('pathLength', () => PathLengthEnum, {
      defaultValue: CO_CREATION_LIMITS.pathLength,
      description: 'Length of a tie on shortest paths (betweenness, closeness).',
    })
    pathLength: PathLength,
    @Ctx() context: AnalyticsRequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CoCreationNetwork> {
    return context.analytics.coCreation.network({
      scope: scope ?? null,
      via: viaOrAll(via),
      window: resolveWindow(window),
      maxNodes,
      maxEdges,
      weighting,
      undated,
      minAllianceContexts,
      seed,
      centralityMethod,
      pivots,
      pathLength,
      withEvidence: selectsField(info, 'evidence'),
      withLayout: selectsPosition(info),
    });
  }

  @Query(() => [YearSnapshot], {
    description: `The co-creation network of a scope year by year (at most ${CO_CREATION_LIMITS.timelineYears} years), so a network can be seen to grow.`,
  })
  coCreationTimeline(
    @Arg('scope', () => String, { nullable: true }) scope: string | null,
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('untilYear', () => Int) untilYear: number,
    @Arg('via', () => [ContextKindEnum], { nullable: true }) via: ContextKind[] | null,
    @Arg('seed', () => Int, { defaultValue: CO_CREATION_LIMITS.seed }) seed: number,
    @Arg('maxNodes', () => Int, {
      defaultValue: CO_CREATION_LIMITS.maxNodes.default,
      description: "Each year's metrics cover at most this many actors, the strongest.",
    })
    maxNodes: number,
    @Arg('undated', () => UndatedTreatmentEnum, {
      defaultValue: CO_CREATION_LIMITS.undated,
      description: 'What becomes of memberships no statement dates.',
    })
    undated: UndatedTreatment,
    @Ctx() context: AnalyticsRequestContext,
  ): Promise<YearSnapshot[]> {
    return context.analytics.coCreation.timeline({
      scope: scope ?? null,
      fromYear,
      untilYear,
      via: viaOrAll(via),
      seed,
      maxNodes,
      maxEdges: CO_CREATION_LIMITS.maxEdges.cap,
      weighting: CO_CREATION_LIMITS.weighting,
      undated,
      minAllianceContexts: CO_CREATION_LIMITS.minAllianceContexts.default,
      centralityMethod: CO_CREATION_LIMITS.centralityMethod,
      pivots: CO_CREATION_LIMITS.pivots.default,
      pathLength: CO_CREATION_LIMITS.pathLength,
    });
  }
}

/** Whether the query asks for node positions (NetworkNode.x or y). */
function selectsPosition(info: GraphQLResolveInfo): boolean {
  return selectsField(info, 'x') || selectsField(info, 'y');
}

/** type-graphql leaves omitted nullable arguments undefined. */
function viaOrAll(via: ContextKind[] | null | undefined): ContextKind[] {
  return via === null || via === undefined || via.length === 0 ? [...CONTEXT_KINDS] : via;
}
