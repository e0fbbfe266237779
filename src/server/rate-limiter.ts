import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../errors/error-codes';

const WINDOW_MILLIS = 60_000;

/**
 * Fixed-window rate limit per client: the bearer token (hashed, never stored) or else the IP.
 * Over the limit: 429 with Retry-After (seconds to the next window). Per process; behind a load
 * balancer each instance counts its own share (docs/operations.md).
 */
export function rateLimiter(options: { perMinute: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const counts = new Map<string, { windowStart: number; count: number }>();
  return (req: Request, res: Response, next: NextFunction): void => {
    if (options.perMinute <= 0) {
      next();
      return;
    }
    const time = now();
    const windowStart = time - (time % WINDOW_MILLIS);
    const authorization = req.headers.authorization;
    const client =
      authorization === undefined
        ? `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`
        : `token:${createHash('sha256').update(authorization).digest('hex').slice(0, 32)}`;
    const entry = counts.get(client);
    if (entry === undefined || entry.windowStart !== windowStart) {
      if (counts.size > 100_000) counts.clear();
      counts.set(client, { windowStart, count: 1 });
      next();
      return;
    }
    entry.count += 1;
    if (entry.count <= options.perMinute) {
      next();
      return;
    }
    const retryAfterSeconds = Math.ceil((windowStart + WINDOW_MILLIS - time) / 1000);
    res.setHeader('retry-after', String(retryAfterSeconds));
    res.status(429).json({
      errors: [
        {
          message: `Too many requests: at most ${options.perMinute} per minute. Retry after ${retryAfterSeconds} s.`,
          extensions: { code: ErrorCode.RATE_LIMITED },
        },
      ],
    });
  };
}
