import { computeNetworkMetrics } from '../../src/analytics/metrics/actor-metrics';
import { recurringAlliances, type AllianceContext } from '../../src/analytics/metrics/recurring-alliances';
import { groupSectorMix, sectorMix } from '../../src/analytics/metrics/sector-mix';
import { sectorMask } from '../../src/analytics/network/membership-structure';
import { SECTORS } from '../../src/model/vocabulary';
import { buildCoCreationGraph } from '../../src/analytics/network/co-creation-graph';
import type { ContextKind, Membership } from '../../src/analytics/network/membership';

function member(
  actorKey: string,
  sector: string | null,
  contextKey: string,
  options: { kind?: ContextKind; date?: string; actorType?: 'Organisation' | 'Person' } = {},
): Membership {
  return {
    actorKey,
    actorName: actorKey.toUpperCase(),
    actorType: options.actorType ?? 'Organisation',
    actorSectors: sector === null ? [] : [sector],
    contextKey,
    contextName: contextKey,
    contextKind: options.kind ?? 'EVENT',
    contextType: 'Event',
    contextSector: null,
    date: options.date ?? null,
    until: options.date ?? null,
    evidence: [
      {
        type: 'PARTICIPATED_IN',
        sources: ['s'],
        sourceTitles: ['S'],
        quotes: [`${actorKey} in ${contextKey}`],
      },
    ],
  };
}

/** Two triangles {a,b,c} (federal) and {d,e,f} (civil society) joined by one tie c-d. */
function barbell(): Membership[] {
  return [
    ...['a', 'b', 'c'].map((k) => member(k, 'FEDERAL_ADMINISTRATION', 'e1', { date: '2019-09-25' })),
    ...['d', 'e', 'f'].map((k) => member(k, 'CIVIL_SOCIETY', 'e2', { date: '2021-03-04' })),
    member('c', 'FEDERAL_ADMINISTRATION', 'e3', { date: '2020-11-11' }),
    member('d', 'CIVIL_SOCIETY', 'e3', { date: '2020-11-11' }),
  ];
}

describe('sectorMix', () => {
  it('is null without ties and ignores ties with an unknown sector', () => {
    expect(sectorMix([])).toEqual({ ties: 0, crossSectorTies: 0, crossSectorShare: null, eiIndex: null });
    expect(sectorMix([[['A'], []]])).toMatchObject({ ties: 0, eiIndex: null });
  });

  it('computes the E-I index: -1 all inside, +1 all across', () => {
    expect(
      sectorMix([
        [['A'], ['A']],
        [['B'], ['B']],
      ]).eiIndex,
    ).toBe(-1);
    expect(
      sectorMix([
        [['A'], ['B']],
        [['B'], ['C']],
      ]).eiIndex,
    ).toBe(1);
    expect(
      sectorMix([
        [['A'], ['B']],
        [['A'], ['A']],
        [['A'], ['A']],
        [['B'], ['B']],
      ]),
    ).toEqual({ ties: 4, crossSectorTies: 1, crossSectorShare: 0.25, eiIndex: -0.5 });
  });

  it('keeps a tie within sectors when its ends share one of several sectors (issue 14)', () => {
    // A professor at a university who also chairs an association, tied to the association's staff.
    expect(
      sectorMix([
        [['RESEARCH', 'CIVIL_SOCIETY'], ['CIVIL_SOCIETY']],
        [['RESEARCH', 'CIVIL_SOCIETY'], ['WELFARE']],
      ]),
    ).toEqual({ ties: 2, crossSectorTies: 1, crossSectorShare: 0.5, eiIndex: 0 });
  });

  it('groupSectorMix over bit sets equals sectorMix over every pair of the group', () => {
    const group: string[][] = [
      ['RESEARCH', 'CIVIL_SOCIETY'],
      ['CIVIL_SOCIETY'],
      ['CIVIL_SOCIETY'],
      ['WELFARE'],
      [],
      ['RESEARCH'],
      ['WELFARE', 'RESEARCH'],
    ];
    const pairs: [string[], string[]][] = [];
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) pairs.push([group[i] as string[], group[j] as string[]]);
    expect(groupSectorMix(group.map(sectorMask))).toEqual(sectorMix(pairs));
    expect(sectorMix(pairs).ties).toBe(15);
  });

  it('has room for every sector of the vocabulary in a 31-bit set', () => {
    expect(SECTORS.length).toBeLessThanOrEqual(31);
    expect(sectorMask([...SECTORS])).toBe(2 ** SECTORS.length - 1);
  });
});

describe('buildCoCreationGraph', () => {
  it('ties actors who share a context, weighted by the number of shared contexts, with the evidence', () => {
    const graph = buildCoCreationGraph([
      ...barbell(),
      member('a', 'FEDERAL_ADMINISTRATION', 'e4', { date: '2022-01-01' }),
      member('b', 'FEDERAL_ADMINISTRATION', 'e4', { date: '2022-01-01' }),
    ]);
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(7);
    expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBe(2);
    expect(graph.getEdgeAttribute('a', 'b', 'firstDate')).toBe('2019-09-25');
    expect(graph.getEdgeAttribute('a', 'b', 'lastDate')).toBe('2022-01-01');
    const cd = graph.getEdgeAttributes('c', 'd');
    expect(cd.contexts.map((c) => c.key)).toEqual(['e3']);
    expect(cd.contexts[0]?.evidence.map((e) => e.quotes[0])).toEqual(['c in e3', 'd in e3']);
  });

  it('ties an organisation to the staff of its units', () => {
    const graph = buildCoCreationGraph([
      {
        ...member('weigel', 'FEDERAL_ADMINISTRATION', 'bmi', { kind: 'ORGANISATION', actorType: 'Person' }),
        contextName: 'BMI',
        contextSector: 'FEDERAL_ADMINISTRATION',
      },
      {
        ...member('weiss', 'FEDERAL_ADMINISTRATION', 'bmi', { kind: 'ORGANISATION', actorType: 'Person' }),
        contextName: 'BMI',
        contextSector: 'FEDERAL_ADMINISTRATION',
      },
    ]);
    expect(graph.nodes().sort()).toEqual(['bmi', 'weigel', 'weiss']);
    expect(graph.edges().sort()).toEqual(['bmi--weigel', 'bmi--weiss', 'weigel--weiss']);
    expect(graph.getNodeAttributes('bmi')).toEqual({
      key: 'bmi',
      label: 'BMI',
      type: 'Organisation',
      sectors: ['FEDERAL_ADMINISTRATION'],
    });
  });
});

describe("buildCoCreationGraph dates an organisation's tie to a member by the member alone", () => {
  it('leaves an undated member undated although a colleague is dated (review finding)', () => {
    const graph = buildCoCreationGraph([
      {
        ...member('dated', null, 'org', { kind: 'ORGANISATION', actorType: 'Person', date: '2010-01-01' }),
        until: '2012-12-31',
      },
      { ...member('undated', null, 'org', { kind: 'ORGANISATION', actorType: 'Person' }) },
    ]);
    expect(graph.getEdgeAttributes('org', 'undated')).toMatchObject({ firstDate: null, lastDate: null });
    expect(graph.getEdgeAttributes('dated', 'org')).toMatchObject({
      firstDate: '2010-01-01',
      lastDate: '2012-12-31',
    });
  });
});

describe('computeNetworkMetrics on two triangles joined by one tie', () => {
  const graph = buildCoCreationGraph(barbell());
  const metrics = computeNetworkMetrics(graph, { seed: 7 });
  const of = (key: string) => metrics.actors.get(key);

  it('finds the two triangles as communities, with modularity 2 * (3/7 - 1/4)', () => {
    expect(metrics.communityCount).toBe(2);
    expect(new Set(['a', 'b', 'c'].map((k) => of(k)?.community)).size).toBe(1);
    expect(new Set(['d', 'e', 'f'].map((k) => of(k)?.community)).size).toBe(1);
    expect(of('a')?.community).not.toBe(of('d')?.community);
    expect(metrics.modularity).toBeCloseTo(2 * (3 / 7 - 0.25), 6);
  });

  it('gives the bridge ends betweenness 6 of 10 pairs, the others 0', () => {
    expect(of('c')?.betweenness).toBeCloseTo(0.6, 6);
    expect(of('d')?.betweenness).toBeCloseTo(0.6, 6);
    expect(of('a')?.betweenness).toBeCloseTo(0, 6);
  });

  it('counts degree, sector span, participation and E-I index per actor', () => {
    expect(of('c')).toMatchObject({ degree: 3, weightedDegree: 3, sectorSpan: 2 });
    expect(of('c')?.participation).toBeCloseTo(1 - (2 / 3) ** 2 - (1 / 3) ** 2, 6);
    expect(of('c')?.sectorMix.eiIndex).toBeCloseTo((1 - 2) / 3, 6);
    expect(of('a')).toMatchObject({ degree: 2, sectorSpan: 1, participation: 0 });
    expect(of('a')?.sectorMix.eiIndex).toBe(-1);
  });

  it('is reproducible for a seed', () => {
    const again = computeNetworkMetrics(buildCoCreationGraph(barbell()), { seed: 7 });
    expect([...again.actors.entries()].map(([k, m]) => [k, m.community])).toEqual(
      [...metrics.actors.entries()].map(([k, m]) => [k, m.community]),
    );
  });

  it('handles a graph without ties', () => {
    const lonely = computeNetworkMetrics(buildCoCreationGraph([member('x', null, 'e9')]));
    expect(lonely.modularity).toBeNull();
    expect(lonely.actors.get('x')).toMatchObject({ degree: 0, betweenness: 0, community: 0 });
  });
});

describe('recurringAlliances', () => {
  it('reports pairs and maximal groups that meet in at least k contexts, with their time span', () => {
    const memberships = [
      ...barbell(),
      ...['a', 'b', 'c'].map((k) => member(k, 'FEDERAL_ADMINISTRATION', 'e4', { date: '2022-05-01' })),
    ];
    const alliances = recurringAlliances(tiesOf(buildCoCreationGraph(memberships)), { minContexts: 2 });
    expect(alliances).toEqual([
      { actors: ['a', 'b', 'c'], contextKeys: ['e1', 'e4'], firstDate: '2019-09-25', lastDate: '2022-05-01' },
      { actors: ['a', 'b'], contextKeys: ['e1', 'e4'], firstDate: '2019-09-25', lastDate: '2022-05-01' },
      { actors: ['a', 'c'], contextKeys: ['e1', 'e4'], firstDate: '2019-09-25', lastDate: '2022-05-01' },
      { actors: ['b', 'c'], contextKeys: ['e1', 'e4'], firstDate: '2019-09-25', lastDate: '2022-05-01' },
    ]);
    expect(recurringAlliances(tiesOf(buildCoCreationGraph(memberships)), { minContexts: 3 })).toEqual([]);
  });
});

describe('recurringAlliances among many actors', () => {
  it('finds groups whose members lie far apart in the order actors were met (bit sets of several words)', () => {
    const actor = (i: number) => `a${String(i).padStart(2, '0')}`;
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
    const contexts: Record<string, number[]> = {
      e1: range(0, 70),
      e2: range(20, 60),
      e3: [...range(0, 10), ...range(65, 70)],
    };
    const ties = new Map<string, { source: string; target: string; contexts: AllianceContext[] }>();
    for (const [key, members] of Object.entries(contexts))
      for (const i of members)
        for (const j of members) {
          if (i >= j) continue;
          const id = `${actor(i)}|${actor(j)}`;
          const tie = ties.get(id) ?? { source: actor(i), target: actor(j), contexts: [] };
          tie.contexts.push({ key, kind: 'EVENT', date: '2020-01-01', until: '2020-01-01' });
          ties.set(id, tie);
        }
    const groups = recurringAlliances(ties.values()).filter((alliance) => alliance.actors.length > 2);
    expect(groups).toEqual([
      {
        actors: range(20, 60).map(actor),
        contextKeys: ['e1', 'e2'],
        firstDate: '2020-01-01',
        lastDate: '2020-01-01',
      },
      {
        actors: contexts.e3?.map(actor),
        contextKeys: ['e1', 'e3'],
        firstDate: '2020-01-01',
        lastDate: '2020-01-01',
      },
    ]);
  });
});

describe('recurringAlliances with nested and organisation contexts (issue 14)', () => {
  const context = (
    key: string,
    kind: 'EVENT' | 'UNDERTAKING' | 'ORGANISATION',
    date: string | null = null,
  ) => ({
    key,
    kind,
    date,
    until: null,
  });
  const enclosing = (key: string) =>
    ({ p1: new Set(['prog']), p2: new Set(['prog']) })[key] as ReadonlySet<string> | undefined;

  it('counts a project and its own programme once', () => {
    const ties = [
      { source: 'a', target: 'b', contexts: [context('p1', 'UNDERTAKING'), context('prog', 'UNDERTAKING')] },
    ];
    expect(recurringAlliances(ties, { enclosing })).toEqual([]);
    // Without knowing the nesting the pair would recur: the fault of issue 14.
    expect(recurringAlliances(ties)).toHaveLength(1);
  });

  it('counts two projects of one programme twice, without the programme', () => {
    const ties = [
      {
        source: 'a',
        target: 'b',
        contexts: [
          context('p1', 'UNDERTAKING'),
          context('p2', 'UNDERTAKING'),
          context('prog', 'UNDERTAKING'),
        ],
      },
    ];
    expect(recurringAlliances(ties, { enclosing })).toEqual([
      { actors: ['a', 'b'], contextKeys: ['p1', 'p2'], firstDate: null, lastDate: null },
    ]);
  });

  it('gives an alliance no last date while one of its contexts goes on', () => {
    const ties = [
      {
        source: 'a',
        target: 'b',
        contexts: [
          context('e1', 'EVENT', '2020-01-02'),
          { key: 'p3', kind: 'UNDERTAKING' as const, date: '2021-01-01', until: null, open: true },
        ],
      },
    ];
    expect(recurringAlliances(ties, { enclosing })).toEqual([
      { actors: ['a', 'b'], contextKeys: ['e1', 'p3'], firstDate: '2020-01-02', lastDate: null },
    ]);
  });

  it('does not count a shared organisation as an occasion', () => {
    const ties = [
      {
        source: 'a',
        target: 'b',
        contexts: [context('bmi', 'ORGANISATION'), context('e1', 'EVENT', '2021-03-04')],
      },
    ];
    expect(recurringAlliances(ties, { enclosing })).toEqual([]);
  });

  it("counts a group's nested contexts once too", () => {
    const members = ['a', 'b', 'c'];
    const ties = members.flatMap((x, i) =>
      members.slice(i + 1).map((y) => ({
        source: x,
        target: y,
        contexts: [
          context('p1', 'UNDERTAKING'),
          context('prog', 'UNDERTAKING'),
          context('e1', 'EVENT', '2020-01-02'),
        ],
      })),
    );
    const alliances = recurringAlliances(ties, { enclosing });
    expect(alliances.find((alliance) => alliance.actors.length === 3)).toEqual({
      actors: ['a', 'b', 'c'],
      contextKeys: ['e1', 'p1'],
      firstDate: '2020-01-02',
      lastDate: null,
    });
  });
});

function tiesOf(graph: ReturnType<typeof buildCoCreationGraph>) {
  return graph.mapEdges((_edge, attributes, source, target) => ({ source, target, ...attributes }));
}
