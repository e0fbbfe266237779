import type { MembershipStructureEntry } from './membership-structure';

/** 0001-01-01 and 9999-12-31 as YYYYMMDD: the open ends of Cypher's date ranges. */
const EARLIEST = 10101;
const LATEST = 99991231;

/** One row of cypher/queries/analytics/event-membership-structure.cypher (dates YYYYMMDD, 0 unknown). */
export interface EventMembershipRow {
  /** The top-level event. */
  readonly context: string;
  /** This event's (or agenda item's) first and last day. */
  readonly start: number;
  readonly end: number;
  /** [actor key, end of the role's active interval when the event has no end (0: none)]. */
  readonly members: readonly (readonly [string, number])[];
}

/**
 * Turns event-by-event rows into each actor's EVENT memberships, merged per actor and top-level event
 * as analytics/membership-structure.cypher merges them: the earliest start and the latest end of its
 * roles there (unknown dates left out), always dated.
 */
export class EventMembershipMerger {
  /** actor -> context -> [start, end] (0: unknown). */
  private readonly spans = new Map<string, Map<string, [number, number]>>();

  add(row: EventMembershipRow): void {
    for (const [actor, roleEnd] of row.members) {
      // The event's end, else the role's, else the event's first day.
      const end = row.end || roleEnd || row.start;
      let contexts = this.spans.get(actor);
      if (contexts === undefined) {
        contexts = new Map();
        this.spans.set(actor, contexts);
      }
      const span = contexts.get(row.context);
      if (span === undefined) contexts.set(row.context, [row.start, end]);
      else {
        if (row.start !== 0 && (span[0] === 0 || row.start < span[0])) span[0] = row.start;
        if (end > span[1]) span[1] = end;
      }
    }
  }

  /**
   * Each actor's EVENT memberships, in the order the actors were first named. The earliest and latest
   * dates there are (0001-01-01, 9999-12-31) stand for open ends and become 0 after the merge, as
   * membership-structure.cypher encodes them after its aggregation.
   */
  *byActor(): Generator<[string, MembershipStructureEntry[]]> {
    for (const [actor, contexts] of this.spans) {
      const memberships: MembershipStructureEntry[] = [];
      for (const [context, [start, end]] of contexts)
        memberships.push([
          context,
          'EVENT',
          start <= EARLIEST ? 0 : start,
          null,
          end >= LATEST ? 0 : end,
          1,
          [],
        ]);
      yield [actor, memberships];
    }
  }
}
