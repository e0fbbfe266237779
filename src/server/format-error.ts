import type { GraphQLFormattedError } from 'graphql';
import { classifyError, rootCause } from '../errors/classify-error';
import { ErrorCode } from '../errors/error-codes';

/**
 * Gives every GraphQL error the code of errors/classify-error.ts and never throws. In production,
 * internal errors lose their message, stack and any Cypher.
 */
export function createErrorFormatter(options: { production: boolean; log: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    try {
      const classified = classifyError(error, stringOrUndefined(formatted.extensions?.code));
      switch (classified.kind) {
        case 'own':
          return withoutStack(
            { ...formatted, extensions: { ...formatted.extensions, code: classified.code } },
            options.production,
          );
        case 'mapped':
          return {
            message: classified.safeMessage,
            path: formatted.path,
            extensions: { code: classified.code, ...classified.extensions },
          };
        case 'internal':
          options.log(rootCause(error));
          return {
            message: options.production ? classified.safeMessage : formatted.message,
            path: formatted.path,
            extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
          };
      }
    } catch {
      return { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
  };
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function withoutStack(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (!production || formatted.extensions === undefined) return formatted;
  const extensions = { ...(formatted.extensions as Record<string, unknown>) };
  delete extensions.stacktrace;
  return { ...formatted, extensions };
}
