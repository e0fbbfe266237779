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
