import { LRUCache } from 'lru-cache';
import type { GraphVersionReader } from '../../db/graph-version';

export interface AnalyticsResultCacheOptions {
  /** Upper bound of the estimated size of all cached results, in bytes (`ANALYTICS_CACHE_MB`). Default 128 MiB. */
  readonly maxBytes?: number;
}

export const ANALYTICS_CACHE_DEFAULTS = { maxBytes: 128 * 1024 * 1024 } as const;

/**
 * Results of heavy analytics keyed by (operation, arguments, graph version), least recently used
 * first out when the size bound is reached. The version changes with every committed write, so a
 * cached answer is never served stale; identical requests that arrive while one is computed share
 * its computation. When the version cannot be read, nothing is cached.
 */
export class AnalyticsResultCache {
  private readonly results: LRUCache<string, { value: unknown }>;
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly version: GraphVersionReader,
    options: AnalyticsResultCacheOptions = {},
  ) {
    this.results = new LRUCache({ maxSize: options.maxBytes ?? ANALYTICS_CACHE_DEFAULTS.maxBytes });
  }

  /**
   * The cached result of `operation(args)` at the graph's current version, or computes it.
   * `sizeOf` estimates a result's size in bytes (its bound decides what is kept).
   */
  async getOrCompute<T>(
    operation: string,
    args: unknown,
    compute: () => Promise<T>,
    sizeOf: (value: T) => number,
  ): Promise<{ value: T; cached: boolean }> {
    const version = await this.version();
    if (version === null) return { value: await compute(), cached: false };
    const key = `${operation}|${version}|${JSON.stringify(args)}`;
    const hit = this.results.get(key);
    if (hit !== undefined) return { value: hit.value as T, cached: true };
    const running = this.inFlight.get(key);
    if (running !== undefined) return { value: (await running) as T, cached: true };
    const computation = compute();
    this.inFlight.set(key, computation);
    try {
      const value = await computation;
      this.results.set(key, { value }, { size: Math.max(1, Math.round(sizeOf(value))) });
      return { value, cached: false };
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** Estimated bytes held. */
  get size(): number {
    return this.results.calculatedSize;
  }
}
