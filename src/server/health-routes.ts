import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { pendingMigrations } from '../db/migrations';

const READINESS_TIMEOUT_MILLIS = 2_000;

/** GET /healthz: the process answers. GET /readyz: Neo4j answers and every migration is applied (503 otherwise). */
export function healthRoutes(options: { driver: Driver; database?: string }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      const pending = await withTimeout(
        pendingMigrations(options.driver, options.database),
        READINESS_TIMEOUT_MILLIS,
      );
      if (pending.length > 0) {
        res
          .status(503)
          .json({ status: 'unavailable', reason: `migrations not applied: ${pending.join(', ')}` });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({
        status: 'unavailable',
        reason: `Neo4j unreachable: ${(error as Error).message.split('\n')[0]}`,
      });
    }
  });
  return router;
}

function withTimeout<T>(promise: Promise<T>, millis: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${millis} ms`)), millis);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
