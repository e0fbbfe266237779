import { readQueryConfig, type QueryTarget } from '../../db/read-query-config';
import type { Driver } from 'neo4j-driver';
import { cypherQuery } from '../../db/cypher-query';
import { ENTITY_TYPES } from '../../model/vocabulary';
import type { NetworkNode } from '../analytics.types';
import type { TimeWindow } from '../time-window.input';
import { orderedSectors } from './membership-structure';
import { soleSector } from './present-network';
import { labelOnStored, type StoredNames } from '../../shared/names-over-time';

/**
 * Drawable nodes for entity keys (label, type, sector), without metrics; one Cypher round trip, as
 * they were in the answer's window: labelled with the name held at its end (an open end: `name`), a
 * person with the sectors of the organisations they were affiliated with in it.
 */
export async function fetchEntityNodes(
  options: { driver: Driver } & QueryTarget,
  keys: readonly string[],
  window: TimeWindow,
): Promise<NetworkNode[]> {
  const result = await options.driver.executeQuery(
    cypherQuery('analytics/entity-nodes'),
    { keys, entityTypes: ENTITY_TYPES, from: window.from, until: window.until },
    readQueryConfig(options),
  );
  return result.records.map((record) => {
    const sectors = orderedSectors(record.get('sectors') as string[]);
    return {
      id: record.get('key') as string,
      key: record.get('key') as string,
      label: labelOnStored(
        record.get('label') as string,
        record.get('nameHistory') as StoredNames | null,
        window.until,
      ),
      type: record.get('type') as string,
      sector: soleSector(sectors),
      sectors,
      degree: 0,
      weightedDegree: null,
      betweenness: null,
      closeness: null,
      pageRank: null,
      community: null,
      sectorSpan: null,
      participation: null,
      sectorMix: null,
    };
  });
}
