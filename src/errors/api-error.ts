import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/** A GraphQL error carrying one of our codes in `extensions.code` (and `argument` for bad input). */
export function apiError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, {
    extensions: { code, ...extensions, ...(status === undefined ? {} : { http: { status } }) },
  });
}

/** BAD_USER_INPUT naming the argument that is wrong. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, `Argument "${argument}": ${message}`, { argument });
}
