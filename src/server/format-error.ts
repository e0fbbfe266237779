import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { classifyDatabaseError } from '../errors/database-error';
import { ErrorCode } from '../errors/error-codes';

const CODES = new Set<string>(Object.values(ErrorCode));
/** Errors @neo4j/graphql raises for inputs it refuses, before any Cypher runs. */
const LIBRARY_INPUT_ERRORS = new Set(['Neo4jGraphQLError', 'Neo4jGraphQLRelationshipValidationError']);
/** Codes Apollo itself uses for request-level problems; they pass through unchanged. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Maps every error to one code of ErrorCode (or Apollo's request-level codes) and never throws.
 * In production, internal errors lose their message, stack and any Cypher.
 */
export function createErrorFormatter(options: { production: boolean; log: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    try {
      const original = rootCause(error);
      const code = String(formatted.extensions?.code ?? '');
      if (CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR)
        return withoutStack(formatted, options.production);
      if (APOLLO_CODES.has(code)) return withoutStack(formatted, options.production);
      const name = (original as { name?: string } | undefined)?.name ?? '';
      const neo4jCode = (original as { code?: string } | undefined)?.code ?? '';
      if (
        classifyDatabaseError(original)?.code === ErrorCode.SERVICE_UNAVAILABLE ||
        /ECONNREFUSED|connect.*refused|Pool is closed/i.test(String((original as Error)?.message))
      ) {
        return {
          message: 'The database is unavailable; try again shortly.',
          path: formatted.path,
          extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
        };
      }
      if (/^Neo\.ClientError\.Transaction\.InvalidBookmark/.test(neo4jCode)) {
        return {
          message: 'The bookmarks in the x-neo4j-bookmarks header are not valid for this database.',
          path: formatted.path,
          extensions: { code: ErrorCode.BAD_USER_INPUT, header: 'x-neo4j-bookmarks' },
        };
      }
      if (
        neo4jCode === 'Neo.ClientError.Schema.ConstraintValidationFailed' ||
        name === 'Neo4jGraphQLConstraintValidationError'
      ) {
        return {
          message:
            'A node or relationship with this key exists already (perhaps written at the same moment by someone else); keys are unique.',
          path: formatted.path,
          extensions: { code: ErrorCode.CONFLICT },
        };
      }
      // A list operation (push, pop) on a list property that has no value yet: @neo4j/graphql checks it
      // in Cypher with apoc.util.validatePredicate, so it arrives as a database error.
      const nullList = /Property (\w+) cannot be NULL/.exec(String((original as Error)?.message));
      if (nullList !== null) {
        return {
          message: `The list field "${nullList[1]}" has no value yet: set it (set: [...]) instead of pushing to or popping from it.`,
          path: formatted.path,
          extensions: { code: ErrorCode.BAD_USER_INPUT, field: nullList[1] },
        };
      }
      if (/^Neo\.ClientError\.Transaction\.TransactionTimedOut/.test(neo4jCode)) {
        return {
          message:
            'The database work of this request ran past its time limit and was stopped; ask for less (a narrower filter, smaller pages).',
          path: formatted.path,
          extensions: { code: ErrorCode.TIMEOUT },
        };
      }
      if (neo4jCode === 'Neo.TransientError.Transaction.BookmarkTimeout') {
        return {
          message: 'The database has not caught up with the bookmarks sent; try again shortly.',
          path: formatted.path,
          extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
        };
      }
      if (name === 'Neo4jGraphQLAuthenticationError' || /^Unauthenticated/.test(formatted.message)) {
        return {
          message: 'Unauthenticated',
          path: formatted.path,
          extensions: { code: ErrorCode.UNAUTHENTICATED },
        };
      }
      if (name === 'Neo4jGraphQLForbiddenError' || /^Forbidden/.test(formatted.message)) {
        return { message: 'Forbidden', path: formatted.path, extensions: { code: ErrorCode.FORBIDDEN } };
      }
      // @neo4j/graphql rejects inputs it cannot translate (conflicting `set` and `push` of one field,
      // ambiguous properties) with plain GraphQL errors while building the Cypher: the caller's mistake.
      if (
        name === 'ArgumentValidationError' ||
        LIBRARY_INPUT_ERRORS.has(name) ||
        isTranslationError(original) ||
        (original instanceof GraphQLError && original.originalError === undefined)
      ) {
        return withoutStack(
          { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } },
          options.production,
        );
      }
      options.log(original ?? error);
      return {
        message: options.production ? 'Internal server error' : formatted.message,
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    } catch {
      return { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
  };
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
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 10; depth++) {
    const inner = (current as { originalError?: unknown } | null | undefined)?.originalError;
    if (inner === undefined || inner === null) return current;
    current = inner;
  }
  return current;
}

function withoutStack(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (!production || formatted.extensions === undefined) return formatted;
  const extensions = { ...(formatted.extensions as Record<string, unknown>) };
  delete extensions.stacktrace;
  return { ...formatted, extensions };
}
