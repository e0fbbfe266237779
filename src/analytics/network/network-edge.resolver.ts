import 'reflect-metadata';
import { Arg, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { NetworkEdge, SharedContext } from '../analytics.types';
import { CO_CREATION_LIMITS } from '../co-creation/co-creation.service';
import { requireWithinCap } from '../../shared/validate-arguments';

const { tieContexts } = CO_CREATION_LIMITS;

/**
 * A tie's shared contexts come as a page: a hub pair of a large graph shares dozens, and 2000 ties with
 * every context made answers of megabytes that the main thread had to complete (issue 13). The count
 * stays exact, the page is newest first.
 */
@Resolver(() => NetworkEdge)
export class NetworkEdgeResolver {
  @FieldResolver(() => [SharedContext], {
    description: `Shared contexts behind a CO_CREATION tie, newest first, at most limit (default ${tieContexts.default}, cap ${tieContexts.cap}); contextCount has them all. Empty for graph relationships.`,
  })
  contexts(
    @Root() edge: NetworkEdge,
    @Arg('limit', () => Int, { defaultValue: tieContexts.default }) limit: number,
  ): SharedContext[] {
    requireWithinCap('limit', limit, tieContexts.cap);
    return edge.contexts.length <= limit ? edge.contexts : edge.contexts.slice(0, limit);
  }

  @FieldResolver(() => Int, {
    description: 'Number of shared contexts behind the tie (0 for graph relationships).',
  })
  contextCount(@Root() edge: NetworkEdge): number {
    return edge.contexts.length;
  }
}
