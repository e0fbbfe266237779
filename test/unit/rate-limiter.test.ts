import type { Request, Response } from 'express';
import { rateLimiter } from '../../src/server/rate-limiter';

// Issue 17: the hand-written limiter cleared every client's count once 100 000 clients had been seen
// in a window, so a client over its limit got a fresh budget when enough others (or spoofed /64s)
// passed by. express-rate-limit keeps each client's count for the window.
describe('rateLimiter', () => {
  function call(limit: ReturnType<typeof rateLimiter>, ip: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = {};
      const req = {
        ip,
        headers: {},
        socket: { remoteAddress: ip },
        method: 'POST',
        app: { get: () => false },
      };
      const res = {
        headersSent: false,
        setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
        getHeader: (name: string) => headers[name.toLowerCase()],
        status(code: number) {
          return { json: () => resolve(code), send: () => resolve(code), end: () => resolve(code) };
        },
        on: () => undefined,
        once: () => undefined,
      };
      void Promise.resolve(
        limit(req as unknown as Request, res as unknown as Response, (error?: unknown) =>
          error === undefined ? resolve(200) : reject(error as Error),
        ),
      );
    });
  }

  it('keeps a client over its limit refused, however many other clients come by in the window', async () => {
    const limit = rateLimiter({ perMinute: 2, authenticate: async () => undefined });
    expect([
      await call(limit, '10.0.0.1'),
      await call(limit, '10.0.0.1'),
      await call(limit, '10.0.0.1'),
    ]).toEqual([200, 200, 429]);
    for (let i = 0; i < 100_001; i++) await call(limit, `11.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    expect(await call(limit, '10.0.0.1')).toBe(429);
  });
});
