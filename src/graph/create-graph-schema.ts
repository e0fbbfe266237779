import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { readTypeDefs } from './read-type-defs';

export interface GraphSchemaOptions {
  readonly driver: Driver;
  /**
   * The API verifies JWTs itself (src/server/authenticate-request.ts) and hands the verified claims to
   * the library in the context; this key only satisfies the library's configuration.
   */
  readonly typeDefs?: string;
}

/** Builds the generated part of the API from schema/*.graphql with @neo4j/graphql 7. */
export async function createGraphSchema(options: GraphSchemaOptions): Promise<GraphQLSchema> {
  const library = new Neo4jGraphQL({
    typeDefs: options.typeDefs ?? readTypeDefs(),
    driver: options.driver,
    validate: true,
    features: {
      // Claims arrive verified in context.jwt; the library needs a key only to accept them.
      authorization: { key: 'verified-upstream', verify: false },
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return library.getSchema();
}
