import { badUserInput } from '../errors/api-error';
import { ENTITY_TYPES, RELATION_TYPE_NAMES } from '../model/vocabulary';

/** An integer argument from 1 up to its documented cap; BAD_USER_INPUT naming the argument and the cap otherwise. */
export function requireWithinCap(argument: string, value: number, cap: number): void {
  if (!Number.isInteger(value) || value < 1 || value > cap) {
    throw badUserInput(argument, `must be from 1 to ${cap} (the cap), got ${value}`);
  }
}

/** Every name must be an entity type of the vocabulary. */
export function requireEntityTypes(argument: string, types: readonly string[] | null): void {
  for (const type of types ?? []) {
    if (!(ENTITY_TYPES as readonly string[]).includes(type))
      throw badUserInput(argument, `unknown entity type "${type}"`);
  }
}

/** Every name must be a relation type of the vocabulary. */
export function requireRelationTypes(argument: string, types: readonly string[] | null): void {
  for (const type of types ?? []) {
    if (!(RELATION_TYPE_NAMES as readonly string[]).includes(type))
      throw badUserInput(argument, `unknown relation type "${type}"`);
  }
}
