import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
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
    for (let i = 0; i < 200 && !output.includes('quartiersnetz API on'); i++)
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
    await new Promise((r) => setTimeout(r, 30));
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
