import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Work on a large answer that runs on the main thread is cut into slices of this many items, with a
 * turn of the event loop between them, so /healthz and small requests are answered in between.
 */
export const MAIN_THREAD_SLICE = 200;

/** Maps items in slices of `slice`, letting the event loop run between slices. */
export async function mapInSlices<T, R>(
  items: readonly T[],
  map: (item: T, index: number) => R,
  slice = MAIN_THREAD_SLICE,
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  for (let start = 0; start < items.length; start += slice) {
    if (start > 0) await nextTurn();
    const end = Math.min(items.length, start + slice);
    for (let index = start; index < end; index++) out[index] = map(items[index] as T, index);
  }
  return out;
}

/**
 * The same items for graphql-js to complete slice by slice: items after the first slice are promises
 * that settle one event-loop turn after the slice before them, so graphql-js completes each slice's
 * selection in its own macrotask instead of the whole list in one (graphql-js 16 has no @stream).
 */
export function completeInSlices<T>(items: readonly T[], slice = MAIN_THREAD_SLICE): (T | Promise<T>)[] {
  if (items.length <= slice) return [...items];
  const out: (T | Promise<T>)[] = items.slice(0, slice);
  let turn: Promise<void> = Promise.resolve();
  for (let start = slice; start < items.length; start += slice) {
    turn = turn.then(() => nextTurn());
    const ready = turn;
    for (let index = start; index < Math.min(items.length, start + slice); index++) {
      const item = items[index] as T;
      out.push(ready.then(() => item));
    }
  }
  return out;
}
