import type { NextFunction, Request, Response } from 'express';

/** CORS for an allow-list of origins only; other origins get no CORS headers (browsers then refuse). */
export function corsAllowList(origins: readonly string[]) {
  const allowed = new Set(origins);
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.headers.origin;
    if (origin !== undefined && allowed.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
      res.setHeader(
        'access-control-allow-headers',
        'content-type, authorization, apollo-require-preflight, x-request-id, x-neo4j-bookmarks',
      );
      res.setHeader('access-control-expose-headers', 'x-request-id, x-neo4j-bookmarks');
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
