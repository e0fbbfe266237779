import { rmSync } from 'node:fs';

/** Stops the Neo4j instances that global-setup started and removes their data. */
export default async function globalTeardown(): Promise<void> {
  const instances = globalThis.__QN_TEST_NEO4J__;
  if (instances === undefined) return;
  globalThis.__QN_TEST_NEO4J__ = undefined;
  await Promise.all(
    instances.map(async (neo4j) => {
      await neo4j.stop();
      rmSync(neo4j.dataDir, { recursive: true, force: true });
    }),
  );
}
