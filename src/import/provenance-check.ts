import neo4j, { type Driver } from 'neo4j-driver';
import { cypherQuery } from '../db/cypher-query';

export interface ProvenanceViolation {
  readonly kind: 'relation' | 'entity';
  readonly subject: string;
}

/**
 * Checks the whole graph: every relation between entities and every entity must cite a source with
 * a quote found in that source's text. Returns the violations (empty when all is traceable).
 */
export async function findProvenanceViolations(
  driver: Driver,
  options: { database?: string; limit?: number } = {},
): Promise<ProvenanceViolation[]> {
  const result = await driver.executeQuery(
    cypherQuery('checks/provenance-violations'),
    { limit: neo4j.int(options.limit ?? 1000) },
    { database: options.database },
  );
  return result.records.map((record) => ({
    kind: record.get('kind') as ProvenanceViolation['kind'],
    subject: record.get('subject') as string,
  }));
}
