// type-graphql reads design-time types through the Reflect metadata API; load it before any decorator runs.
import 'reflect-metadata';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ApiServicesContext } from '../api-services';
import { EntityTypeName } from '../../model/vocabulary-enums';
import { SearchHit } from './search-hit.type';
import { SEARCH_LIMITS } from './search.service';
import type { EntityType } from '../../model/vocabulary';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Finds actors, events, undertakings, places and topics by name, abbreviation, alias, former name (names over time) or a fragment of them; tolerant of typos, umlauts and ß/ss. Best match first.',
  })
  search(
    @Arg('query', { description: 'What to look for, e.g. "BMI", "Städtebau", "Huttenlocher".' })
    query: string,
    @Arg('types', () => [EntityTypeName], { nullable: true, description: 'Only these entity types.' })
    types: EntityType[] | null,
    @Arg('limit', () => Int, {
      defaultValue: SEARCH_LIMITS.limit.default,
      description: `At most this many hits (1-${SEARCH_LIMITS.limit.cap}).`,
    })
    limit: number,
    @Ctx() context: ApiServicesContext,
  ): Promise<SearchHit[]> {
    return context.services.search.search({ query, types: types ?? [], limit });
  }
}
