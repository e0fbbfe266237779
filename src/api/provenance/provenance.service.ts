import { readQueryConfig, type QueryTarget } from '../../db/read-query-config';
import type { Driver } from 'neo4j-driver';
import { cypherQuery } from '../../db/cypher-query';
import { apiError } from '../../errors/api-error';
import { ErrorCode } from '../../errors/error-codes';
import { ENTITY_TYPES } from '../../model/vocabulary';
import type { SourceStatements } from './source-statements.type';

/** Answers "what does this document say?" */
export class ProvenanceService {
  constructor(private readonly options: { driver: Driver } & QueryTarget) {}

  async sourceStatements(source: string): Promise<SourceStatements> {
    const result = await this.options.driver.executeQuery(
      cypherQuery('provenance/source-statements'),
      { source, entityTypes: ENTITY_TYPES },
      readQueryConfig(this.options),
    );
    const record = result.records[0];
    if (record === undefined) {
      throw apiError(ErrorCode.NOT_FOUND, `No source with key "${source}".`, { argument: 'source' });
    }
    const entities = (record.get('entities') as SourceStatements['entities']).sort((a, b) =>
      a.key.localeCompare(b.key),
    );
    return {
      source: record.get('source') as SourceStatements['source'],
      entities,
      relations: record.get('relations') as SourceStatements['relations'],
    };
  }
}
