import neo4j, { type Driver } from 'neo4j-driver';
import { WHITESPACE_RUN } from '../case-study/normalise-text';
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
    { limit: neo4j.int(options.limit ?? 1000), whitespace: WHITESPACE_RUN },
    { database: options.database },
  );
  return result.records.map((record) => ({
    kind: record.get('kind') as ProvenanceViolation['kind'],
    subject: record.get('subject') as string,
  }));
}

/** Pieces of evidence in the graph by kind: quotes checked against held texts, citations with a locator. */
export interface EvidenceKindCounts {
  readonly quotes: number;
  readonly citations: number;
}

/** Counts the graph's evidence by kind, so that a report can state the citations apart from the quotes. */
export async function countEvidenceKinds(
  driver: Driver,
  options: { database?: string } = {},
): Promise<EvidenceKindCounts> {
  const result = await driver.executeQuery(
    cypherQuery('checks/evidence-kinds'),
    {},
    { database: options.database },
  );
  const count = (kind: string) =>
    Number(result.records.find((record) => record.get('kind') === kind)?.get('pieces') ?? 0);
  return { quotes: count('QUOTE'), citations: count('CITATION') };
}
