import neo4j, { type BookmarkManager, type QueryConfig } from 'neo4j-driver';

/** Where and how long a service's Cypher may run. */
export interface QueryTarget {
  readonly database?: string;
  /** Transaction timeout; Neo4j cancels the query on the server when it is exceeded. */
  readonly timeoutMillis?: number;
  /** Bookmarks to wait for (a request that sent the bookmarks of an earlier write); default: the driver's. */
  readonly bookmarkManager?: BookmarkManager;
}

/** executeQuery options for a read: routed to readers in a cluster, with the transaction timeout. */
export function readQueryConfig(target: QueryTarget): QueryConfig {
  return {
    database: target.database,
    routing: neo4j.routing.READ,
    ...(target.bookmarkManager === undefined ? {} : { bookmarkManager: target.bookmarkManager }),
    ...(target.timeoutMillis === undefined ? {} : { transactionConfig: { timeout: target.timeoutMillis } }),
  };
}
