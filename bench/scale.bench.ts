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
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
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
import { medianMillis, openBenchEnvironment, type BenchEnvironment } from './bench-environment';
import {
  LOAD,
  RUNS,
  writeScaleReport,
  type EngineResult,
  type LoadResult,
  type SizeResult,
} from './scale-report';
import { measureAgainstFloor } from './measure-against-floor';
import { exampleOperations, findProbes, growthOperations, hubOperations } from './workloads';

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

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
  writeScaleReport(results, naive, load, engines);
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

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
