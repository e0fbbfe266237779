import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { testNeo4jConnection } from './test-database';

/** Runs the CLI in a child process with exactly the environment given (see {@link cliEntry}). */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...cliEntry(), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env,
    timeout: 120_000,
  });
}

/** Runs the CLI against the test Neo4j. */
export function runCliOnTestNeo4j(args: readonly string[]): SpawnSyncReturns<string> {
  const connection = testNeo4jConnection();
  return runCli(args, {
    ...process.env,
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username,
    NEO4J_PASSWORD: connection.password,
  });
}

let entry: readonly string[] | undefined;

/**
 * The compiled CLI (dist/cli/main.js) when it is newer than every file of src/, as after the build the
 * test script runs first; otherwise the sources through ts-node. Compiling the sources took some 4 s of
 * CPU per call, most of the time of the CLI tests.
 */
function cliEntry(): readonly string[] {
  if (entry !== undefined) return entry;
  const compiled = join(PROJECT_ROOT, 'dist', 'cli', 'main.js');
  const fresh =
    existsSync(compiled) && newestModification(join(PROJECT_ROOT, 'src')) <= statSync(compiled).mtimeMs;
  entry = fresh
    ? [compiled]
    : ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, 'src', 'cli', 'main.ts')];
  return entry;
}

function newestModification(dir: string): number {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }
  return newest;
}
