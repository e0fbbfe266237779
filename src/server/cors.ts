import cors from 'cors';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ErrorCode } from '../errors/error-codes';

const METHODS = ['GET', 'POST', 'OPTIONS'];

/**
 * CORS for an allow-list of origins, by the cors package: allowed origins get the grant (also for
 * preflights, answered here with 204). Other origins get no CORS headers, so browsers refuse the
 * response; their preflights are refused cleanly (403 naming the origin and the setting) instead of
 * travelling on into GraphQL. An OPTIONS request without an Origin (not a browser's) gets the methods.
 */
export function corsAllowList(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  const grant = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: METHODS,
    allowedHeaders: [
      'content-type',
      'authorization',
      'apollo-require-preflight',
      'x-request-id',
      'x-neo4j-bookmarks',
    ],
    exposedHeaders: ['x-request-id', 'x-neo4j-bookmarks'],
    optionsSuccessStatus: 204,
  });
  return (req: Request, res: Response, next: NextFunction) =>
    grant(req, res, (error?: unknown) => {
      // cors calls next(null) for an origin it does not allow.
      if (error !== undefined && error !== null) return next(error);
      if (req.method !== 'OPTIONS') return next();
      const origin = req.headers.origin;
      if (origin === undefined) {
        res.setHeader('allow', METHODS.join(', '));
        res.status(204).end();
        return;
      }
      res.status(403).json({
        errors: [
          {
            message: `Origin ${origin} may not call this API from a browser (CORS_ORIGINS).`,
            extensions: { code: ErrorCode.FORBIDDEN },
          },
        ],
      });
    });
}
