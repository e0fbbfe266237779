/** One official name with the days it held (ISO dates, both ends inclusive; null: not known). */
export interface HeldName {
  readonly name: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/**
 * The name held on `date` (ISO): of the names holding then, the one that started last, or null when
 * none holds. An open end holds until a later name starts. `names` come oldest first, unknown starts
 * first, as the importer stores them.
 */
export function nameHeldOn(names: readonly HeldName[], date: string): string | null {
  const holding = names.filter((held, index) => {
    if (held.validFrom !== null && held.validFrom > date) return false;
    if (held.validTo !== null) return held.validTo >= date;
    return !names.slice(index + 1).some((later) => later.validFrom !== null && later.validFrom <= date);
  });
  return holding.at(-1)?.name ?? null;
}

/**
 * The label of an entity in an answer about a time: its name on `date` when it has names over time
 * and one holds then, else its `name`. `date` null (an open window) is today: the entity's name.
 */
export function labelOn(entity: { name: string; names: readonly HeldName[] }, date: string | null): string {
  if (date === null || entity.names.length === 0) return entity.name;
  return nameHeldOn(entity.names, date) ?? entity.name;
}

/** The stored names over time of an entity (its parallel lists), as the Cypher of an answer returns them. */
export interface StoredNames {
  readonly names: readonly string[] | null;
  readonly from: readonly string[] | null;
  readonly to: readonly string[] | null;
}

/** {@link labelOn} for an entity read with its stored lists (null: not read, as for an open window). */
export function labelOnStored(name: string, stored: StoredNames | null, date: string | null): string {
  if (stored === null) return name;
  return labelOn({ name, names: namesFromLists(stored.names, stored.from, stored.to) }, date);
}

/** The stored parallel lists (`nameHistory`, `nameHistoryFrom`, `nameHistoryTo`; '' for unknown) as names. */
export function namesFromLists(
  names: readonly string[] | null,
  from: readonly string[] | null,
  to: readonly string[] | null,
): HeldName[] {
  return (names ?? []).map((name, i) => ({
    name,
    validFrom: from?.[i] || null,
    validTo: to?.[i] || null,
  }));
}
