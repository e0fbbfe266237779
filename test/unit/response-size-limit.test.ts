import type { NextFunction, Request, Response } from 'express';
import { responseSizeLimit } from '../../src/server/limits/response-size-limit';

function send(query: string, body: string, maxBytes: number): string {
  let sent = '';
  const res = { send: (value: string) => ((sent = value), res) } as unknown as Response;
  responseSizeLimit(maxBytes)({ body: { query } } as Request, res, (() => undefined) as NextFunction);
  res.send(body);
  return sent;
}

// Issue 12, finding 7: answers had no size cap (12 aliases of sources { text } ended in HTTP 500).
describe('responseSizeLimit', () => {
  const big = JSON.stringify({ data: { sources: [{ text: 'x'.repeat(300) }] } });

  it('replaces a query answer over the cap with RESOURCE_LIMIT', () => {
    const answer = JSON.parse(send('{ sources { text } }', big, 100)) as {
      data: unknown;
      errors: { extensions: { code: string } }[];
    };
    expect(answer.data).toBeNull();
    expect(answer.errors[0]?.extensions.code).toBe('RESOURCE_LIMIT');
  });

  it('keeps answers within the cap, and never rewrites a mutation answer', () => {
    expect(send('{ a }', '{"data":{"a":1}}', 100)).toBe('{"data":{"a":1}}');
    expect(send('mutation { createTopics(input: []) { info { nodesCreated } } }', big, 100)).toBe(big);
  });
});
