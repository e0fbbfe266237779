/**
 * Sector mix of a set of ties: how many join different sectors (cross-sector ties) and the E-I index
 * (Krackhardt & Stern 1988): (E - I) / (E + I), with E the ties across sectors and I the ties within
 * one. -1: all ties stay inside sectors; +1: all cross sectors. Ties with an unknown sector are left out.
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

export function sectorMix(ties: Iterable<readonly [string | null, string | null]>): SectorMix {
  let external = 0;
  let internal = 0;
  for (const [a, b] of ties) {
    if (a === null || b === null) continue;
    if (a === b) internal += 1;
    else external += 1;
  }
  const total = external + internal;
  return {
    ties: total,
    crossSectorTies: external,
    crossSectorShare: total === 0 ? null : external / total,
    eiIndex: total === 0 ? null : (external - internal) / total,
  };
}

/**
 * Sector mix of all pairs among a group (the members of one context), from sector counts: O(members)
 * instead of one entry per pair. Equal to `sectorMix` over every pair of the group.
 */
export function groupSectorMix(sectors: Iterable<string | null>): SectorMix {
  const counts = new Map<string, number>();
  let known = 0;
  for (const sector of sectors) {
    if (sector === null) continue;
    known += 1;
    counts.set(sector, (counts.get(sector) ?? 0) + 1);
  }
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const total = pairs(known);
  let internal = 0;
  for (const count of counts.values()) internal += pairs(count);
  const external = total - internal;
  return {
    ties: total,
    crossSectorTies: external,
    crossSectorShare: total === 0 ? null : external / total,
    eiIndex: total === 0 ? null : (external - internal) / total,
  };
}
