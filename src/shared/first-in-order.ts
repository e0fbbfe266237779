/**
 * The first `k` items in `compare` order: `[...items].sort(compare).slice(0, k)` when `compare` is a
 * total order, in O(n + k log k) on average instead of O(n log n) (quickselect moves the k first to
 * the front, then only they are sorted). Keeping the 25 000 strongest of some 500 000 ties sorted all
 * of them first (issue 16's 5000-node network).
 */
export function firstInOrder<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  const copy = [...items];
  if (k < copy.length) {
    let low = 0;
    let high = copy.length - 1;
    // Invariant: the k first in order lie in copy[0 .. high] and copy[0 .. low) are among them.
    while (low < high) {
      const pivot = medianOfThree(copy[low] as T, copy[(low + high) >>> 1] as T, copy[high] as T, compare);
      let i = low;
      let j = high;
      while (i <= j) {
        while (compare(copy[i] as T, pivot) < 0) i++;
        while (compare(copy[j] as T, pivot) > 0) j--;
        if (i <= j) {
          const swap = copy[i] as T;
          copy[i] = copy[j] as T;
          copy[j] = swap;
          i++;
          j--;
        }
      }
      // Now copy[low .. j] <= pivot <= copy[i .. high], and j < i.
      if (k - 1 <= j) high = j;
      else if (k - 1 >= i) low = i;
      else break;
    }
    copy.length = k;
  }
  return copy.sort(compare);
}

function medianOfThree<T>(a: T, b: T, c: T, compare: (a: T, b: T) => number): T {
  if (compare(a, b) < 0) {
    if (compare(b, c) < 0) return b;
    return compare(a, c) < 0 ? c : a;
  }
  if (compare(a, c) < 0) return a;
  return compare(b, c) < 0 ? c : b;
}
