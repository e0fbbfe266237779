// type-graphql reads design-time types through the Reflect metadata API; load it before any decorator runs.
import 'reflect-metadata';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { TieWeighting, UndatedTreatment } from './co-creation/project-co-creation';
import type { CentralityMethod, PathLength } from './metrics/shortest-path-centrality';
import type { ContextKind } from './network/membership';
import { EntityTypeName, SectorEnum } from '../model/vocabulary-enums';
import { DEFAULT_SEED } from '../shared/seeded-rng';

export const ContextKindEnum = {
  EVENT: 'EVENT',
  UNDERTAKING: 'UNDERTAKING',
  ORGANISATION: 'ORGANISATION',
} as const satisfies Record<ContextKind, ContextKind>;
registerEnumType(ContextKindEnum, {
  name: 'ContextKind',
  description:
    'What actors share: an event (with its parts and agenda), an undertaking (with its sub-projects), an organisation (with its units and staff).',
});

export const TieWeightingEnum = { COUNT: 'COUNT', NEWMAN: 'NEWMAN' } as const satisfies Record<
  TieWeighting,
  TieWeighting
>;
registerEnumType(TieWeightingEnum, {
  name: 'TieWeighting',
  description:
    'How a shared context weighs in a co-creation tie. COUNT: each shared context counts 1. NEWMAN: a context of n actors adds 1/(n-1) to each of its pairs (Newman 2001), so large events do not dominate.',
});

export const UndatedTreatmentEnum = {
  WITHIN_LIFESPANS: 'WITHIN_LIFESPANS',
  EXCLUDE: 'EXCLUDE',
} as const satisfies Record<UndatedTreatment, UndatedTreatment>;
registerEnumType(UndatedTreatmentEnum, {
  name: 'UndatedTreatment',
  description:
    'Memberships no statement dates (an affiliation or role without validity, in an undertaking without a period). WITHIN_LIFESPANS: they hold wherever both ends exist, as in every window-taking query. EXCLUDE: left out, so a year shows only what is dated to it.',
});

export const CentralityMethodEnum = { AUTO: 'AUTO', EXACT: 'EXACT', SAMPLED: 'SAMPLED' } as const;
registerEnumType(CentralityMethodEnum, {
  name: 'CentralityMethod',
  description:
    'Betweenness and closeness: EXACT (Brandes, every node a source), SAMPLED (Brandes-Pich pivots, seeded, with an error bound), AUTO (exact up to nodes x edges = 20 000 000 or while nodes <= 2 x pivots, sampled above).',
});

export const PathLengthEnum = { INVERSE_WEIGHT: 'INVERSE_WEIGHT', HOPS: 'HOPS' } as const;
registerEnumType(PathLengthEnum, {
  name: 'PathLength',
  description:
    'Length of a tie on shortest paths, for betweenness and closeness alike: INVERSE_WEIGHT (1 / weight: a strong tie is a short step; networkx weight= / distance= with that length) or HOPS (every tie 1).',
});

@ObjectType({ description: 'How betweenness and closeness were computed.' })
export class CentralityEstimate {
  @Field(() => CentralityMethodEnum) method!: CentralityMethod;
  @Field(() => Int, { description: 'Source nodes whose shortest paths were counted (all nodes when exact).' })
  pivots!: number;
  @Field(() => Float, {
    description:
      'With probability `confidence`, no normalised betweenness differs from the exact value by more than this (Hoeffding with a union bound over nodes); 0 when exact.',
  })
  errorBound!: number;
  @Field(() => Float) confidence!: number;
  @Field(() => PathLengthEnum, { description: 'Length of a tie on the shortest paths counted.' })
  pathLength!: PathLength;
}

@ObjectType({ description: 'Which caps cut a network answer, and how much was there.' })
export class NetworkTruncation {
  @Field({ description: 'maxNodes cut actors (the strongest by scopeWeightedDegree are kept).' })
  nodes!: boolean;
  @Field({
    description:
      "maxEdges cut ties among the kept actors (each actor's strongest tie is kept as far as maxEdges allows, then the strongest of the rest).",
  })
  edges!: boolean;
  @Field(() => Int, { description: "Actors in the scope's network before the cut." }) actorsInScope!: number;
  @Field(() => Int, { description: 'Ties among the kept actors before the edge cut.' })
  tiesAmongKept!: number;
  @Field(() => Int) keptNodes!: number;
  @Field(() => Int) keptEdges!: number;
}

export const EvidenceKindEnum = { QUOTE: 'QUOTE', CITATION: 'CITATION' } as const;
export type EvidenceKind = keyof typeof EvidenceKindEnum;
registerEnumType(EvidenceKindEnum, {
  name: 'EvidenceKind',
  description:
    'QUOTE: a sentence checked against the text of its source; CITATION: a locator in a cited document (law gazette, register, decree) whose text quartiersnetz does not hold.',
});

@ObjectType({ description: 'One source statement behind a tie: the relationship, its source and the quote.' })
export class EvidenceItem {
  @Field(() => String, {
    nullable: true,
    description: 'The actor whose part this evidence states (for shared contexts).',
  })
  actorKey!: string | null;
  @Field() relationType!: string;
  @Field() sourceKey!: string;
  @Field() sourceTitle!: string;
  @Field({ description: "The verbatim sentence of the source ('' for a citation: see locator)." })
  quote!: string;
  @Field(() => EvidenceKindEnum, {
    description:
      'QUOTE: checked against the source text; CITATION: a place in a cited document, not checked.',
  })
  kind!: EvidenceKind;
  @Field(() => String, {
    nullable: true,
    description: 'Where a cited source states it (page, section, paragraph); null for quotes.',
  })
  locator!: string | null;
}

@ObjectType({ description: "A context two actors share, with the evidence of each one's part." })
export class SharedContext {
  @Field() key!: string;
  @Field() name!: string;
  @Field(() => ContextKindEnum) kind!: ContextKind;
  @Field({ description: 'Entity type of the context (Event, Programme, Organisation, ...).' }) type!: string;
  @Field(() => String, {
    nullable: true,
    description: 'From when the two are in it together (YYYY-MM-DD): the later of their starts.',
  })
  date!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Until when the two are in it together (YYYY-MM-DD): the earlier of their ends; null when open or unknown. Two who took part at different times get the span from the first start to the last end.',
  })
  until!: string | null;
  @Field(() => [EvidenceItem]) evidence!: EvidenceItem[];
}

@ObjectType({ description: 'How mixed a set of ties is across sectors.' })
export class SectorMixResult {
  @Field(() => Int, { description: 'Ties whose two ends have a known sector.' }) ties!: number;
  @Field(() => Int) crossSectorTies!: number;
  @Field(() => Float, { nullable: true, description: 'Share of ties across sectors (0-1).' })
  crossSectorShare!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'E-I index of sectors: -1 all ties inside sectors, +1 all across.',
  })
  eiIndex!: number | null;
}

@ObjectType({ description: 'A node of a network result, ready to draw: id equals key.' })
export class NetworkNode {
  @Field(() => ID) id!: string;
  @Field() key!: string;
  @Field({
    description:
      "The entity's name at the end of the answer's window (its names over time); its name for an open end or a date no recorded name covers.",
  })
  label!: string;
  @Field(() => EntityTypeName) type!: string;
  @Field(() => SectorEnum, {
    nullable: true,
    description:
      "The actor's sector when it has exactly one; null when unknown or when a person's organisations are of several (see sectors).",
  })
  sector!: string | null;
  @Field(() => [SectorEnum], {
    description:
      "All sectors of the actor: an organisation's own, a person's from every organisation they are affiliated with (a unit without a sector has its parent's); in every network answer those of the affiliations valid in the window.",
  })
  sectors!: string[];
  @Field(() => Int, { description: 'Ties in this result.' }) degree!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Sum of the weights of its ties in this result (co-creation networks).',
  })
  weightedDegree!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "Weighted degree in the whole scope's network before maxNodes/maxEdges: the rank that selected the actor (co-creation networks).",
  })
  scopeWeightedDegree?: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Normalised betweenness centrality (co-creation networks).',
  })
  betweenness!: number | null;
  @Field(() => Float, { nullable: true }) closeness!: number | null;
  @Field(() => Float, { nullable: true }) pageRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Louvain community, 0 = largest.' }) community!:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Distinct sectors among the actor and its neighbours.' })
  sectorSpan!: number | null;
  @Field(() => Float, { nullable: true, description: 'Participation coefficient across communities (0-1).' })
  participation!: number | null;
  @Field(() => SectorMixResult, { nullable: true, description: "Sector mix of the actor's own ties." })
  sectorMix!: SectorMixResult | null;
  @Field(() => Float, {
    nullable: true,
    description: `Position of a seeded ForceAtlas2 layout of the network answered (coCreationNetwork, egoNetwork), computed only when x or y is selected, with the seed argument of the query (default ${DEFAULT_SEED}), so a client needs no layout of its own; null elsewhere (paths, collaborators).`,
  })
  x?: number | null;
  @Field(() => Float, { nullable: true, description: 'See x.' })
  y?: number | null;
}

@ObjectType({
  description:
    'An edge of a network result: source and target are node ids, id is unique. Edges can be parallel (two relations between the same pair are two edges): load them into a multigraph (graphology MultiDirectedGraph, as the explorer does).',
})
export class NetworkEdge {
  @Field(() => ID) id!: string;
  @Field() source!: string;
  @Field() target!: string;
  @Field({ description: 'Relationship type, or CO_CREATION for ties of the actor projection.' })
  type!: string;
  @Field(() => Float) weight!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Start of the span: the earliest start of its shared contexts (or of the relationship).',
  })
  firstDate!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'End of the span: the latest end of its shared contexts (or of the relationship); null when unknown.',
  })
  lastDate!: string | null;
  /** Paged by NetworkEdgeResolver (contexts(limit), contextCount). */
  contexts!: SharedContext[];
  @Field(() => [EvidenceItem], {
    description: 'Sources and quotes of a graph relationship, or of all shared contexts of a tie.',
  })
  evidence!: EvidenceItem[];
}

@ObjectType()
export class Collaborator {
  @Field(() => NetworkNode) actor!: NetworkNode;
  @Field(() => Int, { description: 'Number of shared contexts.' }) weight!: number;
  @Field(() => [SharedContext]) contexts!: SharedContext[];
  @Field(() => String, { nullable: true }) firstDate!: string | null;
  @Field(() => String, { nullable: true }) lastDate!: string | null;
}

@ObjectType({ description: 'One breadth-first hop of an ego network.' })
export class EgoHop {
  @Field(() => Int) depth!: number;
  @Field(() => Int, { description: 'New neighbours reached at this hop.' }) found!: number;
  @Field(() => Int, { description: 'Of those, kept: the strongest, then the most recent.' }) kept!: number;
  @Field(() => Int, { description: 'Left out because maxNodes was reached.' }) omitted!: number;
}

@ObjectType()
export class EgoNetwork {
  @Field(() => [NetworkNode]) nodes!: NetworkNode[];
  @Field(() => [NetworkEdge]) edges!: NetworkEdge[];
  @Field({ description: 'True when maxNodes left neighbours out (see hops).' }) truncated!: boolean;
  @Field(() => [EgoHop]) hops!: EgoHop[];
}

@ObjectType()
export class PathHop {
  @Field() from!: string;
  @Field() to!: string;
  @Field() relationType!: string;
  @Field({ description: 'True when the relationship points from `from` to `to`.' }) forward!: boolean;
  @Field(() => [EvidenceItem]) evidence!: EvidenceItem[];
}

@ObjectType({ description: 'One shortest path; nodes in order from start to end.' })
export class NetworkPath {
  @Field(() => Int) length!: number;
  @Field(() => [NetworkNode]) nodes!: NetworkNode[];
  @Field(() => [PathHop]) hops!: PathHop[];
}

@ObjectType({ description: 'Shortest paths between two actors, at most `limit` of them.' })
export class PathsResult {
  @Field(() => [NetworkPath]) paths!: NetworkPath[];
  @Field({ description: 'True when there are more shortest paths than `limit`.' }) truncated!: boolean;
  @Field(() => Int) limit!: number;
}

@ObjectType()
export class CommunityResult {
  @Field(() => Int) id!: number;
  @Field(() => Int) size!: number;
  @Field(() => [String]) members!: string[];
  @Field(() => SectorMixResult, { description: 'Sector mix of the ties inside the community.' })
  sectorMix!: SectorMixResult;
}

@ObjectType({
  description:
    'A pair or group of actors that co-occur in at least k separate events or undertakings: a project and its own programme count once, a shared organisation not at all.',
})
export class AllianceResult {
  @Field(() => [String]) actors!: string[];
  @Field(() => Int, { description: 'Separate contexts the actors share (the length of contextKeys).' })
  contextCount!: number;
  @Field(() => [String], {
    description:
      'The separate contexts: shared events and undertakings, without those that only contain another of them.',
  })
  contextKeys!: string[];
  @Field(() => String, { nullable: true, description: 'Earliest start of the contexts (YYYY-MM-DD).' })
  firstDate!: string | null;
  @Field(() => String, { nullable: true, description: 'Latest end of the contexts (YYYY-MM-DD).' })
  lastDate!: string | null;
}

/** The recurring alliances of an answer, turned into objects a page at a time (co-creation/packed-projection.ts). */
export interface AlliancePages {
  readonly count: number;
  /** The first `limit` alliances. */
  page(limit: number): AllianceResult[];
  /** Bytes held, for the result cache's bound. */
  readonly bytes: number;
}

@ObjectType({ description: 'The sector mix among the participants of one context (event, undertaking).' })
export class ContextMix {
  @Field() key!: string;
  @Field() name!: string;
  @Field(() => ContextKindEnum) kind!: ContextKind;
  @Field(() => Int) actors!: number;
  @Field(() => SectorMixResult) sectorMix!: SectorMixResult;
}

@ObjectType({ description: 'The actor-actor co-creation network of a scope, with metrics.' })
export class CoCreationNetwork {
  @Field(() => [NetworkNode]) nodes!: NetworkNode[];
  /** Completed in slices by CoCreationNetworkResolver. */
  edges!: NetworkEdge[];
  @Field(() => [CommunityResult]) communities!: CommunityResult[];
  @Field(() => Float, { nullable: true, description: 'Modularity of the Louvain partition.' }) modularity!:
    number | null;
  @Field(() => SectorMixResult, { description: 'Sector mix of all ties.' }) sectorMix!: SectorMixResult;
  @Field(() => [NetworkNode], {
    description: 'Actors whose ties span most sectors and communities, best first.',
  })
  boundarySpanners!: NetworkNode[];
  /** Paged by CoCreationNetworkResolver (recurringAlliances(limit), recurringAllianceCount). */
  recurringAlliances!: AlliancePages;
  /** Paged by CoCreationNetworkResolver (contexts(limit), contextMixCount). */
  contexts!: ContextMix[];
  @Field({
    description:
      'True when maxNodes or maxEdges cut the result (see truncation); metrics describe the network returned.',
  })
  truncated!: boolean;
  @Field(() => NetworkTruncation) truncation!: NetworkTruncation;
  @Field(() => TieWeightingEnum) weighting!: TieWeighting;
  @Field(() => CentralityEstimate) centrality!: CentralityEstimate;
  @Field({ description: 'Answered from the cache of this graph version (no write since it was computed).' })
  fromCache!: boolean;
}

@ObjectType({ description: 'The co-creation network of one year.' })
export class YearSnapshot {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Actors with a tie or context that year.' }) actors!: number;
  @Field(() => Int, { description: 'Ties among the kept actors (all actors unless truncated).' })
  ties!: number;
  @Field(() => Int, {
    description:
      "Of those ties, how many rest only on undated statements (an affiliation or role without dates): counted in every year of both ends' lifespans, or in none with undated: EXCLUDE.",
  })
  undatedTies!: number;
  @Field({ description: 'True when only the strongest maxNodes actors of the year were measured.' })
  truncated!: boolean;
  @Field(() => Float, { nullable: true }) modularity!: number | null;
  @Field(() => Int) communities!: number;
  @Field(() => SectorMixResult) sectorMix!: SectorMixResult;
  @Field(() => [NetworkNode], {
    description: 'The actors of that year with their metrics, by weighted degree.',
  })
  topActors!: NetworkNode[];
}
