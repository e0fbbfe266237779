import type { ImportProgress } from '../import/write-import-plan';

/** Prints import progress: a line per phase and every ~10% on large inputs. */
export function createProgressPrinter(write: (line: string) => void = (line) => console.error(line)) {
  const lastTenth = new Map<string, number>();
  return (progress: ImportProgress): void => {
    const tenth = progress.total === 0 ? 10 : Math.floor((progress.done / progress.total) * 10);
    if (lastTenth.get(progress.phase) === tenth) return;
    lastTenth.set(progress.phase, tenth);
    if (progress.total >= 5000 || progress.done === progress.total) {
      write(`  ${progress.phase}: ${progress.done}/${progress.total}`);
    }
  };
}
