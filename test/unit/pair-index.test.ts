import { DENSE_PAIR_INDEX_UP_TO, pairIndex } from '../../src/analytics/co-creation/pair-index';
import { seededRandom } from '../../src/shared/seeded-rng';

describe('pairIndex', () => {
  it.each([
    ['dense', DENSE_PAIR_INDEX_UP_TO],
    ['hashed', 5000],
  ])('%s: answers what was set, -1 for anything else, across growth', (_kind, kept) => {
    const index = pairIndex(kept);
    const random = seededRandom(3);
    const expected = new Map<number, number>();
    // Mismatches are collected and asserted once: an expect() per pair made this test take 30 s.
    const wrong: string[] = [];
    // 200 000 pairs: the hashed table grows from 65 536 slots several times.
    for (let i = 0; i < 200_000; i++) {
      const a = Math.floor(random() * (kept - 1));
      const b = a + 1 + Math.floor(random() * (kept - a - 1));
      const pair = a * kept + b;
      if (!expected.has(pair)) {
        const before = index.get(pair);
        if (before !== -1) wrong.push(`${pair} before set: ${before}`);
        expected.set(pair, expected.size);
        index.set(pair, expected.size - 1);
      }
    }
    for (const [pair, value] of expected) {
      const found = index.get(pair);
      if (found !== value) wrong.push(`${pair}: ${found}, expected ${value}`);
    }
    expect(expected.size).toBeGreaterThan(100_000);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(index.get(kept * kept - 1)).toBe(expected.get(kept * kept - 1) ?? -1);
    expect(index.get(0)).toBe(-1);
  });
});
