/**
 * API overhead and round trips.
 * - Overhead: every example query (queries/examples, on the seed case study) through HTTP against the
 *   Cypher it runs, recorded at the driver and replayed through the driver in the same order (the
 *   floor), as a median ratio per query.
 * - Round trips: Cypher statements per request for nested lists of 1, 10 and 100 parents (generated
 *   API) and for `collaborators` of 1, 10 and 100 actors in one request (analytics DataLoader), on a
 *   synthetic network of size S.
 *
 *   npm run bench:api
 */
import 'reflect-metadata';
import { generateNetwork } from '../src/generate/generate-network';
import { importSyntheticNetwork } from '../src/generate/import-synthetic-network';
import { NETWORK_SIZES } from '../src/generate/network-sizes';
import { importCaseStudy } from '../src/import/import-case-study';
import { seedCaseStudyDirs } from '../src/import/seed-case-studies';
import { startBenchApi } from './bench-api';
import { machineDescription, openBenchEnvironment, writeBenchmarkSection } from './bench-environment';
import { recordWhile } from './cypher-recorder';
import { measureAgainstFloor } from './measure-against-floor';
import {
  collaboratorsOfManyOperation,
  exampleOperations,
  nestedListOperation,
  type BenchOperation,
} from './workloads';

const RUNS = { warmup: 5, runs: 30 } as const;
const TARGET_RATIO = 1.5;
const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const env = await openBenchEnvironment(log);
  try {
    // The example queries are written for the seed case study: measured on it alone.
    log('Importing the seed case study...');
    await importCaseStudy({ driver: env.driver, paths: seedCaseStudyDirs() });
    const api = await startBenchApi(env.driver, env.neo4jUri, env.password, { recorded: true });
    const countStatements = async (operation: BenchOperation) =>
      (await recordWhile(env.driver, () => api.post(operation.query, operation.variables))).statements.length;

    const overhead: string[] = [];
    let met = 0;
    const operations = exampleOperations();
    for (const operation of operations) {
      const {
        http,
        driver: floor,
        statements,
      } = await measureAgainstFloor(env.driver, api.post, operation, RUNS);
      const ratio = http / floor;
      if (ratio <= TARGET_RATIO) met += 1;
      overhead.push(
        `| ${operation.name} | ${statements} | ${http.toFixed(1)} | ${floor.toFixed(1)} | ${ratio.toFixed(2)} | ${(http - floor).toFixed(1)} |`,
      );
      log(
        `${operation.name}: HTTP ${http.toFixed(1)} ms, driver ${floor.toFixed(1)} ms, ratio ${ratio.toFixed(2)}`,
      );
    }

    log('Importing the S network for the round trips...');
    const network = generateNetwork({ actors: NETWORK_SIZES.S, seed: 1 });
    await importSyntheticNetwork({ driver: env.driver, actors: NETWORK_SIZES.S, seed: 1, network });

    const actors = (network.caseStudy.entities ?? [])
      .filter((e) => e.type === 'Person' || e.type === 'Organisation')
      .map((e) => e.key);
    const roundTrips: string[] = [];
    for (const n of [1, 10, 40, 100]) {
      const nested = await countStatements(nestedListOperation(n));
      // 100 aliases exceed the API's alias limit (40): one request cannot ask for 100 actors.
      const collaborators =
        n > 40 ? undefined : await countStatements(collaboratorsOfManyOperation(actors.slice(0, n)));
      roundTrips.push(`| ${n} | ${nested} | ${collaborators ?? 'over the alias limit (40)'} |`);
      log(`${n} parents: nested lists ${nested} queries, collaborators ${collaborators} queries`);
    }
    await api.stop();

    writeBenchmarkSection(
      'api-overhead',
      `## API overhead: example queries through HTTP vs the driver

Command: \`npm run bench:api\` (its own local Neo4j with the seed case study, which the examples are written for). ${RUNS.runs} runs after
${RUNS.warmup} warm-up runs. The floor is the Cypher the request ran, recorded at the driver and replayed through
\`driver.executeQuery\` in the same order. Target: ratio <= ${TARGET_RATIO}; met by ${met} of ${operations.length}.

${machineDescription()}

| example query | Cypher statements | HTTP median (ms) | driver median (ms) | ratio | difference (ms) |
|---|---|---|---|---|---|
${overhead.join('\n')}

## Round trips: Cypher statements per request

Counted at the driver, seed case study plus the S network. Nested lists: \`organisations(limit: n)\` with seats, people and their other
affiliations (one Cypher statement, whatever n). Analytics: \`collaborators\` of n actors as aliases in one request
(the DataLoader batches them).

| parents / actors in the request | nested lists (generated API) | collaborators (analytics) |
|---|---|---|
${roundTrips.join('\n')}
`,
    );
    log('Wrote BENCHMARKS.md (api-overhead section).');
  } finally {
    await env.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
