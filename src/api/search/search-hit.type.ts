// type-graphql reads design-time types through the Reflect metadata API; load it before any decorator runs.
import 'reflect-metadata';
import { Field, Float, ObjectType } from 'type-graphql';
import { EntityTypeName } from '../../model/vocabulary-enums';
import type { EntityType } from '../../model/vocabulary';

@ObjectType({ description: 'An entity found by `search`, with its relevance score (higher is better).' })
export class SearchHit {
  @Field({
    description:
      'Key of the entity; use it with the generated queries, e.g. organisations(where: {key: {eq: ...}}).',
  })
  key!: string;

  @Field()
  name!: string;

  @Field(() => EntityTypeName)
  type!: EntityType;

  @Field(() => String, { nullable: true })
  abbreviation!: string | null;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => Float, { description: 'Lucene relevance score of the full-text match.' })
  score!: number;
}
