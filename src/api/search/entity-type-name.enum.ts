// type-graphql reads design-time types through the Reflect metadata API; load it before any decorator runs.
import 'reflect-metadata';
import { registerEnumType } from 'type-graphql';
import { ENTITY_TYPES, type EntityType } from '../../model/vocabulary';

/** The entity types as a GraphQL enum, for filtering search results. */
export const EntityTypeName = Object.fromEntries(ENTITY_TYPES.map((type) => [type, type])) as {
  [K in EntityType]: K;
};

registerEnumType(EntityTypeName, { name: 'EntityTypeName', description: 'The type of an entity.' });
