import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../app/api-context';
import { ErrorCode } from '../errors/error-codes';

/**
 * Ends a mutation request's one transaction (RequestWriteTransaction) before the response leaves:
 * committed when every field succeeded, rolled back otherwise. A rolled-back request answers
 * `data: null`, so that no field's data claims a write that did not happen. The bookmarks plugin
 * waits for RequestWriteTransaction.finished before it reports the committed write's bookmarks.
 */
export function writeTransactionPlugin(
  options: { afterCommit?: () => void } = {},
): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ contextValue, response }) => {
        const writes = contextValue.writes;
        if (!writes.begun) return;
        const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
        const ok = result !== undefined && (result.errors ?? []).length === 0;
        let committed = false;
        let commitFailed = false;
        try {
          committed = await writes.finish(ok);
        } catch {
          commitFailed = true;
        }
        if (committed) options.afterCommit?.();
        if (committed || result === undefined) return;
        result.data = null;
        result.errors = [
          ...(result.errors ?? []),
          commitFailed
            ? {
                message: 'The write could not be committed; nothing was written. Try again shortly.',
                extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
              }
            : {
                message:
                  'Nothing of this request was written: a mutation request is applied whole or not at all.',
                extensions: { code: ErrorCode.BAD_USER_INPUT, rolledBack: true },
              },
        ];
      },
    }),
  };
}
