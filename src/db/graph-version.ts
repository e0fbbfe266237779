import neo4j, { type Driver } from 'neo4j-driver';
import { cypherQuery } from './cypher-query';

/** Reads the graph's version; null when it cannot be known (then nothing may be cached). */
export type GraphVersionReader = () => Promise<string | null>;

/**
 * The graph's version is the bookmark of an empty read transaction, which encodes the last
 * transaction committed to the database: every committed write and import changes it, whoever made
 * it (the API, the CLI importer, a shell), so a result computed at one version is never served after
 * a write. Neo4j Community has no other way to read the last committed transaction
 * (`SHOW DATABASE ... lastCommittedTxn` is null there). The session uses no bookmark manager, so the
 * probe neither waits for nor adds to the driver's causal chain.
 */
export function graphVersionReader(options: { driver: Driver; database?: string }): GraphVersionReader {
  return async () => {
    const session = options.driver.session({
      database: options.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      await session.executeRead((tx) => tx.run(cypherQuery('analytics/graph-version-probe')));
      const bookmarks = session.lastBookmarks();
      return bookmarks.length === 0 ? null : [...bookmarks].sort().join(',');
    } catch {
      return null;
    } finally {
      await session.close();
    }
  };
}
