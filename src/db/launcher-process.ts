import { readFileSync } from 'node:fs';
import { LAUNCHER_MAIN_CLASS } from './launcher-build';

// What /proc tells about a launcher process (Linux): ours or a recycled pid, alive, its memory.

/** True when `pid` is alive and is our launcher (not a recycled pid of another program). */
export function isOurLauncher(pid: number): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmdline.includes(LAUNCHER_MAIN_CLASS)) return false;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // A zombie has exited; it only waits for its parent to reap it.
    return !/^\d+ \(.*\) Z /.test(stat);
  } catch {
    return false;
  }
}

/**
 * True until the process is gone and reaped. A JVM's main thread can show as a zombie while its other
 * threads still hold the sockets, so only the disappearance of the pid counts.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readRssMiB(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? undefined : Math.round(Number(match[1]) / 1024);
  } catch {
    return undefined;
  }
}
