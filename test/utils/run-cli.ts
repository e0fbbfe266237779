import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { testNeo4jConnection } from './test-database';

/** Runs the CLI from source in a child process with exactly the environment given. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, 'src/cli/main.ts'), ...args],
    { cwd: PROJECT_ROOT, encoding: 'utf8', env, timeout: 120_000 },
  );
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
