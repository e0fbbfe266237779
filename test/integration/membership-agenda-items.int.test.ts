import { CONTEXT_KINDS } from '../../src/analytics/network/membership';
import { MembershipRepository } from '../../src/analytics/network/membership.repository';
import { MembershipStructureBuilder } from '../../src/analytics/network/membership-structure';
import { deleteByKeyPrefix } from '../utils/graph-fingerprint';
import { readBothWays } from '../utils/membership-rows';
import { useTestDatabase } from '../utils/test-database';

/**
 * A role at an agenda item counts for the event that has the item: for each event that has it, and
 * for the item itself when no event has it. Both membership queries find the owning events only for
 * agenda items (they used to look for one for every event); this pins what they answer.
 */
describe('event memberships through agenda items', () => {
  const db = useTestDatabase();
  const prefix = `agenda-${Date.now()}-`;
  const key = (name: string) => `${prefix}${name}`;

  beforeAll(async () => {
    await db.run(
      `CREATE (speaker:Entity:Actor:Person {key: $speaker, name: 'Sprecherin'})
       CREATE (host:Entity:Actor:Organisation {key: $host, name: 'Veranstalter', sector: 'CIVIL_SOCIETY'})
       CREATE (congress:Entity:Event {key: $congress, name: 'Kongress', startDate: date('2020-05-04')})
       CREATE (forum:Entity:Event {key: $forum, name: 'Forum', startDate: date('2020-06-01')})
       CREATE (plain:Entity:Event {key: $plain, name: 'Werkstatt', startDate: date('2021-02-02')})
       CREATE (shared:Entity:AgendaItem {key: $shared, name: 'Podium'})
       CREATE (single:Entity:AgendaItem {key: $single, name: 'Vortrag'})
       CREATE (orphan:Entity:AgendaItem {key: $orphan, name: 'Pause', startDate: date('2020-07-07')})
       CREATE (congress)-[:HAS_AGENDA_ITEM]->(shared), (forum)-[:HAS_AGENDA_ITEM]->(shared)
       CREATE (congress)-[:HAS_AGENDA_ITEM]->(single)
       CREATE (speaker)-[:SPOKE_AT {sources: ['s'], quotes: ['q']}]->(shared)
       CREATE (host)-[:ORGANISED {sources: ['s'], quotes: ['q']}]->(single)
       CREATE (host)-[:PARTICIPATED_IN {sources: ['s'], quotes: ['q']}]->(plain)
       CREATE (speaker)-[:MODERATED {sources: ['s'], quotes: ['q']}]->(orphan)
       CREATE (series:Entity:Event {key: $series, name: 'Reihe', startDate: date('2019-01-01')})
       CREATE (session:Entity:Event {key: $session, name: 'Sitzung', startDate: date('2019-09-09')})
       CREATE (evening:Entity:Event {key: $evening, name: 'Abend', startDate: date('2019-11-11'), endDate: date('2019-11-12')})
       CREATE (session)-[:PART_OF]->(series), (evening)-[:PART_OF]->(series)
       CREATE (guest:Entity:Actor:Person {key: $guest, name: 'Gast'})
       CREATE (guest)-[:PARTICIPATED_IN {sources: ['s'], quotes: ['q'], activeFrom: date('2019-09-01'), activeUntil: date('2019-09-30')}]->(session)
       CREATE (guest)-[:SPOKE_AT {sources: ['s'], quotes: ['q']}]->(evening)
       CREATE (host)-[:ORGANISED {sources: ['s'], quotes: ['q']}]->(session)
       CREATE (guest)-[:MODERATED {sources: ['s'], quotes: ['q'], activeUntil: date('2019-10-15')}]->(evening)
       CREATE (undated:Entity:Event {key: $undated, name: 'Ohne Datum'})
       CREATE (speaker)-[:PARTICIPATED_IN {sources: ['s'], quotes: ['q']}]->(undated)
       CREATE (cycle:Entity:Event {key: $cycle, name: 'Zyklus', startDate: date('2019-01-01')})
       CREATE (twin:Entity:Event {key: $twin, name: 'Doppelt', startDate: date('2019-05-05')})
       CREATE (twin)-[:PART_OF]->(series), (twin)-[:PART_OF]->(cycle)
       CREATE (host)-[:SPOKE_AT {sources: ['s'], quotes: ['q']}]->(twin)
       CREATE (open:Entity:Event {key: $open, name: 'Offen', startDate: date('2019-02-02'), endDate: date('9999-12-31')})
       CREATE (speaker)-[:ORGANISED {sources: ['s'], quotes: ['q']}]->(open)`,
      {
        speaker: key('speaker'),
        host: key('host'),
        congress: key('congress'),
        forum: key('forum'),
        plain: key('plain'),
        shared: key('shared'),
        single: key('single'),
        orphan: key('orphan'),
        series: key('series'),
        session: key('session'),
        evening: key('evening'),
        guest: key('guest'),
        undated: key('undated'),
        cycle: key('cycle'),
        twin: key('twin'),
        open: key('open'),
      },
    );
  });
  db.onCleanup((driver) => deleteByKeyPrefix(driver, prefix));

  const query = () => ({
    kinds: CONTEXT_KINDS,
    actors: [key('speaker'), key('host')],
    window: { from: null, until: null },
  });
  const expected = [
    ['host', 'congress'],
    ['host', 'cycle'],
    ['host', 'plain'],
    ['host', 'series'],
    ['speaker', 'congress'],
    ['speaker', 'forum'],
    ['speaker', 'open'],
    ['speaker', 'orphan'],
    ['speaker', 'undated'],
  ].map(([actor, context]) => `${key(actor as string)} ${key(context as string)}`);

  it('memberships: each owning event of an item, the item itself without one, an event as it is', async () => {
    const found = await new MembershipRepository({ driver: db.driver }).find(query());
    // One row per way in (the host reaches the series through two of its events), each with its evidence.
    expect([...new Set(found.map((m) => `${m.actorKey} ${m.contextKey}`))].sort()).toEqual(expected);
    expect(found.every((m) => m.contextKind === 'EVENT')).toBe(true);
    // The date is the owning event's.
    expect(found.find((m) => m.contextKey === key('forum'))?.date).toBe('2020-06-01');
  });

  it('the whole graph, read event by event, gives each actor the same memberships and spans', async () => {
    // The guest's roles in two events of one series merge into one membership of the series: from the
    // first event's day to the later end (the second event's own end), as the per-actor query merges them.
    // Windows: open; the evening inside but the guest's moderation of it ended before (2019-10-15);
    // from only (the undated event has no day to fall in it); a later year.
    for (const window of [
      { from: null, until: null },
      { from: '2019-10-01', until: '2019-12-31' },
      { from: '2019-11-01', until: '2019-12-31' },
      { from: '2019-10-01', until: null },
      { from: '2020-01-01', until: '2020-12-31' },
    ]) {
      for (const kinds of [CONTEXT_KINDS, ['EVENT'] as const]) {
        const { whole, byActor } = await readBothWays(db.driver, prefix, window, kinds);
        expect(whole).toEqual(byActor);
      }
    }
    const { whole } = await readBothWays(db.driver, prefix, { from: null, until: null });
    expect(whole).toContain(`${key('guest')} 0 0 ${key('series')} 0 - 20190909 20191112 1`);
    expect(whole).toContain(`${key('speaker')} 0 0 ${key('forum')} 0 - 20200601 20200601 1`);
    // The host spoke at an event of two series: a membership of each (congress, plain, series, cycle).
    expect(whole.filter((line) => line.startsWith(key('host')))).toHaveLength(4);
    // An event that runs to 9999-12-31 is open (0), as an undated one is unknown.
    expect(whole).toContain(`${key('speaker')} 0 0 ${key('open')} 0 - 20190202 0 1`);
    expect(whole).toContain(`${key('speaker')} 0 0 ${key('undated')} 0 - 0 0 1`);
  });

  it('the structure the co-creation network is projected from says the same', async () => {
    const builder = new MembershipStructureBuilder();
    const read = await new MembershipRepository({ driver: db.driver }).structure(query(), builder);
    const structure = builder.build();
    const pairs = Array.from(
      structure.memberActors,
      (actor, index) =>
        `${structure.actorKeys[actor]} ${structure.contextKeys[structure.memberContexts[index] as number]}`,
    );
    expect([...new Set(pairs)].sort()).toEqual(expected);
    expect(read.actors.sort()).toEqual([key('host'), key('speaker')]);
    expect(read.organisations).toEqual([key('host')]);
  });
});
