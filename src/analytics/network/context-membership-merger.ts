import type { ContextKind } from './membership';
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

/** One row of cypher/queries/analytics/organisation-membership-structure.cypher (open ends 10101, 99991231). */
export interface OrganisationMembershipRow {
  /** The top-level organisation and its sector. */
  readonly context: string;
  readonly sector: string | null;
  /** The span and datedness of the PART_OF steps from the unit up to it (none: open). */
  readonly start: number;
  readonly end: number;
  readonly dated: number;
  /** [actor key, start, end, dated] of each actor's own relationship to the unit. */
  readonly members: readonly (readonly [string, number, number, number])[];
}

interface Span {
  readonly kind: ContextKind;
  readonly sector: string | null;
  start: number;
  end: number;
  dated: number;
}

/**
 * Turns context-by-context rows (events, organisations) into each actor's memberships, merged per actor
 * and context as analytics/membership-structure.cypher merges them: the earliest start and the latest
 * end of its ways in (unknown dates left out, an open end wins), dated when one of them is.
 */
export class ContextMembershipMerger {
  /** actor -> context -> span (dates YYYYMMDD, 0 unknown). */
  private readonly spans = new Map<string, Map<string, Span>>();

  addEvent(row: EventMembershipRow): void {
    for (const [actor, roleEnd] of row.members)
      // The event's end, else the role's, else the event's first day. An event dates its memberships.
      this.merge(actor, row.context, 'EVENT', null, row.start, row.end || roleEnd || row.start, 1);
  }

  addOrganisation(row: OrganisationMembershipRow): void {
    for (const [actor, start, end, dated] of row.members) {
      // Where the actor's own relationship and every step up are valid at once; none if never.
      const joinedStart = Math.max(start, row.start);
      const joinedEnd = Math.min(end, row.end);
      if (joinedStart > joinedEnd) continue;
      this.merge(actor, row.context, 'ORGANISATION', row.sector, joinedStart, joinedEnd, dated | row.dated);
    }
  }

  /**
   * Each actor's memberships, in the order the actors were first named. The earliest and latest dates
   * there are (0001-01-01, 9999-12-31) stand for open ends and become 0 after the merge, as
   * membership-structure.cypher encodes them after its aggregation.
   */
  *byActor(): Generator<[string, MembershipStructureEntry[]]> {
    for (const [actor, contexts] of this.spans) {
      const memberships: MembershipStructureEntry[] = [];
      for (const [context, span] of contexts)
        memberships.push([
          context,
          span.kind,
          span.start <= EARLIEST ? 0 : span.start,
          span.sector,
          span.end >= LATEST ? 0 : span.end,
          span.dated,
          [],
        ]);
      yield [actor, memberships];
    }
  }

  private merge(
    actor: string,
    context: string,
    kind: ContextKind,
    sector: string | null,
    start: number,
    end: number,
    dated: number,
  ): void {
    let contexts = this.spans.get(actor);
    if (contexts === undefined) {
      contexts = new Map();
      this.spans.set(actor, contexts);
    }
    const span = contexts.get(context);
    if (span === undefined) {
      contexts.set(context, { kind, sector, start, end, dated });
      return;
    }
    if (start !== 0 && (span.start === 0 || start < span.start)) span.start = start;
    if (end > span.end) span.end = end;
    span.dated |= dated;
  }
}
