import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

const PROBE_PATHS = new Set(['/healthz', '/readyz']);

/**
 * Gives every request an id (the caller's `x-request-id` when it looks like one) echoed in the response,
 * and logs one JSON line per request. Headers are never logged, so tokens never reach the logs.
 */
export function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.headers['x-request-id'];
    const requestId =
      typeof incoming === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    (res.locals as { requestId?: string }).requestId = requestId;
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const path = req.originalUrl.split('?')[0] ?? '';
      // Health probes come every few seconds from orchestrators and the start script: answered ones are
      // debug lines, so the console shows requests people make (a failing probe still shows).
      const quiet = PROBE_PATHS.has(path) && res.statusCode < 400;
      logger[quiet ? 'debug' : 'info']({
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMillis: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
      });
    });
    next();
  };
}
