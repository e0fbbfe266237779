import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { readCaseStudyFile } from '../../case-study/case-study-file';
import { formatIssue } from '../../case-study/case-study-issue';
import { draftIssues } from '../../case-study/compile-case-study';
import { DEFAULT_SOURCE_TEXT_LIMITS } from '../../case-study/source-text-limits';
import { draftCaseStudy, renderDraftYaml } from '../../draft/draft-case-study';
import {
  EMPTY_LEXICON,
  lexiconFromCaseStudies,
  lexiconFromDatabase,
  type DraftLexicon,
} from '../../draft/known-entities';
import { ErrorCode } from '../../errors/error-codes';
import { QuartiersnetzError } from '../../errors/quartiersnetz-error';
import { withDriver } from '../with-driver';

export interface DraftCommandOptions {
  readonly out?: string;
  readonly known?: readonly string[];
  readonly offline?: boolean;
  readonly force?: boolean;
}

export async function runDraftCommand(sourcePath: string, options: DraftCommandOptions): Promise<number> {
  if (!existsSync(sourcePath) || !statSync(sourcePath).isFile()) {
    throw new QuartiersnetzError(ErrorCode.BAD_USER_INPUT, `No such file: ${sourcePath}`);
  }
  const size = statSync(sourcePath).size;
  if (size > DEFAULT_SOURCE_TEXT_LIMITS.maxSourceBytes) {
    throw new QuartiersnetzError(
      ErrorCode.BAD_USER_INPUT,
      `${sourcePath} has ${size} bytes; a source text may have at most ${DEFAULT_SOURCE_TEXT_LIMITS.maxSourceBytes}.`,
    );
  }
  const text = readFileSync(sourcePath, 'utf8');
  const out = resolve(options.out ?? `${basename(sourcePath, extname(sourcePath))}-entwurf`);
  const file = join(out, 'case-study.yaml');
  if (existsSync(file) && options.force !== true) {
    throw new QuartiersnetzError(
      ErrorCode.BAD_USER_INPUT,
      `${file} exists; choose another --out or add --force.`,
    );
  }

  const lexicon = await lexiconFor(options);
  console.error(`Drafting ${sourcePath} against ${lexicon.entities.length} known entities ...`);
  const draft = draftCaseStudy({ text, fileName: basename(sourcePath), lexicon });
  mkdirSync(join(out, 'sources'), { recursive: true });
  copyFileSync(sourcePath, join(out, 'sources', basename(sourcePath)));
  writeFileSync(file, renderDraftYaml(draft), 'utf8');

  const { summary } = draft;
  const types = Object.entries(summary.byType)
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
  console.log(`Wrote ${file} from ${summary.segments} sentences and lines:`);
  console.log(`  ${summary.newEntities} new entities (${types || 'none'})`);
  console.log(`  ${summary.linkedEntities} entities linked to existing keys (as additions)`);
  console.log(`  ${summary.relations} relations`);
  // Only the marks: the draft's quotes are its own sentences, a full compile would check them again.
  const review = draftIssues([readCaseStudyFile(file)]);
  console.log(`${review.length} entries to review (each marked "draft: true"), for example:`);
  for (const issue of review.slice(0, 5)) console.log(`  ${formatIssue(issue)}`);
  console.log(`Then: quartiersnetz import ${out} --dry-run`);
  return 0;
}

async function lexiconFor(options: DraftCommandOptions): Promise<DraftLexicon> {
  if (options.known !== undefined && options.known.length > 0) return lexiconFromCaseStudies(options.known);
  if (options.offline === true) return EMPTY_LEXICON;
  try {
    return await withDriver((driver, config) => lexiconFromDatabase(driver, config.neo4j.database));
  } catch (error) {
    throw new QuartiersnetzError(
      ErrorCode.SERVICE_UNAVAILABLE,
      `Cannot read the known entities from the database (${error instanceof Error ? error.message : String(error)}). Start it (npm start), or draft with --known <case-study folders> or --offline.`,
    );
  }
}
