import 'reflect-metadata';
import { Arg, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { completeInSlices } from '../../shared/yield-to-event-loop';
import { AllianceResult, CoCreationNetwork, ContextMix, NetworkEdge } from '../analytics.types';
import { requireWithinCap } from '../../shared/validate-arguments';
import { CO_CREATION_LIMITS } from './co-creation.service';

const { alliances, contextMixes } = CO_CREATION_LIMITS;

/**
 * The long lists of a co-creation network come as pages with exact counts: the whole network of a
 * 13 000-actor graph has some 14 000 recurring alliances and 2 300 context mixes (3.4 MB of JSON), more
 * than anybody reads and enough to hold the event loop while graphql-js completes them (issue 13).
 */
@Resolver(() => CoCreationNetwork)
export class CoCreationNetworkResolver {
  @FieldResolver(() => [NetworkEdge], {
    description:
      "The ties among the kept actors (at most maxEdges: each actor's strongest tie as far as maxEdges allows, then the strongest of the rest), ordered by id.",
  })
  edges(@Root() network: CoCreationNetwork): (NetworkEdge | Promise<NetworkEdge>)[] {
    // Thousands of ties with their contexts: completed slice by slice so the event loop stays free.
    return completeInSlices(network.edges);
  }

  @FieldResolver(() => [AllianceResult], {
    description: `Recurring alliances, those meeting in most contexts first, then the larger; at most limit (default ${alliances.default}, cap ${alliances.cap}); recurringAllianceCount has them all.`,
  })
  recurringAlliances(
    @Root() network: CoCreationNetwork,
    @Arg('limit', () => Int, { defaultValue: alliances.default }) limit: number,
  ): AllianceResult[] {
    requireWithinCap('limit', limit, alliances.cap);
    return network.recurringAlliances.page(limit);
  }

  @FieldResolver(() => Int, { description: 'Number of recurring alliances found.' })
  recurringAllianceCount(@Root() network: CoCreationNetwork): number {
    return network.recurringAlliances.count;
  }

  @FieldResolver(() => [ContextMix], {
    description: `Sector mix per event and undertaking in the scope, the largest first; at most limit (default ${contextMixes.default}, cap ${contextMixes.cap}); contextMixCount has them all.`,
  })
  contexts(
    @Root() network: CoCreationNetwork,
    @Arg('limit', () => Int, { defaultValue: contextMixes.default }) limit: number,
  ): ContextMix[] {
    requireWithinCap('limit', limit, contextMixes.cap);
    return network.contexts.slice(0, limit);
  }

  @FieldResolver(() => Int, { description: 'Number of events and undertakings with a sector mix.' })
  contextMixCount(@Root() network: CoCreationNetwork): number {
    return network.contexts.length;
  }
}
