import type { ApolloServerPlugin } from '@apollo/server';
import type { BookmarkManager, Driver } from 'neo4j-driver';
import type { ApiContext } from '../app/api-context';
import { apiError } from '../errors/api-error';
import { ErrorCode } from '../errors/error-codes';

/**
 * Causal consistency across API instances. A mutation's response carries the Neo4j bookmarks of
 * its writes in this header; a client that sends them back (to any instance) gets reads that wait
 * until the database serving them has those writes. Within one instance the driver's shared
 * bookmark manager already chains every transaction.
 */
export const BOOKMARKS_HEADER = 'x-neo4j-bookmarks';

const MAX_BOOKMARKS = 16;
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]{1,512}$/;

/** The bookmarks a request sends back (comma-separated), validated; [] when the header is absent. */
export function parseBookmarksHeader(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const bookmarks = (Array.isArray(value) ? value.join(',') : value)
    .split(',')
    .map((bookmark) => bookmark.trim())
    .filter((bookmark) => bookmark !== '');
  if (bookmarks.length > MAX_BOOKMARKS || !bookmarks.every((bookmark) => BOOKMARK.test(bookmark))) {
    throw apiError(
      ErrorCode.BAD_USER_INPUT,
      `The ${BOOKMARKS_HEADER} header must hold at most ${MAX_BOOKMARKS} comma-separated bookmarks as returned by a mutation.`,
      { header: BOOKMARKS_HEADER, http: { status: 400 } },
    );
  }
  return bookmarks;
}

/**
 * A bookmark manager for one request: the driver's shared bookmarks plus the client's. Transactions
 * it sees still update the shared manager, so the instance's own causal chain is kept.
 */
export function requestBookmarkManager(
  shared: BookmarkManager,
  clientBookmarks: readonly string[],
): BookmarkManager {
  return {
    getBookmarks: async () => [...new Set([...(await shared.getBookmarks()), ...clientBookmarks])],
    updateBookmarks: (previous, next) => shared.updateBookmarks(previous, next),
  };
}

/** Adds the bookmarks after a mutation to its response. */
export function bookmarksResponsePlugin(driver: Driver): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ operation, response, contextValue }) => {
        if (operation?.operation !== 'mutation') return;
        // Apollo runs the willSendResponse hooks side by side: wait for the commit before reading.
        if (contextValue.writes.begun) await contextValue.writes.finished;
        const bookmarks = [...(await driver.executeQueryBookmarkManager.getBookmarks())];
        if (bookmarks.length > 0) response.http.headers.set(BOOKMARKS_HEADER, bookmarks.join(','));
      },
    }),
  };
}
