/**
 * Speed at scale, on synthetic networks of sizes S, M and L (each in a fresh local Neo4j):
 * - import: nodes/s and relationships/s of the batched importer, the idempotent second import, and
 *   (at M) a naive one-transaction-per-row writer on a sample, as a ratio;
 * - growth: median latency of egoNetwork depth 2, paths, collaborators, search and a filtered
 *   connection per size, the L/S ratio, and a chart (bench/growth.svg);
 * - load (at M): autocannon, 32 connections, a mixed workload, against the API as its own process;
 * - analytics engine (at S and L): PageRank, Louvain and betweenness in graphology vs networkx.
 *
 *   npm run bench:scale                  all sizes (about 20 minutes on 2 cores)
 *   npm run bench:scale -- --sizes S,M   some sizes
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { ImportPlan } from '../src/case-study/compile-case-study';
import { DEFAULT_SEED, seededRandom } from '../src/shared/seeded-rng';
import { cypherQuery } from '../src/db/cypher-query';
import { PROJECT_ROOT } from '../src/shared/project-paths';
import { generateNetwork } from '../src/generate/generate-network';
import { compileSyntheticNetwork, importSyntheticNetwork } from '../src/generate/import-synthetic-network';
import { isNetworkSize, NETWORK_SIZES, type NetworkSize } from '../src/generate/network-sizes';
import { importCaseStudy } from '../src/import/import-case-study';
import { seedCaseStudyDirs } from '../src/import/seed-case-studies';
import { entityParameters, relationParameters, writeImportPlan } from '../src/import/write-import-plan';
import { postGraphQL, startBenchApi } from './bench-api';
import { ensureBuilt, startApiProcess } from './api-process';
import {
  machineDescription,
  medianMillis,
  openBenchEnvironment,
  writeBenchmarkSection,
  type BenchEnvironment,
} from './bench-environment';
import { latencyChartSvg } from './latency-chart';
import { measureAgainstFloor } from './measure-against-floor';
import { exampleOperations, findProbes, growthOperations, hubOperations } from './workloads';

const RUNS = { warmup: 3, runs: 15 } as const;
const LOAD = { connections: 32, durationSeconds: 20 } as const;
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

interface SizeResult {
  readonly size: NetworkSize;
  readonly nodes: number;
  readonly relationships: number;
  readonly firstImportMillis: number;
  readonly secondImportMillis: number;
  readonly writtenNodes: number;
  readonly writtenRelationships: number;
  readonly latencies: readonly { name: string; http: number; driver: number; answerKiB: number }[];
}

async function main(): Promise<void> {
  const sizesIndex = process.argv.indexOf('--sizes');
  const sizes = (sizesIndex >= 0 ? (process.argv[sizesIndex + 1] ?? '') : 'S,M,L')
    .split(',')
    .filter(isNetworkSize);
  ensureBuilt(log);
  const results: SizeResult[] = [];
  let naive: { naiveRowsPerSecond: number; batchedRowsPerSecond: number; rows: number } | undefined;
  let load: LoadResult | undefined;
  const engines: EngineResult[] = [];

  for (const size of sizes) {
    const env = await openBenchEnvironment(log, { heapSize: '4g', pageCacheSize: '2g' });
    try {
      results.push(await measureSize(env, size));
      if (size === 'M') {
        naive = await compareWithNaiveWriter(env.driver);
        load = await measureLoad(env, size);
      }
      if (size === 'S' || size === 'L') engines.push(await compareEngines(env.driver, size));
    } finally {
      await env.close();
    }
  }
  writeSections(results, naive, load, engines);
  log('Wrote BENCHMARKS.md (scale sections) and bench/growth.svg.');
}

async function measureSize(env: BenchEnvironment, size: NetworkSize): Promise<SizeResult> {
  const actors = NETWORK_SIZES[size];
  log(`Size ${size}: generating ${actors} actors...`);
  const network = generateNetwork({ actors, seed: 1 });
  await importCaseStudy({ driver: env.driver, paths: seedCaseStudyDirs() });
  let lastTenth = -1;
  const progress = (p: { phase: string; done: number; total: number }) => {
    const tenth = Math.floor((p.done / Math.max(1, p.total)) * 10);
    if (p.phase === 'relations' && tenth !== lastTenth) {
      lastTenth = tenth;
      log(`  relations ${p.done}/${p.total}`);
    }
  };
  const first = await importSyntheticNetwork({
    driver: env.driver,
    actors,
    seed: 1,
    network,
    onProgress: progress,
  });
  const firstImportMillis = first.millis.compile + first.millis.write;
  log(`  first import: ${(firstImportMillis / 1000).toFixed(1)} s`);
  const second = await importSyntheticNetwork({ driver: env.driver, actors, seed: 1, network });
  const secondImportMillis = second.millis.compile + second.millis.write;
  log(`  second import (unchanged): ${(secondImportMillis / 1000).toFixed(1)} s`);
  await env.driver.executeQuery('CALL db.resampleOutdatedIndexes()');
  const counts = await env.driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
  );
  const nodes = Number(counts.records[0]?.get('nodes'));
  const relationships = Number(counts.records[0]?.get('relationships'));
  log(`  ${nodes} nodes, ${relationships} relationships`);

  const probes = findProbes(network);
  const api = await startBenchApi(env.driver, env.neo4jUri, env.password);
  const latencies: { name: string; http: number; driver: number; answerKiB: number }[] = [];
  try {
    for (const operation of [...growthOperations(probes), ...hubOperations(probes)]) {
      const measured = await measureAgainstFloor(env.driver, api.post, operation, RUNS);
      latencies.push({ name: operation.name, ...measured });
      log(
        `  ${operation.name}: HTTP ${measured.http.toFixed(1)} ms, driver ${measured.driver.toFixed(1)} ms`,
      );
    }
  } finally {
    await api.stop();
  }
  return {
    size,
    nodes,
    relationships,
    firstImportMillis,
    secondImportMillis,
    // Entities and sources; typed relations and the STATED_IN evidence (one per entity).
    writtenNodes: first.entities.created + first.sources.created,
    writtenRelationships: first.relations.created + first.entities.created,
    latencies,
  };
}

/** Batched importer against the same Cypher run one row per transaction, on two same-shaped samples. */
async function compareWithNaiveWriter(
  driver: Driver,
): Promise<{ naiveRowsPerSecond: number; batchedRowsPerSecond: number; rows: number }> {
  log('Naive per-row writer vs batched importer on a sample...');
  const naivePlan = compileSyntheticNetwork(generateNetwork({ actors: 300, seed: 4242 }));
  const batchedPlan = compileSyntheticNetwork(generateNetwork({ actors: 300, seed: 4243 }));
  await writeImportPlan(driver, { ...naivePlan, entities: [], relations: [] });
  await writeImportPlan(driver, { ...batchedPlan, entities: [], relations: [] });
  const naiveRows = naivePlan.entities.length + naivePlan.relations.length;
  let started = performance.now();
  await writeRowByRow(driver, naivePlan);
  const naiveSeconds = (performance.now() - started) / 1000;
  const batchedRows = batchedPlan.entities.length + batchedPlan.relations.length;
  started = performance.now();
  await writeImportPlan(driver, { ...batchedPlan, sources: [] });
  const batchedSeconds = (performance.now() - started) / 1000;
  const result = {
    naiveRowsPerSecond: naiveRows / naiveSeconds,
    batchedRowsPerSecond: batchedRows / batchedSeconds,
    rows: naiveRows,
  };
  log(
    `  naive ${result.naiveRowsPerSecond.toFixed(0)} rows/s, batched ${result.batchedRowsPerSecond.toFixed(0)} rows/s`,
  );
  return result;
}

/** The naive writer: the importer's Cypher and parameters, one row per transaction. */
async function writeRowByRow(driver: Driver, plan: ImportPlan): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const row of plan.entities) {
      await session.executeWrite((tx: ManagedTransaction) =>
        tx.run(cypherQuery('import/merge-entities'), { rows: [entityParameters(row)] }),
      );
    }
    for (const row of plan.relations) {
      await session.executeWrite((tx: ManagedTransaction) =>
        tx.run(cypherQuery('import/merge-relations'), { rows: [relationParameters(row)] }),
      );
    }
  } finally {
    await session.close();
  }
}

interface LoadResult {
  readonly size: NetworkSize;
  readonly operations: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
  readonly errors: number;
  readonly peakRssMiB: number;
  readonly eventLoopDelayMillis: { mean: number; p50: number; p99: number; max: number };
}

/** autocannon against the API in its own process (dist/), with the probe for RSS and event-loop delay. */
async function measureLoad(env: BenchEnvironment, size: NetworkSize): Promise<LoadResult> {
  const probes = findProbes(generateNetwork({ actors: NETWORK_SIZES[size], seed: 1 }));
  // The whole-graph co-creation network (18) recomputes centralities of every actor per request; it
  // is not part of an interactive mix.
  const operations = [
    ...exampleOperations().filter((op) => !op.name.startsWith('18-')),
    ...growthOperations(probes),
  ];
  const api = await startApiProcess(env);
  try {
    const baseUrl = api.baseUrl;
    // Warm-up: each operation a few times.
    for (let i = 0; i < 3; i++) {
      for (const op of operations) await postGraphQL(baseUrl, op.query, op.variables, op.name);
    }
    api.resetProbe();
    let graphqlErrors = 0;
    log(
      `Load: ${LOAD.connections} connections for ${LOAD.durationSeconds} s, ${operations.length} operations in rotation...`,
    );
    const result = await autocannon({
      url: `${baseUrl}/graphql`,
      connections: LOAD.connections,
      duration: LOAD.durationSeconds,
      requests: operations.map((op) => ({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: op.query, variables: op.variables }),
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.includes('"errors"')) graphqlErrors += 1;
        },
      })),
    });
    const probe = await api.stop();
    const loadResult: LoadResult = {
      size,
      operations: operations.length,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      requests: result.requests.total,
      errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
      ...probe,
    };
    log(
      `  ${loadResult.requestsPerSecond.toFixed(0)} req/s, p50 ${loadResult.p50} ms, p99 ${loadResult.p99} ms, errors ${loadResult.errors}, peak RSS ${loadResult.peakRssMiB} MiB`,
    );
    return loadResult;
  } catch (error) {
    await api.stop().catch(() => undefined);
    throw error;
  }
}

interface EngineResult {
  readonly size: NetworkSize;
  readonly nodes: number;
  readonly edges: number;
  readonly graphology: { pagerank: number; louvain: number; betweenness?: number };
  readonly networkx: { pagerank: number; louvain: number; betweenness?: number };
}

/** The same exported edge list (entities and their relations, undirected) in graphology and networkx. */
async function compareEngines(driver: Driver, size: NetworkSize): Promise<EngineResult> {
  log(`Analytics engines on the ${size} graph...`);
  const file = join(mkdtempSync(join(tmpdir(), 'qn-engine-')), 'edges.tsv');
  const out = createWriteStream(file, 'utf8');
  const graph = new Graph({ type: 'undirected' });
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run('MATCH (a:Entity)-[r]->(b:Entity) RETURN a.key AS a, b.key AS b');
    for (const record of result.records) {
      const a = record.get('a') as string;
      const b = record.get('b') as string;
      if (a === b) continue;
      out.write(`${a}\t${b}\n`);
      graph.mergeEdge(a, b);
    }
  } finally {
    await session.close();
    await new Promise((resolve) => out.end(resolve));
  }
  const withBetweenness = size === 'S';
  const runs = size === 'S' ? 5 : 3;
  const seconds = async (work: () => unknown) =>
    (await medianMillis(async () => work(), { warmup: 1, runs })) / 1000;
  const graphology = {
    pagerank: await seconds(() =>
      pagerank(graph, { alpha: 0.85, tolerance: 1e-6, maxIterations: 100, getEdgeWeight: null }),
    ),
    louvain: await seconds(() => louvain(graph, { rng: seededRandom(DEFAULT_SEED) })),
    ...(withBetweenness ? { betweenness: await seconds(() => betweenness(graph)) } : {}),
  };
  const python = spawnSync(
    'python3',
    [join(PROJECT_ROOT, 'bench', 'engine-networkx.py'), file, String(runs), withBetweenness ? 'yes' : 'no'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  rmSync(file, { force: true });
  if (python.status !== 0)
    throw new Error(`networkx side failed (pip install networkx scipy): ${python.stderr}`);
  const networkx = JSON.parse(python.stdout) as EngineResult['networkx'] & { nodes: number; edges: number };
  const result = { size, nodes: graph.order, edges: graph.size, graphology, networkx };
  log(`  ${JSON.stringify(result)}`);
  return result;
}

function writeSections(
  results: readonly SizeResult[],
  naive: { naiveRowsPerSecond: number; batchedRowsPerSecond: number; rows: number } | undefined,
  load: LoadResult | undefined,
  engines: readonly EngineResult[],
): void {
  const command = 'Command: `npm run bench:scale` (one fresh local Neo4j per size, heap 4g, page cache 2g).';
  const fmt = (n: number, digits = 1) => n.toFixed(digits);
  const importRows = results.map((r) => {
    const seconds = r.firstImportMillis / 1000;
    return `| ${r.size} (${NETWORK_SIZES[r.size].toLocaleString('en')} actors) | ${r.nodes.toLocaleString('en')} | ${r.relationships.toLocaleString('en')} | ${fmt(seconds)} | ${fmt(r.writtenNodes / seconds, 0)} | ${fmt(r.writtenRelationships / seconds, 0)} | ${fmt(r.secondImportMillis / 1000)} | ${fmt(r.secondImportMillis / r.firstImportMillis, 2)} |`;
  });
  writeBenchmarkSection(
    'import',
    `## Import: batched importer, idempotent re-import, naive writer

${command}

${machineDescription()}

The generator's network goes through the importer's path (validation, compilation, batched UNWIND
writes of 1000 rows, transactions of 50 000 rows). Times include validation and compilation.

| size | nodes | relationships | first import (s) | nodes/s | relationships/s | second import, unchanged (s) | second / first |
|---|---|---|---|---|---|---|---|
${importRows.join('\n')}
${
  naive === undefined
    ? ''
    : `
Naive writer on a sample (${naive.rows} rows: entities and relations of a 300-actor network, the importer's own
Cypher, one row per transaction) against the batched importer on a same-shaped sample, in the M database:
${fmt(naive.naiveRowsPerSecond, 0)} rows/s naive vs ${fmt(naive.batchedRowsPerSecond, 0)} rows/s batched, **ratio ${fmt(naive.batchedRowsPerSecond / naive.naiveRowsPerSecond)}x**.
`
}`,
  );

  const names = results[0]?.latencies.map((l) => l.name) ?? [];
  const first = results[0];
  const last = results[results.length - 1];
  const growthRows = names.map((name) => {
    const cells = results.map((r) => {
      const l = r.latencies.find((x) => x.name === name);
      return l === undefined ? '-' : `${fmt(l.http)} / ${fmt(l.driver)} (${fmt(l.answerKiB)} KiB)`;
    });
    const ratio =
      first !== undefined && last !== undefined && first !== last
        ? fmt(
            (last.latencies.find((x) => x.name === name)?.http ?? NaN) /
              (first.latencies.find((x) => x.name === name)?.http ?? NaN),
            2,
          )
        : '-';
    return `| ${name} | ${cells.join(' | ')} | ${ratio} |`;
  });
  writeFileSync(
    join(PROJECT_ROOT, 'bench', 'growth.svg'),
    latencyChartSvg(
      'Median latency against graph size',
      names.map((name) => ({
        name,
        points: results.map(
          (r) => [r.relationships, r.latencies.find((l) => l.name === name)?.http ?? 0] as const,
        ),
      })),
    ),
  );
  writeBenchmarkSection(
    'growth',
    `## Growth: latency from S to L

${command} ${RUNS.runs} runs after ${RUNS.warmup} warm-up runs per operation and size.
Each cell: median through HTTP / the same Cypher replayed through the driver (ms), and the size of the answer.
The probes are picked the same way at every size: a person of median degree, an actor three hops
away, the name of one of the person's organisations; the "(hub)" rows ask the same about the actor
with the most relations (and the second most, for paths) (see bench/workloads.ts).

${machineDescription()}

| operation | ${results.map((r) => `${r.size} (${r.relationships.toLocaleString('en')} rels)`).join(' | ')} | ${last?.size ?? ''}/${first?.size ?? ''} (HTTP) |
|---|${results.map(() => '---|').join('')}---|
${growthRows.join('\n')}

![latency against graph size](bench/growth.svg)
`,
  );

  if (load !== undefined) {
    writeBenchmarkSection(
      'load',
      `## Load: mixed workload at size ${load.size}

${command} autocannon, ${LOAD.connections} connections, ${LOAD.durationSeconds} s, after a warm-up; the API runs as its
own process (\`node dist/cli/main.js serve\`, request logs on) with a probe for its peak RSS (VmHWM) and
event-loop delay. The rotation holds ${load.operations} operations: the example queries except the whole-graph
co-creation network (18) plus the five growth operations. Load generator, API and Neo4j share the 2 cores.

${machineDescription()}

| requests/s | p50 (ms) | p99 (ms) | requests | errors | API peak RSS (MiB) | event-loop delay mean / p99 / max (ms) |
|---|---|---|---|---|---|---|
| ${fmt(load.requestsPerSecond)} | ${load.p50} | ${load.p99} | ${load.requests} | ${load.errors} | ${load.peakRssMiB} | ${load.eventLoopDelayMillis.mean} / ${load.eventLoopDelayMillis.p99} / ${load.eventLoopDelayMillis.max} |
`,
    );
  }

  if (engines.length > 0) {
    const rows = engines.flatMap((e) =>
      (['pagerank', 'louvain', 'betweenness'] as const)
        .filter((algorithm) => e.graphology[algorithm] !== undefined)
        .map((algorithm) => {
          const g = e.graphology[algorithm] as number;
          const n = e.networkx[algorithm] as number;
          return `| ${e.size} | ${e.nodes.toLocaleString('en')} / ${e.edges.toLocaleString('en')} | ${algorithm} | ${g.toFixed(3)} | ${n.toFixed(3)} | ${(n / g).toFixed(2)} |`;
        }),
    );
    writeBenchmarkSection(
      'engine',
      `## Analytics engine: graphology vs networkx

${command} The same edge list (every entity and its relations, undirected, from Neo4j) loaded into
graphology and networkx (\`bench/engine-networkx.py\`, networkx with scipy); medians, loading excluded.

${machineDescription()}

| size | nodes / edges | algorithm | graphology (s) | networkx (s) | networkx / graphology |
|---|---|---|---|---|---|
${rows.join('\n')}
`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
