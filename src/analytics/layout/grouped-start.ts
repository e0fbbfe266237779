import { seededRandom } from '../../shared/seeded-rng';

/** Defaults of the grouped start (LAYOUT_DEFAULTS.startAreaPerNode sets its scale). */
export const GROUPED_START_DEFAULTS = {
  /** The least gap between two groups' discs, in units of a one-node disc's radius. */
  gap: 2,
} as const;

export interface Disc {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Seeded starting positions that keep groups together: each group of two or more nodes in a disc of
 * its own (area `areaPerNode` per node), the largest in the middle, the others on a sunflower spiral
 * (turning by the golden angle, as far out as the area of all placed before them), each moved outwards
 * until it keeps a gap to every disc placed before; nodes alone in their group (or in none) at random
 * in a ring round the discs. Undefined when no group has two nodes (nothing to keep together).
 */
export function groupedStart(
  groups: readonly (number | null)[],
  seed: number,
  areaPerNode: number,
): ((index: number) => { x: number; y: number }) | undefined {
  const sizes = new Map<number, number>();
  for (const group of groups) if (group !== null) sizes.set(group, (sizes.get(group) ?? 0) + 1);
  const together = [...sizes].filter(([, size]) => size > 1).sort(largestFirst);
  if (together.length === 0) return undefined;
  const unit = Math.sqrt(areaPerNode / Math.PI);
  const discs = packDiscs(
    together.map(([, size]) => unit * Math.sqrt(size)),
    unit,
  );
  const discOf = new Map(together.map(([group], rank) => [group, discs[rank] as Disc]));
  const reach = Math.max(...discs.map((disc) => Math.hypot(disc.x, disc.y) + disc.radius));
  const alone = groups.filter((group) => group === null || !discOf.has(group)).length;
  // The ring's area holds the lone nodes at the same density as the discs.
  const outer = Math.sqrt(reach ** 2 + (alone * areaPerNode) / Math.PI) + GROUPED_START_DEFAULTS.gap * unit;
  const inner = reach + GROUPED_START_DEFAULTS.gap * unit;
  const random = seededRandom(seed);
  return (index) => {
    const group = groups[index];
    const disc = group === null || group === undefined ? undefined : discOf.get(group);
    const angle = random() * 2 * Math.PI;
    if (disc === undefined) {
      const distance = Math.sqrt(inner ** 2 + random() * (Math.max(outer, inner + unit) ** 2 - inner ** 2));
      return { x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
    }
    const distance = disc.radius * Math.sqrt(random());
    return { x: disc.x + distance * Math.cos(angle), y: disc.y + distance * Math.sin(angle) };
  };
}

/**
 * Discs of the given radii (largest first) placed so that no two are closer than the gap. A grid of
 * cells indexes the placed discs, so each placement looks at its neighbourhood only.
 */
export function packDiscs(radii: readonly number[], unit: number): Disc[] {
  const gap = GROUPED_START_DEFAULTS.gap * unit;
  const cell = 2 * (unit + gap);
  const grid = new Map<string, Disc[]>();
  const cellsOf = (disc: Disc, margin: number, visit: (key: string) => void) => {
    const [x0, x1] = [
      Math.floor((disc.x - disc.radius - margin) / cell),
      Math.floor((disc.x + disc.radius + margin) / cell),
    ];
    const [y0, y1] = [
      Math.floor((disc.y - disc.radius - margin) / cell),
      Math.floor((disc.y + disc.radius + margin) / cell),
    ];
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) visit(`${cx},${cy}`);
  };
  const placed: Disc[] = [];
  let area = 0;
  radii.forEach((radius, rank) => {
    const angle = rank * GOLDEN_ANGLE;
    let distance = rank === 0 ? 0 : Math.sqrt(area / Math.PI) + radius;
    const at = (): Disc => ({ x: distance * Math.cos(angle), y: distance * Math.sin(angle), radius });
    let disc = at();
    const clashes = () => {
      let clash = false;
      cellsOf(disc, gap, (key) => {
        clash ||= (grid.get(key) ?? []).some(
          (other) => Math.hypot(other.x - disc.x, other.y - disc.y) < other.radius + radius + gap,
        );
      });
      return clash;
    };
    while (clashes()) {
      distance += Math.max(radius, unit) / 2;
      disc = at();
    }
    placed.push(disc);
    cellsOf(disc, 0, (key) => {
      const cellDiscs = grid.get(key);
      if (cellDiscs === undefined) grid.set(key, [disc]);
      else cellDiscs.push(disc);
    });
    // The spiral grows with the area placed, gaps included.
    area += Math.PI * (radius + gap / 2) ** 2;
  });
  return placed;
}

/** Larger groups first; among equal sizes by number. */
function largestFirst([a, sizeA]: [number, number], [b, sizeB]: [number, number]): number {
  return sizeB - sizeA || a - b;
}
