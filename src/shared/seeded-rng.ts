/**
 * The seed of every seeded computation when the caller names none (Louvain's order, centrality pivots,
 * layouts, synthetic networks' default): one value, so an answer and its export agree.
 */
export const DEFAULT_SEED = 42;

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same communities every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
