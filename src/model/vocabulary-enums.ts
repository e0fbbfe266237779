// type-graphql reads design-time types through the Reflect metadata API; load it before any decorator runs.
import 'reflect-metadata';
import { registerEnumType } from 'type-graphql';
import {
  ENTITY_TYPES,
  RELATION_TYPE_NAMES,
  SECTORS,
  type EntityType,
  type RelationType,
  type Sector,
} from './vocabulary';

/**
 * The vocabulary as GraphQL enums for the hand-written fields, so generated clients get unions instead
 * of strings. `Sector` has the name and values of the generated API's enum (schema/ mirrors
 * vocabulary.ts), so the merged schema holds one Sector.
 */
function enumOf<const T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const EntityTypeName = enumOf<EntityType>(ENTITY_TYPES);
registerEnumType(EntityTypeName, { name: 'EntityTypeName', description: 'The type of an entity.' });

export const SectorEnum = enumOf<Sector>(SECTORS);
registerEnumType(SectorEnum, { name: 'Sector' });

export const RelationTypeName = enumOf<RelationType>(RELATION_TYPE_NAMES);
registerEnumType(RelationTypeName, {
  name: 'RelationType',
  description: 'The type of a relationship between entities (docs/case-studies.md describes each).',
});
