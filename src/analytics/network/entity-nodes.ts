import { readQueryConfig, type QueryTarget } from '../../db/read-query-config';
import type { Driver } from 'neo4j-driver';
import { cypherQuery } from '../../db/cypher-query';
import { ENTITY_TYPES } from '../../model/vocabulary';
import type { NetworkNode } from '../analytics.types';

/** Drawable nodes for entity keys (label, type, sector), without metrics; one Cypher round trip. */
export async function fetchEntityNodes(
  options: { driver: Driver } & QueryTarget,
  keys: readonly string[],
): Promise<NetworkNode[]> {
  const result = await options.driver.executeQuery(
    cypherQuery('analytics/entity-nodes'),
    { keys, entityTypes: ENTITY_TYPES },
    readQueryConfig(options),
  );
  return result.records.map((record) => ({
    id: record.get('key') as string,
    key: record.get('key') as string,
    label: record.get('label') as string,
    type: record.get('type') as string,
    sector: record.get('sector') as string | null,
    degree: 0,
    weightedDegree: null,
    betweenness: null,
    closeness: null,
    pageRank: null,
    community: null,
    sectorSpan: null,
    participation: null,
    sectorMix: null,
  }));
}
