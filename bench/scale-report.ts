// The Markdown sections `npm run bench:scale` writes into BENCHMARKS.md, from the figures
// bench/scale.bench.ts measures: one file for the measuring, one for the report.
import { NETWORK_SIZES, type NetworkSize } from '../src/generate/network-sizes';
import { machineDescription, writeBenchmarkSection } from './bench-environment';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/shared/project-paths';
import { latencyChartSvg } from './latency-chart';

/** Runs per latency figure and the load generator's settings: measured with these, stated in the report. */
export const RUNS = { warmup: 3, runs: 15 } as const;
export const LOAD = { connections: 32, durationSeconds: 20 } as const;

export interface SizeResult {
  readonly size: NetworkSize;
  readonly nodes: number;
  readonly relationships: number;
  readonly firstImportMillis: number;
  readonly secondImportMillis: number;
  readonly writtenNodes: number;
  readonly writtenRelationships: number;
  readonly latencies: readonly { name: string; http: number; driver: number; answerKiB: number }[];
}

export interface LoadResult {
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

export interface EngineResult {
  readonly size: NetworkSize;
  readonly nodes: number;
  readonly edges: number;
  readonly graphology: { pagerank: number; louvain: number; betweenness?: number };
  readonly networkx: { pagerank: number; louvain: number; betweenness?: number };
}

/** Writes the import, growth, load and engine sections of BENCHMARKS.md. */
export function writeScaleReport(
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
