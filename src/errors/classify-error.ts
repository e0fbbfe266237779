import { GraphQLError } from 'graphql';
import { classifyDatabaseError } from './database-error';
import { ErrorCode } from './error-codes';
import { isQuartiersnetzError } from './quartiersnetz-error';

/**
 * What any error means to whoever receives it: the GraphQL formatter, the export routes and the
 * command line all ask this one function, so one failure gets one code everywhere.
 */
export interface ClassifiedError {
  /** One of {@link ErrorCode}, or one of Apollo's request-level codes (parse, validation). */
  readonly code: string;
  /** Status of a plain HTTP answer (exports); GraphQL answers keep their own 200/400 rules. */
  readonly httpStatus: number;
  /** The whole message: for logs, the command line and developers. */
  readonly message: string;
  /** What a client of a production server may read (no Cypher, no internals). */
  readonly safeMessage: string;
  /** Fields that go next to the code in `extensions` (argument, header, field). */
  readonly extensions: Readonly<Record<string, unknown>>;
  /**
   * `own`: raised on purpose with a code and a client-safe message (keep it as it is);
   * `mapped`: a driver's or library's error, given our code and message;
   * `internal`: unexpected; log it, and tell the client no more than INTERNAL_SERVER_ERROR.
   */
  readonly kind: 'own' | 'mapped' | 'internal';
}

const OWN_CODES = new Set<string>(
  Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
);
/** Codes Apollo itself uses for request-level problems; they pass through unchanged. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);
/** Errors @neo4j/graphql raises for inputs it refuses, before any Cypher runs. */
const LIBRARY_INPUT_ERRORS = new Set([
  'Neo4jGraphQLError',
  'Neo4jGraphQLRelationshipValidationError',
  'ArgumentValidationError',
]);

/** What an API client reads when Neo4j cannot be reached. */
const DATABASE_UNAVAILABLE = 'The database is unavailable; try again shortly.';

const HTTP_STATUS: Readonly<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFIG_INVALID]: 500,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RESOURCE_LIMIT]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.TIMEOUT]: 504,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
};

/** Status of a plain HTTP answer with this code (500 for anything unknown). */
export function httpStatusOf(code: string): number {
  return HTTP_STATUS[code] ?? 500;
}

/**
 * Never throws: a hostile error object is internal. `knownCode` is a code already given to the error
 * by whoever wrapped it (Apollo's `extensions.code` for request-level errors).
 */
export function classifyError(error: unknown, knownCode?: string): ClassifiedError {
  try {
    return classify(error, knownCode);
  } catch {
    return internal('(an error that could not be read)');
  }
}

function classify(error: unknown, knownCode: string | undefined): ClassifiedError {
  const original = rootCause(error);
  const message = String((original as Error | undefined)?.message ?? original);
  const ownCode = firstCode(error) ?? knownCode;
  if (isQuartiersnetzError(original)) return own(original.code, original.message, { ...original.details });
  if (ownCode !== undefined && (OWN_CODES.has(ownCode) || APOLLO_CODES.has(ownCode)))
    return own(ownCode, outerMessage(error), ownExtensions(error));

  const name = (original as { name?: string } | undefined)?.name ?? '';
  /** Mapped, with the driver's or library's own words after our message for logs and the CLI. */
  const mappedWithCause = (code: ErrorCode, safeMessage: string, extensions?: Record<string, unknown>) =>
    mapped(code, safeMessage, { message: withCause(safeMessage, message), extensions });
  const neo4jCode = String((original as { code?: unknown } | undefined)?.code ?? '');
  const database = classifyDatabaseError(original);
  if (
    database?.code === ErrorCode.SERVICE_UNAVAILABLE ||
    /ECONNREFUSED|connect.*refused|Pool is closed/i.test(message)
  ) {
    return mapped(ErrorCode.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE, {
      // The driver's own hint for the command line when it has one.
      message: database?.message ?? withCause(DATABASE_UNAVAILABLE, message),
    });
  }
  // Wrong credentials are the server's configuration: the command line says so, an API client sees
  // an internal error (logged with the full message).
  if (database !== undefined) return { ...internal(database.message), code: database.code };
  if (neo4jCode.startsWith('Neo.ClientError.Transaction.InvalidBookmark'))
    return mappedWithCause(
      ErrorCode.BAD_USER_INPUT,
      'The bookmarks in the x-neo4j-bookmarks header are not valid for this database.',
      { header: 'x-neo4j-bookmarks' },
    );
  if (
    neo4jCode === 'Neo.ClientError.Schema.ConstraintValidationFailed' ||
    name === 'Neo4jGraphQLConstraintValidationError'
  )
    return mappedWithCause(
      ErrorCode.CONFLICT,
      'A node or relationship with this key exists already (perhaps written at the same moment by someone else); keys are unique.',
    );
  // A list operation (push, pop) on a list property that has no value yet: @neo4j/graphql checks it
  // in Cypher with apoc.util.validatePredicate, so it arrives as a database error.
  const nullList = /Property (\w+) cannot be NULL/.exec(message);
  if (nullList !== null)
    return mappedWithCause(
      ErrorCode.BAD_USER_INPUT,
      `The list field "${nullList[1]}" has no value yet: set it (set: [...]) instead of pushing to or popping from it.`,
      { field: nullList[1] },
    );
  if (neo4jCode.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
    return mappedWithCause(
      ErrorCode.TIMEOUT,
      'The database work of this request ran past its time limit and was stopped; ask for less (a narrower filter, smaller pages).',
    );
  if (neo4jCode === 'Neo.TransientError.Transaction.BookmarkTimeout')
    return mappedWithCause(
      ErrorCode.SERVICE_UNAVAILABLE,
      'The database has not caught up with the bookmarks sent; try again shortly.',
    );
  if (name === 'Neo4jGraphQLAuthenticationError' || /^Unauthenticated/.test(outerMessage(error)))
    return mappedWithCause(ErrorCode.UNAUTHENTICATED, 'Unauthenticated');
  if (name === 'Neo4jGraphQLForbiddenError' || /^Forbidden/.test(outerMessage(error)))
    return mappedWithCause(ErrorCode.FORBIDDEN, 'Forbidden');
  // @neo4j/graphql rejects inputs it cannot translate (conflicting `set` and `push` of one field,
  // ambiguous properties) with plain GraphQL errors while building the Cypher: the caller's mistake.
  if (
    LIBRARY_INPUT_ERRORS.has(name) ||
    isTranslationError(original) ||
    (original instanceof GraphQLError && original.originalError === undefined)
  )
    return own(ErrorCode.BAD_USER_INPUT, outerMessage(error), {});
  return internal(message);
}

function own(code: string, message: string, extensions: Record<string, unknown>): ClassifiedError {
  return { code, httpStatus: httpStatusOf(code), message, safeMessage: message, extensions, kind: 'own' };
}

function mapped(
  code: ErrorCode,
  safeMessage: string,
  more: { message?: string; extensions?: Record<string, unknown> } = {},
): ClassifiedError {
  return {
    code,
    httpStatus: httpStatusOf(code),
    message: more.message ?? safeMessage,
    safeMessage,
    extensions: more.extensions ?? {},
    kind: 'mapped',
  };
}

function internal(message: string): ClassifiedError {
  return {
    code: ErrorCode.INTERNAL_SERVER_ERROR,
    httpStatus: 500,
    message,
    safeMessage: 'Internal server error',
    extensions: {},
    kind: 'internal',
  };
}

/** A mapped message for logs and the command line, with the driver's or library's own words after it. */
function withCause(safeMessage: string, cause: string): string {
  return cause === '' || cause === safeMessage ? safeMessage : `${safeMessage} (${cause})`;
}

/** The first `extensions.code` from the outside in (a GraphQL error may wrap the one that has it). */
function firstCode(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; depth < 10 && current !== undefined && current !== null; depth++) {
    const code = (current as { extensions?: { code?: unknown } }).extensions?.code;
    if (typeof code === 'string') return code;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** What an error raised with our code says next to it (`argument`, ...), without the code and transport fields. */
function ownExtensions(error: unknown): Record<string, unknown> {
  const extensions = (error as { extensions?: Record<string, unknown> }).extensions ?? {};
  return Object.fromEntries(
    Object.entries(extensions).filter(([name]) => !['code', 'http', 'stacktrace'].includes(name)),
  );
}

/** The message of the outermost error (GraphQL's own wrapper keeps the thrown error's message). */
function outerMessage(error: unknown): string {
  return String((error as Error | undefined)?.message ?? error);
}

/**
 * An error @neo4j/graphql threw while translating the request into Cypher (e.g. "Attribute typename
 * not found" for `typename: []`): it depends on the input only, and no Cypher ran.
 */
function isTranslationError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /[\\/]@neo4j[\\/]graphql[\\/](?:dist|src)[\\/]translate[\\/]/.test(error.stack ?? '')
  );
}

/** The innermost `originalError`: the driver's or library's error behind GraphQL wrappers. */
export function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 10; depth++) {
    const inner = (current as { originalError?: unknown } | null | undefined)?.originalError;
    if (inner === undefined || inner === null) return current;
    current = inner;
  }
  return current;
}
