import { stopTestNeo4js } from './global-setup';

/** Stops the Neo4j instances that global-setup started and removes their data. */
export default async function globalTeardown(): Promise<void> {
  const instances = globalThis.__QN_TEST_NEO4J__;
  if (instances === undefined) return;
  globalThis.__QN_TEST_NEO4J__ = undefined;
  await stopTestNeo4js(instances);
}
