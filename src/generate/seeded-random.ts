import { seededRandom } from '../shared/seeded-rng';

/**
 * A small deterministic pseudo-random source (mulberry32, as the analytics use) so that a synthetic network is the same for
 * the same seed on every machine and Node version. Not for anything security-related.
 */
export class SeededRandom {
  /** Uniform in [0, 1). */
  readonly next: () => number;

  constructor(seed: number) {
    // Spread small seeds (0, 1, 2, ...) over the whole state space.
    this.next = seededRandom((Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0x2545f491) >>> 0);
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; `weights` are relative, non-negative, and not all zero. */
  pickWeighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }

  /**
   * A Pareto-distributed integer in [min, max]: most draws near `min`, a heavy tail up to `max`
   * (the size of events, the number of partners of a project).
   */
  pareto(min: number, max: number, alpha: number): number {
    const u = 1 - this.next();
    return Math.min(max, Math.floor(min / Math.pow(u, 1 / alpha)));
  }
}

/** The numbers 0..n-1 in a random order (Fisher-Yates). */
export function shuffledIndices(random: SeededRandom, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/**
 * Preferential attachment: each item is drawn with probability proportional to 1 + the number of
 * times it was drawn before. Items admitted over time (as in Barabási-Albert growth) then end up with
 * the power-law degrees of real collaboration networks: early, well-connected actors attract more.
 */
export class PreferentialUrn {
  private readonly tickets: number[] = [];
  private items = 0;

  constructor(
    private readonly random: SeededRandom,
    size = 0,
  ) {
    for (let i = 0; i < size; i++) this.add(i);
  }

  /** Adds a new item (its index) with one ticket. */
  add(index: number): void {
    this.tickets.push(index);
    this.items += 1;
  }

  /** Number of distinct items added. */
  get size(): number {
    return this.items;
  }

  get isEmpty(): boolean {
    return this.tickets.length === 0;
  }

  /** Draws one item and gives it another ticket. */
  draw(): number {
    const index = this.random.pick(this.tickets);
    this.tickets.push(index);
    return index;
  }

  /** Draws up to `count` distinct items (fewer when the urn holds fewer). */
  drawDistinct(count: number): number[] {
    const wanted = Math.min(count, this.items);
    const chosen = new Set<number>();
    let attempts = 0;
    while (chosen.size < wanted && attempts < wanted * 20) {
      attempts += 1;
      const index = this.random.pick(this.tickets);
      if (!chosen.has(index)) chosen.add(index);
    }
    for (const index of chosen) this.tickets.push(index);
    return [...chosen];
  }
}
