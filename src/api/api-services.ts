import type { BookmarkManager, Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/read-query-config';
import { ProvenanceService } from './provenance/provenance.service';
import { SearchService } from './search/search.service';

/** The search and provenance services of one request. */
export interface ApiServices {
  readonly search: SearchService;
  readonly provenance: ProvenanceService;
}

/** The slice of a request's context that the search and provenance resolvers read. */
export interface ApiServicesContext {
  readonly services: ApiServices;
}

/**
 * Stateless services are shared; a request that waits for bookmarks gets its own, reading with them.
 */
export function createApiServicesFactory(
  options: { driver: Driver } & QueryTarget,
): (bookmarkManager?: BookmarkManager) => ApiServices {
  const create = (bookmarkManager?: BookmarkManager): ApiServices => ({
    search: new SearchService({ ...options, bookmarkManager }),
    provenance: new ProvenanceService({ ...options, bookmarkManager }),
  });
  const shared = create();
  return (bookmarkManager) => (bookmarkManager === undefined ? shared : create(bookmarkManager));
}
