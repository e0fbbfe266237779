import { CONTEXT_KINDS } from '../../src/analytics/network/membership';
import { MembershipRepository } from '../../src/analytics/network/membership.repository';
import { MembershipStructureBuilder } from '../../src/analytics/network/membership-structure';
import { deleteByKeyPrefix } from '../utils/graph-fingerprint';
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
       CREATE (speaker)-[:MODERATED {sources: ['s'], quotes: ['q']}]->(orphan)`,
      {
        speaker: key('speaker'),
        host: key('host'),
        congress: key('congress'),
        forum: key('forum'),
        plain: key('plain'),
        shared: key('shared'),
        single: key('single'),
        orphan: key('orphan'),
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
    ['host', 'plain'],
    ['speaker', 'congress'],
    ['speaker', 'forum'],
    ['speaker', 'orphan'],
  ].map(([actor, context]) => `${key(actor as string)} ${key(context as string)}`);

  it('memberships: each owning event of an item, the item itself without one, an event as it is', async () => {
    const found = await new MembershipRepository({ driver: db.driver }).find(query());
    expect(found.map((m) => `${m.actorKey} ${m.contextKey}`).sort()).toEqual(expected);
    expect(found.every((m) => m.contextKind === 'EVENT')).toBe(true);
    // The date is the owning event's.
    expect(found.find((m) => m.contextKey === key('forum'))?.date).toBe('2020-06-01');
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
