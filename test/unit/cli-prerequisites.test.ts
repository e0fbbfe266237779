import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_CODE_BY_ERROR, ErrorCode } from '../../src/errors/error-codes';
import { runCli as runCliWithEnv } from '../utils/run-cli';

/** Runs the CLI from source in a child process, so that PATH really is what the test says. */
function runCli(args: string[], env: Record<string, string>): { status: number | null; stderr: string } {
  const result = runCliWithEnv(args, { HOME: process.env.HOME ?? '/tmp', ...env });
  return { status: result.status, stderr: result.stderr };
}

describe('quartiersnetz CLI', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'qn-cli-'));
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('without Java prints one line saying what to install and exits with PREREQUISITE_MISSING', () => {
    const { status, stderr } = runCli(['db', 'start'], { PATH: '/nonexistent', NEO4J_DATA_DIR: dataDir });
    expect(status).toBe(EXIT_CODE_BY_ERROR[ErrorCode.PREREQUISITE_MISSING]);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^quartiersnetz: PREREQUISITE_MISSING: Java 17\+ is needed .*install a JDK/);
  });

  it('rejects an invalid port flag naming the variable', () => {
    const { status, stderr } = runCli(['db', 'start', '--port', 'abc'], {
      PATH: process.env.PATH ?? '',
      NEO4J_DATA_DIR: dataDir,
    });
    expect(status).toBe(EXIT_CODE_BY_ERROR[ErrorCode.CONFIG_INVALID]);
    expect(stderr).toContain('Invalid NEO4J_BOLT_PORT: "abc" is not a TCP port');
  });

  it('says "stopped" with exit code 3 for status of a data directory nothing runs on', () => {
    const { status } = runCli(['db', 'status'], { PATH: process.env.PATH ?? '', NEO4J_DATA_DIR: dataDir });
    expect(status).toBe(3);
  });
});
