/**
 * Limits every operation must pass before any database work. Set so that every example query, the
 * explorer's operations and the benchmarks pass, and measured attacks fail (test/e2e/attacks.e2e.test.ts).
 */
export const OPERATION_LIMITS = {
  /** Deepest selection (introspection exempt). The deepest example query nests 8 levels. */
  maxDepth: 12,
  /** Aliases per operation; the analytics benchmark asks 29 collaborators in one request. */
  maxAliases: 40,
  /** Directives per operation. */
  maxDirectives: 10,
  /** Lexical tokens per operation; the largest example query has about 200. */
  maxTokens: 3000,
  /**
   * Estimated result size: every field costs 1, a list multiplies its selection by its page size.
   * The heaviest example query (03, four nested lists) costs about 220 000; 100 x 100 x 100 fails.
   */
  maxCost: 500_000,
  /** Page size assumed for a list without `first`/`limit` (the @limit default). */
  defaultListSize: 20,
} as const;
