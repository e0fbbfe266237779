import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/** HTTP status of an error code where the answer is not GraphQL (exports): one table for all routes. */
const PLAIN_HTTP_STATUS: Partial<Record<string, number>> = {
  ...HTTP_STATUS,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.RESOURCE_LIMIT]: 413,
  [ErrorCode.TIMEOUT]: 504,
};

export function plainHttpStatus(code: string): number {
  return PLAIN_HTTP_STATUS[code] ?? 500;
}

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
