import { rmSync } from 'node:fs';

/** Stops the Neo4j that global-setup started and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const neo4j = globalThis.__QN_TEST_NEO4J__;
  if (neo4j === undefined) return;
  globalThis.__QN_TEST_NEO4J__ = undefined;
  await neo4j.stop();
  rmSync(neo4j.dataDir, { recursive: true, force: true });
}
