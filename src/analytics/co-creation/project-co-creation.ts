import Graph from 'graphology';
import { computeNetworkMetrics, type ActorMetrics, type MetricsGraph } from '../metrics/actor-metrics';
import { recurringAlliances, type Alliance } from '../metrics/recurring-alliances';
import { groupSectorMix, sectorMix, type SectorMix } from '../metrics/sector-mix';
import type { CentralityOptions, ShortestPathCentralities } from '../metrics/shortest-path-centrality';
import { CONTEXT_KINDS, type ContextKind } from '../network/membership';
import { decodeDate, sectorNames, type MembershipStructure } from '../network/membership-structure';
import { firstInOrder } from '../../shared/first-in-order';
import { pairIndex } from './pair-index';
import {
  decodeEnd,
  endOf,
  jointEnd,
  OPEN,
  jointStart,
  overlappingMembers,
  together,
  unionEnd,
  unionStart,
} from '../network/member-span';

/**
 * How a shared context weighs in a tie. COUNT: every shared context counts 1 (a 300-person congress
 * as much as a 3-person project team). NEWMAN: a context of n members adds 1/(n-1) to each of its
 * pairs (Newman 2001, "Scientific collaboration networks II"), so each actor's strength is the number
 * of its contexts (when all members share their dates) and large contexts no longer dominate.
 */
export type TieWeighting = 'COUNT' | 'NEWMAN';

/**
 * What becomes of memberships no statement dates (an affiliation or role without validity, in an
 * undertaking without a period). WITHIN_LIFESPANS: they hold wherever both ends exist (the reading of
 * every window-taking query). EXCLUDE: they are left out, so a yearly slice shows only what is dated to it.
 */
export type UndatedTreatment = 'WITHIN_LIFESPANS' | 'EXCLUDE';

export interface CoCreationProjectionOptions {
  readonly maxNodes: number;
  readonly maxEdges: number;
  readonly weighting: TieWeighting;
  /** Memberships no statement dates: held within both ends' lifespans, or left out. */
  readonly undated: UndatedTreatment;
  readonly minAllianceContexts: number;
  readonly seed: number;
  readonly centrality: Omit<CentralityOptions, 'seed'>;
  /**
   * Only what a yearly summary reads (coCreationTimeline): actors with their metrics, communities,
   * modularity, sector mix and truncation. The ties are still built and measured but not returned, and
   * neither recurring alliances nor context mixes are searched (at size M the alliance search alone
   * costs about 150 ms a year).
   */
  readonly summary?: boolean;
}

export interface ProjectedActor {
  readonly key: string;
  readonly type: 'Organisation' | 'Person';
  /** All sectors of the actor, in vocabulary order (empty: unknown). */
  readonly sectors: readonly string[];
  /** Weighted degree in the whole scope's network, before any cut: the rank that selected the actor. */
  readonly scopeWeightedDegree: number;
  readonly metrics: ActorMetrics;
}

export interface ProjectedContextRef {
  readonly key: string;
  readonly kind: ContextKind;
  /** When the pair is in it together: from (jointStart, jointEnd in network/member-span.ts). */
  readonly date: string | null;
  /** ... until; null when open or unknown. */
  readonly until: string | null;
  /** It goes on (a start, no end). */
  readonly open: boolean;
}

export interface ProjectedTie {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly weight: number;
  /** The span of the tie: earliest start .. latest end of its shared contexts (null: unknown, or open). */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** True when every shared context rests on an undated statement of one of the two. */
  readonly undated: boolean;
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
  /** True when maxEdges cut ties among the kept actors (see keptTies for which are kept). */
  readonly edges: boolean;
  /** Actors in the scope's network before the cut. */
  readonly actorsInScope: number;
  /** Ties among the kept actors before the edge cut. */
  readonly tiesAmongKept: number;
  /** Of those, the ties resting only on undated statements. */
  readonly undatedTies: number;
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
 * bipartite structure without pairing anybody (COUNT: the sum over the actor's contexts of the
 * members in it at the same time, n-1 when all share the dates; NEWMAN: that count / (n-1) for a
 * context of n members); ties are then built only among the
 * `maxNodes` kept actors, and at most `maxEdges` of them are kept (each actor's strongest first,
 * keptTies). Work and memory
 * grow with the total membership and with the answer, not with the square of the largest context.
 * Metrics describe the network returned (kept actors, kept ties).
 */
export function projectCoCreation(
  structure: MembershipStructure,
  options: CoCreationProjectionOptions,
): CoCreationProjection {
  const groups = groupByContext(structure, options.undated);
  const actorCount = structure.actorKeys.length;
  const strength = new Float64Array(actorCount);
  const inScope = new Uint8Array(actorCount);
  for (let context = 0; context < groups.contexts; context++) {
    const start = groups.starts[context] as number;
    const size = (groups.starts[context + 1] as number) - start;
    // Partners are the members in the context at the same time as the actor: all of them when all
    // share one span (an event), else counted by interval overlap.
    const partners = sameSpan(groups, start, size)
      ? undefined
      : overlappingMembers(
          groups.dates.subarray(start, start + size),
          groups.ends.subarray(start, start + size),
        );
    for (let slot = start; slot < start + size; slot++) {
      const actor = groups.actors[slot] as number;
      inScope[actor] = 1;
      const count = partners === undefined ? size - 1 : (partners[slot - start] as number);
      if (count > 0) add(strength, actor, options.weighting === 'COUNT' ? count : count / (size - 1));
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

  const { ties, entries } = tiesAmong(groups, local, kept.length, options.weighting);
  const selectedTies = keptTies(ties, options.maxEdges, kept.length);

  const sectorSetOf = (actor: number) => structure.actorSectors[actor] as number;
  const sectorsOf = (actor: number) => sectorNames(sectorSetOf(actor));
  const graph: MetricsGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const actor of kept) graph.addNode(keyOf(actor), { sectors: sectorsOf(actor) });
  const projected: ProjectedTie[] = selectedTies.map((tie) => {
    const [a, b] = [keyOf(kept[tie.a] as number), keyOf(kept[tie.b] as number)].sort() as [string, string];
    const id = `${a}--${b}`;
    graph.addUndirectedEdgeWithKey(id, a, b, { weight: tie.weight });
    return {
      id,
      source: a,
      target: b,
      weight: tie.weight,
      firstDate: decodeDate(tie.first),
      lastDate: decodeEnd(tie.last),
      undated: tie.datedContexts === 0,
      // A summary returns no ties and searches no alliances: nobody reads their contexts.
      contexts: (options.summary === true ? [] : entries.of(tie)).map((entry) => {
        const context = entries.context[entry] as number;
        return {
          key: structure.contextKeys[context] as string,
          kind: CONTEXT_KINDS[structure.contextKinds[context] as number] as ContextKind,
          date: decodeDate(entries.date[entry] as number),
          until: decodeEnd(entries.end[entry] as number),
          open: entries.end[entry] === OPEN,
        };
      }),
    };
  });

  const metrics = computeNetworkMetrics(graph, { seed: options.seed, centrality: options.centrality });
  const communityOf = (key: string) => metrics.actors.get(key)?.community ?? 0;
  const sectorByKey = (key: string) => graph.getNodeAttribute(key, 'sectors');
  const communities = new Map<
    number,
    { members: string[]; ties: [readonly string[], readonly string[]][] }
  >();
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
      sectors: sectorsOf(actor),
      scopeWeightedDegree: strength[actor] as number,
      metrics: metrics.actors.get(keyOf(actor)) as ActorMetrics,
    })),
    ties: options.summary === true ? [] : projected.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    communities: [...communities.entries()]
      .sort(([a], [b]) => a - b)
      .map(([id, entry]) => ({ id, members: entry.members, sectorMix: sectorMix(entry.ties) })),
    modularity: metrics.modularity,
    sectorMix: sectorMix(projected.map((tie) => [sectorByKey(tie.source), sectorByKey(tie.target)] as const)),
    alliances:
      options.summary === true
        ? []
        : recurringAlliances(projected, {
            minContexts: options.minAllianceContexts,
            enclosing: enclosingContexts(structure),
            contextSpan: contextSpans(structure, groups),
          }),
    contextMixes: options.summary === true ? [] : contextMixes(structure, groups, sectorSetOf),
    truncation: {
      nodes: kept.length < ranked.length,
      edges: selectedTies.length < ties.length,
      actorsInScope: ranked.length,
      tiesAmongKept: ties.length,
      undatedTies: ties.reduce((count, tie) => count + (tie.datedContexts === 0 ? 1 : 0), 0),
    },
    centrality: metrics.centrality,
  };
}

/**
 * Members of each context (distinct actors, the union of their spans, dated when one of their ways
 * in is), organisations in their own context (neither dated nor undated: the tie to a member rests on the
 * member's statement).
 */
interface ContextGroups {
  readonly contexts: number;
  /** Context c's members are actors[starts[c] .. starts[c+1]). */
  readonly starts: Int32Array;
  readonly actors: Int32Array;
  /** YYYYMMDD, 0 unknown. */
  readonly dates: Int32Array;
  /** YYYYMMDD, 0 unknown, OPEN when the membership has a start but no end. */
  readonly ends: Int32Array;
  readonly dated: Uint8Array;
}

/** A counting sort of the memberships by context, then one pass to merge repeated actors: O(memberships). */
function groupByContext(structure: MembershipStructure, undated: UndatedTreatment): ContextGroups {
  const contexts = structure.contextKeys.length;
  const counts = new Int32Array(contexts + 1);
  const included = (membership: number) =>
    undated === 'WITHIN_LIFESPANS' || structure.memberDated[membership] === 1;
  structure.memberContexts.forEach((context, membership) => {
    if (included(membership)) add(counts, context + 1, 1);
  });
  // An organisation is in its own context only when somebody else is (with EXCLUDE, all may be left out).
  const withOrganisation = new Uint8Array(contexts);
  for (let context = 0; context < contexts; context++) {
    if ((structure.contextActors[context] as number) >= 0 && (counts[context + 1] as number) > 0) {
      withOrganisation[context] = 1;
      add(counts, context + 1, 1);
    }
  }
  for (let context = 0; context < contexts; context++)
    counts[context + 1] = (counts[context + 1] as number) + (counts[context] as number);
  const fill = Int32Array.from(counts);
  const slots = counts[contexts] as number;
  const rawActors = new Int32Array(slots);
  const rawDates = new Int32Array(slots);
  const rawEnds = new Int32Array(slots);
  const rawDated = new Uint8Array(slots);
  for (let context = 0; context < contexts; context++) {
    const organisation = structure.contextActors[context] as number;
    if (withOrganisation[context] === 1) {
      const slot = add(fill, context, 1) - 1;
      rawActors[slot] = organisation;
      rawDated[slot] = 1;
    }
  }
  structure.memberContexts.forEach((context, membership) => {
    if (!included(membership)) return;
    const slot = add(fill, context, 1) - 1;
    const start = structure.memberStarts[membership] as number;
    const end = structure.memberEnds[membership] as number;
    rawActors[slot] = structure.memberActors[membership] as number;
    rawDates[slot] = start;
    rawEnds[slot] = endOf(start, end);
    rawDated[slot] = structure.memberDated[membership] as number;
  });

  const starts = new Int32Array(contexts + 1);
  const actors = new Int32Array(slots);
  const dates = new Int32Array(slots);
  const ends = new Int32Array(slots);
  const dated = new Uint8Array(slots);
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
        ends[write] = rawEnds[slot] as number;
        dated[write] = rawDated[slot] as number;
        write += 1;
      } else {
        const at = position[actor] as number;
        dates[at] = unionStart(dates[at] as number, date);
        ends[at] = unionEnd(ends[at] as number, rawEnds[slot] as number);
        dated[at] = (dated[at] as number) | (rawDated[slot] as number);
      }
    }
  }
  starts[contexts] = write;
  return {
    contexts,
    starts,
    actors: actors.subarray(0, write),
    dates: dates.subarray(0, write),
    ends: ends.subarray(0, write),
    dated: dated.subarray(0, write),
  };
}

interface Tie {
  readonly a: number;
  readonly b: number;
  weight: number;
  first: number;
  last: number;
  /** Shared contexts in which both statements are dated. */
  datedContexts: number;
  /** Shared contexts: entries head, next[head], ... (in context order), `count` of them. */
  count: number;
  head: number;
  tail: number;
}

/**
 * The shared contexts of all ties in flat columns, a list per tie: at size M the kept actors share
 * hundreds of thousands of (tie, context) pairs, and three small arrays per tie were most of the
 * projection's garbage. Only the kept ties' lists become objects.
 */
class TieEntries {
  context = new Int32Array(1024);
  date = new Int32Array(1024);
  end = new Int32Array(1024);
  next = new Int32Array(1024);
  private size = 0;

  append(tie: Tie, context: number, date: number, end: number): void {
    if (this.size === this.context.length) this.grow();
    const entry = this.size++;
    this.context[entry] = context;
    this.date[entry] = date;
    this.end[entry] = end;
    this.next[entry] = -1;
    if (tie.count === 0) tie.head = entry;
    else this.next[tie.tail] = entry;
    tie.tail = entry;
    tie.count += 1;
  }

  /** The entries of a tie, in the order they were appended. */
  of(tie: Tie): number[] {
    const out: number[] = [];
    for (let entry = tie.head; entry >= 0; entry = this.next[entry] as number) out.push(entry);
    return out;
  }

  private grow(): void {
    const larger = (column: Int32Array) => {
      const next = new Int32Array(column.length * 2);
      next.set(column);
      return next;
    };
    this.context = larger(this.context);
    this.date = larger(this.date);
    this.end = larger(this.end);
    this.next = larger(this.next);
  }
}

/** Ties among the kept actors (local indices), one per pair, accumulated over their shared contexts. */
function tiesAmong(
  groups: ContextGroups,
  local: Int32Array,
  keptCount: number,
  weighting: TieWeighting,
): { ties: Tie[]; entries: TieEntries } {
  const entries = new TieEntries();
  const ties: Tie[] = [];
  const indexOf = pairIndex(keptCount);
  const members: number[] = [];
  const memberDates: number[] = [];
  const memberEnds: number[] = [];
  const memberDated: number[] = [];
  for (let context = 0; context < groups.contexts; context++) {
    const start = groups.starts[context] as number;
    const size = (groups.starts[context + 1] as number) - start;
    if (size < 2) continue;
    members.length = 0;
    memberDates.length = 0;
    memberEnds.length = 0;
    memberDated.length = 0;
    for (let slot = start; slot < start + size; slot++) {
      const position = local[groups.actors[slot] as number] as number;
      if (position >= 0) {
        members.push(position);
        memberDates.push(groups.dates[slot] as number);
        memberEnds.push(groups.ends[slot] as number);
        memberDated.push(groups.dated[slot] as number);
      }
    }
    const weight = weighting === 'COUNT' ? 1 : 1 / (size - 1);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = Math.min(members[i] as number, members[j] as number);
        const b = Math.max(members[i] as number, members[j] as number);
        const date = jointStart(memberDates[i] as number, memberDates[j] as number);
        const end = jointEnd(memberEnds[i] as number, memberEnds[j] as number);
        // Never in the context at the same time: no co-creation through it.
        if (!together(date, end)) continue;
        const pair = a * keptCount + b;
        let tie = ties[indexOf.get(pair)];
        if (tie === undefined) {
          tie = { a, b, weight: 0, first: 0, last: 0, datedContexts: 0, count: 0, head: -1, tail: -1 };
          indexOf.set(pair, ties.length);
          ties.push(tie);
        }
        tie.weight += weight;
        entries.append(tie, context, date, end);
        if ((memberDated[i] as number) === 1 && (memberDated[j] as number) === 1) tie.datedContexts += 1;
        tie.first = earliest(tie.first, date);
        tie.last = Math.max(tie.last, end);
      }
    }
  }
  return { ties, entries };
}

/** Stronger first: weight, then shared contexts, then the most recent, then rank (a total order). */
const STRONGER_FIRST = (x: Tie, y: Tie) =>
  y.weight - x.weight || y.count - x.count || y.last - x.last || x.a - y.a || x.b - y.b;

/**
 * At most `maxEdges` ties: each kept actor's strongest tie first, then the strongest of the rest
 * (STRONGER_FIRST). The strongest ties alone gather round the hubs: at size M, 5 000 actors and their
 * 25 000 strongest ties left 4 135 actors without a tie, drawn as loose dots with degree 0. When the
 * actors' strongest ties are more than `maxEdges`, the strongest of them are kept.
 */
function keptTies(ties: Tie[], maxEdges: number, keptCount: number): Tie[] {
  if (ties.length <= maxEdges) return ties;
  const strongestOf = new Int32Array(keptCount).fill(-1);
  ties.forEach((tie, index) => {
    for (const end of [tie.a, tie.b]) {
      const best = strongestOf[end] as number;
      if (best === -1 || STRONGER_FIRST(tie, ties[best] as Tie) < 0) strongestOf[end] = index;
    }
  });
  const inBackbone = new Uint8Array(ties.length);
  const backbone: Tie[] = [];
  for (const index of strongestOf)
    if (index !== -1 && inBackbone[index] === 0) {
      inBackbone[index] = 1;
      backbone.push(ties[index] as Tie);
    }
  if (backbone.length >= maxEdges) return firstInOrder(backbone, maxEdges, STRONGER_FIRST);
  const rest = ties.filter((_, index) => inBackbone[index] === 0);
  return [...backbone, ...firstInOrder(rest, maxEdges - backbone.length, STRONGER_FIRST)];
}

function contextMixes(
  structure: MembershipStructure,
  groups: ContextGroups,
  sectorSetOf: (actor: number) => number,
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
      sectorMix: groupSectorMix(Array.from(members, sectorSetOf)),
    });
  }
  // Largest first, so the first page of a network's context mixes holds its main events and undertakings.
  return mixes.sort((a, b) => b.actors - a.actors || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The contexts each context lies inside, transitively (a project's programmes and their initiative). */
function enclosingContexts(structure: MembershipStructure): (key: string) => ReadonlySet<string> | undefined {
  const parents = new Map<string, string[]>();
  structure.containedInner.forEach((inner, index) => {
    const innerKey = structure.contextKeys[inner] as string;
    const outerKey = structure.contextKeys[structure.containedOuter[index] as number] as string;
    parents.set(innerKey, [...(parents.get(innerKey) ?? []), outerKey]);
  });
  const closure = new Map<string, Set<string>>();
  const enclosing = (key: string, visiting: Set<string> = new Set()): Set<string> => {
    const known = closure.get(key);
    if (known !== undefined) return known;
    const all = new Set<string>();
    visiting.add(key);
    for (const parent of parents.get(key) ?? []) {
      if (visiting.has(parent)) continue; // Nothing refuses a PART_OF cycle: stay finite.
      all.add(parent);
      for (const outer of enclosing(parent, visiting)) all.add(outer);
    }
    visiting.delete(key);
    closure.set(key, all);
    return all;
  };
  return (key) => (parents.has(key) ? enclosing(key) : undefined);
}

/** The span of each context over all its members (earliest start, latest end), by key, computed on demand. */
function contextSpans(
  structure: MembershipStructure,
  groups: ContextGroups,
): (context: string) => { first: string | null; last: string | null; open: boolean } | undefined {
  let contextIndex: Map<string, number> | undefined;
  const known = new Map<number, { first: string | null; last: string | null; open: boolean }>();
  return (key) => {
    contextIndex ??= new Map(structure.contextKeys.map((contextKey, index) => [contextKey, index]));
    const context = contextIndex.get(key);
    if (context === undefined) return undefined;
    let span = known.get(context);
    if (span === undefined) {
      let first = 0;
      let last = 0;
      for (
        let slot = groups.starts[context] as number;
        slot < (groups.starts[context + 1] as number);
        slot++
      ) {
        first = earliest(first, groups.dates[slot] as number);
        last = Math.max(last, groups.ends[slot] as number);
      }
      span = { first: decodeDate(first), last: decodeEnd(last), open: last === OPEN };
      known.set(context, span);
    }
    return span;
  };
}

/** True when every member of the context slice has the same span (no overlap counting needed). */
function sameSpan(groups: ContextGroups, start: number, size: number): boolean {
  for (let slot = start + 1; slot < start + size; slot++) {
    if (groups.dates[slot] !== groups.dates[start] || groups.ends[slot] !== groups.ends[start]) return false;
  }
  return true;
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
