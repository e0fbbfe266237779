import type { BookmarkManager, Driver } from 'neo4j-driver';
import {
  createAnalyticsContextFactory,
  type AnalyticsContext,
  type AnalyticsResources,
} from '../analytics/analytics-context';
import { createApiServicesFactory } from '../api/api-services';
import type { ApiJwt } from '../graph/graph-request-context';
import { RequestWriteTransaction } from '../graph/request-write-transaction';
import type { ApiContext } from './api-context';

/** What the per-request services share for the life of the process. */
export interface RequestContextResources extends AnalyticsResources {
  readonly driver: Driver;
  /**
   * Timeout of every transaction, reads and the request's write transaction alike (the API's
   * NEO4J_TX_TIMEOUT_MS); the command line sets none, as it has no request to bound.
   */
  readonly timeoutMillis?: number;
}

/** What one request brings: who asks, and the bookmarks of writes its reads must see. */
export interface RequestIdentity {
  readonly jwt: ApiJwt | undefined;
  /** Bookmarks the client sent (x-neo4j-bookmarks), already checked. */
  readonly bookmarks: readonly string[];
  /** Reads with those bookmarks; undefined: the driver's own (this API's earlier writes). */
  readonly bookmarkManager: BookmarkManager | undefined;
}

export interface RequestContextFactory {
  /** The whole context of one GraphQL request. */
  forRequest(identity: RequestIdentity): ApiContext;
  /** The analytics services alone (exports over HTTP and on the command line). */
  analytics(bookmarkManager?: BookmarkManager): AnalyticsContext;
}

/**
 * The one place where per-request services are built (the composition root of a request): the server,
 * the export routes and the CLI all take their services from here.
 */
export function createRequestContextFactory(resources: RequestContextResources): RequestContextFactory {
  const { driver, database, timeoutMillis } = resources;
  const apiServices = createApiServicesFactory({ driver, database, timeoutMillis });
  const analytics = createAnalyticsContextFactory(resources);
  return {
    analytics,
    forRequest: ({ jwt, bookmarks, bookmarkManager }) => ({
      jwt,
      executionContext: driver,
      writes: new RequestWriteTransaction({
        driver,
        database,
        timeoutMillis,
        bookmarkManager: bookmarkManager ?? driver.executeQueryBookmarkManager,
      }),
      transaction: timeoutMillis === undefined ? {} : { timeout: timeoutMillis },
      sessionConfig: {
        ...(database === undefined ? {} : { database }),
        ...(bookmarks.length === 0 ? {} : { bookmarks: [...bookmarks] }),
      },
      services: apiServices(bookmarkManager),
      analytics: analytics(bookmarkManager),
    }),
  };
}
