import { closeSync, fstatSync, openSync, readlinkSync, readSync, realpathSync, constants } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { SourceTextLimits } from './source-text-limits';

/** A source text, or why it was not read (the message names the file and the rule). */
export type SourceTextRead = { readonly text: string } | { readonly refused: string };

/**
 * A reader of source texts confined to `folder`: the path must be relative, its real path (symlinks
 * resolved) must lie inside the folder's real path, it must be a regular file (no device, FIFO, socket
 * or /proc entry) and within the per-source and per-case-study sizes. The file is opened without
 * following a final symlink and checked through its descriptor: where the system names an open file's
 * path (/proc/self/fd on Linux), the path of what was really opened must lie inside the folder too, so
 * a directory on the way swapped for a symlink after the check cannot lead out.
 */
export function confinedSourceReader(
  folder: string,
  limits: SourceTextLimits,
): (file: string) => SourceTextRead {
  let totalBytes = 0;
  return (file) => {
    if (file.trim() === '' || isAbsolute(file) || /^[a-zA-Z]:[\\/]/.test(file)) {
      return { refused: `source text file "${file}" must be a path relative to the case-study file` };
    }
    let root: string;
    let real: string;
    try {
      root = realpathSync(folder);
      real = realpathSync(resolve(folder, file));
    } catch {
      return {
        refused: `source text file "${file}" does not exist (looked for ${resolve(folder, file)})`,
      };
    }
    if (!isInside(root, real)) {
      return {
        refused: `source text file "${file}" lies outside the case study's folder (${root}); copy the text into it`,
      };
    }
    let descriptor: number;
    try {
      descriptor = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch {
      return { refused: `source text file "${file}" cannot be opened` };
    }
    try {
      const opened = openedPath(descriptor);
      if (opened !== undefined && !isInside(root, opened)) {
        return {
          refused: `source text file "${file}" lies outside the case study's folder (${root}); copy the text into it`,
        };
      }
      const stats = fstatSync(descriptor);
      if (!stats.isFile()) return { refused: `source text file "${file}" is not a regular file` };
      if (stats.size > limits.maxSourceBytes) {
        return {
          refused: `source text file "${file}" has ${stats.size} bytes, more than the limit of ${limits.maxSourceBytes} (IMPORT_MAX_SOURCE_BYTES)`,
        };
      }
      if (totalBytes + stats.size > limits.maxCaseStudyBytes) {
        return {
          refused: `the source texts of this case-study file exceed ${limits.maxCaseStudyBytes} bytes in total (IMPORT_MAX_CASE_STUDY_BYTES) at "${file}"`,
        };
      }
      const buffer = Buffer.alloc(stats.size);
      let read = 0;
      while (read < stats.size) {
        const n = readSync(descriptor, buffer, read, stats.size - read, read);
        if (n === 0) break;
        read += n;
      }
      totalBytes += read;
      return { text: buffer.subarray(0, read).toString('utf8') };
    } finally {
      closeSync(descriptor);
    }
  };
}

/** True when `path` lies strictly inside the directory `root` (both real paths). */
function isInside(root: string, path: string): boolean {
  const inside = relative(root, path);
  return !(inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside));
}

/** The path of an open file as the system names it, or undefined where it does not (no /proc). */
function openedPath(descriptor: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${descriptor}`);
  } catch {
    return undefined;
  }
}
