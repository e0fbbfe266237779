import { Argument, Command, Option } from 'commander';
import { EXPORT_FORMATS } from '../export/export-formats';
import { NETWORK_SIZES } from '../generate/network-sizes';
import {
  DB_ACTIONS,
  DB_HELP,
  DRAFT_HELP,
  EXPORT_CASE_STUDY_HELP,
  EXPORT_HELP,
  GENERATE_HELP,
  IMPORT_HELP,
  type DbAction,
} from './command-help';
import type { DraftCommandOptions } from './commands/draft-command';
import type { ExportCommandOptions } from './commands/export-command';
import type { GenerateCommandOptions } from './commands/generate-command';

/**
 * The command line, declared with commander: every command answers --help (and `help <command>`)
 * without doing anything else, the program answers --version, and unknown commands, options or
 * values are usage errors. The actions load their command's module only when it runs (help and usage
 * errors answer in a fraction of a second) and hand its exit code to `exit`.
 */
export function buildProgram(version: string, exit: (code: number) => void): Command {
  const program = new Command('quartiersnetz')
    .description(
      'quartiersnetz: the knowledge graph of the actors and co-creation networks of German urban development.',
    )
    .version(version, '-V, --version')
    // Inherited by every command created below: no process.exit, errors to the caller, suggestions.
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ outputError: () => undefined });
  const run = (work: Promise<number>) => work.then(exit);

  program
    .command('up')
    .description('start everything: local Neo4j, migrations, seed case studies, API')
    .action(() => run(import('./commands/serve-command').then((c) => c.runUpCommand())));
  program
    .command('serve')
    .description('migrations and the API only (Neo4j run elsewhere, NEO4J_URI)')
    .action(() => run(import('./commands/serve-command').then((c) => c.runServeCommand())));
  program
    .command('db')
    .description('control the local Neo4j (Maven jars, no Docker)')
    .addArgument(new Argument('<action>', 'what to do').choices(Object.keys(DB_ACTIONS)))
    .option('--port <port>', 'Bolt port (NEO4J_BOLT_PORT)')
    .option('--data-dir <dir>', 'data directory (NEO4J_DATA_DIR)')
    .option('--timeout <seconds>', 'how long start, stop and wait may take', '60')
    .addHelpText('after', `\n${DB_HELP}`)
    .action((action: DbAction, options: { port?: string; dataDir?: string; timeout?: string }) =>
      run(import('./commands/db-command').then((c) => c.runDbCommand(action, options))),
    );
  program
    .command('migrate')
    .description('apply the schema migrations in cypher/migrations')
    .action(() => run(import('./commands/migrate-command').then((c) => c.runMigrateCommand())));
  program
    .command('import')
    .description('validate and import case-study files (all or nothing)')
    .argument('<paths...>', 'case-study files, or directories of them')
    .option('--dry-run', 'validate and count what would change, write nothing')
    .addHelpText('after', `\n${IMPORT_HELP}`)
    .action((paths: string[], options: { dryRun?: boolean }) =>
      run(import('./commands/import-command').then((c) => c.runImportCommand(paths, options))),
    );
  program
    .command('draft')
    .description('draft a case study from a German source text, for review')
    .argument('<source>', 'the source text (UTF-8)')
    .option(
      '-o, --out <directory>',
      'where to write case-study.yaml and sources/ (default: <source>-entwurf)',
    )
    .option(
      '--known <paths...>',
      'link to the entities of these case-study files or folders (default: the database)',
    )
    .option('--offline', 'link to nothing: every entity is new')
    .option('--force', 'overwrite an existing draft')
    .addHelpText('after', `\n${DRAFT_HELP}`)
    .action((source: string, options: DraftCommandOptions) =>
      run(import('./commands/draft-command').then((c) => c.runDraftCommand(source, options))),
    );
  program
    .command('export-case-study')
    .description('write a case study back in the import format')
    .argument('<key>', 'key of the case study')
    .requiredOption('-o, --out <directory>', 'where to write case-study.yaml and its sources')
    .addHelpText('after', `\n${EXPORT_CASE_STUDY_HELP}`)
    .action((key: string, options: { out: string }) =>
      run(
        import('./commands/export-case-study-command').then((c) => c.runExportCaseStudyCommand(key, options)),
      ),
    );
  program
    .command('export')
    .description('the network as GraphML, GEXF, Cytoscape JSON, node-link JSON or CSV')
    .addArgument(new Argument('<format>', 'export format').choices(Object.keys(EXPORT_FORMATS)))
    .addOption(new Option('--view <view>', 'what to export').choices(['ego', 'co-creation', 'graph']))
    .option('--actor <key>', 'the actor of the ego view')
    .option('--depth <n>', 'hops of the ego view (1-3)')
    .option('--scope <key>', 'scope of the co-creation view (default: whole graph)')
    .option('--at <date>', 'only what holds on this date (YYYY-MM-DD)')
    .option('--from <date>', 'start of the time window')
    .option('--until <date>', 'end of the time window')
    .option('--max-nodes <n>', 'at most this many nodes (ego, co-creation)')
    .option('--layout', 'add x/y positions (ego, co-creation)')
    .option('--seed <n>', 'seed of communities and layout')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .addHelpText('after', `\n${EXPORT_HELP}`)
    .action((format: string, options: ExportCommandOptions) =>
      run(import('./commands/export-command').then((c) => c.runExportCommand(format, options))),
    );
  program
    .command('generate')
    .description('a synthetic network for benchmarks (deterministic for --seed)')
    .addOption(new Option('--size <size>', 'S, M or L').choices(Object.keys(NETWORK_SIZES)))
    .option('--actors <n>', 'any number of actors (at least 20)')
    .option('--seed <seed>', 'non-negative integer', '1')
    .option('-o, --out <directory>', 'write case-study.yaml and sources/ instead of importing')
    .option('--dry-run', 'validate and count what would change, write nothing')
    .addHelpText('after', `\n${GENERATE_HELP}`)
    .action((options: GenerateCommandOptions) =>
      run(import('./commands/generate-command').then((c) => c.runGenerateCommand(options))),
    );
  return program;
}
