/** A tie as the alliance search reads it: its two actors and the contexts they share. */
export interface AllianceTie {
  readonly source: string;
  readonly target: string;
  readonly contexts: readonly { readonly key: string; readonly date: string | null }[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

/** Actors that co-occur in at least k separate contexts. */
export interface Alliance {
  readonly actors: readonly string[];
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
}

/**
 * Recurring alliances: pairs whose tie spans at least k shared contexts, and groups of three or more
 * actors who all take part in the same k or more contexts. Groups are found as intersections of the
 * member sets of two contexts, then counted over all contexts; only maximal groups are kept.
 */
export function recurringAlliances(
  ties: Iterable<AllianceTie>,
  options: RecurringAllianceOptions = {},
): Alliance[] {
  const minContexts = options.minContexts ?? 2;
  const minGroupSize = options.minGroupSize ?? 3;
  const alliances: Alliance[] = [];
  const members = new Map<string, Set<string>>();
  const dates = new Map<string, string | null>();

  for (const { source, target, ...attributes } of ties) {
    for (const context of attributes.contexts) {
      const set = members.get(context.key) ?? new Set<string>();
      set.add(source);
      set.add(target);
      members.set(context.key, set);
      dates.set(context.key, context.date);
    }
    if (attributes.contexts.length >= minContexts) {
      alliances.push({
        actors: [source, target].sort(),
        contextKeys: attributes.contexts.map((c) => c.key).sort(),
        firstDate: attributes.firstDate,
        lastDate: attributes.lastDate,
      });
    }
  }

  const contexts = [...members.entries()]
    .sort(([keyA, a], [keyB, b]) => b.size - a.size || keyA.localeCompare(keyB))
    .slice(0, options.maxContexts ?? 300);
  const contextsOf = new Map<string, number[]>();
  contexts.forEach(([, set], index) => {
    for (const actor of set) contextsOf.set(actor, [...(contextsOf.get(actor) ?? []), index]);
  });
  const groups = new Map<string, string[]>();
  for (let i = 0; i < contexts.length; i++) {
    for (let j = i + 1; j < contexts.length; j++) {
      const [, a] = contexts[i] as [string, Set<string>];
      const [, b] = contexts[j] as [string, Set<string>];
      if (a.size < minGroupSize || b.size < minGroupSize) continue;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      const common: string[] = [];
      for (const actor of small) if (large.has(actor)) common.push(actor);
      if (common.length >= minGroupSize) {
        common.sort();
        groups.set(common.join('|'), common);
      }
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
      const contextKeys = fewest
        .filter((index) => actors.every((actor) => (contexts[index] as [string, Set<string>])[1].has(actor)))
        .map((index) => (contexts[index] as [string, Set<string>])[0])
        .sort();
      const contextDates = contextKeys
        .map((key) => dates.get(key) ?? null)
        .filter((d): d is string => d !== null)
        .sort();
      return {
        actors,
        contextKeys,
        firstDate: contextDates[0] ?? null,
        lastDate: contextDates[contextDates.length - 1] ?? null,
      };
    })
    .filter((group) => group.contextKeys.length >= minContexts);
  alliances.push(...maximal);
  return alliances.sort(
    (a, b) =>
      b.contextKeys.length - a.contextKeys.length ||
      b.actors.length - a.actors.length ||
      a.actors.join().localeCompare(b.actors.join()),
  );
}
