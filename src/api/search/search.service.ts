import { readQueryConfig, type QueryTarget } from '../../db/read-query-config';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypherQuery } from '../../db/cypher-query';
import { badUserInput } from '../../errors/api-error';
import { ENTITY_TYPES, type EntityType } from '../../model/vocabulary';
import { requireWithinCap } from '../../shared/validate-arguments';
import { toLuceneQuery } from './lucene-query';
import type { SearchHit } from './search-hit.type';

export interface SearchRequest {
  readonly query: string;
  readonly types: readonly EntityType[];
  readonly limit: number;
}

/** Caps and defaults of `search` (the resolver's defaults come from here). */
export const SEARCH_LIMITS = { limit: { default: 10, cap: 100 }, queryLength: 200 } as const;
/** Added to the Lucene score when the whole query equals a name, abbreviation or alias. */
const EXACT_MATCH_BONUS = 100;

/** Full-text search over all entities. */
export class SearchService {
  constructor(private readonly options: { driver: Driver } & QueryTarget) {}

  async search(request: SearchRequest): Promise<SearchHit[]> {
    if (request.query.length > SEARCH_LIMITS.queryLength)
      badInput('query', `must be at most ${SEARCH_LIMITS.queryLength} characters`);
    requireWithinCap('limit', request.limit, SEARCH_LIMITS.limit.cap);
    const lucene = toLuceneQuery(request.query);
    if (lucene === undefined) badInput('query', 'must contain at least one letter or digit');
    const result = await this.options.driver.executeQuery(
      cypherQuery('search/search-entities'),
      {
        lucene,
        exact: request.query.trim().toLowerCase(),
        exactBonus: EXACT_MATCH_BONUS,
        types: request.types,
        entityTypes: ENTITY_TYPES,
        limit: neo4j.int(request.limit),
        candidates: neo4j.int(request.limit * 5 + 20),
      },
      readQueryConfig(this.options),
    );
    return result.records.map((record) => ({
      key: record.get('key') as string,
      name: record.get('name') as string,
      type: record.get('type') as EntityType,
      abbreviation: (record.get('abbreviation') as string | null) ?? null,
      aliases: record.get('aliases') as string[],
      score: record.get('score') as number,
    }));
  }
}

function badInput(argument: string, message: string): never {
  throw badUserInput(argument, message);
}
