import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import {
  projectCoCreation,
  type CoCreationProjectionOptions,
} from '../../src/analytics/co-creation/project-co-creation';
import { buildCoCreationGraph } from '../../src/analytics/network/co-creation-graph';
import type { ContextKind, Membership } from '../../src/analytics/network/membership';
import {
  MembershipStructureBuilder,
  type MembershipStructure,
} from '../../src/analytics/network/membership-structure';
import { shortestPathCentralities } from '../../src/analytics/metrics/shortest-path-centrality';
import { seededRandom } from '../../src/shared/seeded-rng';
import { spearmanOfTop } from '../utils/spearman';

const SECTORS = ['FEDERAL_ADMINISTRATION', 'CIVIL_SOCIETY', 'RESEARCH', null] as const;

interface Row {
  actor: string;
  context: string;
  kind: ContextKind;
  date: string | null;
  /** End of the membership; absent: the day it starts. */
  until?: string | null;
}

/** Random memberships: `actors` actors in `contexts` contexts of skewed sizes (a few large ones). */
function randomRows(seed: number, actors: number, contexts: number): Row[] {
  const random = seededRandom(seed);
  const rows: Row[] = [];
  for (let c = 0; c < contexts; c++) {
    const size = 1 + Math.floor(random() ** 3 * actors * 0.6);
    const kind: ContextKind = c % 3 === 0 ? 'UNDERTAKING' : 'EVENT';
    const date = `20${10 + (c % 15)}-0${1 + (c % 9)}-1${c % 10}`;
    for (let i = 0; i < size; i++) {
      rows.push({ actor: `a${Math.floor(random() ** 2 * actors)}`, context: `c${c}`, kind, date });
    }
  }
  return rows;
}

function sectorsOf(actor: string): string[] {
  const sector = SECTORS[Number(actor.slice(1)) % SECTORS.length] ?? null;
  return sector === null ? [] : [sector];
}

function structureOf(rows: readonly Row[]): MembershipStructure {
  const builder = new MembershipStructureBuilder();
  for (const row of rows) {
    builder.add({
      actor: row.actor,
      type: 'Organisation',
      sectors: sectorsOf(row.actor),
      // Every test context lasts the day it starts (an event; undated: unknown).
      memberships: [
        [
          row.context,
          row.kind,
          row.date,
          null,
          row.until === undefined ? row.date : row.until,
          row.date !== null,
          [],
        ],
      ],
    });
  }
  return builder.build();
}

/** The same rows as the full (pair-everybody) projection that the selection must agree with. */
function fullGraphOf(rows: readonly Row[]) {
  return buildCoCreationGraph(
    rows.map((row): Membership => ({
      actorKey: row.actor,
      actorName: row.actor,
      actorType: 'Organisation',
      actorSectors: sectorsOf(row.actor),
      contextKey: row.context,
      contextName: row.context,
      contextKind: row.kind,
      contextType: 'Event',
      contextSector: null,
      date: row.date,
      until: row.until === undefined ? row.date : row.until,
      evidence: [],
    })),
  );
}

const OPTIONS: CoCreationProjectionOptions = {
  maxNodes: 5000,
  maxEdges: 50_000,
  weighting: 'COUNT',
  undated: 'WITHIN_LIFESPANS',
  minAllianceContexts: 2,
  seed: 42,
  centrality: {},
};

describe('projectCoCreation: select first, project second', () => {
  const rows = randomRows(7, 120, 60);
  const full = fullGraphOf(rows);
  const weightedDegree = (key: string) =>
    full.reduceEdges(key, (sum, _edge, attributes) => sum + attributes.weight, 0);

  it('equals the full projection when nothing is cut: the same ties, weights and dates', () => {
    const projection = projectCoCreation(structureOf(rows), OPTIONS);
    expect(projection.truncation).toMatchObject({ nodes: false, edges: false });
    expect(projection.actors.map((actor) => actor.key)).toEqual(full.nodes().sort());
    expect(projection.ties.map((tie) => [tie.id, tie.weight, tie.firstDate, tie.lastDate])).toEqual(
      full
        .mapEdges((_edge, attributes, source, target) => {
          const [a, b] = [source, target].sort();
          return [`${a}--${b}`, attributes.weight, attributes.firstDate, attributes.lastDate];
        })
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    for (const actor of projection.actors) {
      expect(actor.scopeWeightedDegree).toBe(weightedDegree(actor.key));
      expect(actor.metrics.weightedDegree).toBe(weightedDegree(actor.key));
    }
  });

  it('as a summary (the timeline) answers the same actors, metrics, communities and counts, without ties, alliances or context mixes', () => {
    const options = { ...OPTIONS, maxNodes: 60, maxEdges: 300 };
    const { ties, alliances, contextMixes, ...whole } = projectCoCreation(structureOf(rows), options);
    expect([ties.length, alliances.length, contextMixes.length].every((count) => count > 0)).toBe(true);
    const summary = projectCoCreation(structureOf(rows), { ...options, summary: true });
    expect(summary).toEqual({ ...whole, ties: [], alliances: [], contextMixes: [] });
  });

  it('equals the full projection when members take part at different times (some open, some unknown)', () => {
    const random = seededRandom(11);
    const year = () => 2010 + Math.floor(random() * 12);
    const timed: Row[] = rows.map((row) => {
      const roll = random();
      if (roll < 0.15) return { ...row, kind: 'UNDERTAKING', date: null, until: null };
      const from = year();
      const until = roll < 0.3 ? null : `${from + Math.floor(random() * 4)}-12-31`;
      return { ...row, kind: 'UNDERTAKING', date: `${from}-01-01`, until };
    });
    const fullTimed = fullGraphOf(timed);
    const projection = projectCoCreation(structureOf(timed), OPTIONS);
    expect(projection.ties.map((tie) => [tie.id, tie.weight, tie.firstDate, tie.lastDate])).toEqual(
      fullTimed
        .mapEdges((_edge, attributes, source, target) => {
          const [a, b] = [source, target].sort();
          return [`${a}--${b}`, attributes.weight, attributes.firstDate, attributes.lastDate];
        })
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    // Fewer ties than pairing every member: some were never in a context at the same time.
    expect(projection.ties.length).toBeLessThan(full.size);
    for (const actor of projection.actors) {
      const strength = fullTimed.hasNode(actor.key)
        ? fullTimed.reduceEdges(actor.key, (sum, _edge, attributes) => sum + attributes.weight, 0)
        : 0;
      expect(actor.scopeWeightedDegree).toBe(strength);
    }
  });

  it('keeps the maxNodes actors of highest weighted degree in the whole network, with all their mutual ties', () => {
    const projection = projectCoCreation(structureOf(rows), { ...OPTIONS, maxNodes: 15 });
    const expected = full
      .nodes()
      .sort((a, b) => weightedDegree(b) - weightedDegree(a) || a.localeCompare(b))
      .slice(0, 15);
    expect(projection.actors.map((actor) => actor.key)).toEqual([...expected].sort());
    expect(projection.truncation).toMatchObject({ nodes: true, actorsInScope: full.order });
    const kept = new Set(expected);
    const mutual = full.filterEdges(
      (_edge, _attributes, source, target) => kept.has(source) && kept.has(target),
    );
    expect(projection.ties).toHaveLength(mutual.length);
    for (const tie of projection.ties) {
      expect(tie.weight).toBe(full.getEdgeAttribute(tie.source, tie.target, 'weight'));
      // The ranking uses the whole network, not the kept part.
      expect(projection.actors.find((actor) => actor.key === tie.source)?.scopeWeightedDegree).toBe(
        weightedDegree(tie.source),
      );
    }
  });

  it("keeps each actor's strongest tie, then the strongest of the rest, and says which cap cut the answer", () => {
    const all = projectCoCreation(structureOf(rows), OPTIONS);
    const projection = projectCoCreation(structureOf(rows), { ...OPTIONS, maxEdges: 150 });
    expect(projection.ties).toHaveLength(150);
    expect(projection.truncation).toEqual({
      nodes: false,
      edges: true,
      actorsInScope: all.actors.length,
      tiesAmongKept: all.ties.length,
      undatedTies: 0,
    });
    // Every actor with a tie keeps one: its strongest (weight, then shared contexts).
    const strength = (tie: (typeof all.ties)[number]) => [tie.weight, tie.contexts.length] as const;
    const stronger = (x: (typeof all.ties)[number], y: (typeof all.ties)[number]) =>
      strength(y)[0] - strength(x)[0] || strength(y)[1] - strength(x)[1];
    const keptIds = new Set(projection.ties.map((tie) => tie.id));
    const ends = (tie: { source: string; target: string }) => [tie.source, tie.target];
    const backbone = new Set<string>();
    for (const actor of new Set(all.ties.flatMap(ends))) {
      const own = all.ties.filter((tie) => ends(tie).includes(actor)).sort(stronger);
      expect(own.some((tie) => keptIds.has(tie.id) && stronger(tie, own[0]!) === 0)).toBe(true);
      backbone.add(own.find((tie) => keptIds.has(tie.id))!.id);
    }
    expect(backbone.size).toBeLessThan(150);
    // Beyond those, the strongest: no cut tie is stronger than the weakest kept one of the rest.
    const rest = projection.ties.filter((tie) => !backbone.has(tie.id));
    const weakestKept = Math.min(...rest.map((tie) => tie.weight));
    expect(all.ties.filter((tie) => !keptIds.has(tie.id)).every((tie) => tie.weight <= weakestKept)).toBe(
      true,
    );
  });

  it('leaves no kept actor without a tie when it has one: hubs do not take every place (size M drew 4 135 loose dots)', () => {
    // Eight hubs share many contexts (28 ties of weight 30); each of 40 others meets one hub once.
    const hubs = Array.from({ length: 8 }, (_, index) => `h${index}`);
    const hubRows: Row[] = [];
    for (let c = 0; c < 30; c++)
      for (const hub of hubs)
        hubRows.push({ actor: hub, context: `hubs${c}`, kind: 'EVENT', date: '2020-01-01' });
    for (let i = 0; i < 40; i++)
      for (const actor of [`a${i}`, hubs[i % 8]!])
        hubRows.push({ actor, context: `meeting${i}`, kind: 'EVENT', date: '2021-01-01' });
    const projection = projectCoCreation(structureOf(hubRows), { ...OPTIONS, maxEdges: 48 });
    expect(projection.truncation.tiesAmongKept).toBe(68);
    const tied = new Set(projection.ties.flatMap((tie) => [tie.source, tie.target]));
    expect(projection.actors.filter((actor) => !tied.has(actor.key)).map((actor) => actor.key)).toEqual([]);
    // Hub ties (weight 30) fill the places left: 40 + 8 = 48.
    expect(projection.ties.filter((tie) => tie.weight === 30)).toHaveLength(8);
    // Fewer places than actors' strongest ties: the strongest of those.
    const tight = projectCoCreation(structureOf(hubRows), { ...OPTIONS, maxEdges: 3 });
    expect(tight.ties.map((tie) => tie.weight)).toEqual([30, 30, 30]);
  });

  it('weighs by Newman: a context of n actors adds 1/(n-1) to each pair, so strength = contexts with a partner', () => {
    const small: Row[] = [
      ...['a1', 'a2'].map((actor) => ({ actor, context: 'pair', kind: 'EVENT' as const, date: null })),
      ...['a1', 'a2', 'a3', 'a4', 'a5'].map((actor) => ({
        actor,
        context: 'congress',
        kind: 'EVENT' as const,
        date: null,
      })),
    ];
    const projection = projectCoCreation(structureOf(small), { ...OPTIONS, weighting: 'NEWMAN' });
    const weight = (id: string) => projection.ties.find((tie) => tie.id === id)?.weight;
    expect(weight('a1--a2')).toBeCloseTo(1 + 1 / 4, 12);
    expect(weight('a3--a4')).toBeCloseTo(1 / 4, 12);
    expect(projection.actors.find((actor) => actor.key === 'a1')?.scopeWeightedDegree).toBe(2);
    expect(projection.actors.find((actor) => actor.key === 'a5')?.scopeWeightedDegree).toBe(1);
  });

  it('does not pair the members of a huge context when only a few actors are kept', () => {
    // 4000 members would be 8 million pairs; with 20 kept actors there are at most 190 ties to build.
    const huge: Row[] = Array.from({ length: 4000 }, (_, index) => ({
      actor: `a${index}`,
      context: 'congress',
      kind: 'EVENT',
      date: '2020-05-05',
    }));
    huge.push({ actor: 'a1', context: 'workshop', kind: 'EVENT', date: '2021-01-01' });
    huge.push({ actor: 'a2', context: 'workshop', kind: 'EVENT', date: '2021-01-01' });
    const projection = projectCoCreation(structureOf(huge), { ...OPTIONS, maxNodes: 20 });
    expect(projection.actors).toHaveLength(20);
    expect(projection.ties).toHaveLength(190);
    expect(projection.truncation).toMatchObject({ nodes: true, actorsInScope: 4000, tiesAmongKept: 190 });
    expect(projection.ties.find((tie) => tie.id === 'a1--a2')).toMatchObject({
      weight: 2,
      firstDate: '2020-05-05',
      lastDate: '2021-01-01',
    });
  });

  it('gives an organisation a tie to each of its members, dated by the member', () => {
    const builder = new MembershipStructureBuilder();
    builder.add({
      actor: 'p1',
      type: 'Person',
      sectors: [],
      memberships: [['bmi', 'ORGANISATION', '2019-01-01', 'FEDERAL_ADMINISTRATION', null, true, []]],
    });
    builder.add({
      actor: 'p2',
      type: 'Person',
      sectors: [],
      memberships: [['bmi', 'ORGANISATION', null, 'FEDERAL_ADMINISTRATION', null, false, []]],
    });
    const projection = projectCoCreation(builder.build(), OPTIONS);
    expect(projection.ties.map((tie) => [tie.id, tie.firstDate])).toEqual([
      ['bmi--p1', '2019-01-01'],
      ['bmi--p2', null],
      ['p1--p2', '2019-01-01'],
    ]);
    expect(projection.actors.find((actor) => actor.key === 'bmi')).toMatchObject({
      type: 'Organisation',
      sectors: ['FEDERAL_ADMINISTRATION'],
    });
    expect(projection.contextMixes).toEqual([]);
  });
});

describe('projectCoCreation: spans, undated statements, nesting, several sectors (issue 14)', () => {
  /** A 2019-2022 partnership of a and b in a project of a programme, and an undated affiliation of c and d. */
  function partnership(): MembershipStructure {
    const builder = new MembershipStructureBuilder();
    for (const actor of ['a', 'b'])
      builder.add({
        actor,
        type: 'Organisation',
        sectors: actor === 'a' ? ['FEDERAL_ADMINISTRATION'] : ['CIVIL_SOCIETY'],
        memberships: [
          ['project', 'UNDERTAKING', '2019-01-01', null, '2022-12-31', true, []],
          ['programme', 'UNDERTAKING', '2019-01-01', null, '2022-12-31', true, ['project']],
        ],
      });
    for (const actor of ['c', 'd'])
      builder.add({
        actor,
        type: 'Person',
        sectors: actor === 'c' ? ['RESEARCH', 'CIVIL_SOCIETY'] : [],
        memberships: [['verein', 'ORGANISATION', null, 'CIVIL_SOCIETY', null, false, []]],
      });
    return builder.build();
  }

  it('dates a tie from the first start to the last end of its contexts, not by its start alone', () => {
    const projection = projectCoCreation(partnership(), OPTIONS);
    expect(projection.ties.find((tie) => tie.id === 'a--b')).toMatchObject({
      firstDate: '2019-01-01',
      lastDate: '2022-12-31',
      undated: false,
      contexts: [
        { key: 'project', kind: 'UNDERTAKING', date: '2019-01-01', until: '2022-12-31' },
        { key: 'programme', kind: 'UNDERTAKING', date: '2019-01-01', until: '2022-12-31' },
      ],
    });
  });

  it('leaves a tie open-ended when one of its contexts goes on', () => {
    const builder = new MembershipStructureBuilder();
    for (const actor of ['a', 'b'])
      builder.add({
        actor,
        type: 'Organisation',
        sectors: [],
        memberships: [
          ['event', 'EVENT', '2020-03-04', null, '2020-03-04', true, []],
          ['project', 'UNDERTAKING', '2021-01-01', null, null, true, []],
        ],
      });
    expect(projectCoCreation(builder.build(), OPTIONS).ties[0]).toMatchObject({
      firstDate: '2020-03-04',
      lastDate: null,
    });
  });

  it('dates a pair in a context by the time both were in it, and ties only those who were in it at once', () => {
    // A ministry founded on 2021-12-08 takes over a programme whose partner ran 2019-2022.
    const builder = new MembershipStructureBuilder();
    builder.add({
      actor: 'ministry',
      type: 'Organisation',
      sectors: [],
      memberships: [['programme', 'UNDERTAKING', '2021-12-08', null, null, true, []]],
    });
    builder.add({
      actor: 'partner',
      type: 'Organisation',
      sectors: [],
      memberships: [['programme', 'UNDERTAKING', '2019-01-01', null, '2022-12-31', true, []]],
    });
    builder.add({
      actor: 'early',
      type: 'Organisation',
      sectors: [],
      memberships: [['programme', 'UNDERTAKING', '2015-01-01', null, '2016-12-31', true, []]],
    });
    const projection = projectCoCreation(builder.build(), OPTIONS);
    // 'early' was never in the programme with either: no tie, and no strength from it.
    expect(projection.ties.map((tie) => [tie.id, tie.firstDate, tie.lastDate])).toEqual([
      ['ministry--partner', '2021-12-08', '2022-12-31'],
    ]);
    expect(projection.actors.map((actor) => [actor.key, actor.scopeWeightedDegree])).toEqual([
      ['early', 0],
      ['ministry', 1],
      ['partner', 1],
    ]);
  });

  it('counts a project and its programme as one occasion of an alliance', () => {
    expect(projectCoCreation(partnership(), OPTIONS).alliances).toEqual([]);
  });

  it('marks ties resting on undated statements, and leaves them out on request', () => {
    const within = projectCoCreation(partnership(), OPTIONS);
    expect(within.ties.map((tie) => [tie.id, tie.undated])).toEqual([
      ['a--b', false],
      ['c--d', true],
      // The organisation's tie to its member rests on the member's statement.
      ['c--verein', true],
      ['d--verein', true],
    ]);
    expect(within.truncation.undatedTies).toBe(3);
    const excluded = projectCoCreation(partnership(), { ...OPTIONS, undated: 'EXCLUDE' });
    expect(excluded.ties.map((tie) => tie.id)).toEqual(['a--b']);
    // The association whose memberships were all left out is not in the network either.
    expect(excluded.actors.map((actor) => actor.key)).toEqual(['a', 'b']);
    expect(excluded.truncation.actorsInScope).toBe(2);
    expect(excluded.truncation.undatedTies).toBe(0);
  });

  it('gives a person every sector and keeps a tie within sectors when the ends share one', () => {
    const projection = projectCoCreation(partnership(), OPTIONS);
    expect(projection.actors.find((actor) => actor.key === 'c')?.sectors).toEqual([
      'RESEARCH',
      'CIVIL_SOCIETY',
    ]);
    // c--verein shares CIVIL_SOCIETY (inside); a--b crosses; d is unknown.
    expect(projection.sectorMix).toEqual({ ties: 2, crossSectorTies: 1, crossSectorShare: 0.5, eiIndex: 0 });
  });
});

describe('shortestPathCentralities', () => {
  /** A connected random graph with hubs (preferential attachment) plus a few small components. */
  function randomGraph(seed: number, nodes: number): Graph {
    const random = seededRandom(seed);
    const graph = new Graph({ type: 'undirected' });
    const ends: string[] = [];
    for (let i = 0; i < nodes; i++) {
      const key = `n${i}`;
      graph.addNode(key);
      for (let k = 0; k < 2 && i > 0; k++) {
        const other = ends.length === 0 ? 'n0' : (ends[Math.floor(random() * ends.length)] as string);
        if (other !== key && !graph.hasEdge(key, other)) {
          graph.addEdge(key, other, { weight: 1 + Math.floor(random() * 5) });
          ends.push(key, other);
        }
      }
    }
    for (let i = 0; i < 5; i++) {
      graph.addNode(`island${i}a`);
      graph.addNode(`island${i}b`);
      graph.addEdge(`island${i}a`, `island${i}b`, { weight: 3 });
    }
    return graph;
  }

  it('is exact below the work limit; HOPS equals graphology over hop counts', () => {
    const graph = randomGraph(3, 150);
    const result = shortestPathCentralities(graph, { pathLength: 'HOPS' });
    expect(result).toMatchObject({ method: 'EXACT', pivots: graph.order, betweennessErrorBound: 0 });
    const betweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    const closeness = closenessCentrality(graph, { wassermanFaust: true });
    for (const node of graph.nodes()) {
      expect(result.betweenness[node]).toBeCloseTo(betweenness[node] as number, 10);
      expect(result.closeness[node]).toBeCloseTo(closeness[node] as number, 10);
    }
  });

  it('by default a tie is 1 / weight long (a strong tie a short step): graphology weighted betweenness with that length', () => {
    const graph = randomGraph(3, 150);
    const result = shortestPathCentralities(graph);
    expect(result).toMatchObject({ method: 'EXACT', pathLength: 'INVERSE_WEIGHT' });
    const betweenness = betweennessCentrality(graph, {
      getEdgeWeight: (_edge, attributes) => 1 / (attributes.weight as number),
      normalized: true,
    });
    for (const node of graph.nodes())
      expect(result.betweenness[node]).toBeCloseTo(betweenness[node] as number, 10);
    const hops = shortestPathCentralities(graph, { pathLength: 'HOPS' });
    expect(
      graph
        .nodes()
        .some((node) => Math.abs((hops.betweenness[node] ?? 0) - (result.betweenness[node] ?? 0)) > 1e-6),
    ).toBe(true);
  });

  it('samples pivots above the limit: reproducible for a seed, with an error bound the estimates respect', () => {
    const graph = randomGraph(5, 1500);
    const exact = shortestPathCentralities(graph, { method: 'EXACT' });
    const sampled = shortestPathCentralities(graph, { exactWorkLimit: 1000, pivots: 200, seed: 9 });
    expect(sampled.method).toBe('SAMPLED');
    expect(sampled.pivots).toBeLessThan(graph.order / 4);
    expect(sampled.betweennessErrorBound).toBeGreaterThan(0);
    expect(shortestPathCentralities(graph, { exactWorkLimit: 1000, pivots: 200, seed: 9 })).toEqual(sampled);
    const worst = Math.max(
      ...graph
        .nodes()
        .map((node) => Math.abs((sampled.betweenness[node] ?? 0) - (exact.betweenness[node] ?? 0))),
    );
    expect(worst).toBeLessThanOrEqual(sampled.betweennessErrorBound);
    expect(spearmanOfTop(exact.betweenness, sampled.betweenness, 10)).toBeGreaterThanOrEqual(0.9);
    // The small components are always exact.
    expect(sampled.betweenness['island0a']).toBe(0);
    expect(sampled.closeness['island0a']).toBeCloseTo(exact.closeness['island0a'] as number, 12);
  });
});
