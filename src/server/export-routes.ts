import { once } from 'node:events';
import { Router } from 'express';
import type { GraphQLError } from 'graphql';
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
export function exportRoutes(options: {
  driver: Driver;
  database?: string;
  analytics: () => AnalyticsContext;
  authenticate: RequestAuthenticator;
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
    try {
      await options.authenticate(req.headers.authorization);
      const request = parseExportRequest(req.query as Record<string, string | undefined>);
      const snapshot = await buildExportSnapshot(request, {
        driver: options.driver,
        database: options.database,
        analytics: options.analytics(),
      });
      res.status(200);
      res.setHeader('content-type', format.contentType);
      res.setHeader(
        'content-disposition',
        `attachment; filename="${exportFileName(request, format.extension)}"`,
      );
      for await (const chunk of format.serialize(snapshot)) {
        started = true;
        if (!res.write(chunk)) await once(res, 'drain');
      }
      res.end();
    } catch (error) {
      if (started) {
        res.destroy(error as Error);
        return;
      }
      const code = String((error as GraphQLError).extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      const status =
        { BAD_USER_INPUT: 400, NOT_FOUND: 404, UNAUTHENTICATED: 401, FORBIDDEN: 403 }[code] ??
        (/unavailable|ECONNREFUSED/i.test(String(error)) ? 503 : 500);
      res.status(status).json({
        error: {
          code: status === 503 ? 'SERVICE_UNAVAILABLE' : code,
          message: status === 500 ? 'Internal server error' : (error as Error).message,
        },
      });
    }
  });
  return router;
}
