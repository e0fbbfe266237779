import { ErrorCode } from '../../errors/error-codes';
import { QuartiersnetzError } from '../../errors/quartiersnetz-error';
import { generateNetwork } from '../../generate/generate-network';
import { importSyntheticNetwork, writeSyntheticCaseStudy } from '../../generate/import-synthetic-network';
import { isNetworkSize, NETWORK_SIZES } from '../../generate/network-sizes';
import { createProgressPrinter } from '../progress-printer';
import { withDriver } from '../with-driver';
import { formatReport } from './import-command';

export interface GenerateCommandOptions {
  readonly size?: string;
  readonly actors?: string;
  readonly seed: string;
  readonly out?: string;
  readonly dryRun?: boolean;
}

export async function runGenerateCommand(values: GenerateCommandOptions): Promise<number> {
  if (values.size === undefined && values.actors === undefined)
    throw new QuartiersnetzError(ErrorCode.BAD_USER_INPUT, 'give --size S|M|L or --actors N');
  const actors = parseActors(values.size, values.actors);
  const seed = parseNonNegativeInteger('--seed', values.seed);

  if (values.out !== undefined) {
    const network = generateNetwork({ actors, seed });
    const file = writeSyntheticCaseStudy(network, values.out);
    console.log(
      `Wrote ${file}: ${network.caseStudy.entities?.length ?? 0} entities, ${network.caseStudy.relations?.length ?? 0} relations, ${network.sourceTexts.size} sources.`,
    );
    return 0;
  }
  console.error(`Generating ${actors} actors (seed ${seed})...`);
  const report = await withDriver((driver, config) =>
    importSyntheticNetwork({
      driver,
      database: config.neo4j.database,
      actors,
      seed,
      dryRun: values.dryRun === true,
      onProgress: createProgressPrinter(),
    }),
  );
  const seconds = (millis: number) => (millis / 1000).toFixed(1);
  console.log(
    formatReport({
      ...report,
      dryRun: values.dryRun === true,
      files: [`case study ${report.caseStudy}`],
    }),
  );
  console.log(
    `  generated in ${seconds(report.millis.generate)} s, validated in ${seconds(report.millis.compile)} s, written in ${seconds(report.millis.write)} s (${report.transactions} transactions)`,
  );
  return 0;
}

function parseActors(size: string | undefined, actors: string | undefined): number {
  if (size !== undefined && actors !== undefined) {
    throw new QuartiersnetzError(ErrorCode.BAD_USER_INPUT, 'give either --size or --actors, not both');
  }
  if (size !== undefined) {
    if (!isNetworkSize(size)) {
      throw new QuartiersnetzError(ErrorCode.BAD_USER_INPUT, `--size must be S, M or L (got "${size}")`);
    }
    return NETWORK_SIZES[size];
  }
  const value = parseNonNegativeInteger('--actors', actors ?? '');
  if (value < 20)
    throw new QuartiersnetzError(ErrorCode.BAD_USER_INPUT, `--actors must be at least 20 (got ${value})`);
  return value;
}

function parseNonNegativeInteger(option: string, text: string): number {
  if (!/^\d{1,9}$/.test(text)) {
    throw new QuartiersnetzError(
      ErrorCode.BAD_USER_INPUT,
      `${option} must be a non-negative integer (got "${text}")`,
    );
  }
  return Number(text);
}
