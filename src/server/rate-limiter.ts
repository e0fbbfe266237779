import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../errors/error-codes';
import type { RequestAuthenticator } from './authenticate-request';
import { clientAddressKey } from './client-address-key';

const WINDOW_MILLIS = 60_000;

/**
 * Fixed-window rate limit per client: the subject of a verified token, or else the IP (IPv6 by its /64). The header is
 * read by the same authenticator as the API's (one normalisation), so header bytes that do not make a
 * valid token (spaces, case, garbage) count against the IP instead of opening a fresh bucket.
 * Over the limit: 429 with Retry-After (seconds to the next window). Per process; behind a load
 * balancer each instance counts its own share (docs/operations.md).
 */
export function rateLimiter(options: {
  perMinute: number;
  authenticate: RequestAuthenticator;
  now?: () => number;
}) {
  const now = options.now ?? Date.now;
  const counts = new Map<string, { windowStart: number; count: number }>();
  const clientOf = async (req: Request): Promise<string> => {
    const jwt = await options.authenticate(req).catch(() => undefined);
    return typeof jwt?.sub === 'string' && jwt.sub !== ''
      ? `sub:${jwt.sub}`
      : `ip:${clientAddressKey(req.ip ?? req.socket.remoteAddress ?? 'unknown')}`;
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    if (options.perMinute <= 0) {
      next();
      return;
    }
    clientOf(req).then((client) => count(client, res, next), next);
  };

  function count(client: string, res: Response, next: NextFunction): void {
    const time = now();
    const windowStart = time - (time % WINDOW_MILLIS);
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
  }
}
