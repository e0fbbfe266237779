import neo4j, { type QueryConfig } from 'neo4j-driver';

/** Where and how long a service's Cypher may run. */
export interface QueryTarget {
  readonly database?: string;
  /** Transaction timeout; Neo4j cancels the query on the server when it is exceeded. */
  readonly timeoutMillis?: number;
}

/** executeQuery options for a read: routed to readers in a cluster, with the transaction timeout. */
export function readQueryConfig(target: QueryTarget): QueryConfig {
  return {
    database: target.database,
    routing: neo4j.routing.READ,
    ...(target.timeoutMillis === undefined ? {} : { transactionConfig: { timeout: target.timeoutMillis } }),
  };
}
