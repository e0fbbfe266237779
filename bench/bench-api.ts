import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { loadConfig } from '../src/config/config';
import { createApiServer } from '../src/server/create-api-server';

export interface BenchApi {
  readonly baseUrl: string;
  /** Posts an operation; throws when the answer carries errors. */
  post(query: string, variables?: Record<string, unknown>): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * The API in this process, on a free port, without rate limit or logs, against the given driver.
 * `recorded`: every Cypher statement of a request goes through `driver` (the analytics workers do not
 * read with drivers of their own), for benchmarks that record and replay them.
 */
export async function startBenchApi(
  driver: Driver,
  neo4jUri: string,
  password: string,
  options: { recorded?: boolean } = {},
): Promise<BenchApi> {
  const config = loadConfig({ NEO4J_URI: neo4jUri, NEO4J_PASSWORD: password, RATE_LIMIT_PER_MINUTE: '0' });
  const server = await createApiServer({
    config,
    driver,
    logError: () => undefined,
    logger: pino({ level: 'silent' }),
    workersReadGraph: options.recorded !== true,
  });
  const baseUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  return {
    baseUrl,
    post: (query, variables) => postGraphQL(baseUrl, query, variables),
    stop: () => server.stop(),
  };
}

/** Posts an operation to an API (in this process or not); throws, naming `label`, when the answer carries errors. */
export async function postGraphQL(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  label = 'operation',
): Promise<unknown> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
  if (body.errors !== undefined) throw new Error(`${label}: ${JSON.stringify(body.errors)}`);
  return body.data;
}
