import type { GraphVersionReader } from '../db/graph-version';
import { apiError } from '../errors/api-error';
import { ErrorCode } from '../errors/error-codes';
import { BOOKMARKS_HEADER } from './bookmarks';
import { decodeBookmark, type BookmarkState } from './bookmark-format';

/** Neo4j's system database, whose states a driver's bookmarks may carry next to ours. */
const SYSTEM_DATABASE_ID = '00000000000000000000000000000001';

/**
 * Refuses bookmarks the database can never reach before any read waits for them: a bookmark that is
 * not a Neo4j 5 bookmark, names another database, or names a transaction later than the database's
 * last committed one (a forged bookmark made every read wait 30 s for a transaction that would never
 * come). The database's current state is what a read transaction's own bookmark says (the graph
 * version, db/graph-version.ts); it is asked
 * again only when a bookmark looks ahead of what was last seen, so honest bookmarks cost nothing.
 */
export class BookmarkGate {
  private current: BookmarkState | undefined;
  private reading: Promise<BookmarkState | undefined> | undefined;

  constructor(private readonly options: { readonly version: GraphVersionReader }) {}

  async check(bookmarks: readonly string[]): Promise<void> {
    for (const bookmark of bookmarks) {
      const states = decodeBookmark(bookmark);
      if (states === undefined) throw refused('is not a bookmark returned by this API');
      for (const state of states) {
        if (state.database === SYSTEM_DATABASE_ID) continue;
        if (this.reaches(state)) continue;
        this.current = await this.sharedRead();
        // The database's state unknown: let the database itself judge the bookmark.
        if (this.current === undefined) return;
        if (state.database !== this.current.database) {
          throw refused('names another database');
        }
        if (!this.reaches(state)) throw refused('names a transaction this database has not committed');
      }
    }
  }

  private reaches(state: BookmarkState): boolean {
    return (
      this.current !== undefined &&
      state.database === this.current.database &&
      state.transactionId <= this.current.transactionId
    );
  }

  /** One read at a time, shared by the checks that need it. */
  private sharedRead(): Promise<BookmarkState | undefined> {
    this.reading ??= this.readCurrent().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  /** The database's id and last committed transaction: the graph version is the bookmark of an empty transaction. */
  private async readCurrent(): Promise<BookmarkState | undefined> {
    const version = await this.options.version();
    if (version === null) {
      throw apiError(ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable; try again shortly.');
    }
    return version
      .split(',')
      .flatMap((bookmark) => decodeBookmark(bookmark) ?? [])
      .find((state) => state.database !== SYSTEM_DATABASE_ID);
  }
}

function refused(problem: string) {
  return apiError(
    ErrorCode.BAD_USER_INPUT,
    `A bookmark in the ${BOOKMARKS_HEADER} header ${problem}; send back only the bookmarks a mutation returned.`,
    { header: BOOKMARKS_HEADER, http: { status: 400 } },
  );
}
