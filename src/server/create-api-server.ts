import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import type { ApiContext } from '../app/api-context';
import {
  BOOKMARKS_HEADER,
  bookmarksResponsePlugin,
  parseBookmarksHeader,
  requestBookmarkManager,
} from './bookmarks';
import { BookmarkGate } from './bookmark-gate';
import { answerCache } from './answer-cache';
import { buildApiSchema } from '../app/build-api-schema';
import { createRequestContextFactory } from '../app/request-context-factory';
import { AnalyticsResultCache } from '../analytics/cache/analytics-result-cache';
import { AnalyticsWorkers } from '../analytics/workers/analytics-workers';
import { graphVersionReader } from '../db/graph-version';
import type { Config } from '../config/config';
import { createRequestAuthenticator } from './authenticate-request';
import { corsAllowList } from './cors';
import { createErrorFormatter } from './format-error';
import { costLimitPlugin } from './limits/cost-limit-plugin';
import { filterLimitPlugin } from './limits/filter-limit-plugin';
import { FanOutStatistics } from './limits/fan-out-statistics';
import { responseSizeLimit } from './limits/response-size-limit';
import { OPERATION_LIMITS } from './limits/operation-limits';
import { rateLimiter } from './rate-limiter';
import { writeTransactionPlugin } from './write-transaction-plugin';
import { createLogger } from './create-logger';
import { requestLogging } from './request-logging';
import { exportRoutes } from './export-routes';
import { healthRoutes } from './health-routes';
import { webPageRoutes } from './web-page-routes';

/** How long SIGTERM waits for requests in flight (a platform's grace period is typically 30 s). */
const SHUTDOWN = {
  /** Network computations still running after this are cancelled... */
  computationGraceMillis: 8000,
  /** ...and connections still open after this are closed. */
  drainMillis: 10_000,
} as const;
export interface ApiServer {
  readonly httpServer: Server;
  readonly apollo: ApolloServer<ApiContext>;
  /** Starts listening; resolves with the port. */
  listen(port: number, host?: string): Promise<number>;
  /** Drains in-flight requests and stops; the driver stays open (its owner closes it). */
  stop(): Promise<void>;
}

export interface ApiServerOptions {
  readonly config: Config;
  readonly driver: Driver;
  /** Where unexpected errors are logged. Default: the logger. */
  readonly logError?: (error: unknown) => void;
  /** Where logs go. Default: createLogger at LOG_LEVEL and LOG_FORMAT. */
  readonly logger?: Logger;
  /**
   * Whether the analytics workers read the co-creation structure with drivers of their own (default
   * true). false: the main thread reads it through `driver`, so that a recorder on `driver` sees every
   * Cypher statement of a request (the db-hits benchmark).
   */
  readonly workersReadGraph?: boolean;
}

/** Max size of a request body: queries are small; large bodies are an attack. */
const MAX_BODY_SIZE = '100kb';

/** The HTTP server: /graphql (Apollo), /healthz, /readyz, /playground. */
export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { config, driver } = options;
  const database = config.neo4j.database;
  const logger = options.logger ?? createLogger({ level: config.logLevel, format: config.logFormat });
  const queryTarget = { database, timeoutMillis: config.hardening.transactionTimeoutMillis };
  // The SDL was validated when it was committed (see createGraphSchema's validate).
  const schema = await buildApiSchema({ driver, ...queryTarget, validateTypeDefs: false });
  const app = express();
  const httpServer = createServer(app);
  const fanOut = new FanOutStatistics({ driver, database });
  // Read before the first request, so that every request is costed alike.
  await fanOut.start();
  const logError = options.logError ?? ((error: unknown) => logger.error({ err: error }, 'unexpected error'));
  const formatError = createErrorFormatter({ production: config.production, log: logError });
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    // Tokens are limited by graphql-js's own parser (parseOptions below): a clean 400 parse error.
    maxTokens: { enabled: false },
    // Our own cost rule weighs lists by their page size (limits/cost-limit-plugin.ts).
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  const apollo = new ApolloServer<ApiContext>({
    schema,
    // The CLI owns SIGTERM/SIGINT (drain, close the driver, exit 0); Apollo's own handlers would stop
    // the server and re-raise the signal, killing the process before the driver is closed.
    stopOnTerminationSignals: false,
    introspection: config.hardening.introspection,
    includeStacktraceInErrorResponses: !config.production,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    csrfPrevention: true,
    validationRules: armor.validationRules,
    formatError,
    plugins: [
      ...armor.plugins,
      costLimitPlugin({ fanOut }),
      filterLimitPlugin(),
      // We set no cache hints; Apollo's cache-control plugin would still wrap every field resolver
      // (a fifth of the time of a 5 MB co-creation answer went there).
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads Sandbox from a CDN; a browser on GET /graphql is sent to our
      // own playground instead (web-page-routes.ts).
      ApolloServerPluginLandingPageDisabled(),
      writeTransactionPlugin({ afterCommit: () => fanOut.refreshAfterWrite() }),
      bookmarksResponsePlugin(driver),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: SHUTDOWN.drainMillis }),
    ],
  });
  await apollo.start();

  const authenticate = createRequestAuthenticator(config.auth);
  const graphVersion = graphVersionReader({ driver, database });
  const bookmarkGate = new BookmarkGate({ version: graphVersion });
  const workers = new AnalyticsWorkers({
    threads: config.analytics.workers,
    timeBudgetMillis: config.analytics.timeBudgetMillis,
    memoryLimitMb: config.analytics.memoryLimitMb,
    // The workers read the co-creation structure themselves, off the event loop (issue 13).
    graph: options.workersReadGraph === false ? undefined : { neo4j: config.neo4j, ...queryTarget },
  });
  const cache =
    config.analytics.cacheMb === 0
      ? undefined
      : new AnalyticsResultCache(graphVersion, {
          maxBytes: config.analytics.cacheMb * 1024 * 1024,
        });
  const contexts = createRequestContextFactory({ driver, ...queryTarget, workers, cache });

  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestLogging(logger));
  app.use(corsAllowList(config.hardening.corsOrigins));
  app.use(healthRoutes({ driver, database }));
  if (config.hardening.playground) {
    app.use(webPageRoutes({ authenticate, requireAuthForReads: config.auth.requireAuthForReads }));
  }
  app.use(
    ['/graphql', '/export'],
    rateLimiter({ perMinute: config.hardening.rateLimitPerMinute, authenticate }),
  );
  app.use(
    exportRoutes({
      driver,
      database,
      analytics: contexts.analytics,
      authenticate,
      logError,
      production: config.production,
    }),
  );
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_SIZE }),
    responseSizeLimit(),
    answerCache({
      version: graphVersion,
      authenticate,
      maxBytes: config.analytics.cacheMb * 1024 * 1024,
    }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<ApiContext> => {
        const jwt = await authenticate(req);
        const bookmarks = parseBookmarksHeader(req.headers[BOOKMARKS_HEADER]);
        if (bookmarks.length > 0) await bookmarkGate.check(bookmarks);
        // A client that wrote elsewhere sent its bookmarks: every read of this request waits for them.
        const bookmarkManager =
          bookmarks.length === 0
            ? undefined
            : requestBookmarkManager(driver.executeQueryBookmarkManager, bookmarks);
        return contexts.forRequest({ jwt, bookmarks, bookmarkManager });
      },
    }),
  );

  return {
    httpServer,
    apollo,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address !== null ? address.port : port);
        });
      }),
    // Requests in flight may finish (network computations included); those still computing after
    // SHUTDOWN.computationGraceMillis are cancelled (they answer SERVICE_UNAVAILABLE), before the
    // HTTP drain gives up on connections at SHUTDOWN.drainMillis.
    stop: async () => {
      fanOut.close();
      const cancel = setTimeout(() => void workers.close(), SHUTDOWN.computationGraceMillis);
      try {
        await apollo.stop();
      } finally {
        clearTimeout(cancel);
        await workers.close();
      }
    },
  };
}
