import type { JWTPayload } from 'jose';
import type { AnalyticsContext } from '../analytics/analytics-context';
import type { Driver, Transaction } from 'neo4j-driver';
import type { RequestWriteTransaction } from '../graph/request-write-transaction';
import type { ProvenanceService } from './provenance/provenance.service';
import type { SearchService } from './search/search.service';

/** Claims of a verified JWT that the API reads. */
export interface ApiJwt extends JWTPayload {
  roles?: string[];
}

/** Per-request context shared by the generated and the hand-written resolvers. */
export interface ApiContext {
  /** Verified claims, or undefined for an anonymous request. @neo4j/graphql reads this too. */
  readonly jwt: ApiJwt | undefined;
  /**
   * @neo4j/graphql runs its Cypher through this: the driver for queries; for a mutation field, the
   * request's write transaction (set by the write guard).
   */
  readonly executionContext: Driver | Transaction;
  /** The one transaction every mutation field of this request writes in. */
  readonly writes: RequestWriteTransaction;
  /**
   * Session settings of @neo4j/graphql. `bookmarks` (not in its declared type, but passed on to the
   * driver's session as it spreads this object) makes its reads wait for a client's earlier writes.
   */
  readonly sessionConfig: { database?: string; bookmarks?: string[] };
  /** Every Cypher transaction of @neo4j/graphql gets this timeout; Neo4j cancels it on the server. */
  readonly transaction: { timeout: number };
  readonly services: {
    readonly search: SearchService;
    readonly provenance: ProvenanceService;
  };
  /** Analytics services and this request's DataLoaders. */
  readonly analytics: AnalyticsContext;
}
