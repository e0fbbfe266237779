import { loadConfig } from '../../src/config/config';
import { ErrorCode } from '../../src/errors/error-codes';
import { QuartiersnetzError } from '../../src/errors/quartiersnetz-error';

function configError(env: Record<string, string>): QuartiersnetzError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof QuartiersnetzError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it.each([
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'not a uri' }, 'NEO4J_URI'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '0' }, 'PORT'],
    [{ NEO4J_BOLT_PORT: '-1' }, 'NEO4J_BOLT_PORT'],
    [{ NEO4J_DATABASE: 'x' }, 'NEO4J_DATABASE'],
    [{ NEO4J_HEAP: 'lots' }, 'NEO4J_HEAP'],
    [{ NEO4J_PAGECACHE: '1.5g' }, 'NEO4J_PAGECACHE'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ JWKS_URL: 'not-a-url' }, 'JWKS_URL'],
    [{ REQUIRE_AUTH_FOR_READS: 'yes please' }, 'REQUIRE_AUTH_FOR_READS'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
  ])('rejects %j naming %s', (env, variable) => {
    const error = configError(env);
    expect(error.code).toBe(ErrorCode.CONFIG_INVALID);
    expect(error.message).toContain(`Invalid ${variable}:`);
    expect(error.details).toEqual({ variable });
  });

  it('reads LOG_LEVEL through the checked config (it was read from the environment in the server)', () => {
    expect(loadConfig({}).logLevel).toBe('info');
    expect(loadConfig({ LOG_LEVEL: 'WARN' }).logLevel).toBe('warn');
  });

  it('never echoes a secret it rejects', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short-secret' })).toThrow('Invalid JWT_SECRET: <hidden>');
  });

  it('uses the local Neo4j with its defaults when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({
      uri: 'bolt://127.0.0.1:7687',
      useLocal: true,
      username: 'neo4j',
      password: 'quartiersnetz',
      database: undefined,
    });
    expect(config.port).toBe(4000);
    expect(config.auth).toEqual({
      jwtSecret: undefined,
      jwksUrl: undefined,
      requireAuthForReads: false,
      maxTokenLifetimeSeconds: 86_400,
      issuer: undefined,
      audience: undefined,
    });
    expect(config.import).toEqual({ maxSourceBytes: 2 * 1024 * 1024, maxCaseStudyBytes: 20 * 1024 * 1024 });
    expect(config.production).toBe(false);
    expect(config.localNeo4j).toEqual({
      boltPort: 7687,
      dataDir: '.data/neo4j',
      heapSize: '2g',
      pageCacheSize: '1g',
    });
  });

  it('points the default URI at NEO4J_BOLT_PORT', () => {
    expect(loadConfig({ NEO4J_BOLT_PORT: '7999' }).neo4j.uri).toBe('bolt://127.0.0.1:7999');
  });

  it.each([
    'neo4j://cluster.example.org:7687',
    'neo4j+s://abcd1234.databases.neo4j.io',
    'bolt+s://db.example.org',
  ])('passes the routing or TLS URI %s through unchanged', (uri) => {
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_DATABASE: 'quartiersnetz', PORT: '8080' });
    expect(config.neo4j.uri).toBe(uri);
    expect(config.neo4j.useLocal).toBe(false);
    expect(config.neo4j.database).toBe('quartiersnetz');
    expect(config.port).toBe(8080);
  });
});
