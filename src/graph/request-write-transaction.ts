import neo4j, { type BookmarkManager, type Driver, type Session, type Transaction } from 'neo4j-driver';

/**
 * The one Neo4j transaction of a mutation request. Every mutation field of the request runs its Cypher
 * in it (the generated resolvers get it as their `executionContext`), the invariant checks read it
 * before anything is visible to others, and the request's end commits it only when every field
 * succeeded; otherwise nothing of the request is kept.
 */
export class RequestWriteTransaction {
  private session: Session | undefined;
  private transaction: Transaction | undefined;
  private failed = false;
  private settle: () => void = () => undefined;
  /** Resolves once the transaction has been committed or rolled back (at once if never begun). */
  readonly finished: Promise<void> = new Promise((resolve) => {
    this.settle = resolve;
  });

  constructor(
    private readonly options: {
      readonly driver: Driver;
      readonly database: string | undefined;
      readonly timeoutMillis: number | undefined;
      readonly bookmarkManager: BookmarkManager;
    },
  ) {}

  /** The transaction, begun on first use. */
  async get(): Promise<Transaction> {
    if (this.transaction === undefined) {
      this.session = this.options.driver.session({
        database: this.options.database,
        defaultAccessMode: neo4j.session.WRITE,
        bookmarkManager: this.options.bookmarkManager,
      });
      try {
        this.transaction = this.session.beginTransaction(
          this.options.timeoutMillis === undefined ? {} : { timeout: this.options.timeoutMillis },
        );
      } catch (error) {
        await this.session.close();
        this.session = undefined;
        throw error;
      }
    }
    return this.transaction;
  }

  get begun(): boolean {
    return this.transaction !== undefined;
  }

  /** A field failed: the request's end rolls everything back. */
  fail(): void {
    this.failed = true;
  }

  /** Commits when nothing failed and `ok`, rolls back otherwise; returns whether it committed. */
  async finish(ok: boolean): Promise<boolean> {
    const transaction = this.transaction;
    if (transaction === undefined) {
      this.settle();
      return false;
    }
    try {
      if (ok && !this.failed) {
        await transaction.commit();
        return true;
      }
      if (transaction.isOpen()) await transaction.rollback();
      return false;
    } finally {
      await this.session?.close();
      this.transaction = undefined;
      this.session = undefined;
      this.settle();
    }
  }
}
