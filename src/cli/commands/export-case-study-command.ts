import { exportCaseStudy } from '../../export/export-case-study';
import { withDriver } from '../with-driver';

export async function runExportCaseStudyCommand(
  caseStudy: string,
  options: { readonly out: string },
): Promise<number> {
  const outDir = options.out;
  const { file, exported } = await withDriver((driver, config) =>
    exportCaseStudy({ driver, caseStudy, outDir, database: config.neo4j.database }),
  );
  console.log(
    `Wrote ${file}: ${exported.data.sources?.length ?? 0} sources, ${exported.data.entities?.length ?? 0} entities, ${exported.data.relations?.length ?? 0} relations.`,
  );
  return 0;
}
