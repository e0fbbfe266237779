import { firstInOrder } from '../../src/shared/first-in-order';
import { seededRandom } from '../../src/shared/seeded-rng';

describe('firstInOrder', () => {
  const byValue = (a: number, b: number) => a - b;

  it('equals sorting everything and taking the first k, for random arrays with repeated values', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 300; round++) {
      const length = Math.floor(random() * 200);
      const spread = 1 + Math.floor(random() * 50);
      const items = Array.from({ length }, () => Math.floor(random() * spread));
      const k = Math.floor(random() * (length + 3));
      expect(firstInOrder(items, k, byValue)).toEqual([...items].sort(byValue).slice(0, k));
    }
  });

  it('keeps the k first of a total order on objects, in order, without touching its input', () => {
    const random = seededRandom(5);
    const ties = Array.from({ length: 5000 }, (_, i) => ({ id: i, weight: Math.floor(random() * 20) }));
    const before = [...ties];
    const compare = (x: { id: number; weight: number }, y: { id: number; weight: number }) =>
      y.weight - x.weight || x.id - y.id;
    expect(firstInOrder(ties, 700, compare)).toEqual([...ties].sort(compare).slice(0, 700));
    expect(ties).toEqual(before);
    expect(firstInOrder(ties, 0, compare)).toEqual([]);
    expect(firstInOrder([], 3, compare)).toEqual([]);
  });
});
