import { ENTITY_FIELDS } from '../model/entity-fields';

/** A name over time as the generated API reads it (see NameOverTime in schema/00-entity.graphql). */
interface HeldName {
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
  source: { name: string; names?: readonly HeldName[] },
  args: { date: unknown },
): string | null {
  const names = source.names ?? [];
  if (names.length === 0) return source.name;
  const date = String(args.date);
  const text = (value: unknown) => (value === null || value === undefined ? undefined : String(value));
  const holding = names.filter((held) => {
    const from = text(held.validFrom);
    const to = text(held.validTo);
    return (from === undefined || from <= date) && (to === undefined || to >= date);
  });
  // Stored oldest first (unknown starts first), as `names` returns them.
  return holding.length === 0 ? null : holding[holding.length - 1]!.name;
}

/** nameAt on every type that carries names over time. */
export const NAME_AT_RESOLVERS = Object.fromEntries(ENTITY_FIELDS.names.on.map((type) => [type, { nameAt }]));
