import type { GraphQLRequestListener } from '@apollo/server';
import { responseSizePlugin } from '../../src/server/limits/response-size-plugin';

async function answer(operation: 'query' | 'mutation', data: unknown, maxBytes: number) {
  const listener = (await responseSizePlugin(maxBytes).requestDidStart?.(
    {} as never,
  )) as GraphQLRequestListener<never>;
  const singleResult: { data?: unknown; errors?: { extensions?: { code?: string } }[] } = { data };
  await listener.willSendResponse?.({
    operation: { operation },
    response: { body: { kind: 'single', singleResult } },
  } as never);
  return singleResult;
}

// Issue 12, finding 7: answers had no size cap (12 aliases of sources { text } ended in HTTP 500).
describe('responseSizePlugin', () => {
  it('replaces a query answer over the cap with RESOURCE_LIMIT', async () => {
    const result = await answer('query', { sources: [{ text: 'x'.repeat(200) }] }, 100);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('RESOURCE_LIMIT');
  });

  it('keeps answers within the cap, and never rewrites a mutation answer', async () => {
    expect((await answer('query', { a: 1 }, 100)).data).toEqual({ a: 1 });
    const big = { created: 'x'.repeat(200) };
    expect((await answer('mutation', big, 100)).data).toBe(big);
  });
});
