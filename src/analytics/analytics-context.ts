import type DataLoader from 'dataloader';
import type { BookmarkManager, Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/read-query-config';
import type { AnalyticsResultCache } from './cache/analytics-result-cache';
import { fetchEntityNodes } from './network/entity-nodes';
import type { AnalyticsWorkers } from './workers/analytics-workers';
import type { Collaborator } from './analytics.types';
import { CoCreationService } from './co-creation/co-creation.service';
import { createCollaboratorsLoader, type CollaboratorsKey } from './collaborators/collaborators.loader';
import { NetworkLayoutService } from './layout/network-layout.service';
import { EgoNetworkService } from './ego-network/ego-network.service';
import { MembershipRepository } from './network/membership.repository';
import { PathsService } from './paths/paths.service';

/** The analytics services and the per-request loaders of one request. */
export interface AnalyticsContext {
  readonly coCreation: CoCreationService;
  readonly egoNetwork: EgoNetworkService;
  readonly paths: PathsService;
  readonly collaborators: DataLoader<CollaboratorsKey, Collaborator[] | null, string>;
}

/** The slice of a request's context that the analytics resolvers read. */
export interface AnalyticsRequestContext {
  /** Analytics services and this request's DataLoaders. */
  readonly analytics: AnalyticsContext;
}

/** What the analytics services share across requests. */
export interface AnalyticsResources extends QueryTarget {
  readonly driver: Driver;
  /** The worker threads of heavy computations (owned and closed by the composition root). */
  readonly workers: AnalyticsWorkers;
  /** Results per graph version; absent: nothing is cached. */
  readonly cache?: AnalyticsResultCache;
}

/**
 * Stateless services are shared; loaders are new for every request so caches never leak between
 * users. A request that waits for bookmarks gets its own services reading with them, and bypasses
 * the result cache (its version is read without those bookmarks).
 */
export function createAnalyticsContextFactory(
  options: AnalyticsResources,
): (bookmarkManager?: BookmarkManager) => AnalyticsContext {
  const shared = createServices(options);
  return (bookmarkManager) => {
    const services =
      bookmarkManager === undefined
        ? shared
        : createServices({ ...options, bookmarkManager, cache: undefined });
    return {
      coCreation: services.coCreation,
      egoNetwork: services.egoNetwork,
      paths: services.paths,
      collaborators: createCollaboratorsLoader({
        ...options,
        bookmarkManager,
        memberships: services.memberships,
      }),
    };
  };
}

function createServices(options: AnalyticsResources) {
  const memberships = new MembershipRepository(options);
  const layout = new NetworkLayoutService(options.workers);
  return {
    memberships,
    layout,
    coCreation: new CoCreationService({
      memberships,
      entities: (keys, window) => fetchEntityNodes(options, keys, window),
      workers: options.workers,
      layout,
      // Without bookmarks of its own a request reads after this API's earlier writes, as executeQuery
      // on the shared driver does; a worker's driver is another driver, so the bookmarks go along.
      bookmarkManager: options.bookmarkManager ?? options.driver.executeQueryBookmarkManager,
      cache: options.cache,
    }),
    egoNetwork: new EgoNetworkService({ ...options, layout }),
    paths: new PathsService(options),
  };
}
