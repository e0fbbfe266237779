/**
 * Analytics benchmark (issue: network analytics): Cypher round trips per request for `collaborators`
 * of 1, 10 and all seed actors in one request, and the median latency of `egoNetwork` (depth 2) and
 * `coCreationNetwork` (whole case study) through HTTP against the same Cypher run directly with the
 * driver. Writes its results into BENCHMARKS.md. Run: npm run bench:analytics
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { cypherQuery } from '../src/db/cypher-query';
import { importCaseStudy } from '../src/import/import-case-study';
import { seedCaseStudyDirs } from '../src/import/seed-case-studies';
import { ENTITY_TYPES } from '../src/model/vocabulary';
import { startBenchApi } from './bench-api';
import { recordWhile } from './cypher-recorder';
import { collaboratorsOfManyOperation } from './workloads';
import {
  machineDescription,
  medianMillis,
  openBenchEnvironment,
  writeBenchmarkSection,
} from './bench-environment';

const RUNS = { warmup: 5, runs: 30 } as const;
const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const env = await openBenchEnvironment(log);
  try {
    log('Importing the seed case study...');
    await importCaseStudy({ driver: env.driver, paths: seedCaseStudyDirs() });
    const api = await startBenchApi(env.driver, env.neo4jUri, env.password, { recorded: true });
    const post = (query: string) => api.post(query);

    const actors = (
      await env.driver.executeQuery('MATCH (a:Actor) RETURN a.key AS key ORDER BY key')
    ).records.map((r) => r.get('key') as string);
    const roundTrips: string[] = [];
    for (const size of [1, 10, actors.length]) {
      const operation = collaboratorsOfManyOperation(actors.slice(0, size));
      const { statements } = await recordWhile(env.driver, () => post(operation.query));
      roundTrips.push(`| ${size} | ${statements.length} |`);
      log(`collaborators x${size}: ${statements.length} Cypher queries`);
    }

    log('Timing egoNetwork depth 2 (HTTP vs driver)...');
    const egoHttp = await medianMillis(
      () => post('{ egoNetwork(actor: "christian-huttenloher", depth: 2) { nodes { id } edges { id } } }'),
      RUNS,
    );
    const egoDriver = await medianMillis(
      () => egoNetworkCypher(env.driver, 'christian-huttenloher', 2),
      RUNS,
    );
    log('Timing coCreationNetwork whole graph (HTTP vs driver)...');
    const coHttp = await medianMillis(
      () =>
        post('{ coCreationNetwork { nodes { id betweenness community } edges { id weight } modularity } }'),
      RUNS,
    );
    const coDriver = await medianMillis(
      () =>
        env.driver.executeQuery(cypherQuery('analytics/memberships'), {
          kinds: ['EVENT', 'UNDERTAKING', 'ORGANISATION'],
          actors: null,
          contexts: null,
          from: null,
          until: null,
          entityTypes: ENTITY_TYPES,
        }),
      RUNS,
    );
    await api.stop();

    const row = (name: string, http: number, driver: number) =>
      `| ${name} | ${http.toFixed(1)} | ${driver.toFixed(1)} | ${(http / driver).toFixed(2)} |`;
    writeBenchmarkSection(
      'analytics',
      `## Network analytics (seeded case study)

Command: \`npm run bench:analytics\` (starts its own Neo4j unless NEO4J_URI is set). ${RUNS.runs} runs after ${RUNS.warmup} warm-up runs.

${machineDescription()}

Cypher round trips for one request asking \`collaborators\` of n actors (aliases), counted at the driver:

| actors in the request | Cypher queries |
|---|---|
${roundTrips.join('\n')}

Median latency, API through HTTP versus the same Cypher through the driver (the floor):

| operation | HTTP median (ms) | driver median (ms) | ratio |
|---|---|---|---|
${row('egoNetwork depth 2 (christian-huttenloher)', egoHttp, egoDriver)}
${row('coCreationNetwork, whole graph', coHttp, coDriver)}

The driver side of \`coCreationNetwork\` is the membership query alone; the API adds the projection,
centralities and Louvain in graphology, so its ratio is the price of the analytics, not of the layers.
`,
    );
    log('Wrote BENCHMARKS.md (analytics section).');
  } finally {
    await env.close();
  }
}

/** The Cypher of egoNetwork, run directly: the node lookup, one expansion per hop, the final node lookup. */
async function egoNetworkCypher(driver: Driver, actor: string, depth: number): Promise<void> {
  await driver.executeQuery(cypherQuery('analytics/entity-nodes'), {
    keys: [actor],
    entityTypes: ENTITY_TYPES,
    from: null,
    until: null,
  });
  let frontier = [actor];
  const seen = new Set(frontier);
  for (let hop = 0; hop < depth; hop++) {
    const result = await driver.executeQuery(cypherQuery('analytics/expand-frontier'), {
      frontier,
      relationTypes: null,
      nodeTypes: null,
      from: null,
      until: null,
      budget: neo4j.int(2000),
    });
    frontier = result.records.map((r) => r.get('neighbour') as string).filter((key) => !seen.has(key));
    frontier.forEach((key) => seen.add(key));
  }
  await driver.executeQuery(cypherQuery('analytics/entity-nodes'), {
    keys: [...seen],
    entityTypes: ENTITY_TYPES,
    from: null,
    until: null,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
