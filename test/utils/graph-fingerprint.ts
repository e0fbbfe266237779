import type { Driver } from 'neo4j-driver';

/** A hash of every node, relationship and property in the database: equal means unchanged. */
export async function graphFingerprint(driver: Driver): Promise<string> {
  const result = await driver.executeQuery('RETURN apoc.hashing.fingerprintGraph() AS fingerprint');
  return result.records[0]?.get('fingerprint') as string;
}

/** Deletes the entities, sources and case study whose keys start with `prefix`. */
export async function deleteByKeyPrefix(driver: Driver, prefix: string): Promise<void> {
  await driver.executeQuery(
    `MATCH (n) WHERE (n:Entity OR n:Source OR n:CaseStudy) AND n.key STARTS WITH $prefix DETACH DELETE n`,
    { prefix },
  );
}

export async function countByKeyPrefix(
  driver: Driver,
  prefix: string,
): Promise<{ nodes: number; relationships: number }> {
  const result = await driver.executeQuery(
    `MATCH (n) WHERE (n:Entity OR n:Source OR n:CaseStudy) AND n.key STARTS WITH $prefix
     OPTIONAL MATCH (n)-[r]->()
     RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships`,
    { prefix },
  );
  const record = result.records[0];
  return { nodes: Number(record?.get('nodes')), relationships: Number(record?.get('relationships')) };
}
