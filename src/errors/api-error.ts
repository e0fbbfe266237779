import { GraphQLError } from 'graphql';
import { httpStatusOf } from './classify-error';
import { ErrorCode } from './error-codes';

/** Codes whose GraphQL answer carries an HTTP status of its own (the others answer 200, or 400 as Apollo decides). */
const GRAPHQL_HTTP_STATUS: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.SERVICE_UNAVAILABLE,
]);

/** A GraphQL error carrying one of our codes in `extensions.code` (and `argument` for bad input). */
export function apiError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code,
      ...extensions,
      ...(GRAPHQL_HTTP_STATUS.has(code) ? { http: { status: httpStatusOf(code) } } : {}),
    },
  });
}

/** BAD_USER_INPUT naming the argument that is wrong. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, `Argument "${argument}": ${message}`, { argument });
}
