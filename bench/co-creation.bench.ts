/**
 * The co-creation network at real size (issue 13): the whole network of a size-M graph (13 000 actors)
 * cold and cached, its largest event series, /healthz while four whole-graph requests run at once, the
 * API's peak RSS, and the whole network of a size-L graph (130 000 actors) cold. The API runs as its own
 * process (dist/); each size gets a fresh local Neo4j. Writes the co-creation section of BENCHMARKS.md.
 *
 *   npm run bench:co-creation [-- --sizes M,L]
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/shared/project-paths';
import { importSyntheticNetwork } from '../src/generate/import-synthetic-network';
import { isNetworkSize, NETWORK_SIZES, type NetworkSize } from '../src/generate/network-sizes';
import { ensureBuilt, startApiProcess, type ApiProbe } from './api-process';
import { postGraphQL } from './bench-api';
import {
  machineDescription,
  openBenchEnvironment,
  writeBenchmarkSection,
  type BenchEnvironment,
} from './bench-environment';

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
/** The heaviest example query: the whole network with metrics, communities and alliances. */
const QUERY = readFileSync(
  join(PROJECT_ROOT, 'queries', 'examples', '18-co-creation-network.graphql'),
  'utf8',
).replace(
  /coCreationNetwork\(([^)]*)\) \{/,
  'coCreationNetwork($1) {\n    centrality { method pivots errorBound }',
);
const RUNS = { cold: 5, cached: 15, concurrent: 4 };
/** As operators run it (docs/operations.md): production mode; request logs at warn. */
const PRODUCTION = { NODE_ENV: 'production', LOG_LEVEL: 'warn' };

interface SizeFigures {
  readonly size: NetworkSize;
  readonly nodes: number;
  readonly edges: number;
  readonly coldMillis: number[];
  readonly cachedMillis?: number[];
  readonly scope?: { key: string; actors: number; millis: number[]; nodes: number; edges: number };
  readonly healthz?: { p50: number; p99: number; max: number; samples: number; concurrentMillis: number };
  readonly probe: ApiProbe;
  readonly method: string;
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--sizes');
  const sizes = (flag >= 0 ? (process.argv[flag + 1] ?? '') : 'M,L').split(',').filter(isNetworkSize);
  ensureBuilt(log);
  const results: SizeFigures[] = [];
  for (const size of sizes) results.push(await measureSize(size));
  writeBenchmarkSection('co-creation', render(results));
  log('Wrote the co-creation section of BENCHMARKS.md');
}

async function measureSize(size: NetworkSize): Promise<SizeFigures> {
  const env = await openBenchEnvironment(log, { heapSize: '4g', pageCacheSize: '2g' });
  try {
    log(`Generating and importing size ${size} (${NETWORK_SIZES[size]} actors)...`);
    await importSyntheticNetwork({ driver: env.driver, actors: NETWORK_SIZES[size], seed: 1 });
    // Cold: a cache-less API computes every request afresh.
    // At L the whole graph's memberships take 8-10 s to read on 2 cores, at the 10 s default
    // transaction timeout: the benchmark runs L as docs/operations.md tells operators to, with 30 s.
    const large: Record<string, string> = size === 'L' ? { NEO4J_TX_TIMEOUT_MS: '30000' } : {};
    const cold = await startApiProcess(env, { ...PRODUCTION, ...large, ANALYTICS_CACHE_MB: '0' });
    const coldMillis: number[] = [];
    let answer: Answer | undefined;
    const runs = size === 'L' ? 1 : RUNS.cold;
    for (let i = 0; i < runs; i++) {
      const timed = await timedNetwork(cold.baseUrl, {});
      coldMillis.push(timed.millis);
      answer = timed.answer;
      log(
        `  ${size} whole network cold: ${timed.millis.toFixed(0)} ms (${timed.answer.nodes.length} nodes, ${timed.answer.edges.length} edges)`,
      );
    }
    let scope: SizeFigures['scope'];
    let healthz: SizeFigures['healthz'];
    if (size !== 'L') {
      scope = await largestScope(env, cold.baseUrl);
      healthz = await healthzDuringConcurrentRequests(cold.baseUrl);
    }
    const coldProbe = await cold.stop();
    let cachedMillis: number[] | undefined;
    let probe = coldProbe;
    if (size !== 'L') {
      const cached = await startApiProcess(env, PRODUCTION);
      await timedNetwork(cached.baseUrl, {});
      cachedMillis = [];
      for (let i = 0; i < RUNS.cached; i++)
        cachedMillis.push((await timedNetwork(cached.baseUrl, {})).millis);
      const cachedProbe = await cached.stop();
      probe = { ...coldProbe, peakRssMiB: Math.max(coldProbe.peakRssMiB, cachedProbe.peakRssMiB) };
      log(`  ${size} whole network cached: median ${median(cachedMillis).toFixed(1)} ms`);
    }
    return {
      size,
      nodes: answer?.nodes.length ?? 0,
      edges: answer?.edges.length ?? 0,
      coldMillis,
      cachedMillis,
      scope,
      healthz,
      probe,
      method:
        answer === undefined
          ? ''
          : `${answer.centrality.method} (pivots ${answer.centrality.pivots}, error bound ${answer.centrality.errorBound.toFixed(3)})`,
    };
  } finally {
    await env.close();
  }
}

interface Answer {
  nodes: unknown[];
  edges: unknown[];
  centrality: { method: string; pivots: number; errorBound: number };
}

async function timedNetwork(
  baseUrl: string,
  variables: Record<string, unknown>,
): Promise<{ millis: number; answer: Answer }> {
  const started = performance.now();
  const data = (await postGraphQL(baseUrl, QUERY, variables, 'coCreationNetwork')) as {
    coCreationNetwork: Answer;
  };
  return { millis: performance.now() - started, answer: data.coCreationNetwork };
}

/** The event series with the most distinct actors (the 1 389-actor scope at M). */
async function largestScope(env: BenchEnvironment, baseUrl: string): Promise<SizeFigures['scope']> {
  const result = await env.driver.executeQuery(
    `MATCH (s:EventSeries)<-[:IN_SERIES]-(:Event)<-[]-(a:Actor)
     RETURN s.key AS key, count(DISTINCT a) AS actors ORDER BY actors DESC, key LIMIT 1`,
  );
  const key = result.records[0]?.get('key') as string | undefined;
  if (key === undefined) return undefined;
  const millis: number[] = [];
  let answer: Answer | undefined;
  for (let i = 0; i < RUNS.cold; i++) {
    const timed = await timedNetwork(baseUrl, { scope: key });
    millis.push(timed.millis);
    answer = timed.answer;
  }
  log(`  largest scope ${key}: median ${median(millis).toFixed(0)} ms`);
  return {
    key,
    actors: Number(result.records[0]?.get('actors')),
    millis,
    nodes: answer?.nodes.length ?? 0,
    edges: answer?.edges.length ?? 0,
  };
}

/** /healthz every 20 ms while RUNS.concurrent whole-network requests run at once. */
/**
 * /healthz latency while RUNS.concurrent whole-network requests run at once, sampled from a process of
 * its own (bench/healthz-sampler.cjs): in this process the samples would wait behind the parsing of the
 * answers.
 */
async function healthzDuringConcurrentRequests(baseUrl: string): Promise<SizeFigures['healthz']> {
  const sampler = fork(join(PROJECT_ROOT, 'bench', 'healthz-sampler.cjs'), [baseUrl], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let output = '';
  sampler.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await new Promise((resolve) => sampler.once('message', resolve));
  const exited = new Promise((resolve) => sampler.once('exit', resolve));
  const started = performance.now();
  await Promise.all(Array.from({ length: RUNS.concurrent }, () => timedNetwork(baseUrl, {})));
  const concurrentMillis = performance.now() - started;
  sampler.kill('SIGTERM');
  await exited;
  const latencies = (JSON.parse(output) as number[]).sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  log(
    `  /healthz during ${RUNS.concurrent} concurrent requests: p99 ${at(0.99).toFixed(1)} ms over ${latencies.length} samples`,
  );
  return {
    p50: at(0.5),
    p99: at(0.99),
    max: latencies.at(-1) ?? 0,
    samples: latencies.length,
    concurrentMillis,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function render(results: readonly SizeFigures[]): string {
  const ms = (v: number | undefined) => (v === undefined ? '-' : v < 100 ? v.toFixed(1) : v.toFixed(0));
  const rows = results.map((r) =>
    [
      `| ${r.size} (${NETWORK_SIZES[r.size].toLocaleString('en')} actors)`,
      `${ms(median(r.coldMillis))} (${r.coldMillis.length} runs)`,
      r.cachedMillis === undefined ? '-' : `${ms(median(r.cachedMillis))} (${r.cachedMillis.length} runs)`,
      r.scope === undefined
        ? '-'
        : `${ms(median(r.scope.millis))} (\`${r.scope.key}\`, ${r.scope.actors} actors; ${r.scope.nodes} nodes, ${r.scope.edges} edges)`,
      r.healthz === undefined
        ? '-'
        : `${ms(r.healthz.p50)} / ${ms(r.healthz.p99)} / ${ms(r.healthz.max)} (${r.healthz.samples} samples, ${ms(r.healthz.concurrentMillis)} ms for all 4)`,
      String(r.probe.peakRssMiB),
      `${r.nodes} / ${r.edges}`,
      `${r.method} |`,
    ].join(' | '),
  );
  return [
    '## Co-creation network at size M and L (issue 13)',
    '',
    'Command: `npm run bench:co-creation` (fresh local Neo4j per size, heap 4g, page cache 2g; the API as its own',
    'process, `node dist/cli/main.js serve`, `NODE_ENV=production`). The request is example 18 (the whole network with',
    'metrics, communities and alliances) with default arguments. Cold: an API with `ANALYTICS_CACHE_MB=0`, so every',
    'request computes; cached: a second API with the default cache, after one warm-up request. The largest scope is',
    'the event series with the most actors. /healthz is sampled every 20 ms, from a process of its own',
    '(`bench/healthz-sampler.cjs`), while 4 whole-network requests run at once (cold API). Peak RSS is VmHWM of',
    'the API processes.',
    '',
    machineDescription(),
    '',
    '| size | whole network cold, median (ms) | cached, median (ms) | largest scope, median (ms) | /healthz p50 / p99 / max during 4 concurrent (ms) | API peak RSS (MiB) | answer nodes / edges | centralities |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
