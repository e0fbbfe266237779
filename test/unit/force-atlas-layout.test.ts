import { forceAtlasLayout, startingPositions } from '../../src/analytics/layout/force-atlas-layout';

describe('forceAtlasLayout (the positions of NetworkNode.x/y and of exports with layout=true)', () => {
  const nodes = ['a', 'b', 'c', 'd', 'e'];
  const edges = [
    ['a', 'b', 3],
    ['b', 'c', 1],
    ['c', 'a', 1],
    ['d', 'e', 2],
    ['a', 'nobody', 1],
  ] as const;

  it('gives every node a finite position, the same for the same seed and another for another seed', () => {
    const first = forceAtlasLayout({ nodes, edges, seed: 42 });
    expect(Object.keys(first).sort()).toEqual(nodes);
    for (const { x, y } of Object.values(first)) {
      expect(Number.isFinite(x)).toBe(true);
      expect(Number.isFinite(y)).toBe(true);
    }
    expect(forceAtlasLayout({ nodes, edges, seed: 42 })).toEqual(first);
    expect(forceAtlasLayout({ nodes, edges, seed: 7 })).not.toEqual(first);
  });

  it('draws tied nodes closer than untied ones', () => {
    const at = forceAtlasLayout({ nodes, edges, seed: 42 });
    const distance = (p: string, q: string) => Math.hypot(at[p]!.x - at[q]!.x, at[p]!.y - at[q]!.y);
    expect(distance('a', 'b')).toBeLessThan(distance('a', 'd'));
    expect(distance('d', 'e')).toBeLessThan(distance('d', 'b'));
  });

  it('places a lone node where it starts', () => {
    const only = forceAtlasLayout({ nodes: ['a'], edges: [], seed: 1 });
    expect(Object.keys(only)).toEqual(['a']);
  });

  it('starts the members of a group side by side, so a community is drawn together', () => {
    // Two groups of 20 without ties: only the start can keep a group together.
    const members = Array.from({ length: 40 }, (_, index) => `n${index}`);
    const groups = members.map((_, index) => (index < 20 ? 0 : 1));
    const meanDistances = (at: Record<string, { x: number; y: number }>) => {
      let [within, across, withinPairs, acrossPairs] = [0, 0, 0, 0];
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) {
          const [p, q] = [at[members[i]!]!, at[members[j]!]!];
          const distance = Math.hypot(p.x - q.x, p.y - q.y);
          if (groups[i] === groups[j]) [within, withinPairs] = [within + distance, withinPairs + 1];
          else [across, acrossPairs] = [across + distance, acrossPairs + 1];
        }
      return { within: within / withinPairs, across: across / acrossPairs };
    };
    const grouped = meanDistances(forceAtlasLayout({ nodes: members, edges: [], groups, seed: 42 }));
    expect(grouped.within).toBeLessThan(0.75 * grouped.across);
    const random = meanDistances(
      forceAtlasLayout({ nodes: members, edges: [], groups, seed: 42 }, { ignoreGroups: true }),
    );
    expect(random.within).toBeGreaterThan(0.75 * random.across);
    expect(forceAtlasLayout({ nodes: members, edges: [], groups, seed: 42 })).toEqual(
      forceAtlasLayout({ nodes: members, edges: [], groups, seed: 42 }),
    );
  });

  it('accepts nodes without a group, and ignores groups of another length', () => {
    const at = forceAtlasLayout({ nodes, edges, groups: [0, 0, 0, null, null], seed: 42 });
    expect(Object.keys(at).sort()).toEqual(nodes);
    for (const { x, y } of Object.values(at)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(forceAtlasLayout({ nodes, edges, groups: [0, 1], seed: 42 })).toEqual(
      forceAtlasLayout({ nodes, edges, seed: 42 }),
    );
  });

  it('starts groups of very different sizes apart: their discs overlap none of the others', () => {
    // Sizes 1500, 750, 500, ... (1500 / k), and nodes of no group.
    const sizes = Array.from({ length: 60 }, (_, k) => Math.max(1, Math.round(1500 / (k + 1))));
    const groups: (number | null)[] = sizes.flatMap((size, group) =>
      Array.from({ length: size }, () => group),
    );
    groups.push(...Array.from({ length: 300 }, () => null));
    const nodes = groups.map((_, index) => `n${index}`);
    const start = startingPositions({ nodes, edges: [], groups, seed: 3 });
    const at = nodes.map((_, index) => start(index));
    // Each group's disc as its nodes show it: centre and farthest member; nodes of no group are discs of one.
    const discs = [
      ...sizes.map((_, group) => {
        const members = at.filter((_, index) => groups[index] === group);
        const x = members.reduce((sum, p) => sum + p.x, 0) / members.length;
        const y = members.reduce((sum, p) => sum + p.y, 0) / members.length;
        return { x, y, radius: Math.max(...members.map((p) => Math.hypot(p.x - x, p.y - y))) };
      }),
      ...at.filter((_, index) => groups[index] === null).map((p) => ({ ...p, radius: 0 })),
    ];
    let overlaps = 0;
    for (let i = 0; i < discs.length; i++)
      for (let j = i + 1; j < discs.length; j++) {
        const [a, b] = [discs[i]!, discs[j]!];
        if (Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius) overlaps++;
      }
    expect(overlaps).toBe(0);
  });

  it('starts at random when every group has one node', () => {
    const nodes = ['a', 'b', 'c'];
    const alone = startingPositions({ nodes, edges: [], groups: [0, 1, 2], seed: 5 });
    const random = startingPositions({ nodes, edges: [], seed: 5 });
    expect(nodes.map((_, index) => alone(index))).toEqual(nodes.map((_, index) => random(index)));
  });
});
