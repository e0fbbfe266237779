import { Argument, Command, Option } from 'commander';
import { EXPORT_FORMATS } from '../export/export-formats';
import { NETWORK_SIZES } from '../generate/network-sizes';
import { DRAFT_HELP, runDraftCommand, type DraftCommandOptions } from './commands/draft-command';
import { DB_ACTIONS, DB_HELP, runDbCommand, type DbAction } from './commands/db-command';
import { EXPORT_CASE_STUDY_HELP, runExportCaseStudyCommand } from './commands/export-case-study-command';
import { EXPORT_HELP, runExportCommand, type ExportCommandOptions } from './commands/export-command';
import { GENERATE_HELP, runGenerateCommand, type GenerateCommandOptions } from './commands/generate-command';
import { IMPORT_HELP, runImportCommand } from './commands/import-command';
import { runMigrateCommand } from './commands/migrate-command';
import { runServeCommand, runUpCommand } from './commands/serve-command';

/**
 * The command line, declared with commander: every command answers --help (and `help <command>`)
 * without doing anything else, the program answers --version, and unknown commands, options or
 * values are usage errors. The actions only run the command functions with typed options and hand
 * their exit code to `exit`.
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
    .action(() => run(runUpCommand()));
  program
    .command('serve')
    .description('migrations and the API only (Neo4j run elsewhere, NEO4J_URI)')
    .action(() => run(runServeCommand()));
  program
    .command('db')
    .description('control the local Neo4j (Maven jars, no Docker)')
    .addArgument(new Argument('<action>', 'what to do').choices(Object.keys(DB_ACTIONS)))
    .option('--port <port>', 'Bolt port (NEO4J_BOLT_PORT)')
    .option('--data-dir <dir>', 'data directory (NEO4J_DATA_DIR)')
    .option('--timeout <seconds>', 'how long start, stop and wait may take', '60')
    .addHelpText('after', `\n${DB_HELP}`)
    .action((action: DbAction, options: { port?: string; dataDir?: string; timeout?: string }) =>
      run(runDbCommand(action, options)),
    );
  program
    .command('migrate')
    .description('apply the schema migrations in cypher/migrations')
    .action(() => run(runMigrateCommand()));
  program
    .command('import')
    .description('validate and import case-study files (all or nothing)')
    .argument('<paths...>', 'case-study files, or directories of them')
    .option('--dry-run', 'validate and count what would change, write nothing')
    .addHelpText('after', `\n${IMPORT_HELP}`)
    .action((paths: string[], options: { dryRun?: boolean }) => run(runImportCommand(paths, options)));
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
    .action((source: string, options: DraftCommandOptions) => run(runDraftCommand(source, options)));
  program
    .command('export-case-study')
    .description('write a case study back in the import format')
    .argument('<key>', 'key of the case study')
    .requiredOption('-o, --out <directory>', 'where to write case-study.yaml and its sources')
    .addHelpText('after', `\n${EXPORT_CASE_STUDY_HELP}`)
    .action((key: string, options: { out: string }) => run(runExportCaseStudyCommand(key, options)));
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
    .action((format: string, options: ExportCommandOptions) => run(runExportCommand(format, options)));
  program
    .command('generate')
    .description('a synthetic network for benchmarks (deterministic for --seed)')
    .addOption(new Option('--size <size>', 'S, M or L').choices(Object.keys(NETWORK_SIZES)))
    .option('--actors <n>', 'any number of actors (at least 20)')
    .option('--seed <seed>', 'non-negative integer', '1')
    .option('-o, --out <directory>', 'write case-study.yaml and sources/ instead of importing')
    .option('--dry-run', 'validate and count what would change, write nothing')
    .addHelpText('after', `\n${GENERATE_HELP}`)
    .action((options: GenerateCommandOptions) => run(runGenerateCommand(options)));
  return program;
}
