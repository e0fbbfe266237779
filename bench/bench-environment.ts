import 'reflect-metadata';
import { cpus, totalmem } from 'node:os';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config/config';
import { LocalNeo4j } from '../src/db/local-neo4j';
import { findFreePort } from '../src/shared/tcp-ports';
import { applyMigrations } from '../src/db/migrations';
import { PROJECT_ROOT } from '../src/shared/project-paths';

export interface BenchEnvironment {
  readonly driver: Driver;
  readonly neo4jUri: string;
  readonly password: string;
  close(): Promise<void>;
}

/** A Neo4j for benchmarks: NEO4J_URI if set, otherwise a fresh local one on a free port. */
export async function openBenchEnvironment(
  log: (line: string) => void,
  memory: { heapSize: string; pageCacheSize: string } = { heapSize: '2g', pageCacheSize: '1g' },
): Promise<BenchEnvironment> {
  let local: LocalNeo4j | undefined;
  let uri = process.env.NEO4J_URI;
  let password = process.env.NEO4J_PASSWORD ?? 'quartiersnetz';
  if (uri === undefined) {
    password = 'bench-password';
    local = new LocalNeo4j({
      boltPort: await findFreePort(),
      dataDir: join('.data', 'bench', `neo4j-${Date.now()}`),
      ...memory,
      username: 'neo4j',
      password,
      log,
    });
    const started = await local.start();
    log(`Local Neo4j for the benchmark at ${local.boltUri} (${(started.wallMillis / 1000).toFixed(1)} s)`);
    uri = local.boltUri;
  }
  const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: password });
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.username, password), {
    disableLosslessIntegers: true,
  });
  await applyMigrations(driver);
  return {
    driver,
    neo4jUri: uri,
    password,
    close: async () => {
      await driver.close();
      if (local !== undefined) {
        await local.stop();
        rmSync(local.dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** Median of the durations of `runs` calls after `warmup` unmeasured ones, in milliseconds. */
export async function medianMillis(
  work: () => Promise<unknown>,
  options: { warmup: number; runs: number },
): Promise<number> {
  for (let i = 0; i < options.warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const started = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1
    ? (times[middle] as number)
    : ((times[middle - 1] as number) + (times[middle] as number)) / 2;
}

export function machineDescription(): string {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  return [
    `- Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB`,
    `- Node ${process.version}, Neo4j 5.26 (local launcher), @neo4j/graphql ${pkg.dependencies['@neo4j/graphql']}, @apollo/server ${pkg.dependencies['@apollo/server']}, graphology ${pkg.dependencies.graphology}`,
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
  ].join('\n');
}

/** Replaces the section between `<!-- name:start -->` and `<!-- name:end -->` in BENCHMARKS.md (appends it when missing). */
export function writeBenchmarkSection(name: string, markdown: string): void {
  const file = join(PROJECT_ROOT, 'BENCHMARKS.md');
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text =
      '# Benchmarks\n\nMedians over repeated runs after warm-up, measured side by side in one run; ratios matter more than absolute times on our noisy machines.\n';
  }
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  text = pattern.test(text) ? text.replace(pattern, section) : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, text, 'utf8');
}
