import type { Config } from '../config/config';
import { LocalNeo4j } from './local-neo4j';

/** The local Neo4j that the configuration describes. */
export function localNeo4jFromConfig(config: Config, log?: (line: string) => void): LocalNeo4j {
  return new LocalNeo4j({
    boltPort: config.localNeo4j.boltPort,
    dataDir: config.localNeo4j.dataDir,
    heapSize: config.localNeo4j.heapSize,
    pageCacheSize: config.localNeo4j.pageCacheSize,
    username: config.neo4j.username,
    password: config.neo4j.password,
    log,
  });
}
