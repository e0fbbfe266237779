import { readQueryConfig, type QueryTarget } from '../../db/read-query-config';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypherQuery } from '../../db/cypher-query';
import { ENTITY_TYPES } from '../../model/vocabulary';
import { labelOnStored, type StoredNames } from '../../shared/names-over-time';
import type { TimeWindow } from '../time-window.input';
import type { ContextKind, Membership } from './membership';
import type { MembershipStructureBuilder, MembershipStructureRow } from './membership-structure';
import { EventMembershipMerger, type EventMembershipRow } from './event-membership-merger';

export interface MembershipQuery {
  readonly kinds: readonly ContextKind[];
  /** Only these actors (null: all). */
  readonly actors?: readonly string[] | null;
  /** Only these contexts (null: all). */
  readonly contexts?: readonly string[] | null;
  readonly window: TimeWindow;
}

type Profile = Pick<MembershipStructureRow, 'type' | 'sectors'>;

/** The Cypher parameters both membership queries take. */
function membershipParameters(query: MembershipQuery): Record<string, unknown> {
  return {
    kinds: query.kinds,
    actors: query.actors ?? null,
    contexts: query.contexts ?? null,
    from: query.window.from,
    until: query.window.until,
  };
}

/** Reads memberships (actor in context, with evidence) in one Cypher round trip. */
export class MembershipRepository {
  constructor(private readonly options: { driver: Driver } & QueryTarget) {}

  async find(query: MembershipQuery): Promise<Membership[]> {
    const result = await this.options.driver.executeQuery(
      cypherQuery('analytics/memberships'),
      { ...membershipParameters(query), entityTypes: ENTITY_TYPES },
      readQueryConfig(this.options),
    );
    return result.records.map((record) => {
      const { actorNameHistory, contextNameHistory, ...membership } =
        record.toObject() as unknown as Membership &
          Record<'actorNameHistory' | 'contextNameHistory', StoredNames | null>;
      // Named as they were called at the end of the window (its end null: their names).
      return {
        ...membership,
        actorName: labelOnStored(membership.actorName, actorNameHistory, query.window.until),
        contextName: labelOnStored(membership.contextName, contextNameHistory, query.window.until),
      };
    });
  }

  /**
   * The same memberships without evidence or names, as a structure builder's rows: fed to the builder
   * once the read has succeeded (a retried transaction starts afresh, and no row is added twice).
   * Returns the keys of the actors read, and of the organisations among them.
   */
  async structure(
    query: MembershipQuery,
    into: MembershipStructureBuilder,
  ): Promise<{ actors: string[]; organisations: string[] }> {
    const whole = (query.actors ?? null) === null && (query.contexts ?? null) === null;
    if (whole && query.kinds.includes('EVENT')) return this.wholeStructure(query, into);
    const rows = await this.options.driver.executeQuery(
      cypherQuery('analytics/membership-structure'),
      { ...membershipParameters(query), everyActor: false },
      {
        ...readQueryConfig(this.options),
        resultTransformer: neo4j.resultTransformers.mappedResultTransformer({
          map: (record) => record.toObject() as unknown as MembershipStructureRow,
          collect: (mapped) => mapped,
        }),
      },
    );
    const actors: string[] = [];
    const organisations: string[] = [];
    for (const row of rows) {
      into.add(row);
      actors.push(row.actor);
      if (row.type === 'Organisation') organisations.push(row.actor);
    }
    return { actors, organisations };
  }

  /**
   * The whole graph's structure in one read transaction: every actor with its sectors and its
   * UNDERTAKING and ORGANISATION memberships read actor by actor, then the EVENT memberships read
   * event by event and merged per actor and event as membership-structure.cypher merges them: the
   * same rows at about two thirds of the time at size M (issue 13). The builder is fed once the
   * transaction has succeeded (a retried transaction starts afresh); until then the rows of the other
   * kinds, every actor's sectors and the event memberships are held (at size L some 130 000 actors).
   */
  private async wholeStructure(
    query: MembershipQuery,
    into: MembershipStructureBuilder,
  ): Promise<{ actors: string[]; organisations: string[] }> {
    const { driver, database, bookmarkManager, timeoutMillis } = this.options;
    // As executeQuery does: the request's bookmarks, else the driver's (it reads after this API's writes).
    const session = driver.session({
      database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: bookmarkManager ?? driver.executeQueryBookmarkManager,
    });
    const parameters = membershipParameters(query);
    let read: {
      rows: MembershipStructureRow[];
      events: EventMembershipMerger;
      profiles: Map<string, Profile>;
    };
    try {
      read = await session.executeRead(
        async (tx) => {
          const rows: MembershipStructureRow[] = [];
          const profiles = new Map<string, Profile>();
          for await (const record of tx.run(cypherQuery('analytics/membership-structure'), {
            ...parameters,
            kinds: query.kinds.filter((kind) => kind !== 'EVENT'),
            everyActor: true,
          })) {
            const row = record.toObject() as unknown as MembershipStructureRow;
            profiles.set(row.actor, { type: row.type, sectors: row.sectors });
            if (row.memberships.length > 0) rows.push(row);
          }
          const events = new EventMembershipMerger();
          for await (const record of tx.run(cypherQuery('analytics/event-membership-structure'), parameters))
            events.add(record.toObject() as unknown as EventMembershipRow);
          return { rows, events, profiles };
        },
        timeoutMillis === undefined ? {} : { timeout: timeoutMillis },
      );
    } finally {
      await session.close();
    }
    const actors = new Set<string>();
    const organisations: string[] = [];
    const add = (row: MembershipStructureRow) => {
      into.add(row);
      if (actors.has(row.actor)) return;
      actors.add(row.actor);
      if (row.type === 'Organisation') organisations.push(row.actor);
    };
    read.rows.forEach(add);
    for (const [actor, memberships] of read.events.byActor()) {
      const profile = read.profiles.get(actor);
      // Every actor an event names was read in the same transaction.
      if (profile !== undefined) add({ actor, ...profile, memberships });
    }
    return { actors: [...actors], organisations };
  }

  /** Persons affiliated with these organisations or their units in the window. */
  async affiliates(organisations: readonly string[], window: TimeWindow): Promise<string[]> {
    if (organisations.length === 0) return [];
    const result = await this.options.driver.executeQuery(
      cypherQuery('analytics/scope-affiliates'),
      { organisations, from: window.from, until: window.until },
      readQueryConfig(this.options),
    );
    return (result.records[0]?.get('persons') as string[] | undefined) ?? [];
  }

  /** Context keys inside a scope entity (undertaking, event series, place), or undefined for an unknown key. */
  async scopeContexts(scope: string, scopeTypes: readonly string[]): Promise<string[] | undefined> {
    const result = await this.options.driver.executeQuery(
      cypherQuery('analytics/scope-contexts'),
      { scope, scopeTypes },
      readQueryConfig(this.options),
    );
    const record = result.records[0];
    return record === undefined ? undefined : (record.get('contexts') as string[]);
  }
}
