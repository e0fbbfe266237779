import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_ENVIRONMENT_VARIABLES, loadConfig } from '../../src/config/config';

interface ComposeService {
  image?: string;
  build?: string;
  environment?: Record<string, string | number>;
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
};

describe('docker-compose.yml', () => {
  const neo4j = compose.services.neo4j;
  const api = compose.services.api;

  it('has exactly the services neo4j and api', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'neo4j']);
  });

  it('runs Neo4j 5.26 community with APOC and a healthcheck that calls APOC', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.environment?.NEO4J_PLUGINS).toBe('["apoc"]');
    expect(neo4j?.healthcheck?.test.join(' ')).toContain('apoc.version()');
    expect(neo4j?.ports).toContain('127.0.0.1:7687:7687');
  });

  it('starts the API once Neo4j is healthy', () => {
    expect(api?.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
  });

  it('configures the API only with variables the config module reads', () => {
    const names = Object.keys(api?.environment ?? {});
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(CONFIG_ENVIRONMENT_VARIABLES).toContain(name);
  });

  // Issue 12, finding 8: the compose file fell back to a public JWT_SECRET.
  it('refuses to start the API without a JWT_SECRET of its own, and the image runs as a non-root user', () => {
    expect(String(api?.environment?.JWT_SECRET)).toMatch(/^\$\{JWT_SECRET:\?[^}]+\}$/);
    const dockerfile = readFileSync(join(__dirname, '..', '..', 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
  });

  /** The API's environment as Compose passes it when no variable is set: `${NAME:-default}` is the default. */
  function composedEnvironment(): Record<string, string> {
    return Object.fromEntries(
      Object.entries(api?.environment ?? {}).map(([k, v]) => [
        k,
        String(v).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, (_match, fallback: string) => fallback),
      ]),
    );
  }

  it('passes a configuration the config module accepts, on the published API port', () => {
    const config = loadConfig({ ...composedEnvironment(), NEO4J_PASSWORD: 'quartiersnetz' });
    expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
    expect(config.neo4j.useLocal).toBe(false);
    expect(api?.ports).toContain(`127.0.0.1:${config.port}:${config.port}`);
  });

  // Issue 17: the image's NODE_ENV=production turned off the playground and explorer the README promises.
  it('serves the playground, the explorer and introspection under NODE_ENV=production, as the image sets it', () => {
    const dockerfile = readFileSync(join(__dirname, '..', '..', 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^ENV NODE_ENV=production$/m);
    const config = loadConfig({ ...composedEnvironment(), NODE_ENV: 'production', NEO4J_PASSWORD: 'x' });
    expect(config.production).toBe(true);
    expect(config.hardening.playground).toBe(true);
    expect(config.hardening.introspection).toBe(true);
  });
});
