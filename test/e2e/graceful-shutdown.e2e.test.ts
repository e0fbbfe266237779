import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { findFreePort } from '../../src/shared/tcp-ports';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { testNeo4jConnection } from '../utils/test-database';

// SIGTERM lets the request in flight finish, then the process closes the driver and exits 0.
describe('graceful shutdown of `quartiersnetz serve`', () => {
  it('drains an in-flight request on SIGTERM and exits cleanly', async () => {
    const connection = testNeo4jConnection();
    const port = await findFreePort();
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'quartiersnetz.js'), 'serve'], {
      cwd: PROJECT_ROOT,
      // Not NODE_ENV=test (Jest's): Apollo Server behaves differently under it (signal handlers).
      env: {
        ...process.env,
        NODE_ENV: 'development',
        NEO4J_URI: connection.uri,
        NEO4J_USERNAME: connection.username,
        NEO4J_PASSWORD: connection.password,
        PORT: String(port),
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let i = 0; i < 600 && !output.includes('quartiersnetz API on'); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain('quartiersnetz API on');

    // Thirty yearly networks: long enough to be in flight when the signal arrives.
    const pending = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ coCreationTimeline(fromYear: 1990, untilYear: 2019) { year actors } }',
      }),
    });
    // The signal must find the request in flight: a fixed 30 ms wait could send it before the server
    // had read the request on a busy machine (the connection is then closed, not drained). Wait until
    // the timeline's reads show in Neo4j.
    await untilReading(connection, 10_000);
    child.kill('SIGTERM');
    const response = await pending;
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: { coCreationTimeline: unknown[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.coCreationTimeline).toHaveLength(30);
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(output).toContain('SIGTERM: draining requests');
  });
});

/** Resolves once Neo4j runs a membership read (the timeline's); fails after `limitMillis`. */
async function untilReading(
  connection: { uri: string; username: string; password: string },
  limitMillis: number,
): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
  try {
    const deadline = Date.now() + limitMillis;
    while (Date.now() < deadline) {
      const { records } = await driver.executeQuery(
        // Not this query itself, whose text names what it looks for.
        "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'HAS_AGENDA_ITEM' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
      );
      if (Number(records[0]?.get('n')) > 0) return;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`no membership read of the timeline showed in Neo4j within ${limitMillis} ms`);
  } finally {
    await driver.close();
  }
}
