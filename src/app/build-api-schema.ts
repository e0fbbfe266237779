import type { QueryTarget } from '../db/read-query-config';
import { mergeSchemas } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildSchema } from 'type-graphql';
import { createGraphSchema } from '../graph/create-graph-schema';
import { enforceWriteInvariants } from '../graph/enforce-write-invariants';
import { AnalyticsResolver } from '../analytics/analytics.resolver';
import { CoCreationNetworkResolver } from '../analytics/co-creation/co-creation-network.resolver';
import { NetworkEdgeResolver } from '../analytics/network/network-edge.resolver';
import { ProvenanceResolver } from '../api/provenance/provenance.resolver';
import { SearchResolver } from '../api/search/search.resolver';

/** Resolvers written by hand (type-graphql): search, provenance, network analytics. */
export const HAND_WRITTEN_RESOLVERS = [
  SearchResolver,
  ProvenanceResolver,
  AnalyticsResolver,
  CoCreationNetworkResolver,
  NetworkEdgeResolver,
] as const;

/** The one schema the API serves: the generated @neo4j/graphql API merged with the hand-written resolvers. */
export async function buildApiSchema(
  options: { driver: Driver; validateTypeDefs?: boolean } & QueryTarget,
): Promise<GraphQLSchema> {
  const graphSchema = enforceWriteInvariants(
    await createGraphSchema({ driver: options.driver, validate: options.validateTypeDefs }),
  );
  const handWritten = await buildSchema({ resolvers: HAND_WRITTEN_RESOLVERS, validate: false });
  return mergeSchemas({ schemas: [graphSchema, handWritten] });
}
