import { ErrorCode } from '../errors/error-codes';
import { QuartiersnetzError } from '../errors/quartiersnetz-error';
import { DEFAULT_SOURCE_TEXT_LIMITS, type SourceTextLimits } from '../case-study/source-text-limits';

/** Where the API finds Neo4j, and how the local Neo4j is run when no external one is configured. */
export interface Neo4jConfig {
  /** Bolt or routing URI. Default `bolt://127.0.0.1:<NEO4J_BOLT_PORT>` (the local Neo4j). */
  readonly uri: string;
  /** True when `NEO4J_URI` was not set, so the CLI starts and uses the local Neo4j. */
  readonly useLocal: boolean;
  /** Default `neo4j`. */
  readonly username: string;
  /** Default `quartiersnetz` (the local Neo4j's password; set your own for any other server). */
  readonly password: string;
  /** Database name; `undefined` uses the server's default database. */
  readonly database: string | undefined;
}

export interface LocalNeo4jConfig {
  /** Bolt port of the local Neo4j. Default 7687. */
  readonly boltPort: number;
  /** Data directory of the local Neo4j. Default `.data/neo4j`. */
  readonly dataDir: string;
  /** JVM heap of the local Neo4j, for -Xmx. Default `2g`. */
  readonly heapSize: string;
  /** Neo4j page cache size. Default `1g`. */
  readonly pageCacheSize: string;
}

/** How the API checks who is calling. */
export interface AuthConfig {
  /** HS256 secret for JWTs (`JWT_SECRET`). */
  readonly jwtSecret: string | undefined;
  /** JWKS URL for RS256/ES256 JWTs from an identity provider (`JWKS_URL`). */
  readonly jwksUrl: string | undefined;
  /** When true, every request needs a valid JWT (`REQUIRE_AUTH_FOR_READS`). Default false. */
  readonly requireAuthForReads: boolean;
  /** Longest accepted token lifetime, `exp` minus `iat` (`JWT_MAX_LIFETIME_SECONDS`). Default 86400 (a day). */
  readonly maxTokenLifetimeSeconds: number;
  /** Required `iss` claim (`JWT_ISSUER`), unchecked when unset. */
  readonly issuer: string | undefined;
  /** Required `aud` claim (`JWT_AUDIENCE`), unchecked when unset. */
  readonly audience: string | undefined;
}

/** What the API exposes and how hard it protects itself (see docs/operations.md). */
export interface HardeningConfig {
  /** Timeout of every Cypher transaction (`NEO4J_TX_TIMEOUT_MS`). Default 10000. */
  readonly transactionTimeoutMillis: number;
  /** Introspection (`INTROSPECTION`). Default: on, off in production. */
  readonly introspection: boolean;
  /** The playground and explorer pages (`PLAYGROUND`). Default: on, off in production. */
  readonly playground: boolean;
  /** Origins allowed by CORS (`CORS_ORIGINS`, comma-separated). Default none (same origin only). */
  readonly corsOrigins: readonly string[];
  /** Requests per minute per client, by token subject or IP (`RATE_LIMIT_PER_MINUTE`; 0 = off). Default 600. */
  readonly rateLimitPerMinute: number;
}

/** Heavy analytics: worker threads, their budget and the result cache (see docs/operations.md). */
export interface AnalyticsConfig {
  /** Worker threads (`ANALYTICS_WORKERS`). Default: cores - 1, at least 1. */
  readonly workers: number | undefined;
  /** Time budget of one network computation (`ANALYTICS_TIME_BUDGET_MS`). Default 30000. */
  readonly timeBudgetMillis: number | undefined;
  /** Heap cap of a worker thread in MiB (`ANALYTICS_MEMORY_MB`). Default 1024. */
  readonly memoryLimitMb: number | undefined;
  /** Size bound of the result cache in MiB (`ANALYTICS_CACHE_MB`; 0 = no cache). Default 128. */
  readonly cacheMb: number;
}

export interface Config {
  readonly neo4j: Neo4jConfig;
  readonly localNeo4j: LocalNeo4jConfig;
  /** HTTP port of the API. Default 4000. */
  readonly port: number;
  readonly auth: AuthConfig;
  /** `NODE_ENV=production`: errors masked, no stack traces, no suggestions, introspection and playground off. */
  readonly production: boolean;
  readonly hardening: HardeningConfig;
  readonly analytics: AnalyticsConfig;
  /** Sizes of the source texts a case study may bring (`IMPORT_MAX_SOURCE_BYTES`, `IMPORT_MAX_CASE_STUDY_BYTES`). */
  readonly import: SourceTextLimits;
  /** Level of the structured request logs (`LOG_LEVEL`). Default info. */
  readonly logLevel: LogLevel;
  /**
   * `LOG_FORMAT`: `json` (one object a line, for machines), `pretty` (one short line, for people), or
   * `auto` (unset): pretty on a terminal, JSON otherwise.
   */
  readonly logFormat: LogFormat;
}

/** pino's levels. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export type Env = Readonly<Record<string, string | undefined>>;

/** Every environment variable {@link loadConfig} reads; docker-compose.yml and the docs use these names. */
export const CONFIG_ENVIRONMENT_VARIABLES = [
  'NEO4J_URI',
  'NEO4J_USERNAME',
  'NEO4J_PASSWORD',
  'NEO4J_DATABASE',
  'NEO4J_BOLT_PORT',
  'NEO4J_DATA_DIR',
  'NEO4J_HEAP',
  'NEO4J_PAGECACHE',
  'PORT',
  'JWT_SECRET',
  'JWKS_URL',
  'REQUIRE_AUTH_FOR_READS',
  'NODE_ENV',
  'NEO4J_TX_TIMEOUT_MS',
  'INTROSPECTION',
  'PLAYGROUND',
  'CORS_ORIGINS',
  'RATE_LIMIT_PER_MINUTE',
  'ANALYTICS_WORKERS',
  'ANALYTICS_TIME_BUDGET_MS',
  'ANALYTICS_MEMORY_MB',
  'ANALYTICS_CACHE_MB',
  'JWT_MAX_LIFETIME_SECONDS',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'IMPORT_MAX_SOURCE_BYTES',
  'IMPORT_MAX_CASE_STUDY_BYTES',
  'LOG_LEVEL',
  'LOG_FORMAT',
] as const;

const NEO4J_URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;
const SIZE_PATTERN = /^[1-9][0-9]*[kmg]?$/i;
const DATABASE_NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9.-]{2,62}$/;

/** Reads and validates the configuration; throws CONFIG_INVALID naming the variable at the first bad value. */
export function loadConfig(env: Env = process.env): Config {
  const production = readString(env, 'NODE_ENV') === 'production';
  const boltPort = readPort(env, 'NEO4J_BOLT_PORT', 7687);
  const explicitUri = readString(env, 'NEO4J_URI');
  const uri = explicitUri ?? `bolt://127.0.0.1:${boltPort}`;
  validateNeo4jUri(uri);
  const password = readString(env, 'NEO4J_PASSWORD') ?? 'quartiersnetz';
  const database = readString(env, 'NEO4J_DATABASE');
  if (database !== undefined && !DATABASE_NAME_PATTERN.test(database)) {
    throw invalid('NEO4J_DATABASE', database, 'a Neo4j database name (3-63 letters, digits, "." or "-")');
  }
  return {
    neo4j: {
      uri,
      useLocal: explicitUri === undefined,
      username: readString(env, 'NEO4J_USERNAME') ?? 'neo4j',
      password,
      database,
    },
    localNeo4j: {
      boltPort,
      dataDir: readString(env, 'NEO4J_DATA_DIR') ?? '.data/neo4j',
      heapSize: readSize(env, 'NEO4J_HEAP', '2g'),
      pageCacheSize: readSize(env, 'NEO4J_PAGECACHE', '1g'),
    },
    port: readPort(env, 'PORT', 4000),
    auth: readAuth(env),
    production,
    hardening: {
      transactionTimeoutMillis: readInteger(env, 'NEO4J_TX_TIMEOUT_MS', 10_000, { min: 100, max: 3_600_000 }),
      introspection: readBoolean(env, 'INTROSPECTION', !production),
      playground: readBoolean(env, 'PLAYGROUND', !production),
      corsOrigins: readOrigins(env),
      rateLimitPerMinute: readInteger(env, 'RATE_LIMIT_PER_MINUTE', 600, { min: 0, max: 1_000_000 }),
    },
    analytics: {
      workers: readOptionalInteger(env, 'ANALYTICS_WORKERS', { min: 1, max: 64 }),
      timeBudgetMillis: readOptionalInteger(env, 'ANALYTICS_TIME_BUDGET_MS', { min: 100, max: 3_600_000 }),
      memoryLimitMb: readOptionalInteger(env, 'ANALYTICS_MEMORY_MB', { min: 64, max: 65_536 }),
      cacheMb: readInteger(env, 'ANALYTICS_CACHE_MB', 128, { min: 0, max: 65_536 }),
    },
    import: {
      maxSourceBytes: readInteger(env, 'IMPORT_MAX_SOURCE_BYTES', DEFAULT_SOURCE_TEXT_LIMITS.maxSourceBytes, {
        min: 1,
        max: 1024 ** 3,
      }),
      maxCaseStudyBytes: readInteger(
        env,
        'IMPORT_MAX_CASE_STUDY_BYTES',
        DEFAULT_SOURCE_TEXT_LIMITS.maxCaseStudyBytes,
        { min: 1, max: 1024 ** 3 },
      ),
    },
    logLevel: readChoice(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    logFormat: readChoice(env, 'LOG_FORMAT', LOG_FORMATS, 'auto'),
  };
}

/** One of a closed list of words, case-insensitive; `fallback` when unset. */
function readChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = readString(env, name);
  if (raw === undefined) return fallback;
  const choice = choices.find((candidate) => candidate === raw.toLowerCase());
  if (choice === undefined) throw invalid(name, raw, `one of ${choices.join(', ')}`);
  return choice;
}

/** An integer variable whose default lives with the service that uses it (undefined when unset). */
function readOptionalInteger(
  env: Env,
  name: string,
  range: { min: number; max: number },
): number | undefined {
  return readString(env, name) === undefined ? undefined : readInteger(env, name, range.min, range);
}

function readInteger(env: Env, name: string, fallback: number, range: { min: number; max: number }): number {
  const raw = readString(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^[0-9]+$/.test(raw) || value < range.min || value > range.max) {
    throw invalid(name, raw, `an integer from ${range.min} to ${range.max}`);
  }
  return value;
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = readString(env, name);
  if (raw === undefined) return fallback;
  if (!['true', 'false', '1', '0'].includes(raw)) throw invalid(name, raw, 'true or false');
  return raw === 'true' || raw === '1';
}

function readOrigins(env: Env): string[] {
  const raw = readString(env, 'CORS_ORIGINS');
  if (raw === undefined) return [];
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin))
      throw invalid(
        'CORS_ORIGINS',
        origin,
        'a comma-separated list of origins such as https://explorer.example.org',
      );
  }
  return origins;
}

function readAuth(env: Env): AuthConfig {
  const jwtSecret = readString(env, 'JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw invalid('JWT_SECRET', jwtSecret, 'a secret of at least 32 characters (HS256)');
  }
  const jwksUrl = readString(env, 'JWKS_URL');
  if (jwksUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(jwksUrl)) {
    throw invalid('JWKS_URL', jwksUrl, 'an http(s) URL of a JSON Web Key Set');
  }
  if (jwtSecret !== undefined && jwksUrl !== undefined) {
    throw invalid('JWKS_URL', jwksUrl, 'set together with JWT_SECRET (choose one way to verify tokens)');
  }
  return {
    jwtSecret,
    jwksUrl,
    requireAuthForReads: readBoolean(env, 'REQUIRE_AUTH_FOR_READS', false),
    maxTokenLifetimeSeconds: readInteger(env, 'JWT_MAX_LIFETIME_SECONDS', 86_400, {
      min: 60,
      max: 31_536_000,
    }),
    issuer: readString(env, 'JWT_ISSUER'),
    audience: readString(env, 'JWT_AUDIENCE'),
  };
}

function readString(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function readPort(env: Env, name: string, fallback: number): number {
  const raw = readString(env, name);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!/^[0-9]+$/.test(raw) || port < 1 || port > 65535) {
    throw invalid(name, raw, 'a TCP port from 1 to 65535');
  }
  return port;
}

function readSize(env: Env, name: string, fallback: string): string {
  const raw = readString(env, name);
  if (raw === undefined) return fallback;
  if (!SIZE_PATTERN.test(raw)) throw invalid(name, raw, 'a size such as 512m or 2g');
  return raw.toLowerCase();
}

function validateNeo4jUri(uri: string): void {
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    throw invalid(
      'NEO4J_URI',
      uri,
      'a URI such as bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io',
    );
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (!(NEO4J_URI_SCHEMES as readonly string[]).includes(scheme)) {
    throw invalid('NEO4J_URI', uri, `one of the schemes ${NEO4J_URI_SCHEMES.join(', ')}`);
  }
  if (parsed.hostname === '') throw invalid('NEO4J_URI', uri, 'a URI with a host name');
}

function invalid(variable: string, value: string, expected: string): QuartiersnetzError {
  const shown =
    variable.endsWith('PASSWORD') || variable.endsWith('SECRET') ? '<hidden>' : JSON.stringify(value);
  return new QuartiersnetzError(
    ErrorCode.CONFIG_INVALID,
    `Invalid ${variable}: ${shown} is not ${expected}.`,
    { variable },
  );
}
