import { once } from 'node:events';
import { Router } from 'express';
import { classifyError } from '../errors/classify-error';
import type { AnalyticsContext } from '../analytics/analytics-context';
import { buildExportSnapshot } from '../export/build-export-snapshot';
import { EXPORT_FORMATS } from '../export/export-formats';
import { exportFileName, parseExportRequest } from '../export/parse-export-request';
import type { RequestAuthenticator } from './authenticate-request';
import { ErrorCode } from '../errors/error-codes';
import type { Driver } from 'neo4j-driver';

/**
 * GET /export/<format>?view=ego|co-creation|graph&actor=&depth=&scope=&at=&from=&until=&maxNodes=&layout=true&seed=
 * Streams the file with its content type and a file name; errors before the first byte are JSON with
 * the same codes as the GraphQL API.
 */
/** Bytes of an export held back before the status line is sent. */
const HELD_BACK_BYTES = 64 * 1024;

export function exportRoutes(options: {
  driver: Driver;
  database?: string;
  analytics: () => AnalyticsContext;
  authenticate: RequestAuthenticator;
  /** Where unexpected errors are logged; in production clients see no more than their code. */
  logError: (error: unknown) => void;
  production: boolean;
}): Router {
  const router = Router();
  router.get('/export/:format', async (req, res) => {
    // Own keys only: "constructor" or "__proto__" are not formats.
    const format = Object.hasOwn(EXPORT_FORMATS, req.params.format)
      ? EXPORT_FORMATS[req.params.format]
      : undefined;
    if (format === undefined) {
      res.status(404).json({
        error: {
          code: ErrorCode.NOT_FOUND,
          message: `Unknown export format "${req.params.format}"; one of ${Object.keys(EXPORT_FORMATS).join(', ')}.`,
        },
      });
      return;
    }
    let started = false;
    // A client that goes away never drains: stop waiting (and so close the Neo4j stream) on close.
    const closed = new AbortController();
    res.once('close', () => closed.abort());
    const drained = () => once(res, 'drain', { signal: closed.signal });
    try {
      await options.authenticate(req);
      const request = parseExportRequest(req.query as Record<string, string | undefined>);
      const snapshot = await buildExportSnapshot(request, {
        driver: options.driver,
        database: options.database,
        analytics: options.analytics(),
      });
      // The first bytes are held back until the database has answered (the whole graph streams from
      // Neo4j as it is written): a failure before then still gets its status code and error body.
      const pending: (string | Buffer)[] = [];
      let pendingBytes = 0;
      const flush = async () => {
        res.status(200);
        res.setHeader('content-type', format.contentType);
        res.setHeader(
          'content-disposition',
          `attachment; filename="${exportFileName(request, format.extension)}"`,
        );
        started = true;
        for (const chunk of pending.splice(0)) if (!res.write(chunk)) await drained();
      };
      for await (const chunk of format.serialize(snapshot)) {
        if (started) {
          if (!res.write(chunk)) await drained();
          continue;
        }
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= HELD_BACK_BYTES) await flush();
      }
      if (!started) await flush();
      res.end();
    } catch (error) {
      if (started) {
        res.destroy(error as Error);
        return;
      }
      const classified = classifyError(error);
      if (classified.kind === 'internal') options.logError(error);
      const code = classified.kind === 'internal' ? ErrorCode.INTERNAL_SERVER_ERROR : classified.code;
      const message =
        classified.kind === 'internal' && !options.production ? classified.message : classified.safeMessage;
      res.status(classified.httpStatus).json({ error: { ...classified.extensions, code, message } });
    }
  });
  return router;
}
