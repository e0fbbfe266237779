import {
  EventMembershipMerger,
  type EventMembershipRow,
} from '../../src/analytics/network/event-membership-merger';

describe('EventMembershipMerger', () => {
  const merged = (rows: EventMembershipRow[]) => {
    const merger = new EventMembershipMerger();
    for (const row of rows) merger.add(row);
    return Object.fromEntries(merger.byActor());
  };

  it('merges the roles of an actor in one series: earliest start, latest end, unknown dates left out', () => {
    expect(
      merged([
        {
          context: 'reihe',
          start: 20190909,
          end: 0,
          members: [
            ['gast', 20190930],
            ['wirt', 0],
          ],
        },
        { context: 'reihe', start: 20191111, end: 20191112, members: [['gast', 0]] },
        { context: 'reihe', start: 0, end: 0, members: [['gast', 0]] },
        { context: 'forum', start: 20200601, end: 0, members: [['gast', 0]] },
      ]),
    ).toEqual({
      // The role's own end stands in for the event's; else the event's first day.
      gast: [
        ['reihe', 'EVENT', 20190909, null, 20191112, 1, []],
        ['forum', 'EVENT', 20200601, null, 20200601, 1, []],
      ],
      wirt: [['reihe', 'EVENT', 20190909, null, 20190909, 1, []]],
    });
  });

  it('lets an open end win the merge and then reports it as unknown (0), as the per-actor query does', () => {
    expect(
      merged([
        { context: 'reihe', start: 10101, end: 20190101, members: [['gast', 0]] },
        { context: 'reihe', start: 20200101, end: 99991231, members: [['gast', 0]] },
      ]),
    ).toEqual({ gast: [['reihe', 'EVENT', 0, null, 0, 1, []]] });
  });
});
