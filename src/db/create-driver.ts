import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config/config';

/**
 * The one place a driver is made. The URI is passed through unchanged, so `neo4j://` and
 * `neo4j+s://` routing URIs work for clusters and Aura as they do for a single `bolt://` server.
 */
export function createDriver(
  config: Pick<Neo4jConfig, 'uri' | 'username' | 'password'>,
  pool: { maxConnectionPoolSize?: number } = {},
): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    ...pool,
    userAgent: 'quartiersnetz',
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    disableLosslessIntegers: true,
    // Retry transient failures briefly, so that a missing database is reported fast, not after 30 s.
    maxTransactionRetryTime: 3_000,
  });
}
