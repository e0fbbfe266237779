import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../src/shared/tcp-ports';
import { PROJECT_ROOT } from '../src/shared/project-paths';
import type { BenchEnvironment } from './bench-environment';

/** What bench/load-probe.cjs measured in the API process. */
export interface ApiProbe {
  readonly peakRssMiB: number;
  readonly eventLoopDelayMillis: { mean: number; p50: number; p99: number; max: number };
}

export interface ApiProcess {
  readonly baseUrl: string;
  /** Starts the event-loop measurement afresh (SIGUSR2 to the probe). */
  resetProbe(): void;
  /** Stops the API (SIGTERM) and returns what the probe measured. */
  stop(): Promise<ApiProbe>;
}

/** Builds dist/ when needed: the API runs as its own process, as in production. */
export function ensureBuilt(log: (line: string) => void): void {
  log('Building dist/ (the API runs as its own process)...');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(join(PROJECT_ROOT, 'dist', 'cli', 'main.js'))) {
    throw new Error('npm run build failed');
  }
}

/**
 * The API (`node dist/cli/main.js serve`) in its own process against the benchmark's Neo4j, with
 * bench/load-probe.cjs preloaded for its peak RSS and event-loop delay; ready when /readyz is.
 */
export async function startApiProcess(
  env: BenchEnvironment,
  extraEnv: Record<string, string> = {},
): Promise<ApiProcess> {
  const port = await findFreePort();
  const probeFile = join(mkdtempSync(join(tmpdir(), 'qn-api-probe-')), 'probe.json');
  const child = spawn(
    process.execPath,
    [
      '-r',
      join(PROJECT_ROOT, 'bench', 'load-probe.cjs'),
      join(PROJECT_ROOT, 'dist', 'cli', 'main.js'),
      'serve',
    ],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: env.neo4jUri,
        NEO4J_PASSWORD: env.password,
        PORT: String(port),
        RATE_LIMIT_PER_MINUTE: '0',
        QN_LOAD_PROBE_OUT: probeFile,
        // Node flags for the API process only (e.g. --max-old-space-size=256), to study its memory.
        NODE_OPTIONS: process.env.QN_API_NODE_OPTIONS ?? '',
        ...extraEnv,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${baseUrl}/readyz`)).ok, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    baseUrl,
    resetProbe: () => child.kill('SIGUSR2'),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
      return JSON.parse(readFileSync(probeFile, 'utf8')) as ApiProbe;
    },
  };
}

/** Polls `check` every 250 ms until it is true, or fails after `timeoutMillis`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMillis: number): Promise<void> {
  const deadline = Date.now() + timeoutMillis;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('the API did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
