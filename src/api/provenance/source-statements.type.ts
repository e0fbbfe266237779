// type-graphql reads design-time types through the Reflect metadata API; load it before any decorator runs.
import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A source document, without its text.' })
export class SourceSummary {
  @Field() key!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) publisher!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) date!: string | null;
}

@ObjectType({ description: 'An entity a source attests, with the quote.' })
export class EntityStatement {
  @Field() key!: string;
  @Field() name!: string;
  @Field() type!: string;
  @Field() quote!: string;
}

@ObjectType({ description: 'A relationship a source states, with the quote.' })
export class RelationStatement {
  @Field() type!: string;
  @Field() fromKey!: string;
  @Field() fromName!: string;
  @Field() toKey!: string;
  @Field() toName!: string;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field() quote!: string;
}

@ObjectType({ description: 'Everything one source document states.' })
export class SourceStatements {
  @Field(() => SourceSummary) source!: SourceSummary;
  @Field(() => [EntityStatement]) entities!: EntityStatement[];
  @Field(() => [RelationStatement]) relations!: RelationStatement[];
}
