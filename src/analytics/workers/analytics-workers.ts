import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import Piscina from 'piscina';
import { apiError } from '../../errors/api-error';
import { ErrorCode } from '../../errors/error-codes';
import type { AnalyticsTask, AnalyticsTaskResult } from './analytics-tasks';
import type { WorkerGraphConnection } from './worker-graph';

export interface AnalyticsWorkersOptions {
  /** Worker threads (`ANALYTICS_WORKERS`). Default: cores - 1, at least 1 (one core stays with the event loop). */
  readonly threads?: number;
  /** Time budget of one computation, queueing included (`ANALYTICS_TIME_BUDGET_MS`). Default 30 000. */
  readonly timeBudgetMillis?: number;
  /** Heap cap of a worker in MiB (`ANALYTICS_MEMORY_MB`). Default 1024. */
  readonly memoryLimitMb?: number;
  /** Computations waiting for a thread before new ones are refused. Default 16. */
  readonly maxQueue?: number;
  /**
   * Lets the workers read from Neo4j themselves (a driver per thread): the co-creation structure is
   * then decoded off the event loop. Absent: the main thread reads and the workers only compute.
   */
  readonly graph?: WorkerGraphConnection;
}

export const ANALYTICS_WORKERS_DEFAULTS = {
  threads: Math.max(1, availableParallelism() - 1),
  timeBudgetMillis: 30_000,
  memoryLimitMb: 1024,
  maxQueue: 16,
} as const satisfies Required<Omit<AnalyticsWorkersOptions, 'graph'>>;

/** What a caller can narrow when its request is too large, for the error message. */
export interface NarrowingHint {
  readonly hint: string;
}

/**
 * A small pool of worker threads (Piscina) for the CPU-heavy analytics, so that `/healthz` and
 * ordinary queries keep answering. Each computation has a time budget: past it the worker is
 * terminated (Piscina aborts the task and replaces the thread) and the caller gets TIMEOUT; a worker
 * that exceeds its heap cap dies alone and the caller gets RESOURCE_LIMIT. `close()` cancels what
 * runs and waits (SIGTERM).
 */
export class AnalyticsWorkers {
  private readonly pool: Piscina;
  private readonly computations: pLimit.Limit;
  /** Computations running or waiting for their turn (p-limit counts a call as pending until its turn starts). */
  private admitted = 0;
  /** Set by close(). */
  private closing: Promise<void> | undefined;
  readonly settings: Required<Omit<AnalyticsWorkersOptions, 'graph'>>;
  /** Whether the workers read from Neo4j themselves (AnalyticsWorkersOptions.graph). */
  readonly readsGraph: boolean;

  constructor(options: AnalyticsWorkersOptions = {}) {
    const { graph, ...settings } = options;
    this.settings = { ...ANALYTICS_WORKERS_DEFAULTS, ...withoutUndefined(settings) };
    this.readsGraph = graph !== undefined;
    const typescript = __filename.endsWith('.ts');
    this.pool = new Piscina({
      filename: join(__dirname, `analytics-worker.${typescript ? 'ts' : 'js'}`),
      // Under ts-node or ts-jest the worker compiles its TypeScript the same way.
      execArgv: typescript ? ['--require', 'ts-node/register/transpile-only'] : [],
      minThreads: 0,
      maxThreads: this.settings.threads,
      idleTimeout: 60_000,
      maxQueue: this.settings.maxQueue,
      resourceLimits: { maxOldGenerationSizeMb: this.settings.memoryLimitMb },
      workerData: { graph },
    });
    this.computations = pLimit(this.settings.threads);
  }

  /**
   * Runs a whole computation (reading its structure, the worker task, building the answer) while at
   * most `threads` others do: its main-thread parts (decoding thousands of records, copying the
   * structure to the worker and the result back, completing the answer) then never pile up with those
   * of other whole-graph requests, and /healthz waits for one slice of one of them at most (issue 13).
   * Past `maxQueue` waiting computations the caller gets RESOURCE_LIMIT.
   */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.closing !== undefined) throw shuttingDown();
    if (this.admitted >= this.settings.threads + this.settings.maxQueue) throw this.queueFull();
    this.admitted += 1;
    const budget = this.settings.timeBudgetMillis;
    let abandoned = false;
    let timer: NodeJS.Timeout | undefined;
    // Waiting for a turn counts against the time budget: past it the caller gets TIMEOUT and the
    // work is skipped when its turn comes.
    const waited = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        abandoned = true;
        reject(
          apiError(
            ErrorCode.TIMEOUT,
            `The computation waited past its time budget of ${budget / 1000} s for the network computations before it; try again shortly.`,
            { budgetMillis: budget },
          ),
        );
      }, budget);
    });
    const turn = this.computations(async () => {
      clearTimeout(timer);
      if (abandoned) return undefined as T;
      return work();
    });
    try {
      return await Promise.race([turn, waited]);
    } finally {
      clearTimeout(timer);
      // The slot is released when the work (or its skip) is done, not when the caller gave up.
      void turn.then(
        () => (this.admitted -= 1),
        () => (this.admitted -= 1),
      );
    }
  }

  /** Runs a task in a worker within the time budget; errors are classified for the client. */
  async run<T extends AnalyticsTask>(task: T, narrowing: NarrowingHint): Promise<AnalyticsTaskResult<T>> {
    if (this.closing !== undefined) throw shuttingDown();
    const budget = this.settings.timeBudgetMillis;
    try {
      return (await this.pool.run(task, { signal: AbortSignal.timeout(budget) })) as AnalyticsTaskResult<T>;
    } catch (error) {
      throw this.classify(error, narrowing);
    }
  }

  /**
   * Cancels running and queued computations and stops the threads, once: later calls wait for the
   * same, and no computation starts afterwards (Piscina would start new threads after destroy()).
   */
  close(): Promise<void> {
    this.closing ??= this.pool.destroy();
    return this.closing;
  }

  /** RESOURCE_LIMIT: more computations wait than `maxQueue` (in `exclusive`, or in Piscina's own queue). */
  private queueFull(): Error {
    return apiError(
      ErrorCode.RESOURCE_LIMIT,
      `Too many network computations are waiting (${this.settings.maxQueue}); try again shortly.`,
      { maxQueue: this.settings.maxQueue },
    );
  }

  private classify(error: unknown, narrowing: NarrowingHint): Error {
    const { name, code, message } = error as { name?: string; code?: string; message?: string };
    const budgetSeconds = this.settings.timeBudgetMillis / 1000;
    if (name === 'AbortError' || name === 'TimeoutError') {
      return apiError(
        ErrorCode.TIMEOUT,
        `The computation ran past its time budget of ${budgetSeconds} s and was stopped; ${narrowing.hint}.`,
        { budgetMillis: this.settings.timeBudgetMillis },
      );
    }
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return apiError(
        ErrorCode.RESOURCE_LIMIT,
        `The computation needed more than its memory cap of ${this.settings.memoryLimitMb} MiB and was stopped; ${narrowing.hint}.`,
        { memoryLimitMb: this.settings.memoryLimitMb },
      );
    }
    if (/queue is at limit/i.test(message ?? '')) return this.queueFull();
    // Piscina's words when close() stops a thread mid-task ("Terminating worker thread") or refuses one.
    if (/terminat|destroyed|closed/i.test(message ?? '')) return shuttingDown();
    return error as Error;
  }
}

function shuttingDown(): Error {
  return apiError(ErrorCode.SERVICE_UNAVAILABLE, 'The server is shutting down; try again shortly.');
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
