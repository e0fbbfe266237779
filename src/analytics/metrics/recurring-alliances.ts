import type { ContextKind } from '../network/membership';

/** A shared context of a tie as the alliance search reads it. */
export interface AllianceContext {
  readonly key: string;
  readonly kind: ContextKind;
  readonly date: string | null;
  /** End of the pair's part in it; null when open or unknown. */
  readonly until: string | null;
  /** True when it goes on (a start and no end): an alliance in it has no last date yet. */
  readonly open?: boolean;
}

/** A tie as the alliance search reads it: its two actors and the contexts they share. */
export interface AllianceTie {
  readonly source: string;
  readonly target: string;
  readonly contexts: readonly AllianceContext[];
}

/** Actors that co-occur in at least k separate contexts. */
export interface Alliance {
  readonly actors: readonly string[];
  /** The separate contexts (see {@link recurringAlliances}), sorted. */
  readonly contextKeys: readonly string[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export interface RecurringAllianceOptions {
  /** Minimum number of separate shared contexts. Default 2. */
  readonly minContexts?: number;
  /** Smallest group reported besides pairs. Default 3. */
  readonly minGroupSize?: number;
  /**
   * Groups are searched among the contexts with the most members, at most this many (their pairwise
   * comparison costs contexts²). Default 300. Pairs are always complete.
   */
  readonly maxContexts?: number;
  /** The contexts a context lies inside (a project's programmes, transitively). Default: none. */
  readonly enclosing?: (key: string) => ReadonlySet<string> | undefined;
  /**
   * The span of a context (earliest start, latest end of its members), for the dates of groups.
   * Default: the hull of the kept ties' spans in it.
   */
  readonly contextSpan?: (context: string) => Span | undefined;
}

/** A span as the alliance search reads it: `open` when it goes on (then `last` is null). */
interface Span {
  readonly first: string | null;
  readonly last: string | null;
  readonly open?: boolean;
}

type MutableSpan = { first: string | null; last: string | null; open: boolean };

/** Widens `span` to cover `other`: the earlier start, the later known end, open when either is. */
function extend(span: MutableSpan, other: Span): void {
  if (other.first !== null && (span.first === null || other.first < span.first)) span.first = other.first;
  if (other.last !== null && (span.last === null || other.last > span.last)) span.last = other.last;
  span.open ||= other.open === true;
}

export const RECURRING_ALLIANCE_DEFAULTS = { minContexts: 2, minGroupSize: 3, maxContexts: 300 } as const;

/** Kinds of context that are occasions of co-creation; a shared organisation is where people work. */
const OCCASIONS: readonly ContextKind[] = ['EVENT', 'UNDERTAKING'];

/**
 * Recurring alliances: pairs and groups of three or more actors who all take part in k or more
 * separate contexts; a pair is dated by its own spans in them, a group by the spans of the contexts.
 * Separate means: events and undertakings only (a shared organisation is not an occasion), and a
 * context that merely contains another shared one counts once with it (a project and its own
 * programme are one collaboration, two projects of one programme are two). Groups are found as
 * intersections of the member sets of two contexts, then counted over all contexts; only maximal
 * groups are kept.
 */
export function recurringAlliances(
  ties: Iterable<AllianceTie>,
  options: RecurringAllianceOptions = {},
): Alliance[] {
  const minContexts = options.minContexts ?? RECURRING_ALLIANCE_DEFAULTS.minContexts;
  const minGroupSize = options.minGroupSize ?? RECURRING_ALLIANCE_DEFAULTS.minGroupSize;
  const enclosing = options.enclosing ?? (() => undefined);
  const alliances: Alliance[] = [];
  const members = new Map<string, Set<string>>();
  /** Context key -> the hull of the kept ties' spans in it (the default context span). */
  const tieSpans = new Map<string, MutableSpan>();
  const widen = (context: AllianceContext) => {
    const span = tieSpans.get(context.key) ?? { first: null, last: null, open: false };
    extend(span, { first: context.date, last: context.until, open: context.open });
    tieSpans.set(context.key, span);
  };
  const contextSpan = options.contextSpan ?? ((context: string) => tieSpans.get(context));

  /** The shared contexts that count: occasions not enclosing another shared one. */
  const separate = (keys: readonly string[]): string[] => {
    const implied = new Set<string>();
    for (const key of keys) for (const outer of enclosing(key) ?? []) implied.add(outer);
    return keys.filter((key) => !implied.has(key)).sort();
  };
  /** Earliest start and latest end of the given spans; no last date while one of them goes on. */
  const hull = (spans: Iterable<Span | undefined>) => {
    const all: MutableSpan = { first: null, last: null, open: false };
    for (const span of spans) if (span !== undefined) extend(all, span);
    return { firstDate: all.first, lastDate: all.open ? null : all.last };
  };

  for (const { source, target, contexts } of ties) {
    const occasions = contexts.filter((context) => OCCASIONS.includes(context.kind));
    for (const context of occasions) {
      const set = members.get(context.key) ?? new Set<string>();
      set.add(source);
      set.add(target);
      members.set(context.key, set);
      if (options.contextSpan === undefined) widen(context);
    }
    if (occasions.length < minContexts) continue;
    const keys = separate(occasions.map((context) => context.key));
    if (keys.length < minContexts) continue;
    // A pair's dates are its own: the span of the pair in each of its separate contexts.
    const counted = new Set(keys);
    const own = occasions
      .filter((context) => counted.has(context.key))
      .map((context) => ({ first: context.date, last: context.until, open: context.open }));
    alliances.push({ actors: [source, target].sort(), contextKeys: keys, ...hull(own) });
  }

  const contexts = [...members.entries()]
    .sort(([keyA, a], [keyB, b]) => b.size - a.size || keyA.localeCompare(keyB))
    .slice(0, options.maxContexts ?? RECURRING_ALLIANCE_DEFAULTS.maxContexts);
  const contextsOf = new Map<string, number[]>();
  contexts.forEach(([, set], index) => {
    for (const actor of set) {
      const own = contextsOf.get(actor);
      if (own === undefined) contextsOf.set(actor, [index]);
      else own.push(index);
    }
  });
  // The candidate groups: the common members of each two contexts, intersected as bit sets over
  // the actors (45 000 comparisons of Sets of strings were a sixth of a whole-graph projection).
  const actors = [...contextsOf.keys()];
  const actorIndex = new Map(actors.map((actor, index) => [actor, index]));
  const words = Math.ceil(actors.length / 32);
  const bits = contexts.map(([, set]) => {
    const row = new Uint32Array(words);
    if (set.size >= minGroupSize)
      for (const actor of set) {
        const index = actorIndex.get(actor) as number;
        row[index >>> 5] = (row[index >>> 5] as number) | (1 << (index & 31));
      }
    return row;
  });
  const groups = new Map<string, string[]>();
  for (let i = 0; i < contexts.length; i++) {
    const a = bits[i] as Uint32Array;
    if ((contexts[i] as [string, Set<string>])[1].size < minGroupSize) continue;
    for (let j = i + 1; j < contexts.length; j++) {
      if ((contexts[j] as [string, Set<string>])[1].size < minGroupSize) continue;
      const b = bits[j] as Uint32Array;
      let count = 0;
      for (let word = 0; word < words; word++) count += bitCount((a[word] as number) & (b[word] as number));
      if (count < minGroupSize) continue;
      const common: string[] = [];
      for (let word = 0; word < words; word++) {
        let both = (a[word] as number) & (b[word] as number);
        while (both !== 0) {
          const low = both & -both;
          common.push(actors[word * 32 + 31 - Math.clz32(low)] as string);
          both ^= low;
        }
      }
      common.sort();
      groups.set(common.join('|'), common);
    }
  }
  // Every group is the intersection of all contexts it meets in (it is the intersection of two of
  // them and contained in each), so no group has a larger group with the same contexts: all are maximal.
  const maximal = [...groups.values()]
    .map((actors) => {
      // Only the contexts of the actor with the fewest need checking.
      const fewest = actors.reduce<number[]>((best, actor) => {
        const own = contextsOf.get(actor) ?? [];
        return best.length === 0 || own.length < best.length ? own : best;
      }, []);
      const contextKeys = separate(
        fewest
          .filter((index) =>
            actors.every((actor) => (contexts[index] as [string, Set<string>])[1].has(actor)),
          )
          .map((index) => (contexts[index] as [string, Set<string>])[0]),
      );
      // A group's dates are those of its contexts: when they began, when the last one ended.
      return { actors, contextKeys, ...hull(contextKeys.map(contextSpan)) };
    })
    .filter((group) => group.contextKeys.length >= minContexts);
  alliances.push(...maximal);
  // The actors joined once per alliance, not once per comparison (some 14 000 alliances at size M);
  // the collator orders as localeCompare does.
  const byActors = new Map(alliances.map((alliance) => [alliance, alliance.actors.join()]));
  const collator = new Intl.Collator();
  return alliances.sort(
    (a, b) =>
      b.contextKeys.length - a.contextKeys.length ||
      b.actors.length - a.actors.length ||
      collator.compare(byActors.get(a) ?? '', byActors.get(b) ?? ''),
  );
}

/** Number of set bits of a 32-bit integer. */
function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
