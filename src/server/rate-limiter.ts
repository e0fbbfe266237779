import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { ErrorCode } from '../errors/error-codes';
import type { RequestAuthenticator } from './authenticate-request';
import { clientAddressKey } from './client-address-key';

const WINDOW_MILLIS = 60_000;

/**
 * Rate limit per client and minute, by express-rate-limit (its memory store drops a window's counters
 * as the window passes; the hand-written map before cleared every client at 100 000). A client is the
 * subject of a verified token, or else the IP (IPv6 by its /64). The header is read by the same
 * authenticator as the API's (one normalisation), so header bytes that do not make a valid token
 * (spaces, case, garbage) count against the IP instead of opening a fresh bucket. Over the limit: 429
 * with Retry-After and a GraphQL-shaped RATE_LIMITED error. Per process; behind a load balancer each
 * instance counts its own share (docs/operations.md).
 */
export function rateLimiter(options: {
  perMinute: number;
  authenticate: RequestAuthenticator;
}): RequestHandler {
  if (options.perMinute <= 0) return (_req: Request, _res: Response, next: NextFunction) => next();
  return rateLimit({
    windowMs: WINDOW_MILLIS,
    limit: options.perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => clientOf(req, options.authenticate),
    // The key is clientAddressKey's (IPv6 by its /64, tested in test/unit/client-address-key.test.ts),
    // which the library's check for a raw req.ip in a key generator cannot see.
    validate: { keyGeneratorIpFallback: false },
    handler: (req, res) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil(((resetTime?.getTime() ?? Date.now() + WINDOW_MILLIS) - Date.now()) / 1000),
      );
      res.setHeader('retry-after', String(retryAfterSeconds));
      res.status(429).json({
        errors: [
          {
            message: `Too many requests: at most ${options.perMinute} per minute. Retry after ${retryAfterSeconds} s.`,
            extensions: { code: ErrorCode.RATE_LIMITED },
          },
        ],
      });
    },
  });
}

async function clientOf(req: Request, authenticate: RequestAuthenticator): Promise<string> {
  const jwt = await authenticate(req).catch(() => undefined);
  return typeof jwt?.sub === 'string' && jwt.sub !== ''
    ? `sub:${jwt.sub}`
    : `ip:${clientAddressKey(req.ip ?? req.socket.remoteAddress ?? 'unknown')}`;
}
