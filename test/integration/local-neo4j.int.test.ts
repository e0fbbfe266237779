import { renameSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { ErrorCode } from '../../src/errors/error-codes';
import type { LocalNeo4j } from '../../src/db/local-neo4j';
import { createThrowawayNeo4j, disposeThrowawayNeo4j, queryLocal } from '../utils/throwaway-neo4j';

// Throwaway Neo4j instances start here (20-60 s, longer beside the suite's own two on a busy CI
// machine): above Jest's 120 s default, so LocalNeo4j's own start timeout (120 s) speaks first.
jest.setTimeout(360_000);

// These tests start their own small instances beside the suite's Neo4j: several instances on
// different ports at once is itself one of the launcher's requirements.
describe('LocalNeo4j lifecycle', () => {
  let instance: LocalNeo4j;

  beforeAll(async () => {
    instance = await createThrowawayNeo4j();
  });

  afterAll(async () => {
    await disposeThrowawayNeo4j(instance);
  });

  it('starts, reports its start-up and memory, and is idempotent', async () => {
    expect(instance.status().kind).toBe('stopped');
    const first = await instance.start();
    expect(first.alreadyRunning).toBe(false);
    expect(first.state.port).toBe(instance.options.boltPort);
    expect(first.state.startupMillis).toBeGreaterThan(0);
    expect(first.rssMiB).toBeGreaterThan(0);

    const second = await instance.start();
    expect(second.alreadyRunning).toBe(true);
    expect(second.state.pid).toBe(first.state.pid);
  });

  it('binds Bolt to the loopback interface only', async () => {
    const rows = await queryLocal<{ address: string }>(
      instance,
      'SHOW SETTINGS YIELD name, value WHERE name = "server.bolt.listen_address" RETURN value AS address',
    );
    expect(rows).toEqual([{ address: `127.0.0.1:${instance.options.boltPort}` }]);
  });

  it('keeps committed data across a clean stop and start', async () => {
    await queryLocal(instance, 'CREATE (:Lifecycle {name: "clean", n: range(1, 100)})');
    expect(await instance.stop()).toBe(true);
    expect(instance.status().kind).toBe('stopped');
    await instance.start();
    const rows = await queryLocal<{ size: number }>(
      instance,
      'MATCH (l:Lifecycle {name: "clean"}) RETURN size(l.n) AS size',
    );
    expect(rows).toEqual([{ size: 100 }]);
  });

  it('recovers the store after SIGKILL with committed data intact', async () => {
    await queryLocal(instance, 'UNWIND range(1, 500) AS i CREATE (:Lifecycle {name: "killed", i: i})');
    await instance.killHard();
    expect(instance.status().kind).toBe('crashed');
    const restarted = await instance.start();
    expect(restarted.alreadyRunning).toBe(false);
    const rows = await queryLocal<{ count: number }>(
      instance,
      'MATCH (l:Lifecycle {name: "killed"}) RETURN count(l) AS count',
    );
    expect(rows).toEqual([{ count: 500 }]);
    const [apoc] = await queryLocal<{ v: string }>(instance, 'RETURN apoc.version() AS v');
    expect(apoc?.v).toMatch(/^5\.26\./);
  });

  it('refuses a second instance on the same data directory and leaves the first untouched', async () => {
    const intruder = await createThrowawayNeo4j({ dataDir: instance.dataDir });
    await expect(intruder.start()).rejects.toMatchObject({ code: ErrorCode.STORE_LOCKED });
    // Without our state file, Neo4j's own store lock must still refuse the intruder.
    const stateFile = join(instance.dataDir, 'launcher.json');
    renameSync(stateFile, `${stateFile}.aside`);
    try {
      await expect(intruder.start()).rejects.toMatchObject({ code: ErrorCode.STORE_LOCKED });
    } finally {
      renameSync(`${stateFile}.aside`, stateFile);
    }
    const rows = await queryLocal<{ count: number }>(
      instance,
      'MATCH (l:Lifecycle) RETURN count(l) AS count',
    );
    expect(rows).toEqual([{ count: 501 }]);
  });

  it('says nothing was running when stopped twice', async () => {
    expect(await instance.stop()).toBe(true);
    expect(await instance.stop()).toBe(false);
  });
});

describe('LocalNeo4j on a taken port', () => {
  let blocker: Server;
  let port: number;

  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    port = typeof address === 'object' && address !== null ? address.port : 0;
  });

  afterAll(async () => {
    await new Promise((resolve) => blocker.close(resolve));
  });

  it('fails with PORT_IN_USE naming the port', async () => {
    const instance = await createThrowawayNeo4j({ boltPort: port });
    const failure = instance.start();
    await expect(failure).rejects.toMatchObject({ code: ErrorCode.PORT_IN_USE });
    await expect(failure).rejects.toThrow(new RegExp(`Port ${port} `));
    expect(instance.status().kind).toBe('stopped');
    await disposeThrowawayNeo4j(instance);
  });
});
