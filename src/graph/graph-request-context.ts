import type { JWTPayload } from 'jose';
import type { Driver, Transaction } from 'neo4j-driver';
import type { RequestWriteTransaction } from './request-write-transaction';

/** Claims of a verified JWT that the API reads. */
export interface ApiJwt extends JWTPayload {
  roles?: string[];
}

/** The slice of a request's context that the generated API (@neo4j/graphql) and its write guard read. */
export interface GraphRequestContext {
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
  readonly transaction: { timeout?: number };
}
