/**
 * Database work per operation: PROFILE db hits of about 25 canonical operations (every example
 * query, the growth operations on a synthetic network, nested lists, batched analytics), against
 * the baseline in bench/db-hits-baseline.json. Fails (exit 1) on a rise of 10% or more; the same
 * check runs in CI as test/integration/db-hits-baseline.int.test.ts.
 *
 *   npm run bench:db-hits               check against the baseline
 *   npm run bench:db-hits -- --update   write a new baseline and the BENCHMARKS.md section
 */
import { machineDescription, openBenchEnvironment, writeBenchmarkSection } from './bench-environment';
import {
  canonicalOperations,
  compareWithBaseline,
  DB_HITS_NETWORK,
  DB_HITS_TOLERANCE,
  loadDbHitsFixture,
  profileOperations,
  readBaseline,
  writeBaseline,
} from './profile-db-hits';

const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  const update = process.argv.includes('--update');
  const env = await openBenchEnvironment(log);
  try {
    log('Loading the seed case study and a synthetic network...');
    await loadDbHitsFixture(env.driver);
    const operations = canonicalOperations();
    log(`Profiling ${operations.length} operations...`);
    const results = await profileOperations(
      env.driver,
      { uri: env.neo4jUri, password: env.password },
      operations,
      (name, work) => log(`  ${name}: ${work.cypherQueries} queries, ${work.dbHits} db hits`),
    );
    if (update) {
      writeBaseline(results);
      const rows = [...results].map(([name, w]) => `| ${name} | ${w.cypherQueries} | ${w.dbHits} |`);
      writeBenchmarkSection(
        'db-hits',
        `## Database work: PROFILE db hits (baseline)

Command: \`npm run bench:db-hits -- --update\` (writes \`bench/db-hits-baseline.json\`); \`npm run bench:db-hits\`
and the CI test \`test/integration/db-hits-baseline.int.test.ts\` fail on a rise of ${DB_HITS_TOLERANCE * 100}% or more.
Data: the seed case study plus a synthetic network of ${DB_HITS_NETWORK.actors} actors (seed ${DB_HITS_NETWORK.seed}).

${machineDescription()}

| operation | Cypher queries | db hits |
|---|---|---|
${rows.join('\n')}
`,
      );
      log('Wrote bench/db-hits-baseline.json and the BENCHMARKS.md section.');
      return 0;
    }
    const comparison = compareWithBaseline(results, readBaseline());
    for (const c of comparison) {
      log(
        `${c.regressed ? 'RISE' : 'ok  '} ${c.name}: ${c.current.dbHits} db hits (baseline ${c.baseline?.dbHits ?? 'none'}${c.ratio === undefined ? '' : `, x${c.ratio.toFixed(2)}`})`,
      );
    }
    const regressed = comparison.filter((c) => c.regressed);
    log(regressed.length === 0 ? 'No rise against the baseline.' : `${regressed.length} operations rose.`);
    return regressed.length === 0 ? 0 : 1;
  } finally {
    await env.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
