/**
 * Sector mix of a set of ties: how many join different sectors (cross-sector ties) and the E-I index
 * (Krackhardt & Stern 1988): (E - I) / (E + I), with E the ties across sectors and I the ties within
 * one. -1: all ties stay inside sectors; +1: all cross sectors. Ties with an unknown sector are left out.
 * An actor may have several sectors (a person affiliated with a university and an association): a tie
 * stays within a sector when its two ends share one, and crosses when they share none.
 */
export interface SectorMix {
  /** Ties whose two ends have a known sector. */
  readonly ties: number;
  readonly crossSectorTies: number;
  /** crossSectorTies / ties, or null without ties. */
  readonly crossSectorShare: number | null;
  /** (E - I) / (E + I), or null without ties. */
  readonly eiIndex: number | null;
}

/** The sectors of the two ends of each tie; an empty list is an unknown sector. */
export function sectorMix(ties: Iterable<readonly [readonly string[], readonly string[]]>): SectorMix {
  let external = 0;
  let internal = 0;
  for (const [a, b] of ties) {
    if (a.length === 0 || b.length === 0) continue;
    if (a.some((sector) => b.includes(sector))) internal += 1;
    else external += 1;
  }
  return mix(external, internal);
}

/**
 * Sector mix of all pairs among a group (the members of one context), from the members' sector bit
 * sets (0: unknown): O(members + distinct sets²) instead of one entry per pair. Equal to `sectorMix`
 * over every pair of the group.
 */
export function groupSectorMix(sectorSets: Iterable<number>): SectorMix {
  const counts = new Map<number, number>();
  for (const set of sectorSets) if (set !== 0) counts.set(set, (counts.get(set) ?? 0) + 1);
  const classes = [...counts.entries()];
  let internal = 0;
  let external = 0;
  for (let i = 0; i < classes.length; i++) {
    const [setA, countA] = classes[i] as [number, number];
    internal += (countA * (countA - 1)) / 2;
    for (let j = i + 1; j < classes.length; j++) {
      const [setB, countB] = classes[j] as [number, number];
      if ((setA & setB) !== 0) internal += countA * countB;
      else external += countA * countB;
    }
  }
  return mix(external, internal);
}

function mix(external: number, internal: number): SectorMix {
  const total = external + internal;
  return {
    ties: total,
    crossSectorTies: external,
    crossSectorShare: total === 0 ? null : external / total,
    eiIndex: total === 0 ? null : (external - internal) / total,
  };
}
