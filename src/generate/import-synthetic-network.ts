import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { stringify } from 'yaml';
import { caseStudyFileFromData } from '../case-study/case-study-file';
import { compileCaseStudy, type ImportPlan } from '../case-study/compile-case-study';
import { CaseStudyValidationError } from '../import/case-study-validation-error';
import { splitImportPlan } from '../import/split-import-plan';
import {
  writeImportPlan,
  type ChangeCounts,
  type ImportCounts,
  type ImportProgress,
} from '../import/write-import-plan';
import { generateNetwork, type GenerateNetworkOptions, type SyntheticNetwork } from './generate-network';
import { DEFAULT_TRANSACTION_ROWS } from './network-sizes';

export interface ImportSyntheticNetworkOptions extends GenerateNetworkOptions {
  readonly driver: Driver;
  readonly database?: string;
  readonly transactionRows?: number;
  readonly batchSize?: number;
  readonly dryRun?: boolean;
  /** The network, when the caller generated it already (it must match actors and seed). */
  readonly network?: SyntheticNetwork;
  /** Progress over the whole network (not per transaction). */
  readonly onProgress?: (progress: ImportProgress) => void;
}

export interface SyntheticImportReport extends ImportCounts {
  readonly caseStudy: string;
  readonly transactions: number;
  readonly millis: { readonly generate: number; readonly compile: number; readonly write: number };
}

/**
 * Generates a network and writes it through the importer's path: the same validation and compilation
 * as a case-study file, then the batched UNWIND writer, in transactions of `transactionRows` rows.
 * Deterministic for a seed, so a second run reports everything unchanged.
 */
export async function importSyntheticNetwork(
  options: ImportSyntheticNetworkOptions,
): Promise<SyntheticImportReport> {
  let started = performance.now();
  const network = options.network ?? generateNetwork(options);
  const generate = performance.now() - started;

  started = performance.now();
  const plan = compileSyntheticNetwork(network);
  const compile = performance.now() - started;

  started = performance.now();
  const parts = splitImportPlan(plan, options.transactionRows ?? DEFAULT_TRANSACTION_ROWS);
  const totals: Record<Exclude<ImportProgress['phase'], 'intervals'>, number> = {
    sources: plan.sources.length,
    entities: plan.entities.length,
    evidence: plan.entities.length,
    additions: plan.additions.length,
    relations: plan.relations.length,
  };
  const offsets = { sources: 0, entities: 0, additions: 0, relations: 0 };
  const counts = {
    sources: zero(),
    entities: zero(),
    additions: { ...zero(), withdrawn: 0 },
    relations: zero(),
  };
  for (const part of parts) {
    const partCounts = await writeImportPlan(options.driver, part, {
      database: options.database,
      batchSize: options.batchSize,
      dryRun: options.dryRun,
      // A part sees only some of the plan's additions: taking back the others is for whole plans.
      withdrawAdditions: false,
      onProgress: (progress) => {
        // Intervals are derived per part, for the entities it touched: reported as they come.
        if (progress.phase === 'intervals') return options.onProgress?.(progress);
        const offset = progress.phase === 'evidence' ? offsets.entities : offsets[progress.phase];
        options.onProgress?.({ ...progress, done: offset + progress.done, total: totals[progress.phase] });
      },
    });
    add(counts.sources, partCounts.sources);
    add(counts.entities, partCounts.entities);
    add(counts.additions, partCounts.additions);
    add(counts.relations, partCounts.relations);
    offsets.sources += part.sources.length;
    offsets.entities += part.entities.length;
    offsets.additions += part.additions.length;
    offsets.relations += part.relations.length;
  }
  return {
    ...counts,
    caseStudy: network.caseStudy.caseStudy.key,
    transactions: parts.length,
    millis: { generate, compile, write: performance.now() - started },
  };
}

/** Validates and compiles a generated network like a case-study file; a failure is a generator bug. */
export function compileSyntheticNetwork(network: SyntheticNetwork): ImportPlan {
  const file = caseStudyFileFromData(
    `${network.caseStudy.caseStudy.key}.yaml`,
    network.caseStudy,
    network.sourceTexts,
  );
  const result = compileCaseStudy([file]);
  if (result.plan === undefined) throw new CaseStudyValidationError(result.issues);
  return result.plan;
}

/** Writes a generated network as an importable case study: case-study.yaml and sources/*.txt. */
export function writeSyntheticCaseStudy(network: SyntheticNetwork, outDir: string): string {
  const path = join(outDir, 'case-study.yaml');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path, stringify(network.caseStudy, { lineWidth: 0 }), 'utf8');
  for (const [file, text] of network.sourceTexts) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), text, 'utf8');
  }
  return path;
}

function zero(): ChangeCounts {
  return { created: 0, updated: 0, unchanged: 0 };
}

function add(total: ChangeCounts, part: ChangeCounts): void {
  total.created += part.created;
  total.updated += part.updated;
  total.unchanged += part.unchanged;
}
