import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, closeSync } from 'node:fs';
import { resolve, join } from 'node:path';
import neo4j from 'neo4j-driver';
import { ErrorCode } from '../errors/error-codes';
import { QuartiersnetzError } from '../errors/quartiersnetz-error';
import { PROJECT_ROOT } from '../shared/project-paths';
import { waitForFreePort } from '../shared/tcp-ports';
import { ensureLauncherBuilt, LAUNCHER_MAIN_CLASS, launcherTargetDir } from './launcher-build';
import { isAlive, isOurLauncher, readRssMiB } from './launcher-process';

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. */
  readonly boltPort: number;
  /** Data directory (the Neo4j home of this instance); relative paths resolve against `projectRoot`. */
  readonly dataDir: string;
  /** JVM maximum heap, e.g. `2g`. */
  readonly heapSize: string;
  /** Neo4j page cache, e.g. `1g`. */
  readonly pageCacheSize: string;
  readonly username: string;
  readonly password: string;
  /** The repository root, where `launcher/` lives. Default: two levels above this file's folder. */
  readonly projectRoot?: string;
  /** Where progress lines go. Default: nowhere. */
  readonly log?: (line: string) => void;
}

/** What `launcher.json` holds while an instance runs; written by the Java launcher once it is ready. */
export interface LauncherState {
  readonly pid: number;
  readonly port: number;
  readonly dataDir: string;
  readonly apoc: string;
  readonly startupMillis: number;
  readonly startedAt: string;
}

export type LocalNeo4jStatus =
  | { readonly kind: 'running'; readonly state: LauncherState; readonly rssMiB: number | undefined }
  | { readonly kind: 'stopped' }
  /** A state file whose process is gone: the last run was killed; the next start recovers the store. */
  | { readonly kind: 'crashed'; readonly state: LauncherState };

export interface StartResult {
  readonly alreadyRunning: boolean;
  readonly state: LauncherState;
  /** Wall time from spawning the JVM until Bolt answered, as seen by the CLI. */
  readonly wallMillis: number;
  readonly rssMiB: number | undefined;
}

const DEFAULT_START_TIMEOUT_MILLIS = 120_000;
const DEFAULT_STOP_TIMEOUT_MILLIS = 60_000;
const POLL_INTERVAL_MILLIS = 200;
/** How often a start that is still waiting says so. */
const PROGRESS_INTERVAL_MILLIS = 10_000;
/** How long a start waits for a port that a just-stopped instance may still be releasing. */
const PORT_RELEASE_WAIT_MILLIS = 5_000;

/** Exit codes of launcher/src/main/java/.../Launcher.java. */
const LAUNCHER_EXIT = { badArgs: 2, portInUse: 3, storeLocked: 4, startFailed: 5 } as const;

/**
 * Controls one local Neo4j 5.26 (with APOC core) run by our Java launcher from Maven jars.
 * Several instances can run at once on different ports and data directories.
 */
export class LocalNeo4j {
  readonly options: LocalNeo4jOptions;
  readonly projectRoot: string;
  readonly dataDir: string;

  constructor(options: LocalNeo4jOptions) {
    this.options = options;
    this.projectRoot = options.projectRoot ?? PROJECT_ROOT;
    this.dataDir = resolve(this.projectRoot, options.dataDir);
  }

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  private get stateFile(): string {
    return join(this.dataDir, 'launcher.json');
  }

  get logFile(): string {
    return join(this.dataDir, 'launcher.log');
  }

  /** Builds the launcher with Maven unless it is up to date (launcher-build.ts). */
  ensureBuilt(): void {
    ensureLauncherBuilt(this.projectRoot, (line) => this.log(line));
  }

  status(): LocalNeo4jStatus {
    const state = this.readState();
    if (state === undefined) return { kind: 'stopped' };
    if (!isOurLauncher(state.pid)) return { kind: 'crashed', state };
    return { kind: 'running', state, rssMiB: readRssMiB(state.pid) };
  }

  /** Starts the instance unless it already runs; resolves once Bolt answers queries. */
  async start(options: { timeoutMillis?: number } = {}): Promise<StartResult> {
    const current = this.status();
    if (current.kind === 'running') {
      if (current.state.port !== this.options.boltPort) {
        throw new QuartiersnetzError(
          ErrorCode.STORE_LOCKED,
          `The data directory ${this.dataDir} is in use by the local Neo4j (pid ${current.state.pid}) on port ${current.state.port}; stop it first or use another NEO4J_DATA_DIR.`,
          { pid: current.state.pid, port: current.state.port },
        );
      }
      return { alreadyRunning: true, state: current.state, wallMillis: 0, rssMiB: current.rssMiB };
    }
    if (current.kind === 'crashed') {
      this.log(
        `The last run (pid ${current.state.pid}) ended without a clean stop; Neo4j will recover the store.`,
      );
      rmSync(this.stateFile, { force: true });
    }
    this.ensureBuilt();
    if (!(await waitForFreePort(this.options.boltPort, PORT_RELEASE_WAIT_MILLIS))) {
      throw portInUse(this.options.boltPort);
    }

    mkdirSync(this.dataDir, { recursive: true });
    const logFd = openSync(this.logFile, 'a');
    const startedAt = Date.now();
    const target = launcherTargetDir(this.projectRoot);
    const child = spawn(
      'java',
      [
        `-Xms512m`,
        `-Xmx${this.options.heapSize}`,
        '-XX:+UseG1GC',
        '-XX:+ExitOnOutOfMemoryError',
        '-Dfile.encoding=UTF-8',
        '-cp',
        [join(target, 'launcher.jar'), join(target, 'lib', '*'), join(target, 'plugins', '*')].join(':'),
        LAUNCHER_MAIN_CLASS,
        '--port',
        String(this.options.boltPort),
        '--data-dir',
        this.dataDir,
        '--plugins-dir',
        join(target, 'plugins'),
        '--pagecache',
        this.options.pageCacheSize,
      ],
      {
        detached: true,
        stdio: ['ignore', logFd, logFd],
        env: { ...process.env, NEO4J_USERNAME: this.options.username, NEO4J_PASSWORD: this.options.password },
      },
    );
    closeSync(logFd);
    let exitCode: number | null | undefined;
    let spawnError: Error | undefined;
    child.on('exit', (code) => {
      exitCode = code;
    });
    child.on('error', (error) => {
      spawnError = error;
    });
    child.unref();

    const timeoutMillis = options.timeoutMillis ?? DEFAULT_START_TIMEOUT_MILLIS;
    this.log(`Starting Neo4j on port ${this.options.boltPort} (usually 10-60 s; log: ${this.logFile})...`);
    let nextProgress = startedAt + PROGRESS_INTERVAL_MILLIS;
    while (Date.now() - startedAt < timeoutMillis) {
      if (Date.now() >= nextProgress) {
        this.log(`  still starting, ${Math.round((Date.now() - startedAt) / 1000)} s...`);
        nextProgress += PROGRESS_INTERVAL_MILLIS;
      }
      if (spawnError !== undefined) {
        throw new QuartiersnetzError(
          ErrorCode.LOCAL_NEO4J_FAILED,
          `Could not run java: ${spawnError.message}`,
        );
      }
      if (exitCode !== undefined) throw this.launcherFailure(exitCode);
      const state = this.readState();
      if (state !== undefined && state.pid === child.pid && (await this.answersQueries())) {
        return {
          alreadyRunning: false,
          state,
          wallMillis: Date.now() - startedAt,
          rssMiB: readRssMiB(state.pid),
        };
      }
      await sleep(POLL_INTERVAL_MILLIS);
    }
    if (child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
    throw new QuartiersnetzError(
      ErrorCode.LOCAL_NEO4J_FAILED,
      `Neo4j did not become ready within ${Math.round(timeoutMillis / 1000)} s; see ${this.logFile}.`,
    );
  }

  /** Waits until Bolt answers a query, for an instance started elsewhere. */
  async waitUntilReady(options: { timeoutMillis: number }): Promise<void> {
    const deadline = Date.now() + options.timeoutMillis;
    while (Date.now() < deadline) {
      if (await this.answersQueries()) return;
      await sleep(POLL_INTERVAL_MILLIS);
    }
    throw new QuartiersnetzError(
      ErrorCode.LOCAL_NEO4J_FAILED,
      `Neo4j at ${this.boltUri} was not ready within ${Math.round(options.timeoutMillis / 1000)} s` +
        ` (status: ${this.status().kind}; log: ${this.logFile}).`,
    );
  }

  /**
   * Stops the instance with SIGTERM, which runs Neo4j's clean shutdown (checkpoint, store unlocked).
   * Returns false when nothing was running.
   */
  async stop(options: { timeoutMillis?: number } = {}): Promise<boolean> {
    const current = this.status();
    if (current.kind === 'stopped') return false;
    if (current.kind === 'crashed') {
      rmSync(this.stateFile, { force: true });
      return false;
    }
    const { pid } = current.state;
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + (options.timeoutMillis ?? DEFAULT_STOP_TIMEOUT_MILLIS);
    while (Date.now() < deadline) {
      if (!isAlive(pid)) return true;
      await sleep(POLL_INTERVAL_MILLIS);
    }
    throw new QuartiersnetzError(
      ErrorCode.LOCAL_NEO4J_FAILED,
      `Neo4j (pid ${pid}) did not stop within ${Math.round((options.timeoutMillis ?? DEFAULT_STOP_TIMEOUT_MILLIS) / 1000)} s; see ${this.logFile}.`,
    );
  }

  /** Kills the JVM without a clean shutdown: for crash-recovery tests only. */
  async killHard(): Promise<void> {
    const current = this.status();
    if (current.kind !== 'running') return;
    process.kill(current.state.pid, 'SIGKILL');
    // Wait until the process is gone, not only until /proc shows it exiting: a dying process drops its
    // memory (and with it /proc/<pid>/cmdline) before it closes its sockets.
    const deadline = Date.now() + 10_000;
    while (isAlive(current.state.pid) && Date.now() < deadline) await sleep(50);
  }

  private async answersQueries(): Promise<boolean> {
    const driver = neo4j.driver(
      this.boltUri,
      neo4j.auth.basic(this.options.username, this.options.password),
      {
        connectionTimeout: 2_000,
        maxConnectionPoolSize: 1,
      },
    );
    try {
      await driver.executeQuery('RETURN 1');
      return true;
    } catch {
      return false;
    } finally {
      await driver.close();
    }
  }

  private readState(): LauncherState | undefined {
    if (!existsSync(this.stateFile)) return undefined;
    try {
      return JSON.parse(readFileSync(this.stateFile, 'utf8')) as LauncherState;
    } catch {
      return undefined;
    }
  }

  private launcherFailure(exitCode: number | null): QuartiersnetzError {
    const tail = this.logTail(12);
    switch (exitCode) {
      case LAUNCHER_EXIT.portInUse:
        return portInUse(this.options.boltPort);
      case LAUNCHER_EXIT.storeLocked:
        return new QuartiersnetzError(
          ErrorCode.STORE_LOCKED,
          `The store in ${this.dataDir} is locked by another running Neo4j; stop that one first.`,
        );
      default:
        return new QuartiersnetzError(
          ErrorCode.LOCAL_NEO4J_FAILED,
          `The Neo4j launcher exited with code ${exitCode ?? 'signal'} before it was ready. Last lines of ${this.logFile}:\n${tail}`,
        );
    }
  }

  private logTail(lines: number): string {
    if (!existsSync(this.logFile)) return '';
    return readFileSync(this.logFile, 'utf8')
      .split('\n')
      .filter((line) => !/^\s+at /.test(line))
      .slice(-lines)
      .join('\n');
  }

  private log(line: string): void {
    this.options.log?.(line);
  }
}

function sleep(millis: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, millis));
}

function portInUse(port: number): QuartiersnetzError {
  return new QuartiersnetzError(
    ErrorCode.PORT_IN_USE,
    `Port ${port} on 127.0.0.1 is already in use; set NEO4J_BOLT_PORT to a free port.`,
    { port },
  );
}
