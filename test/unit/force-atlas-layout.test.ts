import { forceAtlasLayout } from '../../src/analytics/layout/force-atlas-layout';

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
});
