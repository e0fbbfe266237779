import 'reflect-metadata';
import { ErrorCode, EXIT_CODE_BY_ERROR } from '../errors/error-codes';
import { isQuartiersnetzError } from '../errors/quartiersnetz-error';
import { runDbCommand } from './commands/db-command';
import { runExportCaseStudyCommand } from './commands/export-case-study-command';
import { runExportCommand } from './commands/export-command';
import { runGenerateCommand } from './commands/generate-command';
import { runImportCommand } from './commands/import-command';
import { runMigrateCommand } from './commands/migrate-command';
import { runServeCommand, runUpCommand } from './commands/serve-command';

const USAGE = `Usage: quartiersnetz <command> [options]

Commands:
  up                            start everything: local Neo4j, migrations, seed case study, API
  serve                         migrations and the API only (Neo4j run elsewhere, NEO4J_URI)
  db <start|stop|status|wait>   control the local Neo4j (Maven jars, no Docker)
  migrate                       apply the schema migrations in cypher/migrations
  import <path>... [--dry-run]  validate and import case-study files (all or nothing)
  export-case-study <key> --out <dir>   write a case study back in the import format
  export <format> [--view ...]  the network as GraphML, GEXF, Cytoscape JSON, node-link JSON or CSV
  generate --size S|M|L         a synthetic network for benchmarks (deterministic for --seed)

Run "quartiersnetz <command> --help" for a command's options.`;

type CommandRunner = (argv: readonly string[]) => Promise<number>;

const COMMANDS: Readonly<Record<string, CommandRunner>> = {
  db: runDbCommand,
  migrate: runMigrateCommand,
  import: runImportCommand,
  'export-case-study': runExportCaseStudyCommand,
  export: runExportCommand,
  generate: runGenerateCommand,
  up: runUpCommand,
  serve: runServeCommand,
};

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined) {
    console.log(USAGE);
    return name === undefined || name === '--help' || name === '-h' ? 0 : 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (isQuartiersnetzError(error)) {
      console.error(`quartiersnetz: ${error.code}: ${error.message}`);
      return EXIT_CODE_BY_ERROR[error.code];
    }
    if (isArgumentError(error)) {
      // node:util parseArgs: an unknown option, or an option without its value.
      console.error(`quartiersnetz: ${ErrorCode.BAD_USER_INPUT}: ${error.message}`);
      return EXIT_CODE_BY_ERROR[ErrorCode.BAD_USER_INPUT];
    }
    console.error('quartiersnetz: unexpected error:', error);
    return 1;
  }
}

function isArgumentError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
