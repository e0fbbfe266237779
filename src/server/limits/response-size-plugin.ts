import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../../errors/error-codes';
import { OPERATION_LIMITS } from './operation-limits';

/**
 * Caps the JSON size of a query's answer (12 aliases of `sources { text }` once ended in HTTP 500
 * "Invalid string length"). Over the cap the answer is replaced by RESOURCE_LIMIT naming the cap and
 * how to ask for less. Mutations are left alone: their answers are small, and replacing one after its
 * commit would hide a write that happened.
 */
export function responseSizePlugin(maxBytes: number = OPERATION_LIMITS.maxResponseBytes): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ operation, response }) => {
        if (operation?.operation === 'mutation' || response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (result.data === undefined || result.data === null) return;
        let bytes: number;
        try {
          bytes = Buffer.byteLength(JSON.stringify(result.data));
        } catch {
          bytes = Number.POSITIVE_INFINITY; // longer than a string can be
        }
        if (bytes <= maxBytes) return;
        result.data = null;
        result.errors = [
          {
            message: `The answer would be larger than ${Math.round(maxBytes / 1024 / 1024)} MiB; ask for fewer items (limit), fewer fields or fewer aliases.`,
            extensions: { code: ErrorCode.RESOURCE_LIMIT, maxBytes },
          },
        ];
      },
    }),
  };
}
