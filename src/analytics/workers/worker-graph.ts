import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config/config';
import { createDriver } from '../../db/create-driver';
import type { QueryTarget } from '../../db/read-query-config';
import { MembershipRepository } from '../network/membership.repository';

/**
 * How an analytics worker reaches Neo4j itself (structured-cloneable: it is the pool's workerData). The
 * API passes its own configuration, the one its driver was made from (createDriver).
 */
export interface WorkerGraphConnection {
  readonly neo4j: Pick<Neo4jConfig, 'uri' | 'username' | 'password'>;
  readonly database?: string;
  readonly timeoutMillis?: number;
}

/** A database error as it crosses back from a worker: the driver's code survives, for its classification. */
export interface WorkerDatabaseFailure {
  readonly code: string;
  readonly message: string;
}

let driver: Driver | undefined;
const WORKER_POOL_SIZE = 4;

/**
 * The worker thread's own driver (made on first use; it goes with the thread) and a membership
 * repository reading with the request's bookmarks, if it sent any.
 */
export function workerMemberships(
  connection: WorkerGraphConnection,
  bookmarks: readonly string[] | null,
): MembershipRepository {
  // One computation at a time per thread: a few connections suffice.
  driver ??= createDriver(connection.neo4j, { maxConnectionPoolSize: WORKER_POOL_SIZE });
  const target: QueryTarget = {
    database: connection.database,
    timeoutMillis: connection.timeoutMillis,
    ...(bookmarks === null
      ? {}
      : { bookmarkManager: neo4j.bookmarkManager({ initialBookmarks: [...bookmarks] }) }),
  };
  return new MembershipRepository({ driver, ...target });
}

/** The driver's error code and message of a failure in a worker, or undefined for any other error. */
export function databaseFailure(error: unknown): WorkerDatabaseFailure | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return typeof code === 'string' ? { code, message: String(message ?? code) } : undefined;
}
