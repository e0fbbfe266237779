import { completeInSlices, mapInSlices } from '../../src/shared/yield-to-event-loop';

describe('work in slices with event-loop turns between them', () => {
  it('mapInSlices keeps order and lets a waiting macrotask run between slices', async () => {
    const seen: string[] = [];
    setImmediate(() => seen.push('macrotask'));
    const out = await mapInSlices(
      [1, 2, 3, 4, 5],
      (n, index) => {
        seen.push(`item ${index}`);
        return n * 10;
      },
      2,
    );
    expect(out).toEqual([10, 20, 30, 40, 50]);
    // The first slice runs at once; the macrotask queued before gets its turn before the second.
    expect(seen.indexOf('macrotask')).toBe(2);
  });

  it('completeInSlices hands out the same items, later slices as promises settling on later turns', async () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ i }));
    const sliced = completeInSlices(items, 3);
    expect(sliced.slice(0, 3)).toEqual(items.slice(0, 3));
    expect(sliced.slice(3).every((item) => item instanceof Promise)).toBe(true);
    const order: string[] = [];
    setImmediate(() => order.push('turn 1'));
    const settled = sliced.map((item, index) =>
      Promise.resolve(item).then((value) => {
        order.push(`item ${index}`);
        return value;
      }),
    );
    expect(await Promise.all(settled)).toEqual(items);
    expect(order.indexOf('turn 1')).toBeLessThan(order.indexOf('item 3'));
    expect(order.indexOf('item 2')).toBeLessThan(order.indexOf('turn 1'));
    expect(completeInSlices(items.slice(0, 2), 3)).toEqual(items.slice(0, 2));
  });
});
