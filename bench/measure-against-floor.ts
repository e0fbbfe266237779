import neo4j, { type Driver } from 'neo4j-driver';
import { medianMillis } from './bench-environment';
import { recordWhile } from './cypher-recorder';
import type { BenchOperation } from './workloads';

export interface AgainstFloor {
  /** Median through HTTP (ms). */
  readonly http: number;
  /** Median of the same Cypher replayed through the driver (ms): the floor. */
  readonly driver: number;
  readonly statements: number;
  readonly answerKiB: number;
}

/**
 * Runs an operation once to record the Cypher it runs, then times it through HTTP and times the
 * recorded statements replayed through driver.executeQuery in the same order.
 */
export async function measureAgainstFloor(
  driver: Driver,
  post: (query: string, variables?: Record<string, unknown>) => Promise<unknown>,
  operation: BenchOperation,
  runs: { warmup: number; runs: number },
): Promise<AgainstFloor> {
  const { result, statements } = await recordWhile(driver, () => post(operation.query, operation.variables));
  const answerKiB = JSON.stringify(result).length / 1024;
  const http = await medianMillis(() => post(operation.query, operation.variables), runs);
  const floor = await medianMillis(async () => {
    for (const statement of statements) {
      await driver.executeQuery(statement.query, statement.params, { routing: neo4j.routing.READ });
    }
  }, runs);
  return { http, driver: floor, statements: statements.length, answerKiB };
}
