/**
 * Every error code quartiersnetz reports, in GraphQL `extensions.code`, in CLI output and in logs.
 * One enum so that clients can switch on a closed set.
 */
export enum ErrorCode {
  /** A configuration value (environment variable or flag) is invalid. */
  CONFIG_INVALID = 'CONFIG_INVALID',
  /** A prerequisite program (Java, Maven) is missing. */
  PREREQUISITE_MISSING = 'PREREQUISITE_MISSING',
  /** The local Neo4j could not be started, stopped or reached in time. */
  LOCAL_NEO4J_FAILED = 'LOCAL_NEO4J_FAILED',
  /** The requested TCP port is already in use. */
  PORT_IN_USE = 'PORT_IN_USE',
  /** Another Neo4j holds the lock on the data directory. */
  STORE_LOCKED = 'STORE_LOCKED',
  /** The database cannot be reached. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** A schema migration failed. */
  MIGRATION_FAILED = 'MIGRATION_FAILED',
  /** Input failed validation; the message names the argument. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The write collides with what exists (a key already taken). */
  CONFLICT = 'CONFLICT',
  /** The thing asked for does not exist. */
  NOT_FOUND = 'NOT_FOUND',
  /** No valid token where one is needed. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** A valid token without the role the operation needs. */
  FORBIDDEN = 'FORBIDDEN',
  /** Too many requests from one client; see Retry-After. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The request's work ran past its time budget and was stopped; the message says how to narrow it. */
  TIMEOUT = 'TIMEOUT',
  /** The request would need more memory than its cap, or the analytics queue is full. */
  RESOURCE_LIMIT = 'RESOURCE_LIMIT',
  /** Something unexpected; details are logged, not returned. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Exit codes of the CLI, one per failure class so that scripts can tell them apart. */
export const EXIT_CODE_BY_ERROR: Record<ErrorCode, number> = {
  [ErrorCode.CONFIG_INVALID]: 2,
  [ErrorCode.BAD_USER_INPUT]: 2,
  [ErrorCode.NOT_FOUND]: 2,
  [ErrorCode.CONFLICT]: 2,
  [ErrorCode.UNAUTHENTICATED]: 9,
  [ErrorCode.FORBIDDEN]: 9,
  [ErrorCode.RATE_LIMITED]: 10,
  [ErrorCode.PREREQUISITE_MISSING]: 3,
  [ErrorCode.PORT_IN_USE]: 4,
  [ErrorCode.STORE_LOCKED]: 5,
  [ErrorCode.LOCAL_NEO4J_FAILED]: 6,
  [ErrorCode.SERVICE_UNAVAILABLE]: 7,
  [ErrorCode.MIGRATION_FAILED]: 8,
  [ErrorCode.TIMEOUT]: 11,
  [ErrorCode.RESOURCE_LIMIT]: 12,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 1,
};
