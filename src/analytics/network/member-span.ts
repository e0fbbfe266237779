import { decodeDate } from './membership-structure';

/**
 * Spans of memberships as YYYYMMDD integers: 0 is an unknown date, OPEN the end of a membership that
 * has a start and no end (it goes on, so it outlasts every dated end).
 */
export const OPEN = 99_991_231;

/** The end of a membership: its own, OPEN when it started and did not end, 0 when nothing is known. */
export function endOf(start: number, end: number): number {
  return end !== 0 ? end : start !== 0 ? OPEN : 0;
}

/**
 * When two actors were in a context together: from the later start to the earlier end (an unknown
 * date leaves the other's). They never were when the start comes after the end (one left before the
 * other came: a ministry handing a programme to its successor, a partner of 2015 and one of 2021).
 * Co-creation needs both at once, so such a pair is not tied through that context. Numbers in, numbers
 * out: the projection calls these for every pair of kept members.
 */
export function jointStart(startA: number, startB: number): number {
  return Math.max(startA, startB);
}

export function jointEnd(endA: number, endB: number): number {
  return endA === 0 ? endB : endB === 0 ? endA : Math.min(endA, endB);
}

/** False for a joint span of two who were never in the context at once. */
export function together(start: number, end: number): boolean {
  return start === 0 || end === 0 || start <= end;
}

/**
 * The span of one actor in a context it enters several ways (a project and its sub-project, a person
 * in two units): the union, in which an unknown (open) date wins, as min/max over the open sentinels
 * in the membership queries.
 */
export function unionStart(startA: number, startB: number): number {
  return startA === 0 || startB === 0 ? 0 : Math.min(startA, startB);
}

export function unionEnd(endA: number, endB: number): number {
  if (endA === OPEN || endB === OPEN) return OPEN;
  return endA === 0 || endB === 0 ? 0 : Math.max(endA, endB);
}

/**
 * For each member of one context, how many other members were in it at some common time: interval
 * overlap counts by two sorted arrays and binary search, O(n log n). Unknown dates are open (a start
 * of 0 is the beginning of time, an end of 0 its end).
 */
export function overlappingMembers(starts: ArrayLike<number>, ends: ArrayLike<number>): Int32Array {
  const n = starts.length;
  const lo = Float64Array.from(starts);
  const hi = Float64Array.from(ends, (end) => (end === 0 ? Infinity : end));
  const sortedStarts = Float64Array.from(lo).sort();
  const sortedEnds = Float64Array.from(hi).sort();
  const counts = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // Others overlap unless they start after i ends or end before i starts (disjoint cases).
    const startAfter = n - upperBound(sortedStarts, hi[i] as number);
    const endBefore = lowerBound(sortedEnds, lo[i] as number);
    counts[i] = Math.max(0, n - startAfter - endBefore - 1);
  }
  return counts;
}

/** First index whose value is > x. */
function upperBound(sorted: Float64Array, x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** First index whose value is >= x. */
function lowerBound(sorted: Float64Array, x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** YYYYMMDD end -> ISO; unknown (0) and open (OPEN) -> null. */
export function decodeEnd(end: number): string | null {
  return end === OPEN ? null : decodeDate(end);
}
