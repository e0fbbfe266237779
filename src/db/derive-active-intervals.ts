import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { ACROSS_LIFESPANS } from '../model/vocabulary';
import { cypherQuery } from './cypher-query';

/** A relationship stated as valid only while one of its ends did not exist. */
export interface EmptyInterval {
  readonly key: string;
  readonly activeFrom: string;
  readonly activeUntil: string;
}

/**
 * Derives the active interval (activeFrom, activeUntil) of every stated relationship touching the
 * entities `keys`, in the caller's transaction (cypher/queries/derive/active-intervals.cypher): the
 * relationship's validity cut to the lifespans of its two ends. Every window-taking query reads these,
 * so a tie is never valid outside the lifespans of its ends. Callers batch the keys (imports and
 * start-up by 1000; a mutation names a few). Returns the relationships whose interval came out empty
 * (at most 10).
 */
export async function deriveActiveIntervals(
  tx: Pick<Transaction | ManagedTransaction, 'run'>,
  keys: readonly string[],
): Promise<EmptyInterval[]> {
  const result = await tx.run(cypherQuery('derive/active-intervals'), {
    keys: [...new Set(keys)],
    acrossLifespans: ACROSS_LIFESPANS,
  });
  return ((result.records[0]?.get('empty') as string[][] | undefined) ?? []).map(
    ([key, activeFrom, activeUntil]) => ({
      key: key ?? '',
      activeFrom: activeFrom ?? '',
      activeUntil: activeUntil ?? '',
    }),
  );
}

/** The message for relationships whose stated validity lies outside the lifespan of an end. */
export function emptyIntervalMessage(empty: readonly EmptyInterval[]): string {
  const first = empty[0];
  if (first === undefined) return '';
  return `The relationship "${first.key}" would hold from ${first.activeFrom} until ${first.activeUntil}, which is no time at all: its validity lies outside the lifespan (startDate/endDate) of one of its ends${empty.length > 1 ? ` (and ${empty.length - 1} more)` : ''}. Correct the dates of the relationship or of the entity.`;
}
