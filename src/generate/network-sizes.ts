/**
 * Named sizes of the synthetic network, by number of actors. About 7.5 relationships per actor
 * (typed relations plus the STATED_IN evidence of entities), so S is about 10k relationships, M about
 * 100k and L about 1M.
 */
export const NETWORK_SIZES = { S: 1_300, M: 13_000, L: 130_000 } as const;
/** Rows per transaction; the L network (about a million relations) is written in parts of this size. */
export const DEFAULT_TRANSACTION_ROWS = 50_000;

export type NetworkSize = keyof typeof NETWORK_SIZES;

export function isNetworkSize(value: string): value is NetworkSize {
  return Object.prototype.hasOwnProperty.call(NETWORK_SIZES, value);
}
