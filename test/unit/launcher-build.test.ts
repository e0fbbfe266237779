import { join } from 'node:path';
import { runMaven } from '../../src/db/launcher-build';
import { PROJECT_ROOT } from '../../src/shared/project-paths';

// Issue 17: the start log carried Maven's colour codes (Maven 3.8 writes resets even with -B -q and
// -Dstyle.color=never). Maven's output now passes through without terminal escape codes.
describe('Maven output of the launcher build', () => {
  const pom = join(PROJECT_ROOT, 'launcher', 'pom.xml');
  let written: string[];
  let write: jest.SpyInstance;

  beforeEach(() => {
    written = [];
    write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => write.mockRestore());

  it('has no escape codes: a quiet goal prints nothing, an error prints as text', () => {
    const quiet = runMaven(['validate'], pom);
    expect(quiet.status).toBe(0);
    expect(quiet.output).toBe('');
    const failed = runMaven(['no-such-phase'], pom);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(/^\[ERROR\] Unknown lifecycle phase "no-such-phase"/m);
    expect(failed.output).not.toContain('\u001b');
    expect(written.join('')).toBe(failed.output);
  });
});
