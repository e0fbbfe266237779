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
  /** Cost of one `Source.text` (up to 2 MiB): 100 texts fit in one operation, not 300. */
  sourceTextCost: 2_000,
  /** `__schema` fields per operation (the playground asks one). */
  maxSchemaIntrospections: 1,
  /** `__type` fields per operation. */
  maxTypeIntrospections: 10,
  /** Largest answer of one query in bytes of JSON; larger ones are RESOURCE_LIMIT. */
  maxResponseBytes: 32 * 1024 * 1024,
  /** Page size assumed for a list without `first`/`limit` (the @limit default). */
  defaultListSize: 20,
  /**
   * Relationship filters (some/all/none/single) nested in one argument. The deepest example filter
   * nests 2; 20 nested took Neo4j 46 s to plan.
   */
  maxFilterRelationshipDepth: 3,
  /** AND/OR/NOT nested in one argument; 5 levels of OR took 10 s. */
  maxFilterLogicDepth: 4,
  /** Conditions (input fields) in one argument. */
  maxFilterSize: 100,
  /** Nesting of the request's variables as JSON (1000 nested ANDs overflowed the stack). */
  maxVariableDepth: 32,
} as const;
