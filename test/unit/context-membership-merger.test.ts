import {
  ContextMembershipMerger,
  type OrganisationMembershipRow,
  type EventMembershipRow,
} from '../../src/analytics/network/context-membership-merger';

describe('ContextMembershipMerger', () => {
  const merged = (rows: EventMembershipRow[]) => {
    const merger = new ContextMembershipMerger();
    for (const row of rows) merger.addEvent(row);
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

  it('joins an affiliation with the steps up to the top organisation, and merges several ways in', () => {
    const merger = new ContextMembershipMerger();
    const rows: OrganisationMembershipRow[] = [
      // The ministry itself: open steps; a person affiliated 2019-2021, stated.
      {
        context: 'bmi',
        sector: 'FEDERAL',
        start: 10101,
        end: 99991231,
        dated: 0,
        members: [['a', 20190101, 20211231, 1]],
      },
      // Through a unit that was part of it 2020-2022: the person's affiliation with the unit since 2018, undated.
      {
        context: 'bmi',
        sector: 'FEDERAL',
        start: 20200101,
        end: 20221231,
        dated: 1,
        members: [
          ['a', 10101, 99991231, 0],
          ['b', 10101, 20191231, 0],
        ],
      },
      // Open everywhere: unknown dates.
      {
        context: 'dv',
        sector: 'CIVIL',
        start: 10101,
        end: 99991231,
        dated: 0,
        members: [['b', 10101, 99991231, 0]],
      },
    ];
    for (const row of rows) merger.addOrganisation(row);
    expect(Object.fromEntries(merger.byActor())).toEqual({
      // 2019-2021 directly, 2020-2022 through the unit: the union's hull, dated.
      a: [['bmi', 'ORGANISATION', 20190101, 'FEDERAL', 20221231, 1, []]],
      // b's unit affiliation ended before the unit joined: no way into the ministry.
      b: [['dv', 'ORGANISATION', 0, 'CIVIL', 0, 0, []]],
    });
  });
});
