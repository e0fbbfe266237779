import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { NAME_AT_RESOLVERS } from './name-at.resolver';
import { readTypeDefs } from './read-type-defs';

export interface GraphSchemaOptions {
  readonly driver: Driver;
  /** The SDL; default schema/*.graphql. */
  readonly typeDefs?: string;
  /**
   * Whether the library validates the SDL first (default true). The server skips it: it is half of the
   * 1.5 s the library takes, and schema/ only changes with a commit, whose unit tests and
   * `npm run generate` build the schema with validation.
   */
  readonly validate?: boolean;
}

/** Builds the generated part of the API from schema/*.graphql with @neo4j/graphql 7. */
export async function createGraphSchema(options: GraphSchemaOptions): Promise<GraphQLSchema> {
  const library = new Neo4jGraphQL({
    typeDefs: options.typeDefs ?? readTypeDefs(),
    driver: options.driver,
    resolvers: NAME_AT_RESOLVERS,
    validate: options.validate ?? true,
    features: {
      // The API verifies JWTs itself (src/server/authenticate-request.ts) and hands the verified claims
      // to the library in context.jwt; the library needs a key only to accept them.
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
