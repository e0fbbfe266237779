import Graph from 'graphology';
import { computeNetworkMetrics, type ActorMetrics, type MetricsGraph } from '../metrics/actor-metrics';
import { recurringAlliances, type Alliance } from '../metrics/recurring-alliances';
import { groupSectorMix, sectorMix, type SectorMix } from '../metrics/sector-mix';
import type { CentralityOptions, ShortestPathCentralities } from '../metrics/shortest-path-centrality';
import { CONTEXT_KINDS, type ContextKind } from '../network/membership';
import { decodeDate, type MembershipStructure } from '../network/membership-structure';

/**
 * How a shared context weighs in a tie. COUNT: every shared context counts 1 (a 300-person congress
 * as much as a 3-person project team). NEWMAN: a context of n members adds 1/(n-1) to each of its
 * pairs (Newman 2001, "Scientific collaboration networks II"), so each actor's strength is the number
 * of its contexts and large contexts no longer dominate.
 */
export type TieWeighting = 'COUNT' | 'NEWMAN';

export interface CoCreationProjectionOptions {
  readonly maxNodes: number;
  readonly maxEdges: number;
  readonly weighting: TieWeighting;
  readonly minAllianceContexts: number;
  readonly seed: number;
  readonly centrality: Omit<CentralityOptions, 'seed'>;
}

export interface ProjectedActor {
  readonly key: string;
  readonly type: 'Organisation' | 'Person';
  readonly sector: string | null;
  /** Weighted degree in the whole scope's network, before any cut: the rank that selected the actor. */
  readonly scopeWeightedDegree: number;
  readonly metrics: ActorMetrics;
}

export interface ProjectedContextRef {
  readonly key: string;
  readonly kind: ContextKind;
  readonly date: string | null;
}

export interface ProjectedTie {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly weight: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** The shared contexts, by reference (evidence is read for the kept ties only, afterwards). */
  readonly contexts: readonly ProjectedContextRef[];
}

export interface ProjectedContextMix {
  readonly key: string;
  readonly kind: ContextKind;
  readonly actors: number;
  readonly sectorMix: SectorMix;
}

export interface Truncation {
  /** True when maxNodes cut actors (the strongest by scope weighted degree are kept). */
  readonly nodes: boolean;
  /** True when maxEdges cut ties among the kept actors (the strongest are kept). */
  readonly edges: boolean;
  /** Actors in the scope's network before the cut. */
  readonly actorsInScope: number;
  /** Ties among the kept actors before the edge cut. */
  readonly tiesAmongKept: number;
}

export interface CoCreationProjection {
  /** The kept actors, by key. */
  readonly actors: readonly ProjectedActor[];
  /** The kept ties, by id. */
  readonly ties: readonly ProjectedTie[];
  readonly communities: readonly { id: number; members: string[]; sectorMix: SectorMix }[];
  readonly modularity: number | null;
  readonly sectorMix: SectorMix;
  readonly alliances: readonly Alliance[];
  /** Sector mix of every event and undertaking of the scope, by key. */
  readonly contextMixes: readonly ProjectedContextMix[];
  readonly truncation: Truncation;
  readonly centrality: Omit<ShortestPathCentralities, 'betweenness' | 'closeness'>;
}

/**
 * The actor-actor co-creation network of a membership structure, selected first and projected second:
 * actors are ranked by their weighted degree in the whole projection, which follows from the
 * bipartite structure without pairing anybody (COUNT: the sum of (n-1) over the actor's contexts of
 * n members; NEWMAN: the number of its contexts with a partner); ties are then built only among the
 * `maxNodes` kept actors, and at most `maxEdges` of them (the strongest) are kept. Work and memory
 * grow with the total membership and with the answer, not with the square of the largest context.
 * Metrics describe the network returned (kept actors, kept ties).
 */
export function projectCoCreation(
  structure: MembershipStructure,
  options: CoCreationProjectionOptions,
): CoCreationProjection {
  const groups = groupByContext(structure);
  const actorCount = structure.actorKeys.length;
  const strength = new Float64Array(actorCount);
  const inScope = new Uint8Array(actorCount);
  for (let context = 0; context < groups.contexts; context++) {
    const start = groups.starts[context] as number;
    const size = (groups.starts[context + 1] as number) - start;
    for (let slot = start; slot < start + size; slot++) {
      const actor = groups.actors[slot] as number;
      inScope[actor] = 1;
      if (size >= 2) add(strength, actor, options.weighting === 'COUNT' ? size - 1 : 1);
    }
  }

  const ranked: number[] = [];
  for (let actor = 0; actor < actorCount; actor++) if (inScope[actor] === 1) ranked.push(actor);
  const keyOf = (actor: number) => structure.actorKeys[actor] as string;
  ranked.sort(
    (a, b) =>
      (strength[b] as number) - (strength[a] as number) ||
      (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0),
  );
  const kept = ranked.slice(0, options.maxNodes);
  const local = new Int32Array(actorCount).fill(-1);
  kept.forEach((actor, index) => (local[actor] = index));

  const ties = tiesAmong(groups, local, kept.length, options.weighting);
  const keptTies = strongestTies(ties, options.maxEdges);

  const sectorOf = (actor: number) => {
    const sector = structure.actorSectors[actor] as number;
    return sector < 0 ? null : (structure.sectors[sector] as string);
  };
  const graph: MetricsGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const actor of kept) graph.addNode(keyOf(actor), { sector: sectorOf(actor) });
  const projected: ProjectedTie[] = keptTies.map((tie) => {
    const [a, b] = [keyOf(kept[tie.a] as number), keyOf(kept[tie.b] as number)].sort() as [string, string];
    const id = `${a}--${b}`;
    graph.addUndirectedEdgeWithKey(id, a, b, { weight: tie.weight });
    return {
      id,
      source: a,
      target: b,
      weight: tie.weight,
      firstDate: decodeDate(tie.first),
      lastDate: decodeDate(tie.last),
      contexts: tie.contexts.map((context, index) => ({
        key: structure.contextKeys[context] as string,
        kind: CONTEXT_KINDS[structure.contextKinds[context] as number] as ContextKind,
        date: decodeDate(tie.dates[index] as number),
      })),
    };
  });

  const metrics = computeNetworkMetrics(graph, { seed: options.seed, centrality: options.centrality });
  const communityOf = (key: string) => metrics.actors.get(key)?.community ?? 0;
  const sectorByKey = (key: string) => graph.getNodeAttribute(key, 'sector');
  const communities = new Map<number, { members: string[]; ties: [string | null, string | null][] }>();
  const byKey = [...kept].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  for (const actor of byKey) {
    const community = communityOf(keyOf(actor));
    const entry = communities.get(community) ?? { members: [], ties: [] };
    entry.members.push(keyOf(actor));
    communities.set(community, entry);
  }
  for (const tie of projected) {
    if (communityOf(tie.source) === communityOf(tie.target))
      communities.get(communityOf(tie.source))?.ties.push([sectorByKey(tie.source), sectorByKey(tie.target)]);
  }

  return {
    actors: byKey.map((actor) => ({
      key: keyOf(actor),
      type: structure.actorIsOrganisation[actor] === 1 ? 'Organisation' : 'Person',
      sector: sectorOf(actor),
      scopeWeightedDegree: strength[actor] as number,
      metrics: metrics.actors.get(keyOf(actor)) as ActorMetrics,
    })),
    ties: projected.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    communities: [...communities.entries()]
      .sort(([a], [b]) => a - b)
      .map(([id, entry]) => ({ id, members: entry.members, sectorMix: sectorMix(entry.ties) })),
    modularity: metrics.modularity,
    sectorMix: sectorMix(projected.map((tie) => [sectorByKey(tie.source), sectorByKey(tie.target)] as const)),
    alliances: recurringAlliances(projected, { minContexts: options.minAllianceContexts }),
    contextMixes: contextMixes(structure, groups, sectorOf),
    truncation: {
      nodes: kept.length < ranked.length,
      edges: keptTies.length < ties.length,
      actorsInScope: ranked.length,
      tiesAmongKept: ties.length,
    },
    centrality: metrics.centrality,
  };
}

/** Members of each context (distinct actors, earliest date), organisations in their own context. */
interface ContextGroups {
  readonly contexts: number;
  /** Context c's members are actors[starts[c] .. starts[c+1]). */
  readonly starts: Int32Array;
  readonly actors: Int32Array;
  readonly dates: Int32Array;
}

/** A counting sort of the memberships by context, then one pass to merge repeated actors: O(memberships). */
function groupByContext(structure: MembershipStructure): ContextGroups {
  const contexts = structure.contextKeys.length;
  const counts = new Int32Array(contexts + 1);
  for (const context of structure.memberContexts) add(counts, context + 1, 1);
  for (let context = 0; context < contexts; context++)
    if ((structure.contextActors[context] as number) >= 0) add(counts, context + 1, 1);
  for (let context = 0; context < contexts; context++)
    counts[context + 1] = (counts[context + 1] as number) + (counts[context] as number);
  const fill = Int32Array.from(counts);
  const slots = counts[contexts] as number;
  const rawActors = new Int32Array(slots);
  const rawDates = new Int32Array(slots);
  for (let context = 0; context < contexts; context++) {
    const organisation = structure.contextActors[context] as number;
    if (organisation >= 0) rawActors[add(fill, context, 1) - 1] = organisation;
  }
  structure.memberContexts.forEach((context, membership) => {
    const slot = add(fill, context, 1) - 1;
    rawActors[slot] = structure.memberActors[membership] as number;
    rawDates[slot] = structure.memberDates[membership] as number;
  });

  const starts = new Int32Array(contexts + 1);
  const actors = new Int32Array(slots);
  const dates = new Int32Array(slots);
  const lastContext = new Int32Array(structure.actorKeys.length).fill(-1);
  const position = new Int32Array(structure.actorKeys.length);
  let write = 0;
  for (let context = 0; context < contexts; context++) {
    starts[context] = write;
    for (let slot = counts[context] as number; slot < (counts[context + 1] as number); slot++) {
      const actor = rawActors[slot] as number;
      const date = rawDates[slot] as number;
      if (lastContext[actor] !== context) {
        lastContext[actor] = context;
        position[actor] = write;
        actors[write] = actor;
        dates[write] = date;
        write += 1;
      } else {
        const at = position[actor] as number;
        dates[at] = earliest(dates[at] as number, date);
      }
    }
  }
  starts[contexts] = write;
  return { contexts, starts, actors: actors.subarray(0, write), dates: dates.subarray(0, write) };
}

interface Tie {
  readonly a: number;
  readonly b: number;
  weight: number;
  first: number;
  last: number;
  readonly contexts: number[];
  readonly dates: number[];
}

/** Ties among the kept actors (local indices), one per pair, accumulated over their shared contexts. */
function tiesAmong(
  groups: ContextGroups,
  local: Int32Array,
  keptCount: number,
  weighting: TieWeighting,
): Tie[] {
  const byPair = new Map<number, Tie>();
  const members: number[] = [];
  const memberDates: number[] = [];
  for (let context = 0; context < groups.contexts; context++) {
    const start = groups.starts[context] as number;
    const size = (groups.starts[context + 1] as number) - start;
    if (size < 2) continue;
    members.length = 0;
    memberDates.length = 0;
    for (let slot = start; slot < start + size; slot++) {
      const position = local[groups.actors[slot] as number] as number;
      if (position >= 0) {
        members.push(position);
        memberDates.push(groups.dates[slot] as number);
      }
    }
    const weight = weighting === 'COUNT' ? 1 : 1 / (size - 1);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = Math.min(members[i] as number, members[j] as number);
        const b = Math.max(members[i] as number, members[j] as number);
        const date = earliest(memberDates[i] as number, memberDates[j] as number);
        const pair = a * keptCount + b;
        let tie = byPair.get(pair);
        if (tie === undefined) {
          tie = { a, b, weight: 0, first: 0, last: 0, contexts: [], dates: [] };
          byPair.set(pair, tie);
        }
        tie.weight += weight;
        tie.contexts.push(context);
        tie.dates.push(date);
        if (date !== 0) {
          tie.first = earliest(tie.first, date);
          tie.last = Math.max(tie.last, date);
        }
      }
    }
  }
  return [...byPair.values()];
}

/** The `maxEdges` strongest ties: weight, then shared contexts, then the most recent, then rank. */
function strongestTies(ties: Tie[], maxEdges: number): Tie[] {
  if (ties.length <= maxEdges) return ties;
  return [...ties]
    .sort(
      (x, y) =>
        y.weight - x.weight ||
        y.contexts.length - x.contexts.length ||
        y.last - x.last ||
        x.a - y.a ||
        x.b - y.b,
    )
    .slice(0, maxEdges);
}

function contextMixes(
  structure: MembershipStructure,
  groups: ContextGroups,
  sectorOf: (actor: number) => string | null,
): ProjectedContextMix[] {
  const mixes: ProjectedContextMix[] = [];
  for (let context = 0; context < groups.contexts; context++) {
    const kind = CONTEXT_KINDS[structure.contextKinds[context] as number] as ContextKind;
    if (kind === 'ORGANISATION') continue;
    const members = groups.actors.subarray(groups.starts[context], groups.starts[context + 1]);
    mixes.push({
      key: structure.contextKeys[context] as string,
      kind,
      actors: members.length,
      sectorMix: groupSectorMix(Array.from(members, sectorOf)),
    });
  }
  // Largest first, so the first page of a network's context mixes holds its main events and undertakings.
  return mixes.sort((a, b) => b.actors - a.actors || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The earlier of two YYYYMMDD dates, 0 (unknown) giving way to a known one. */
function earliest(a: number, b: number): number {
  if (a === 0) return b;
  if (b === 0) return a;
  return Math.min(a, b);
}

/** array[index] += amount for typed arrays under noUncheckedIndexedAccess; returns the new value. */
function add(array: Int32Array | Float64Array, index: number, amount: number): number {
  const value = (array[index] as number) + amount;
  array[index] = value;
  return value;
}
