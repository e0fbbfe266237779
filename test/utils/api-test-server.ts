import { SignJWT } from 'jose';
import pino from 'pino';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config/config';
import { importCaseStudy } from '../../src/import/import-case-study';
import { seedCaseStudyDirs } from '../../src/import/seed-case-studies';
import { createApiServer, type ApiServer } from '../../src/server/create-api-server';
import { deleteSeedData } from './seed-data';
import { testNeo4jConnection } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-of-at-least-thirty-two-characters';

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T;
  readonly errors?: {
    message: string;
    extensions?: { code?: string; argument?: string; stacktrace?: unknown };
  }[];
}

export interface ApiTestServer {
  readonly baseUrl: string;
  readonly driver: Driver;
  graphql<T = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string },
  ): Promise<GraphQLResponse<T>>;
  token(roles: string[]): Promise<string>;
}

/** Signs an HS256 JWT with the test secret. */
export function signTestToken(roles: string[], secret: string = TEST_JWT_SECRET): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('test-user')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(secret));
}

export async function postGraphQL<T>(
  baseUrl: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string } = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/**
 * Starts the API in-process on a free port against the test Neo4j with the seed case study imported,
 * for the calling test file; stops it afterwards.
 */
export function useApiTestServer(
  options: { env?: Record<string, string>; seed?: boolean } = {},
): ApiTestServer {
  let server: ApiServer | undefined;
  let driver: Driver | undefined;
  let baseUrl = '';

  beforeAll(async () => {
    const connection = testNeo4jConnection();
    const config: Config = loadConfig({
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.username,
      NEO4J_PASSWORD: connection.password,
      JWT_SECRET: TEST_JWT_SECRET,
      ...options.env,
    });
    driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.username, config.neo4j.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: 2_000,
    });
    if (options.seed !== false) await importCaseStudy({ driver, paths: seedCaseStudyDirs() });
    server = await createApiServer({
      config,
      driver,
      logError: () => undefined,
      logger: pino({ level: 'silent' }),
    });
    const port = await server.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await server?.stop();
    if (driver !== undefined && options.seed !== false) await deleteSeedData(driver);
    await driver?.close();
  });

  return {
    get baseUrl() {
      return baseUrl;
    },
    get driver(): Driver {
      if (driver === undefined) throw new Error('useApiTestServer: the driver exists only inside tests');
      return driver;
    },
    graphql: (query, requestOptions) => postGraphQL(baseUrl, query, requestOptions),
    token: (roles) => signTestToken(roles),
  };
}
