import { formatIssue } from '../../case-study/case-study-issue';
import { ErrorCode } from '../../errors/error-codes';
import { QuartiersnetzError } from '../../errors/quartiersnetz-error';
import { CaseStudyValidationError } from '../../import/case-study-validation-error';
import { importCaseStudy, type ImportReport } from '../../import/import-case-study';
import type { ChangeCounts } from '../../import/write-import-plan';
import { createProgressPrinter } from '../progress-printer';
import { withDriver } from '../with-driver';

/** Exit code for a case study with problems. */
export const EXIT_INVALID_CASE_STUDY = 2;

export async function runImportCommand(
  paths: readonly string[],
  options: { readonly dryRun?: boolean },
): Promise<number> {
  try {
    const report = await withDriver((driver, config) =>
      importCaseStudy({
        driver,
        database: config.neo4j.database,
        paths,
        dryRun: options.dryRun === true,
        sourceTextLimits: config.import,
        onProgress: createProgressPrinter(),
      }),
    );
    console.log(formatReport(report));
    return 0;
  } catch (error) {
    if (error instanceof CaseStudyValidationError) {
      for (const issue of error.issues) console.error(formatIssue(issue));
      console.error(
        `${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}; nothing was written.`,
      );
      return EXIT_INVALID_CASE_STUDY;
    }
    if (isMissingFile(error)) {
      throw new QuartiersnetzError(ErrorCode.BAD_USER_INPUT, `No such file or directory: ${error.path}`);
    }
    throw error;
  }
}

export function formatReport(report: ImportReport): string {
  const verb = report.dryRun ? 'would be' : 'were';
  const line = (name: string, counts: ChangeCounts) =>
    `  ${name.padEnd(10)} ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`;
  return [
    `${report.dryRun ? 'Dry run: nothing written. ' : ''}Imported ${report.files.join(', ')}; changes that ${verb} made:`,
    line('sources', report.sources),
    line('entities', report.entities),
    // Evidence for entities of other case studies: shown only when there is some.
    ...(report.additions.created +
      report.additions.updated +
      report.additions.unchanged +
      report.additions.withdrawn >
    0
      ? [`${line('additions', report.additions)}, ${report.additions.withdrawn} withdrawn`]
      : []),
    line('relations', report.relations),
  ].join('\n');
}

function isMissingFile(error: unknown): error is { path: string } {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'ENOENT';
}
