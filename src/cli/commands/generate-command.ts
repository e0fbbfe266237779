import { parseArgs } from 'node:util';
import { ErrorCode } from '../../errors/error-codes';
import { QuartiersnetzError } from '../../errors/quartiersnetz-error';
import { generateNetwork } from '../../generate/generate-network';
import {
  DEFAULT_TRANSACTION_ROWS,
  importSyntheticNetwork,
  writeSyntheticCaseStudy,
} from '../../generate/import-synthetic-network';
import { isNetworkSize, NETWORK_SIZES } from '../../generate/network-sizes';
import { createProgressPrinter } from '../progress-printer';
import { withDriver } from '../with-driver';
import { formatReport } from './import-command';

const USAGE = `Usage: quartiersnetz generate (--size S|M|L | --actors N) [--seed S] [--out <dir>] [--dry-run]

Generates a synthetic but realistic network (invented names and sources) and imports it through the
importer's batched path, in transactions of ${DEFAULT_TRANSACTION_ROWS} rows. Deterministic for a seed:
running it again changes nothing.

  --size S|M|L     ${NETWORK_SIZES.S} / ${NETWORK_SIZES.M} / ${NETWORK_SIZES.L} actors (about 10k / 100k / 1M relationships)
  --actors N       any number of actors (at least 20)
  --seed S         non-negative integer, default 1
  --out <dir>      write case-study.yaml and sources/ to <dir> instead of importing
  --dry-run        validate and count what would change, write nothing`;

export async function runGenerateCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      size: { type: 'string' },
      actors: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', short: 'o' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true || (values.size === undefined && values.actors === undefined)) {
    console.log(USAGE);
    return values.help === true ? 0 : 2;
  }
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
      dryRun: values['dry-run'] === true,
      onProgress: createProgressPrinter(),
    }),
  );
  const seconds = (millis: number) => (millis / 1000).toFixed(1);
  console.log(
    formatReport({
      ...report,
      dryRun: values['dry-run'] === true,
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
