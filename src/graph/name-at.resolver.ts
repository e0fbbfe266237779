import { ENTITY_FIELDS } from '../model/entity-fields';
import { nameHeldOn } from '../shared/names-over-time';

/** A name over time as the generated API reads it (see NameOverTime in schema/00-entity.graphql). */
interface ReadName {
  readonly name: string;
  readonly validFrom: unknown;
  readonly validTo: unknown;
}

/**
 * The official name on a date: of the names over time holding then, the one that started last (an open
 * end holds until the next name starts); the entity's `name` when it has none recorded; null when names
 * are recorded but none holds then. In JavaScript rather than in a `@cypher` field, because the library
 * passes a `@cypher` field's arguments by field name, so two aliases with different dates got the same
 * (null) answer.
 */
export function nameAt(
  source: { name: string; names?: readonly ReadName[] },
  args: { date: unknown },
): string | null {
  const names = source.names ?? [];
  if (names.length === 0) return source.name;
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return nameHeldOn(
    names.map((held) => ({ name: held.name, validFrom: text(held.validFrom), validTo: text(held.validTo) })),
    String(args.date),
  );
}

/** nameAt on every type that carries names over time. */
export const NAME_AT_RESOLVERS = Object.fromEntries(ENTITY_FIELDS.names.on.map((type) => [type, { nameAt }]));
