import { parseArgs } from 'node:util';
import { exportCaseStudy } from '../../export/export-case-study';
import { withDriver } from '../with-driver';

const USAGE = `Usage: quartiersnetz export-case-study <case-study-key> --out <directory>

Writes the case study back in the import format: <directory>/case-study.yaml and its source texts.
Importing the result gives the same graph.`;

export async function runExportCaseStudyCommand(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  });
  const [caseStudy] = positionals;
  if (values.help === true || caseStudy === undefined || values.out === undefined) {
    console.log(USAGE);
    return values.help === true ? 0 : 2;
  }
  const outDir = values.out;
  const { file, exported } = await withDriver((driver, config) =>
    exportCaseStudy({ driver, caseStudy, outDir, database: config.neo4j.database }),
  );
  console.log(
    `Wrote ${file}: ${exported.data.sources?.length ?? 0} sources, ${exported.data.entities?.length ?? 0} entities, ${exported.data.relations?.length ?? 0} relations.`,
  );
  return 0;
}
