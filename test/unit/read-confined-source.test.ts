import { execFileSync } from 'node:child_process';
import type * as NodeFs from 'node:fs';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confinedSourceReader } from '../../src/case-study/read-confined-source';
import { DEFAULT_SOURCE_TEXT_LIMITS } from '../../src/case-study/source-text-limits';

// Issue 12, finding 1: a case study could name /proc/self/environ (or a symlink to it) as its source,
// and the importer published the file through `sources { text }`.
describe('source texts are read only from regular files inside the case study folder', () => {
  const outside = mkdtempSync(join(tmpdir(), 'qn-outside-'));
  const root = mkdtempSync(join(tmpdir(), 'qn-case-'));
  const folder = join(root, 'case');
  mkdirSync(join(folder, 'sources'), { recursive: true });
  writeFileSync(join(folder, 'sources', 'a.txt'), 'Ein Satz.');
  writeFileSync(join(outside, 'secret.txt'), 'JWT_SECRET=geheim');
  writeFileSync(join(root, 'sibling.txt'), 'neben dem Ordner');
  symlinkSync(join(outside, 'secret.txt'), join(folder, 'sources', 'link.txt'));
  symlinkSync(outside, join(folder, 'linked-dir'));
  symlinkSync(join(folder, 'sources', 'a.txt'), join(folder, 'inner-link.txt'));
  execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
  const read = confinedSourceReader(folder, DEFAULT_SOURCE_TEXT_LIMITS);

  it('reads a file inside the folder, also through a symlink that stays inside', () => {
    expect(read('sources/a.txt')).toEqual({ text: 'Ein Satz.' });
    expect(read('./sources/../sources/a.txt')).toEqual({ text: 'Ein Satz.' });
    expect(read('inner-link.txt')).toEqual({ text: 'Ein Satz.' });
  });

  it.each([
    ['/proc/self/environ', /must be a path relative/],
    ['/etc/passwd', /must be a path relative/],
    ['../../../../etc/passwd', /outside the case study's folder/],
    ['../sibling.txt', /outside the case study's folder/],
    ['sources/link.txt', /outside the case study's folder/],
    ['linked-dir/secret.txt', /outside the case study's folder/],
    ['sources', /not a regular file/],
    ['pipe.txt', /not a regular file/],
    ['missing.txt', /does not exist/],
    ['', /must be a path relative/],
  ])('refuses %j', (file, message) => {
    const result = read(file);
    expect(result).toEqual({ refused: expect.stringMatching(message) });
  });

  it('refuses a source over the per-source size and a case study over its total', () => {
    writeFileSync(join(folder, 'big.txt'), 'x'.repeat(101));
    writeFileSync(join(folder, 'small.txt'), 'x'.repeat(60));
    const limited = confinedSourceReader(folder, { maxSourceBytes: 100, maxCaseStudyBytes: 150 });
    expect(limited('big.txt')).toEqual({
      refused: expect.stringMatching(/101 bytes, more than the limit of 100/),
    });
    expect(limited('small.txt')).toEqual({ text: 'x'.repeat(60) });
    expect(limited('small.txt')).toEqual({ text: 'x'.repeat(60) });
    expect(limited('small.txt')).toEqual({ refused: expect.stringMatching(/exceed 150 bytes in total/) });
  });

  // Issue 12: between the real-path check and the open, a directory on the way can be swapped for a
  // symlink out of the folder (O_NOFOLLOW guards only the last component). Simulated: the check sees
  // the path as it was (a real directory), the open follows the symlink that replaced it.
  it('refuses a file whose directory was swapped for a symlink out of the folder after the check', () => {
    const swapped = join(folder, 'swapped');
    symlinkSync(outside, swapped);
    const fs = jest.requireActual<typeof NodeFs>('node:fs');
    const original = fs.realpathSync;
    const realRoot = original(folder);
    const spy = jest
      .spyOn(fs, 'realpathSync')
      .mockImplementation(((path: string) =>
        path === join(folder, 'swapped', 'secret.txt')
          ? join(realRoot, 'swapped', 'secret.txt')
          : original(path)) as typeof fs.realpathSync);
    try {
      expect(read('swapped/secret.txt')).toEqual({
        refused: expect.stringMatching(/lies outside the case study's folder/),
      });
    } finally {
      spy.mockRestore();
    }
  });
});
