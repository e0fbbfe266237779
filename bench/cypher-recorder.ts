import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

export interface RecordedCypher {
  readonly query: string;
  readonly params: Record<string, unknown>;
}

export interface CypherRecorder {
  /** Every Cypher statement run since the last reset, in order. */
  readonly queries: readonly RecordedCypher[];
  reset(): void;
  restore(): void;
}

/**
 * Records every Cypher statement run through a driver: driver.executeQuery (our services) and
 * session/transaction run (@neo4j/graphql's executor, the importer). Counting them gives the round
 * trips of a request; replaying them gives the floor an API request is measured against.
 */
export function recordCypher(driver: Driver): CypherRecorder {
  const queries: RecordedCypher[] = [];
  const record = (query: unknown, params: unknown) => {
    const text = typeof query === 'string' ? query : (query as { text: string }).text;
    queries.push({ query: text, params: (params ?? {}) as Record<string, unknown> });
  };
  const originalExecuteQuery = driver.executeQuery.bind(driver);
  const originalSession = driver.session.bind(driver);

  driver.executeQuery = ((query: string, params?: Record<string, unknown>, config?: unknown) => {
    record(query, params);
    return originalExecuteQuery(query, params, config as never);
  }) as Driver['executeQuery'];

  driver.session = ((config?: Parameters<Driver['session']>[0]) => {
    const session = originalSession(config);
    return wrapSession(session, record);
  }) as Driver['session'];

  return {
    queries,
    reset: () => {
      queries.length = 0;
    },
    restore: () => {
      driver.executeQuery = originalExecuteQuery as Driver['executeQuery'];
      driver.session = originalSession as Driver['session'];
    },
  };
}

function wrapSession(session: Session, record: (query: unknown, params: unknown) => void): Session {
  const wrapTransaction = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property === 'run') {
          return (query: string, params?: Record<string, unknown>) => {
            record(query, params);
            return target.run(query, params);
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  return new Proxy(session, {
    get(target, property, receiver) {
      if (property === 'executeRead' || property === 'executeWrite') {
        const execute = target[property].bind(target);
        return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
          execute((tx) => work(wrapTransaction(tx)) as Promise<unknown>, config as never);
      }
      if (property === 'run') {
        return (query: string, params?: Record<string, unknown>, config?: unknown) => {
          record(query, params);
          return target.run(query, params, config as never);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Runs `work` while recording, and returns its result with the Cypher statements it ran. */
export async function recordWhile<T>(
  driver: Driver,
  work: () => Promise<T>,
): Promise<{ result: T; statements: RecordedCypher[] }> {
  const recorder = recordCypher(driver);
  try {
    const result = await work();
    return { result, statements: [...recorder.queries] };
  } finally {
    recorder.restore();
  }
}
