/**
 * Pair number -> index (a tie's place in its list), -1 when absent. Pairs are numbered
 * a * keptCount + b, so they fit an Int32 up to 46 340 kept actors (the cap is 5000).
 */
export interface PairIndex {
  get(pair: number): number;
  set(pair: number, index: number): void;
}

/** Up to this many kept actors a table of every pair (2048² indices: 16 MiB) is cheapest. */
export const DENSE_PAIR_INDEX_UP_TO = 2048;

/**
 * The index for pairs among `keptCount` actors: a dense table while it is small, else an open-addressing
 * hash table of typed arrays (a Map lookup per pair was a quarter of a whole-graph projection at size M).
 */
export function pairIndex(keptCount: number): PairIndex {
  if (keptCount <= DENSE_PAIR_INDEX_UP_TO) {
    const table = new Int32Array(keptCount * keptCount).fill(-1);
    return {
      get: (pair) => table[pair] as number,
      set: (pair, index) => {
        table[pair] = index;
      },
    };
  }
  return new HashedPairIndex();
}

/** Linear probing over a power-of-two table, grown at half load. */
class HashedPairIndex implements PairIndex {
  private keys = new Int32Array(1 << 16).fill(-1);
  private values = new Int32Array(1 << 16);
  private size = 0;

  get(pair: number): number {
    const mask = this.keys.length - 1;
    for (let slot = hash(pair) & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot] as number;
      if (key === pair) return this.values[slot] as number;
      if (key === -1) return -1;
    }
  }

  set(pair: number, index: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    if (this.place(pair, index)) this.size += 1;
  }

  /** Writes the entry; true when the pair was new. */
  private place(pair: number, index: number): boolean {
    const mask = this.keys.length - 1;
    for (let slot = hash(pair) & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot] as number;
      if (key === -1 || key === pair) {
        this.keys[slot] = pair;
        this.values[slot] = index;
        return key === -1;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    keys.forEach((key, slot) => {
      if (key !== -1) this.place(key, values[slot] as number);
    });
  }
}

/** Fibonacci hashing: spreads consecutive pair numbers over the table. */
function hash(pair: number): number {
  return Math.imul(pair, 0x9e3779b1) >>> 7;
}
