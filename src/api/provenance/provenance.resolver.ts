// type-graphql reads design-time types through the Reflect metadata API; load it before any decorator runs.
import 'reflect-metadata';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiServicesContext } from '../api-services';
import { SourceStatements } from './source-statements.type';

@Resolver()
export class ProvenanceResolver {
  @Query(() => SourceStatements, {
    description:
      'Everything a source document states: the entities it attests and the relationships it supports, each with its quote. NOT_FOUND for an unknown key.',
  })
  sourceStatements(
    @Arg('source', { description: 'Key of the source.' }) source: string,
    @Ctx() context: ApiServicesContext,
  ): Promise<SourceStatements> {
    return context.services.provenance.sourceStatements(source);
  }
}
